// Column helpers for delimited list files (OFAC sdn/alt/add.csv are headerless, CSL has a header, BIS DPL
// is tab-separated with quotes). The reader itself is the shared `parseCsv`.

/** Maps header names to column indexes (case- and space-insensitive) for header-based formats. */
export function headerIndex(header: string[]): (name: string) => number {
  const map = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  return (name: string) => map.get(name.toLowerCase()) ?? -1;
}

/** Splits a multi-value cell ("a; b; and c") into trimmed, non-empty values. */
export function splitMulti(cell: string | undefined, separator: RegExp = /;\s*/): string[] {
  if (cell === undefined) {
    return [];
  }
  return cell
    .split(separator)
    .map((v) => v.replace(/^and\s+/i, "").trim())
    .filter((v) => v !== "");
}
