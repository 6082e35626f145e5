/**
 * RFC 4180 CSV: quoted fields with doubled quotes, embedded newlines, CRLF / LF / CR line ends, a leading
 * BOM removed, blanks before an opening quote ignored. Empty lines are dropped, unless `keepEmptyLines`
 * is set (an import that reports spreadsheet row numbers needs them), when they come back as `[""]`.
 */
export function parseCsv(
  text: string,
  delimiter = ",",
  options: { keepEmptyLines?: boolean } = {},
): string[][] {
  const rows: string[][] = [];
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const d = delimiter.charCodeAt(0);
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    if (options.keepEmptyLines || !(row.length === 1 && row[0] === "")) {
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
      // Copy the quoted run in one slice: list files have long quoted remarks.
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
  // A file's final line break must not leave trailing empty rows behind.
  while (rows.length > 0 && rows[rows.length - 1]!.every((f) => f === "")) {
    rows.pop();
  }
  return rows;
}

/** One CSV line; fields with separators, quotes or newlines are quoted. Leading =,+,-,@ are neutralised
 * so a spreadsheet does not run an exported value as a formula (CSV injection) — their full-width forms
 * ＝＋－＠ too, which Japanese spreadsheet software converts to ASCII on opening (issue 10). */
export function toCsvLine(fields: (string | number | boolean | null | undefined)[]): string {
  return fields
    .map((value) => {
      const v = neutraliseFormula(value === null || value === undefined ? "" : String(value));
      return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(",");
}

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe (CSV and .xlsx exports). */
export function neutraliseFormula(v: string): string {
  return /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(v) ? `'${v}` : v;
}
