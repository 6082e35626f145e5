import { ScrollArea, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { insightApi } from "./api";
import { FySelect, useFigureFormat } from "./fy-select";
import { currentFiscalYear } from "./queries";

/**
 * The hub's view of its members' key figures, one column per member that granted the figures scope
 * (issue 16 §5). The server decides who appears and audits each read; the page only lays the table out.
 */
export function HubFiguresPage() {
  const { t, label } = useI18n();
  const [fy, setFy] = useState(currentFiscalYear());
  const format = useFigureFormat();
  const view = useQuery({ queryKey: ["hub", "figures", fy], queryFn: () => insightApi.hubFigures(fy) });
  return (
    <Stack>
      <PageTitle title={t("hub.figures.title")} description={t("hub.figures.help")} />
      <FySelect value={fy} onChange={setFy} />
      {view.isPending && <Loading />}
      {view.isError && <ErrorAlert error={view.error} />}
      {view.data?.members.length === 0 && <Text>{t("hub.figures.none")}</Text>}
      {view.data && view.data.members.length > 0 && (
        <ScrollArea>
          <Table striped withTableBorder aria-label={t("hub.figures.title")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("insight.col.item")}</Table.Th>
                {view.data.members.map((m) => (
                  <Table.Th key={m.institutionId} ta="right">
                    {label(m.name)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.data.rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{label(r.label)}</Table.Td>
                  {view.data.members.map((m) => (
                    <Table.Td key={m.institutionId} ta="right">
                      {format(m.values[r.id] ?? 0, r.unit)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Stack>
  );
}
