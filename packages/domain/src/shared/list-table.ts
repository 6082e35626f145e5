import { neutraliseCell, toCsvLine } from "./csv";

/**
 * The logic of the one list component (issue 11 item 7): filter, sort and export the rows a page already
 * received from the API. Exports are built from those rows only, so a file never holds more than the
 * page's access decision let through. Pure, so the table's behaviour is tested without a browser.
 */
export type CellValue = string | number | boolean | null | undefined;

export interface ListColumn<T> {
  key: string;
  /** The header as the reader sees it (already in their language). */
  header: string;
  /** The value shown, sorted, filtered and exported (text the reader reads, never an internal code). */
  value(row: T): CellValue;
  /** What sorting compares when the shown text does not sort (a date shown as 21 Nov 2026: its ISO form). */
  sortValue?(row: T): CellValue;
}

export type SortDirection = "asc" | "desc";

export interface ListState {
  /** Free text matched against every column. */
  text: string;
  /** Per-column exact filters (a select's chosen value), by column key. */
  equals: Record<string, string>;
  sort: { key: string; direction: SortDirection } | null;
}

const collator = new Intl.Collator(["ja", "en"], { numeric: true, sensitivity: "base" });

const asText = (v: CellValue): string => (v === null || v === undefined ? "" : String(v));

/** Width- and case-folded text, so ＡＢＣ finds abc and ｶﾀｶﾅ finds カタカナ. */
export function foldText(s: string): string {
  return s.normalize("NFKC").toLowerCase();
}

export function applyListState<T>(
  rows: readonly T[],
  columns: readonly ListColumn<T>[],
  state: ListState,
): T[] {
  const needle = foldText(state.text.trim());
  const equals = Object.entries(state.equals).filter(([, v]) => v !== "");
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const kept = rows.filter(
    (row) =>
      equals.every(([key, want]) => {
        const col = byKey.get(key);
        return !col || asText(col.value(row)) === want;
      }) &&
      (needle === "" || columns.some((c) => foldText(asText(c.value(row))).includes(needle))),
  );
  const sortCol = state.sort ? byKey.get(state.sort.key) : undefined;
  if (!sortCol || !state.sort) {
    return kept;
  }
  const sign = state.sort.direction === "asc" ? 1 : -1;
  return [...kept].sort((a, b) => {
    const by = sortCol.sortValue ?? sortCol.value;
    const x = by(a);
    const y = by(b);
    // Empty cells last in either direction: the reader looks for the filled ones.
    if (asText(x) === "" || asText(y) === "") {
      return asText(x) === asText(y) ? 0 : asText(x) === "" ? 1 : -1;
    }
    if (typeof x === "number" && typeof y === "number") {
      return sign * (x - y);
    }
    return sign * collator.compare(asText(x), asText(y));
  });
}

/** The distinct values of a column, sorted, for its filter select. */
export function distinctValues<T>(rows: readonly T[], column: ListColumn<T>): string[] {
  return [...new Set(rows.map((r) => asText(column.value(r))).filter((v) => v !== ""))].sort(
    collator.compare,
  );
}

/** Header + rows as strings, every cell neutralised against formula injection (CSV and Excel alike). */
export function exportMatrix<T>(rows: readonly T[], columns: readonly ListColumn<T>[]): string[][] {
  return [
    columns.map((c) => neutraliseCell(c.header)),
    ...rows.map((r) => columns.map((c) => neutraliseCell(asText(c.value(r))))),
  ];
}

/** The CSV file's text: a BOM so Excel opens UTF-8 Japanese correctly, CRLF line ends. */
export function exportCsv<T>(rows: readonly T[], columns: readonly ListColumn<T>[]): string {
  return `\ufeff${exportMatrix(rows, columns)
    .map((line) => toCsvLine(line))
    .join("\r\n")}\r\n`;
}
