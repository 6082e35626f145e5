import { Worker } from "node:worker_threads";
import { DomainError, parseCsv } from "@renkei/domain";
import { decodeText } from "./decode-text";
import { IMPORT_LIMITS } from "./limits";
import { checkZipBounds } from "./zip-check";

/** "PK": a zip, or the start of a damaged one (reported as unreadable rather than as another format). */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

function limitError(reason: string, limit: number, at?: string | number): DomainError {
  const where = at === undefined ? "" : ` at ${at}`;
  return new DomainError("IMPORT_FAILED", `The file exceeds a limit: ${reason} (${limit})${where}`, {
    reason,
    limit,
    ...(at === undefined ? {} : { at: String(at) }),
  });
}

/**
 * Reads the first worksheet of an .xlsx, or a CSV, into rows of cell text (issue 10 item 1). The file
 * name declares the format and the bytes must agree: a `.xlsx` that is not a zip, or a `.csv` that is
 * a workbook, is refused. Workbooks are read in a worker thread with bounded memory and time, after the
 * zip's declared size is checked; every limit is reported as IMPORT_FAILED (422) naming it.
 */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  const declaresXlsx = /\.xls[xm]$/i.test(fileName);
  const declaresText = /\.(csv|txt|tsv)$/i.test(fileName);
  if (/\.xls$/i.test(fileName)) {
    throw new DomainError("IMPORT_FAILED", "Legacy .xls workbooks are not read; save as .xlsx or CSV", {
      reason: "xls_not_supported",
    });
  }
  if (declaresXlsx || (!declaresText && isZip(bytes))) {
    if (!isZip(bytes)) {
      throw new DomainError("IMPORT_FAILED", "The file is named .xlsx but is not an .xlsx workbook", {
        reason: "format_mismatch",
      });
    }
    return readXlsx(bytes);
  }
  // Blank lines are kept so reported row numbers match the spreadsheet.
  const rows = parseCsv(decodeText(bytes).text, ",", { keepEmptyLines: true });
  checkRows(rows);
  return rows;
}

/** The same limits for a CSV, checked once the (linear, size-bounded) parse is done. */
function checkRows(rows: string[][]): void {
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

type WorkerResult =
  | { ok: true; rows: string[][] }
  | { ok: false; reason: string; limit?: number; at?: string };

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  checkZipBounds(bytes);
  const copy = bytes.slice();
  const result = await new Promise<WorkerResult>((resolve, reject) => {
    const worker = new Worker(new URL("./xlsx-worker.mjs", import.meta.url), {
      workerData: {
        bytes: copy,
        limits: {
          rows: IMPORT_LIMITS.rows,
          columns: IMPORT_LIMITS.columns,
          cells: IMPORT_LIMITS.cells,
          cellChars: IMPORT_LIMITS.cellChars,
        },
      },
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.xlsxWorkerMb },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ok: false, reason: "too_slow", limit: IMPORT_LIMITS.xlsxWorkerMs });
    }, IMPORT_LIMITS.xlsxWorkerMs);
    worker.once("message", (m: WorkerResult) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once("error", (err) => {
      clearTimeout(timer);
      // ERR_WORKER_OUT_OF_MEMORY: the workbook needs more memory than any import should.
      const code = (err as { code?: string }).code;
      code === "ERR_WORKER_OUT_OF_MEMORY"
        ? resolve({ ok: false, reason: "too_much_memory", limit: IMPORT_LIMITS.xlsxWorkerMb })
        : reject(err);
    });
  });
  if (result.ok) {
    return result.rows;
  }
  if (result.reason === "unreadable") {
    throw new DomainError("IMPORT_FAILED", "The file is not a readable .xlsx workbook", {
      reason: "unreadable",
    });
  }
  throw limitError(result.reason, result.limit ?? 0, result.at);
}
