// Reads list files of every supported format into engine entries (issue 3 "Lists"). Used by the import
// service, the API upload and the database-free `renkei screen batch --list`. Parsing itself is the
// domain's (packages/domain/src/screening/parsers); this file only turns files into their inputs.
import { createHash } from "node:crypto";
import type { ListFormat } from "@renkei/contract";
import {
  DomainError,
  type FtmRelation,
  type ListEntry,
  parseBisDpl,
  parseCsl,
  parseFtmJsonLines,
  parseFtmRelations,
  parseMetiEul,
  parseMofaDesignations,
  parseOfacSdn,
  parseUnConsolidatedXml,
  parseWatchlistCsv,
} from "@renkei/domain";
import { decodeText } from "../../lib/import-files/decode-text";
import { readTable } from "../../lib/import-files/spreadsheet";

export interface ListFile {
  name: string;
  bytes: Uint8Array;
}

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

/** UTF-8, Shift_JIS (METI and MOFA files saved in Japan), UTF-16; damaged bytes refused with the line. */
function text(file: ListFile): string {
  return decodeText(file.bytes).text;
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

/** "2025年9月12日" / "2025-09-12" / "2025-09-12T…" → "2025-09-12". */
export function isoDateOf(value: string | undefined): string | undefined {
  if (!value) {
    return undefined;
  }
  const v = value.normalize("NFKC");
  const ja = /(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日/.exec(v);
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(v);
  const m = ja ?? iso;
  return m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : undefined;
}

function onlyOne(files: ListFile[], format: ListFormat): ListFile {
  if (files.length !== 1) {
    throw new DomainError("IMPORT_FAILED", `Format ${format} takes exactly one file`, {
      reason: "file_count",
    });
  }
  return files[0]!;
}

/** OFAC's three legacy CSVs are told apart by file name (sdn / alt / add); sdn.csv is required. */
function ofacFiles(files: ListFile[]) {
  const find = (kind: string) =>
    files.find((f) => new RegExp(`(^|[^a-z])${kind}[^/]*\\.csv$`, "i").test(f.name));
  const sdn = find("sdn") ?? (files.length === 1 ? files[0] : undefined);
  if (!sdn) {
    throw new DomainError("IMPORT_FAILED", "OFAC import needs sdn.csv (alt.csv and add.csv optional)", {
      reason: "ofac_files",
    });
  }
  const alt = find("alt");
  const add = find("add");
  return { sdn: text(sdn), ...(alt ? { alt: text(alt) } : {}), ...(add ? { add: text(add) } : {}) };
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
  let result: { entries: ListEntry[]; warnings: string[] };
  let statedVersion: string | undefined;
  let statedDate: string | undefined;
  let relations: FtmRelation[] | undefined;
  switch (format) {
    case "meti-eul":
      result = parseMetiEul(await readTable(onlyOne(files, format).name, onlyOne(files, format).bytes), list);
      break;
    case "mofa-text": {
      const r = parseMofaDesignations(text(onlyOne(files, format)), list);
      result = r;
      statedVersion = r.updated ?? r.designated;
      statedDate = isoDateOf(statedVersion);
      break;
    }
    case "ofac":
      result = parseOfacSdn(ofacFiles(files), list);
      break;
    case "us-csl":
      result = parseCsl(text(onlyOne(files, format)), list);
      break;
    case "bis-dpl":
      result = parseBisDpl(text(onlyOne(files, format)), list);
      break;
    case "un-xml": {
      const r = parseUnConsolidatedXml(text(onlyOne(files, format)), list);
      result = r;
      statedVersion = r.generated;
      statedDate = isoDateOf(r.generated);
      break;
    }
    case "ftm": {
      // Several FtM files (e.g. one per dataset) form one list.
      const parts = files.map((f) => parseFtmJsonLines(text(f), list));
      const links = parseFtmRelations(files.map(text));
      relations = links.relations;
      result = {
        entries: parts.flatMap((p) => p.entries),
        warnings: [...parts.flatMap((p) => p.warnings), ...links.warnings],
      };
      break;
    }
    case "csv":
      result = parseWatchlistCsv(text(onlyOne(files, format)), list);
      break;
  }
  if (result.entries.length === 0) {
    throw new DomainError("IMPORT_FAILED", `No entries found in the ${format} file`, {
      reason: "no_entries",
      warnings: result.warnings.slice(0, 20),
    });
  }
  return {
    entries: result.entries,
    warnings: result.warnings,
    ...(statedVersion ? { statedVersion } : {}),
    ...(statedDate ? { statedDate } : {}),
    fileSha256: filesSha256(files),
    ...(relations ? { relations } : {}),
  };
}
