import {
  Button,
  Group,
  NativeSelect,
  Paper,
  ScrollArea,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from "@mantine/core";
import {
  applyListState,
  distinctValues,
  exportCsv,
  exportMatrix,
  type ListColumn,
  type ListState,
} from "@renkei/domain";
import { type ReactNode, useMemo, useState } from "react";
import { useI18n } from "../../lib/i18n";

export interface DataColumn<T> extends ListColumn<T> {
  /** What the cell shows when it is more than its text (a link, a badge); sorting and export use `value`. */
  render?(row: T): ReactNode;
  /** Offer a select of the column's values as a filter. */
  filter?: boolean;
  /** Keep the column narrow (numbers, dates, references). */
  width?: number;
}

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Excel file of the matrix; exceljs is loaded only when someone asks for a workbook (its own chunk). */
async function xlsxBlob(matrix: string[][], sheetName: string): Promise<Blob> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  for (const line of matrix) {
    sheet.addRow(line);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => {
    c.width = 22;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

/**
 * The one list of the app (issue 11 item 7): free-text and per-column filters, sorting by any column,
 * CSV and Excel export. It exports exactly the rows it was given — the page's own API answer, already
 * narrowed by the server's access decision — after the reader's filters and sort, every cell neutralised
 * against formula injection. Wide lists scroll sideways inside the page (usable at 1366 px).
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  fileName,
  initialSort,
  testId,
}: {
  rows: readonly T[];
  columns: readonly DataColumn<T>[];
  rowKey(row: T): string;
  /** File name without date or extension (`cases` → `cases-2026-11-21.csv`). */
  fileName: string;
  initialSort?: ListState["sort"];
  testId?: string;
}) {
  const { t } = useI18n();
  const [state, setState] = useState<ListState>({ text: "", equals: {}, sort: initialSort ?? null });
  const [exporting, setExporting] = useState(false);
  const stamped = `${fileName}-${new Date().toISOString().slice(0, 10)}`;
  const shown = useMemo(() => applyListState(rows, columns, state), [rows, columns, state]);
  const toggleSort = (key: string) =>
    setState((s) => ({
      ...s,
      sort:
        s.sort?.key === key
          ? { key, direction: s.sort.direction === "asc" ? "desc" : "asc" }
          : { key, direction: "asc" },
    }));
  const onExcel = async () => {
    setExporting(true);
    try {
      download(`${stamped}.xlsx`, await xlsxBlob(exportMatrix(shown, columns), fileName));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Group align="flex-end" gap="sm" mb="sm" wrap="wrap">
        <TextInput
          label={t("list.filterText")}
          value={state.text}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setState((s) => ({ ...s, text }));
          }}
          w={240}
        />
        {columns
          .filter((c) => c.filter)
          .map((c) => (
            <NativeSelect
              key={c.key}
              label={c.header}
              value={state.equals[c.key] ?? ""}
              data={[{ value: "", label: t("list.all") }, ...distinctValues(rows, c)]}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setState((s) => ({ ...s, equals: { ...s.equals, [c.key]: v } }));
              }}
            />
          ))}
        <Group gap="xs" ml="auto">
          <Text size="sm" c="dimmed" data-testid="list-count">
            {t("list.count", { shown: shown.length, total: rows.length })}
          </Text>
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              download(
                `${fileName}.csv`,
                new Blob([exportCsv(shown, columns)], { type: "text/csv;charset=utf-8" }),
              )
            }
          >
            {t("list.csv")}
          </Button>
          <Button variant="default" size="xs" loading={exporting} onClick={() => void onExcel()}>
            {t("list.excel")}
          </Button>
        </Group>
      </Group>
      <ScrollArea type="auto" offsetScrollbars>
        <Table striped highlightOnHover stickyHeader verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => {
                const active = state.sort?.key === c.key ? state.sort.direction : null;
                return (
                  <Table.Th
                    key={c.key}
                    w={c.width}
                    aria-sort={active === "asc" ? "ascending" : active === "desc" ? "descending" : "none"}
                  >
                    <UnstyledButton onClick={() => toggleSort(c.key)} fw={700} fz="sm">
                      {c.header}
                      {active === "asc" ? " ▲" : active === "desc" ? " ▼" : ""}
                    </UnstyledButton>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((c) => (
                  <Table.Td key={c.key}>{c.render ? c.render(row) : String(c.value(row) ?? "")}</Table.Td>
                ))}
              </Table.Tr>
            ))}
            {shown.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Text c="dimmed" size="sm">
                    {t("list.empty")}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
