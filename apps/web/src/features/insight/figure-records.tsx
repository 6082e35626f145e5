import { Anchor, Table, Text } from "@mantine/core";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { useI18n } from "../../lib/i18n";
import { useFigureFormat } from "./fy-select";
import { useFigure } from "./queries";

/** The records behind one survey figure (drill-down from the survey page and the dashboards). */
export function FigureRecords({ fy, figureId }: { fy: number; figureId: string }) {
  const { t, date } = useI18n();
  const records = useFigure(fy, figureId);
  const format = useFigureFormat();
  if (records.isPending) {
    return <Loading />;
  }
  if (records.isError) {
    return <ErrorAlert error={records.error} />;
  }
  if (records.data.items.length === 0) {
    return <Text>{t("insight.survey.noRecords")}</Text>;
  }
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("insight.col.date")}</Table.Th>
          <Table.Th>{t("insight.col.title")}</Table.Th>
          <Table.Th>{t("insight.col.partner")}</Table.Th>
          <Table.Th ta="right">{t("insight.col.amount")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {records.data.items.map((r) => (
          <Table.Tr key={`${r.kind}-${r.id}`}>
            <Table.Td>{date(r.date)}</Table.Td>
            <Table.Td>
              {r.caseId ? (
                <Anchor component={Link} to={`/cases/${r.caseId}`}>
                  {r.title}
                </Anchor>
              ) : (
                r.title
              )}
            </Table.Td>
            <Table.Td>{r.partnerName ?? ""}</Table.Td>
            <Table.Td ta="right">{r.amount === null ? "" : format(r.amount, "yen")}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
