import { Anchor, Badge } from "@mantine/core";
import type { TCaseBoard, TCaseCard } from "@renkei/contract";
import { CASE_KIND_LABELS, CASE_STAGE_LABELS, CASE_STAGES } from "@renkei/domain";
import { Link } from "react-router-dom";
import { DataTable } from "../../components/ui/data-table";
import { useI18n } from "../../lib/i18n";

/** The board's cases as one sortable, filterable, exportable table (issue 11 item 7), in stage order. */
export function CaseTable({ board }: { board: TCaseBoard }) {
  const { t, label, date, country, listSep, paren } = useI18n();
  const rows = board.columns.flatMap((c) => c.items);
  return (
    <DataTable<TCaseCard>
      rows={rows}
      rowKey={(c) => c.id}
      fileName="cases"
      testId="case-table"
      columns={[
        { key: "ref", header: t("case.field.ref"), value: (c) => c.ref, width: 120 },
        {
          key: "title",
          header: t("case.field.title"),
          value: (c) => c.title,
          render: (c) => (
            <Anchor component={Link} to={`/cases/${c.id}`} fw={600} size="sm">
              {c.title}
            </Anchor>
          ),
        },
        {
          key: "kind",
          header: t("cases.filter.kind"),
          value: (c) => label(CASE_KIND_LABELS[c.kind]),
          filter: true,
        },
        {
          key: "stage",
          header: t("cases.filter.stage"),
          value: (c) => label(CASE_STAGE_LABELS[c.stage]),
          sortValue: (c) => CASE_STAGES.indexOf(c.stage),
          filter: true,
        },
        { key: "pi", header: t("cases.filter.pi"), value: (c) => c.pi?.displayName ?? "", filter: true },
        {
          key: "partners",
          header: t("cases.filter.partner"),
          value: (c) => c.partners.map((p) => `${p.name}${paren(country(p.country))}`).join(listSep),
        },
        {
          key: "blocked",
          header: t("cases.filter.blocked"),
          value: (c) =>
            c.blocked ? t("cases.card.blocked", { n: c.blockerCount }) : t("cases.filter.blockedNo"),
          filter: true,
          render: (c) =>
            c.blocked ? (
              <Badge size="sm" color="red">
                {t("cases.card.blocked", { n: c.blockerCount })}
              </Badge>
            ) : (
              t("cases.filter.blockedNo")
            ),
        },
        { key: "tasks", header: t("cases.table.openTasks"), value: (c) => c.openTaskCount, width: 90 },
        {
          key: "updated",
          header: t("cases.table.updatedAt"),
          value: (c) => date(c.updatedAt),
          sortValue: (c) => c.updatedAt,
        },
      ]}
      initialSort={{ key: "stage", direction: "asc" }}
    />
  );
}
