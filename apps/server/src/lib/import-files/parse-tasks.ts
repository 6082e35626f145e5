// The parse tasks `parse-worker.mjs` runs off the event loop (issue 10 item 1). Each takes and returns
// plain data (structured-cloned between threads).
import { parseCsv } from "@renkei/domain/parsing";
import { parseTextListFiles, type TextListInput } from "../../features/screening/list-files-text";
import { decodeText } from "./decode-text";
import { checkRows } from "./table-limits";

export const PARSE_TASKS = {
  /** A CSV (any supported encoding) into rows of cell text, within the import limits. */
  csvTable: (input: { bytes: Uint8Array }) => {
    // Blank lines are kept so reported row numbers match the spreadsheet.
    const rows = parseCsv(decodeText(input.bytes).text, ",", { keepEmptyLines: true });
    checkRows(rows);
    return rows;
  },
  /** The text formats of screening lists (MOFA, OFAC, CSL, DPL, UN XML, FtM, CSV). */
  textList: (input: TextListInput) => parseTextListFiles(input),
};

export type ParseTask = keyof typeof PARSE_TASKS;
export type ParseInput<T extends ParseTask> = Parameters<(typeof PARSE_TASKS)[T]>[0];
export type ParseOutput<T extends ParseTask> = ReturnType<(typeof PARSE_TASKS)[T]>;
