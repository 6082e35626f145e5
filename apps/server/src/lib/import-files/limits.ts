/**
 * Limits of every spreadsheet and list file read by the server (issue 10 item 1), checked before or
 * while the cells are met, never after a loop over rows × columns. Excel's own maxima (1,048,576 rows,
 * 16,384 columns, 32,767 characters a cell) are far above what an import needs.
 */
export const IMPORT_LIMITS = {
  /** Rows, header included (partner import takes 20,000 data rows). */
  rows: 20_001,
  columns: 200,
  cells: 1_000_000,
  cellChars: 32_767,
  /** Total uncompressed size of an .xlsx (a zip): a small file must not unpack into gigabytes. */
  xlsxUncompressedBytes: 100 * 1024 * 1024,
  xlsxEntries: 2_000,
  /** Time a worker may spend on one workbook before it is stopped. */
  xlsxWorkerMs: 60_000,
  /** Memory a worker may use. */
  xlsxWorkerMb: 512,
  /** Time and memory of the worker that decodes and parses CSVs and list files (a full OFAC or UN
   * list is a few MB and takes about a second). */
  parseWorkerMs: 120_000,
  /** Below this size a CSV or list file is parsed in place (a few milliseconds; a worker costs more). */
  inlineParseBytes: 256 * 1024,
  parseWorkerMb: 1_024,
} as const;

export type LimitReason = "too_many_rows" | "too_many_columns" | "too_many_cells" | "cell_too_long";
