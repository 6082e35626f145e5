// The text formats of screening lists, decoded and parsed in one plain function (issue 3 "Lists") that
// `run-parse.ts` runs in a worker thread (issue 10 item 1): a multi-megabyte OFAC or UN file never blocks
// the event loop. The parsers themselves are the domain's (packages/domain/src/screening/parsers).
import type { ListFormat } from "@renkei/contract";
import {
  DomainError,
  type FtmRelation,
  type ListEntry,
  parseBisDpl,
  parseCsl,
  parseFtmJsonLines,
  parseFtmRelations,
  parseMofaDesignations,
  parseOfacSdn,
  parseUnConsolidatedXml,
  parseWatchlistCsv,
} from "@renkei/domain/parsing";
import { decodeText } from "../../lib/import-files/decode-text";

export interface ListFile {
  name: string;
  bytes: Uint8Array;
}

export interface TextListInput {
  format: Exclude<ListFormat, "meti-eul">;
  files: ListFile[];
  list: string;
}

export interface TextListResult {
  entries: ListEntry[];
  warnings: string[];
  /** Version / publication date the file itself states (MOFA 最終更新日, UN dateGenerated), if any. */
  statedVersion?: string;
  statedDate?: string;
  /** FtM Ownership / Directorship edges (issue 15 item 5). */
  relations?: FtmRelation[];
}

/** UTF-8, Shift_JIS (METI and MOFA files saved in Japan), UTF-16; damaged bytes refused with the line. */
function text(file: ListFile): string {
  return decodeText(file.bytes).text;
}

/** "2025年9月12日" / "2025-09-12" / "2025-09-12T…" → "2025-09-12". */
function isoDateOf(value: string | undefined): string | undefined {
  if (!value) {
    return undefined;
  }
  const v = value.normalize("NFKC");
  const ja = /(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日/.exec(v);
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(v);
  const m = ja ?? iso;
  return m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : undefined;
}

export function onlyOne(files: ListFile[], format: ListFormat): ListFile {
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

/** Decodes and parses the files of one text-format list version. */
export function parseTextListFiles({ format, files, list }: TextListInput): TextListResult {
  switch (format) {
    case "mofa-text": {
      const r = parseMofaDesignations(text(onlyOne(files, format)), list);
      const statedVersion = r.updated ?? r.designated;
      const statedDate = isoDateOf(statedVersion);
      return {
        entries: r.entries,
        warnings: r.warnings,
        ...(statedVersion ? { statedVersion } : {}),
        ...(statedDate ? { statedDate } : {}),
      };
    }
    case "ofac":
      return parseOfacSdn(ofacFiles(files), list);
    case "us-csl":
      return parseCsl(text(onlyOne(files, format)), list);
    case "bis-dpl":
      return parseBisDpl(text(onlyOne(files, format)), list);
    case "un-xml": {
      const r = parseUnConsolidatedXml(text(onlyOne(files, format)), list);
      const statedDate = isoDateOf(r.generated);
      return {
        entries: r.entries,
        warnings: r.warnings,
        ...(r.generated ? { statedVersion: r.generated } : {}),
        ...(statedDate ? { statedDate } : {}),
      };
    }
    case "ftm": {
      // Several FtM files (e.g. one per dataset) form one list.
      const parts = files.map((f) => parseFtmJsonLines(text(f), list));
      const links = parseFtmRelations(files.map(text));
      return {
        entries: parts.flatMap((p) => p.entries),
        warnings: [...parts.flatMap((p) => p.warnings), ...links.warnings],
        relations: links.relations,
      };
    }
    case "csv":
      return parseWatchlistCsv(text(onlyOne(files, format)), list);
  }
}
