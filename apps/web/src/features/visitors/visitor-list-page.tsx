import { Anchor, Badge, Button, Group, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { VISITOR_STATUSES, type VisitorStatus } from "@renkei/domain";
import { useState } from "react";
import { Link } from "react-router-dom";
import { DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { StatusBadge } from "../ec-shared/outcome-badge";
import { VISITOR_STATUS_COLOR } from "./labels";
import { useVisitors } from "./queries";

/** 受入申告: the caller's intakes; the export-control office also sees the whole institution. */
export function VisitorListPage() {
  const { t, date, country } = useI18n();
  const can = useCan();
  const officer = can("visitor.read_all");
  const [scope, setScope] = useState<"mine" | "all">(officer ? "all" : "mine");
  const [status, setStatus] = useState<VisitorStatus | null>(officer ? "pending_review" : null);
  const list = useVisitors(scope, status ?? undefined);
  return (
    <Stack>
      <PageTitle
        title={t("visitors.title")}
        description={t("visitors.help")}
        actions={
          can("visitor.file") && (
            <Button component={Link} to="/visitors/new">
              {t("visitors.new")}
            </Button>
          )
        }
      />
      <Group>
        {officer && (
          <SegmentedControl
            value={scope}
            onChange={(v) => setScope(v as "mine" | "all")}
            data={[
              { value: "all", label: t("ec.scope.all") },
              { value: "mine", label: t("ec.scope.mine") },
            ]}
          />
        )}
        <Select
          aria-label={t("ec.status")}
          placeholder={t("ec.allStatuses")}
          clearable
          value={status}
          onChange={(v) => setStatus(v as VisitorStatus | null)}
          data={VISITOR_STATUSES.map((s) => ({ value: s, label: t(`visitors.status.${s}` as MessageKey) }))}
        />
      </Group>
      {list.isPending && <Loading />}
      {list.error && <ErrorAlert error={list.error} />}
      {list.data?.items.length === 0 && <Text c="dimmed">{t("ec.empty")}</Text>}
      {list.data && list.data.items.length > 0 && (
        <DataTable
          rows={list.data.items}
          rowKey={(v) => v.id}
          fileName="visitors"
          testId="visitor-list"
          columns={[
            {
              key: "name",
              header: t("visitors.fullName"),
              value: (v) => v.fullName,
              render: (v) => (
                <>
                  <Anchor component={Link} to={`/visitors/${v.id}`} fw={600}>
                    {v.fullName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {v.homeOrganisation}
                  </Text>
                </>
              ),
            },
            { key: "org", header: t("visitors.homeOrganisation"), value: (v) => v.homeOrganisation },
            {
              key: "kind",
              header: t("visitors.kind"),
              value: (v) => t(`visitors.kind.${v.kind}` as MessageKey),
              filter: true,
            },
            {
              key: "nationality",
              header: t("visitors.q.nationality"),
              value: (v) => country(v.nationality),
              filter: true,
            },
            { key: "host", header: t("visitors.host"), value: (v) => v.hostName, filter: true },
            {
              key: "residency",
              header: t("visitors.residency"),
              value: (v) => (v.residency ? t(`ec.residency.${v.residency}` as MessageKey) : ""),
              filter: true,
            },
            {
              key: "tokutei",
              header: t("visitors.tokutei"),
              value: (v) =>
                v.tokutei.length > 0
                  ? v.tokutei.join("・")
                  : t(`ec.tokuteiStatus.${v.tokuteiStatus}` as MessageKey),
            },
            {
              key: "change",
              header: t("visitors.residencyChangeOn"),
              value: (v) => date(v.residencyChangeOn),
              sortValue: (v) => v.residencyChangeOn,
            },
            {
              key: "status",
              header: t("ec.status"),
              value: (v) => t(`visitors.status.${v.status}` as MessageKey),
              filter: true,
              render: (v) => (
                <>
                  <StatusBadge
                    prefix="visitors.status"
                    status={v.status}
                    color={VISITOR_STATUS_COLOR[v.status]}
                  />
                  {v.reopenReason && (
                    <Badge color="grape" variant="light" ml={4}>
                      {t(`visitors.reopen.${v.reopenReason}` as MessageKey)}
                    </Badge>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
    </Stack>
  );
}
