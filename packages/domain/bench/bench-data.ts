// Data loading for the screening benchmark. Reads /work/shared/data (resolved as ../shared/data from
// the repository root); nothing is copied into the repository.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EntitySchema, ListEntry } from "../src/screening/index";
import { parseCsv } from "../src/shared/csv";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../../..");
export const dataDir = path.resolve(repoRoot, "../shared/data");
export const benchDir = path.join(dataDir, "bench/screening");
export const listsDir = path.join(dataDir, "lists");

/** True when the shared data folder is present. */
export function hasData(): boolean {
  return existsSync(benchDir) && existsSync(listsDir);
}

/** Reads a UTF-8 file below the shared data folder. */
export function read(rel: string): string {
  return readFileSync(path.join(dataDir, rel), "utf8");
}

/** CSV with header → objects. Lines starting with "#" are comments (cross-script file). */
export function readCsvObjects(rel: string): Record<string, string>[] {
  const text = read(rel)
    .split(/\r?\n/)
    .filter((l) => !l.startsWith("#"))
    .join("\n");
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ""])));
}

/** Maps FtM schema labels of the name-pair bench to our schema. */
export function benchSchema(label: string): EntitySchema {
  if (label === "Person") {
    return "person";
  }
  if (label === "Vessel") {
    return "vessel";
  }
  return "organization";
}

/** yente negatives (both files) as person entries of a distractor list. */
export function negativeEntries(): ListEntry[] {
  const out: ListEntry[] = [];
  for (const file of ["negatives_global.csv", "negatives_us.csv"]) {
    readCsvObjects(`bench/screening/${file}`).forEach((row, i) => {
      const name = row.full_name ?? "";
      if (name !== "") {
        out.push({
          sourceId: `${file}:${i}`,
          list: "negatives",
          schema: "person",
          names: [{ value: name, kind: "primary", script: "other" }],
          countries: row.nationality ? [row.nationality] : [],
          addresses: [],
          programs: [],
          details: {},
        });
      }
    });
  }
  return out;
}

/** Deterministic PRNG (mulberry32) so every run generates the same variants and queries. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Percentile of a sorted array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) {
    return Number.NaN;
  }
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Rounds for JSON output. */
export function r(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
