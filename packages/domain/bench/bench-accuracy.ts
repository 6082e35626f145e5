// Accuracy parts of the screening benchmark: nomenklatura name pairs (P/R/F1 per quality tier, with a
// plain Levenshtein-ratio baseline in the same run) and the cross-script pairs.
import {
  BASELINE_CONFIG_1_2,
  BASELINE_CONFIG_1_6,
  compareNames,
  DEFAULT_THRESHOLD,
  levenshteinRatio,
  type ScreeningConfig,
} from "../src/screening/index";
import { parseCsv } from "../src/shared/csv";
import { benchSchema, r, read, readCsvObjects } from "./bench-data";

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function prf(c: Counts) {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return { ...c, precision: r(precision), recall: r(recall), f1: r(f1) };
}

function add(c: Counts, truth: boolean, predicted: boolean): void {
  if (truth && predicted) {
    c.tp++;
  } else if (!truth && predicted) {
    c.fp++;
  } else if (truth) {
    c.fn++;
  } else {
    c.tn++;
  }
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

/** Name-pair bench (826 labelled pairs; reference F1: logic-v2 ≈0.79, Levenshtein ≈0.65). */
export function namePairBench() {
  return {
    ...namePairRun(),
    baseline16: { engine: namePairRun(BASELINE_CONFIG_1_6).engine },
    baseline12: { engine: namePairRun(BASELINE_CONFIG_1_2).engine },
  };
}

function namePairRun(config?: ScreeningConfig) {
  const rows = readCsvObjects("bench/screening/name-pairs.csv");
  const scored = rows.map((row) => ({
    truth: row.is_match === "true",
    quality: row.quality ?? "",
    group: row.case_group ?? "",
    engine: compareNames(row.name1 ?? "", row.name2 ?? "", { schema: benchSchema(row.schema ?? ""), config })
      .score,
    lev: levenshteinRatio((row.name1 ?? "").toLowerCase(), (row.name2 ?? "").toLowerCase()),
  }));
  const engine = empty();
  const lev = empty();
  const byQuality = new Map<string, Counts>();
  const byGroup = new Map<string, Counts>();
  for (const s of scored) {
    add(engine, s.truth, s.engine >= DEFAULT_THRESHOLD);
    add(lev, s.truth, s.lev >= 0.7);
    for (const [map, key] of [
      [byQuality, s.quality],
      [byGroup, s.group],
    ] as const) {
      const c = map.get(key) ?? empty();
      add(c, s.truth, s.engine >= DEFAULT_THRESHOLD);
      map.set(key, c);
    }
  }
  const sweep = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9].map((t) => {
    const c = empty();
    for (const s of scored) {
      add(c, s.truth, s.engine >= t);
    }
    return { threshold: t, f1: prf(c).f1 };
  });
  return {
    pairs: rows.length,
    threshold: DEFAULT_THRESHOLD,
    engine: prf(engine),
    levenshteinBaseline: { threshold: 0.7, ...prf(lev) },
    byQuality: Object.fromEntries([...byQuality].map(([k, c]) => [k, prf(c)])),
    byGroup: Object.fromEntries([...byGroup].map(([k, c]) => [k, prf(c)])),
    thresholdSweep: sweep,
  };
}

/** Cross-script pairs (watchman T8), with the engine 1.6 and 1.2 baselines in the same run. */
export function crossScriptBench() {
  const base = crossScriptRun(BASELINE_CONFIG_1_2);
  const base16 = crossScriptRun(BASELINE_CONFIG_1_6);
  return {
    ...crossScriptRun(),
    baseline16: { atThreshold: base16.atThreshold, atFileMinimum: base16.atFileMinimum },
    baseline12: { atThreshold: base.atThreshold, atFileMinimum: base.atFileMinimum },
  };
}

/** Share reaching our threshold and the file's own minimum. */
function crossScriptRun(config?: ScreeningConfig) {
  const text = read("bench/screening/cross-script-pairs.csv")
    .split(/\r?\n/)
    .filter((l) => !l.startsWith("#") && l.trim() !== "")
    .join("\n");
  const pairs = parseCsv(text)
    .filter((v) => v.length >= 3)
    .map(([query, expected, min, description]) => {
      const score = compareNames(query ?? "", expected ?? "", { schema: "person", config }).score;
      return { query, expected, score, minScore: Number(min), description };
    });
  return {
    pairs: pairs.length,
    atThreshold: pairs.filter((p) => p.score >= DEFAULT_THRESHOLD).length,
    atFileMinimum: pairs.filter((p) => p.score >= p.minScore).length,
    details: pairs.map((p) => ({ query: p.query, expected: p.expected, score: p.score })),
  };
}
