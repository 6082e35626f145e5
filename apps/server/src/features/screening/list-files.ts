// Reads list files of every supported format into engine entries (issue 3 "Lists"). Used by the import
// service, the API upload and the database-free `renkei screen batch --list`. Parsing itself is the
// domain's (packages/domain/src/screening/parsers); this file only turns files into their inputs.
// Text formats are decoded and parsed in a worker thread (`list-files-text.ts`, issue 10 item 1); the
// METI workbook goes through the bounded table reader, which has its own workers.
import { createHash } from "node:crypto";
import type { ListFormat } from "@renkei/contract";
import { DomainError, type FtmRelation, type ListEntry, parseMetiEul } from "@renkei/domain";
import { runParse } from "../../lib/import-files/run-parse";
import { readTable } from "../../lib/import-files/spreadsheet";
import { type ListFile, onlyOne, type TextListResult } from "./list-files-text";

export type { ListFile } from "./list-files-text";

export interface ParsedList {
  entries: ListEntry[];
  warnings: string[];
  /** Version / publication date the file itself states (MOFA 最終更新日, UN dateGenerated), if any. */
  statedVersion?: string;
  statedDate?: string;
  fileSha256: string;
  /** FtM Ownership / Directorship edges the files carry (issue 15 item 5); other formats have none. */
  relations?: FtmRelation[];
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** One hash for the version: the file's own SHA-256, or for several files the hash of their hashes. */
export function filesSha256(files: ListFile[]): string {
  if (files.length === 1) {
    return sha256(files[0]!.bytes);
  }
  const h = createHash("sha256");
  for (const f of files) {
    h.update(`${sha256(f.bytes)}\n`);
  }
  return h.digest("hex");
}

/**
 * Parses the files of one list version. `list` becomes `entry.list` (the list name shown in results).
 * Throws IMPORT_FAILED when nothing usable is found, so an empty or wrong file never replaces a list.
 */
export async function parseListFiles(
  format: ListFormat,
  files: ListFile[],
  list: string,
): Promise<ParsedList> {
  if (files.length === 0) {
    throw new DomainError("IMPORT_FAILED", "No file given", { reason: "no_file" });
  }
  const result: TextListResult =
    format === "meti-eul"
      ? parseMetiEul(await readTable(onlyOne(files, format).name, onlyOne(files, format).bytes), list)
      : await runParse("textList", { format, files, list });
  if (result.entries.length === 0) {
    throw new DomainError("IMPORT_FAILED", `No entries found in the ${format} file`, {
      reason: "no_entries",
      warnings: result.warnings.slice(0, 20),
    });
  }
  return {
    entries: result.entries,
    warnings: result.warnings,
    ...(result.statedVersion ? { statedVersion: result.statedVersion } : {}),
    ...(result.statedDate ? { statedDate: result.statedDate } : {}),
    fileSha256: filesSha256(files),
    ...(result.relations ? { relations: result.relations } : {}),
  };
}
