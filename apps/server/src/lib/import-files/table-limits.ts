import { DomainError } from "@renkei/domain/parsing";
import { IMPORT_LIMITS } from "./limits";

/** A limit of `IMPORT_LIMITS` met: IMPORT_FAILED (422) naming the limit and where it was met. */
export function limitError(reason: string, limit: number, at?: string | number): DomainError {
  const where = at === undefined ? "" : ` at ${at}`;
  return new DomainError("IMPORT_FAILED", `The file exceeds a limit: ${reason} (${limit})${where}`, {
    reason,
    limit,
    ...(at === undefined ? {} : { at: String(at) }),
  });
}

/** The same limits for a CSV, checked once the (linear, size-bounded) parse is done. */
export function checkRows(rows: string[][]): void {
  if (rows.length > IMPORT_LIMITS.rows) {
    throw limitError("too_many_rows", IMPORT_LIMITS.rows, rows.length);
  }
  let cells = 0;
  for (const [i, row] of rows.entries()) {
    if (row.length > IMPORT_LIMITS.columns) {
      throw limitError("too_many_columns", IMPORT_LIMITS.columns, `row ${i + 1}`);
    }
    cells += row.length;
    if (cells > IMPORT_LIMITS.cells) {
      throw limitError("too_many_cells", IMPORT_LIMITS.cells, `row ${i + 1}`);
    }
    const long = row.findIndex((c) => c.length > IMPORT_LIMITS.cellChars);
    if (long >= 0) {
      throw limitError("cell_too_long", IMPORT_LIMITS.cellChars, `row ${i + 1}`);
    }
  }
}
