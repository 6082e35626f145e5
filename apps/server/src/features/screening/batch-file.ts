// `renkei screen batch`: a CSV of names in, JSON lines out (issue 3 "Interfaces"). With list files
// given on the command line the index is built in memory and no database is opened.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ListFormat } from "@renkei/contract";
import {
  buildIndex,
  DomainError,
  type ListEntry,
  parseCsv,
  type ScreeningIndex,
  type ScreeningResult,
  screenName,
} from "@renkei/domain";
import { parseListFiles } from "./list-files";

export interface ListSpec {
  format: ListFormat;
  files: string[];
}

/**
 * Groups `--list FILE` / `--list-format F` arguments in command-line order: the files given before a
 * format are one list in that format (OFAC: `--list sdn.csv --list alt.csv --list add.csv --list-format
 * ofac`). Files after the last format take that last format.
 */
export function groupListArgs(tokens: { kind: "file" | "format"; value: string }[]): ListSpec[] {
  const specs: ListSpec[] = [];
  let pending: string[] = [];
  let last: ListFormat | undefined;
  for (const t of tokens) {
    if (t.kind === "file") {
      pending.push(t.value);
    } else {
      last = t.value as ListFormat;
      if (pending.length > 0) {
        specs.push({ format: last, files: pending });
        pending = [];
      }
    }
  }
  if (pending.length > 0) {
    if (!last) {
      throw new DomainError("VALIDATION_FAILED", "--list needs --list-format (meti-eul, ofac, csv, …)");
    }
    specs.push({ format: last, files: pending });
  }
  return specs;
}

/** The list name used in results: the file name without extension, or the folder of a multi-file list. */
export function listNameOf(spec: ListSpec): string {
  const first = spec.files[0] ?? spec.format;
  return spec.files.length > 1 ? path.basename(path.dirname(path.resolve(first))) : path.parse(first).name;
}

/** Builds an in-memory index from list files (no database). */
export async function indexFromFiles(specs: ListSpec[]): Promise<ScreeningIndex> {
  const entries: ListEntry[] = [];
  const versions: Record<string, string> = {};
  for (const spec of specs) {
    const files = await Promise.all(
      spec.files.map(async (f) => ({ name: path.basename(f), bytes: new Uint8Array(await readFile(f)) })),
    );
    const name = listNameOf(spec);
    const parsed = await parseListFiles(spec.format, files, name);
    entries.push(...parsed.entries);
    versions[name] = `sha256:${parsed.fileSha256.slice(0, 16)}`;
  }
  return buildIndex(entries, { listVersions: versions });
}

export interface BatchQuery {
  id: string;
  name: string;
  country?: string;
}

/** Reads `queries.csv`: header with `id` and `name`, optional `country`. */
export function readQueries(text: string): BatchQuery[] {
  const [header, ...rows] = parseCsv(text);
  const cols = (header ?? []).map((h) => h.trim().toLowerCase());
  const at = (c: string) => cols.indexOf(c);
  if (at("id") === -1 || at("name") === -1) {
    throw new DomainError(
      "VALIDATION_FAILED",
      "queries.csv needs a header with id and name (country optional)",
    );
  }
  const queries: BatchQuery[] = [];
  rows.forEach((row, i) => {
    const id = (row[at("id")] ?? "").trim();
    const name = (row[at("name")] ?? "").trim();
    if (id === "" && name === "") {
      return;
    }
    if (id === "" || name === "") {
      throw new DomainError("VALIDATION_FAILED", `queries.csv line ${i + 2}: id and name are required`);
    }
    const country = at("country") === -1 ? "" : (row[at("country")] ?? "").trim();
    queries.push({ id, name, ...(country ? { country } : {}) });
  });
  return queries;
}

/** One output line: `{"id", "matches":[{list, sourceId, name, score, isMatch, explanation}]}`, best first. */
export function batchLine(id: string, result: ScreeningResult): string {
  return JSON.stringify({
    id,
    matches: result.matches.map((m) => ({
      list: m.list,
      sourceId: m.sourceId,
      name: m.name,
      score: m.score,
      isMatch: m.isMatch,
      explanation: m.explanation,
    })),
  });
}

/** Screens every query of `input` and writes `output` (JSON lines in input order). */
export async function runBatchFile(options: {
  input: string;
  output: string;
  index: ScreeningIndex;
  threshold?: number;
  onProgress?: (message: string) => void;
}): Promise<{ queries: number; withMatch: number }> {
  const queries = readQueries(await readFile(options.input, "utf8"));
  const lines: string[] = [];
  let withMatch = 0;
  queries.forEach((q, i) => {
    const result = screenName(
      options.index,
      { name: q.name, ...(q.country ? { country: q.country } : {}) },
      options.threshold === undefined ? {} : { threshold: options.threshold },
    );
    if (result.matches.some((m) => m.isMatch)) {
      withMatch++;
    }
    lines.push(batchLine(q.id, result));
    if ((i + 1) % 1000 === 0) {
      options.onProgress?.(`screened ${i + 1}/${queries.length}`);
    }
  });
  await writeFile(options.output, lines.length ? `${lines.join("\n")}\n` : "");
  return { queries: queries.length, withMatch };
}
