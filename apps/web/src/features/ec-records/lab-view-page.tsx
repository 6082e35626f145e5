import { Anchor, Badge, Stack, Text } from "@mantine/core";
import type { TLabVisitor } from "@renkei/contract";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import { type DataColumn, DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { SCREENING_STATUS_COLOR } from "./party-screening-panel";

const TRAINING_COLOR = { current: "green", expired: "orange", none: "red", unknown: "gray" } as const;

/**
 * The lab view (issue 15 item 2, C17): visitors and foreign students staying now or later, for the PI
 * (those they host or filed), the department head (the department's) and the office (all): intake
 * status and determination, residency, 特定類型, screening and export-control training.
 */
export function LabViewPage() {
  const { t, date, listSep, rangeSep } = useI18n();
  const rows = useQuery({
    queryKey: ["lab", "visitors"],
    queryFn: () => api.get<{ items: TLabVisitor[] }>("/lab/visitors"),
  });
  const columns: DataColumn<TLabVisitor>[] = [
    {
      key: "name",
      header: t("ecr.lab.name"),
      value: (r) => r.fullName,
      render: (r) => (
        <Anchor component={Link} to={`/visitors/${r.id}`}>
          {r.fullName}
        </Anchor>
      ),
    },
    {
      key: "kind",
      header: t("ecr.lab.kind"),
      value: (r) => t(`visitors.kind.${r.kind}` as MessageKey),
      filter: true,
    },
    { key: "home", header: t("ecr.lab.home"), value: (r) => r.homeOrganisation },
    { key: "host", header: t("ecr.lab.host"), value: (r) => r.hostName ?? "", filter: true },
    {
      key: "stay",
      header: t("ecr.lab.stay"),
      value: (r) => `${date(r.stayFrom)}${rangeSep}${date(r.stayUntil)}`,
    },
    {
      key: "status",
      header: t("ecr.lab.status"),
      value: (r) => t(`visitors.status.${r.status}` as MessageKey),
      filter: true,
    },
    {
      key: "outcome",
      header: t("ecr.lab.outcome"),
      value: (r) => t(`ec.outcome.${r.outcome}` as MessageKey),
    },
    {
      key: "residency",
      header: t("ecr.lab.residency"),
      value: (r) => (r.residency ? t(`ec.residency.${r.residency}` as MessageKey) : "—"),
      filter: true,
    },
    {
      key: "tokutei",
      header: t("ecr.lab.tokutei"),
      value: (r) => r.tokutei.map((x) => t(`ec.tokutei.${x}` as MessageKey)).join(listSep) || "—",
    },
    {
      key: "screening",
      header: t("ecr.lab.screening"),
      value: (r) => t(`ecr.ps.status.${r.screeningStatus}` as MessageKey),
      render: (r) => (
        <Badge color={SCREENING_STATUS_COLOR[r.screeningStatus]} variant="light">
          {t(`ecr.ps.status.${r.screeningStatus}` as MessageKey)}
        </Badge>
      ),
      filter: true,
    },
    {
      key: "training",
      header: t("ecr.lab.training"),
      value: (r) => t(`ecr.lab.training.${r.training}` as MessageKey),
      render: (r) => (
        <Badge color={TRAINING_COLOR[r.training]} variant="light">
          {t(`ecr.lab.training.${r.training}` as MessageKey)}
        </Badge>
      ),
      filter: true,
    },
  ];
  return (
    <Stack>
      <PageTitle title={t("ecr.lab.title")} description={t("ecr.lab.help")} />
      {rows.isPending && <Loading />}
      {rows.isError && <ErrorAlert error={rows.error} />}
      {rows.data && rows.data.items.length === 0 && <Text c="dimmed">{t("ecr.lab.empty")}</Text>}
      {rows.data && rows.data.items.length > 0 && (
        <DataTable
          rows={rows.data.items}
          columns={columns}
          rowKey={(r) => r.id}
          fileName="lab-visitors"
          testId="lab-view"
        />
      )}
    </Stack>
  );
}
