// RFC 4180 CSV reader for list files (OFAC sdn/alt/add.csv are headerless, CSL has a header, BIS DPL
// is tab-separated with quotes). Pure: takes the file content, not a path.

/**
 * Parses delimited text into rows of fields. Handles quoted fields, doubled quotes, embedded
 * newlines, CRLF/LF/CR line ends and a leading BOM. Completely empty lines are skipped.
 */
export function parseCsvRows(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const d = delimiter.charCodeAt(0);
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && row[0] === "")) {
      rows.push(row);
    }
    row = [];
    field = "";
  };
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (s.charCodeAt(i + 1) === 34) {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      const next = s.indexOf('"', i);
      const stop = next === -1 ? s.length : next;
      field += s.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === 34 && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (c === d) {
      row.push(field);
      field = "";
    } else if (c === 10 || c === 13) {
      endRow();
      if (c === 13 && s.charCodeAt(i + 1) === 10) {
        i++;
      }
    } else {
      field += s[i];
    }
    i++;
  }
  if (field !== "" || row.length > 0) {
    endRow();
  }
  return rows;
}

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
