import { Worker } from "node:worker_threads";
import { DomainError } from "@renkei/domain";
import { IMPORT_LIMITS } from "./limits";
import { runParse } from "./run-parse";
import { limitError } from "./table-limits";
import { checkZipBounds } from "./zip-check";

/** "PK": a zip, or the start of a damaged one (reported as unreadable rather than as another format). */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/**
 * Reads the first worksheet of an .xlsx, or a CSV, into rows of cell text (issue 10 item 1). The file
 * name declares the format and the bytes must agree: a `.xlsx` that is not a zip, or a `.csv` that is
 * a workbook, is refused. Workbooks are read in a worker thread with bounded memory and time, after the
 * zip's declared size is checked, and CSVs are decoded and parsed in another (`run-parse.ts`); every limit is reported as IMPORT_FAILED (422) naming it.
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
  return runParse("csvTable", { bytes });
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
