// Reads the first worksheet of an .xlsx off the event loop (issue 10 item 1). Plain JavaScript so the
// worker starts without a TypeScript loader. Only cells that exist are visited: a workbook with one cell
// at XFD1000 costs one cell, not 1000 × 16,384; every limit is checked as each cell is met.
import { parentPort, workerData } from "node:worker_threads";
import ExcelJS from "exceljs";

class LimitError extends Error {
  constructor(reason, limit, at) {
    super(reason);
    this.reason = reason;
    this.limit = limit;
    this.at = at;
  }
}

function columnName(n) {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) {
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  }
  return s;
}

function cellText(value) {
  if (value === null || value === undefined) {
    return "";
  }
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === "object") {
    if ("richText" in value) {
      return value.richText.map((r) => r.text).join("");
    }
    if ("text" in value) {
      return String(value.text);
    }
    if ("result" in value) {
      return String(value.result ?? "");
    }
    if ("error" in value) {
      return String(value.error);
    }
  }
  return String(value);
}

async function read({ bytes, limits }) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    return { ok: true, rows: [] };
  }
  // rowCount is the last row's number, kept by the sheet: no loop.
  if (sheet.rowCount > limits.rows) {
    throw new LimitError("too_many_rows", limits.rows, `${sheet.rowCount}`);
  }
  const cells = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (colNumber > limits.columns) {
        throw new LimitError("too_many_columns", limits.columns, `${columnName(colNumber)}${rowNumber}`);
      }
      if (cells.length >= limits.cells) {
        throw new LimitError("too_many_cells", limits.cells, `${columnName(colNumber)}${rowNumber}`);
      }
      const text = cellText(cell.value);
      if (text.length > limits.cellChars) {
        throw new LimitError("cell_too_long", limits.cellChars, `${columnName(colNumber)}${rowNumber}`);
      }
      cells.push([rowNumber, colNumber, text]);
      width = Math.max(width, colNumber);
    });
  });
  const height = sheet.rowCount;
  const rows = Array.from({ length: height }, () => Array(width).fill(""));
  for (const [r, c, text] of cells) {
    rows[r - 1][c - 1] = text;
  }
  return { ok: true, rows };
}

read(workerData).then(
  (result) => parentPort.postMessage(result),
  (err) =>
    parentPort.postMessage(
      err instanceof LimitError
        ? { ok: false, reason: err.reason, limit: err.limit, at: err.at }
        : { ok: false, reason: "unreadable" },
    ),
);
