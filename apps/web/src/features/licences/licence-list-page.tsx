import { Anchor, Button, Group, Select, Stack, Text } from "@mantine/core";
import { LICENCE_APPLICATION_STATUSES, type LicenceApplicationStatus } from "@renkei/domain";
import { useState } from "react";
import { Link } from "react-router-dom";
import { DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { StatusBadge } from "../ec-shared/outcome-badge";
import { ExpiryBadge } from "./expiry-badge";
import { LICENCE_STATUS_COLOR } from "./labels";
import { useLicences } from "./queries";

/** 許可申請: every application, soonest expiry first, with expiry warnings. */
export function LicenceListPage() {
  const { t, date, rangeSep } = useI18n();
  const can = useCan();
  const [status, setStatus] = useState<LicenceApplicationStatus | null>(null);
  const list = useLicences(status ?? undefined);
  const expiring = list.data?.items.filter((l) => l.expiry === "soon").length ?? 0;
  return (
    <Stack>
      <PageTitle
        title={t("licences.title")}
        description={t("licences.help")}
        actions={
          can("licence.manage") && (
            <Button component={Link} to="/licences/new">
              {t("licences.new")}
            </Button>
          )
        }
      />
      {expiring > 0 && (
        <Text c="red" fw={600}>
          {t("licences.expiringCount", { n: expiring })}
        </Text>
      )}
      <Group>
        <Select
          aria-label={t("ec.status")}
          placeholder={t("ec.allStatuses")}
          clearable
          value={status}
          onChange={(v) => setStatus(v as LicenceApplicationStatus | null)}
          data={LICENCE_APPLICATION_STATUSES.map((s) => ({
            value: s,
            label: t(`licences.status.${s}` as MessageKey),
          }))}
        />
      </Group>
      {list.isPending && <Loading />}
      {list.error && <ErrorAlert error={list.error} />}
      {list.data?.items.length === 0 && <Text c="dimmed">{t("ec.empty")}</Text>}
      {list.data && list.data.items.length > 0 && (
        <DataTable
          rows={list.data.items}
          rowKey={(l) => l.id}
          fileName="licences"
          testId="licence-list"
          columns={[
            {
              key: "title",
              header: t("licences.titleField"),
              value: (l) => l.title,
              render: (l) => (
                <>
                  <Anchor component={Link} to={`/licences/${l.id}`} fw={600}>
                    {l.title}
                  </Anchor>
                  {l.holderName && (
                    <Text size="xs" c="dimmed">
                      {l.holderName}
                    </Text>
                  )}
                </>
              ),
            },
            { key: "holder", header: t("licences.holder"), value: (l) => l.holderName, filter: true },
            { key: "meti", header: t("licences.metiNumber"), value: (l) => l.metiNumber },
            {
              key: "validity",
              header: t("licences.validity"),
              value: (l) => (l.validUntil ? `${date(l.validFrom)}${rangeSep}${date(l.validUntil)}` : ""),
              sortValue: (l) => l.validUntil,
              render: (l) => (
                <>
                  {l.validUntil ? `${date(l.validFrom)}${rangeSep}${date(l.validUntil)}` : "—"}{" "}
                  <ExpiryBadge licence={l} />
                </>
              ),
            },
            { key: "link", header: t("licences.link"), value: (l) => l.linkRef },
            {
              key: "status",
              header: t("ec.status"),
              value: (l) => t(`licences.status.${l.status}` as MessageKey),
              filter: true,
              render: (l) => (
                <StatusBadge
                  prefix="licences.status"
                  status={l.status}
                  color={LICENCE_STATUS_COLOR[l.status]}
                />
              ),
            },
          ]}
          initialSort={{ key: "validity", direction: "asc" }}
        />
      )}
    </Stack>
  );
}
