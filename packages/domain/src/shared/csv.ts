/**
 * RFC 4180 CSV: quoted fields with doubled quotes, embedded newlines, CRLF or LF, a leading BOM removed.
 * Returns rows of strings; blank trailing lines are dropped.
 */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === "") {
      quoted = true;
    } else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && s[i + 1] === "\n") {
        i++;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.every((f) => f === "")) {
    rows.pop();
  }
  return rows;
}

/** One CSV line; fields with separators, quotes or newlines are quoted. Leading =,+,-,@ are neutralised
 * so a spreadsheet does not run an exported value as a formula (CSV injection). */
export function toCsvLine(fields: (string | number | boolean | null | undefined)[]): string {
  return fields
    .map((value) => {
      let v = value === null || value === undefined ? "" : String(value);
      if (/^[=+\-@\t\r]/.test(v)) {
        v = `'${v}`;
      }
      return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(",");
}
