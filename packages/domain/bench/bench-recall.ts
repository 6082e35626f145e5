// UN / US-Congress candidate-recall bench after yente's contrib/candidate_generation_benchmark
// (screening-research.md §4 T4): the UN consolidated list plus 100,000 synthetic negatives form the
// index; UN positives (untreated and treated) must find their UN entry at rank 1; US-Congress names
// are not listed, so any UN hit at or above the threshold for them counts as a false positive.
import {
  BASELINE_CONFIG_1_2,
  buildIndex,
  type ListEntry,
  normalizeName,
  parseUnConsolidatedXml,
  type ScreeningIndex,
  screenName,
} from "../src/screening/index";
import { negativeEntries, r, read, readCsvObjects } from "./bench-data";

/** Builds the UN + negatives index used by the recall bench. */
export function buildRecallIndex(): { index: ScreeningIndex; un: ListEntry[]; buildMs: number } {
  const un = parseUnConsolidatedXml(read("lists/un/consolidated.xml")).entries;
  const t0 = performance.now();
  const index = buildIndex([...un, ...negativeEntries()]);
  return { index, un, buildMs: performance.now() - t0 };
}

/** UN entries whose names normalise exactly like the untreated positive (ground truth by name). */
function truthFor(un: ListEntry[], keyToIds: Map<string, string[]>, name: string): string[] {
  void un;
  return keyToIds.get(normalizeName(name, { schema: "person" }).latin) ?? [];
}

function evaluate(index: ScreeningIndex, queries: { name: string; truth: string[] }[]) {
  let withTruth = 0;
  let top1 = 0;
  let top1Match = 0;
  let anywhere = 0;
  const misses: string[] = [];
  for (const q of queries) {
    if (q.truth.length === 0) {
      continue;
    }
    withTruth++;
    const res = screenName(index, { name: q.name, schema: "person" });
    const first = res.matches[0];
    if (first !== undefined && first.list === "un-sc" && q.truth.includes(first.sourceId)) {
      top1++;
      if (first.isMatch) {
        top1Match++;
      }
    } else if (misses.length < 15) {
      misses.push(`${q.name} → ${first?.name ?? "∅"} (${first?.score ?? 0})`);
    }
    if (res.matches.some((m) => m.list === "un-sc" && q.truth.includes(m.sourceId))) {
      anywhere++;
    }
  }
  return {
    queries: withTruth,
    recallAt1: r(top1 / Math.max(1, withTruth)),
    recallAt1AboveThreshold: r(top1Match / Math.max(1, withTruth)),
    recallInTop10: r(anywhere / Math.max(1, withTruth)),
    sampleMisses: misses,
  };
}

/** Runs the recall / false-positive bench, and the same queries with the engine 1.2 baseline. */
export function recallBench() {
  const built = buildRecallIndex();
  const baseIndex = buildIndex(built.index.entries, { config: BASELINE_CONFIG_1_2 });
  const base = recallRun(baseIndex, built.un, 0);
  return {
    ...recallRun(built.index, built.un, built.buildMs),
    baseline12: {
      index: base.index,
      unUntreated: base.unUntreated.recallAt1,
      unTreated: base.unTreated.recallAt1,
      usCongressFalsePositives: base.usCongressFalsePositives.withUnMatchAtThreshold,
    },
  };
}

function recallRun(index: ScreeningIndex, un: ListEntry[], buildMs: number) {
  const keyToIds = new Map<string, string[]>();
  for (const e of un) {
    for (const n of e.names) {
      const key = normalizeName(n.value, { schema: e.schema }).latin;
      keyToIds.set(key, [...(keyToIds.get(key) ?? []), e.sourceId]);
    }
  }
  const untreated = readCsvObjects("bench/screening/positives_un_untreated.csv");
  const treated = readCsvObjects("bench/screening/positives_un_treated.csv");
  // Rows of the treated file correspond line by line to the untreated file (same order).
  const untreatedQ = untreated.map((row) => ({
    name: row.full_name ?? "",
    truth: truthFor(un, keyToIds, row.full_name ?? ""),
  }));
  const treatedQ = treated.map((row, i) => ({
    name: row.full_name ?? "",
    truth: untreatedQ[i]?.truth ?? [],
  }));
  const congress = readCsvObjects("bench/screening/positives_us_congress_untreated.csv");
  let falsePositives = 0;
  const fpSamples: string[] = [];
  for (const row of congress) {
    const res = screenName(index, { name: row.full_name ?? "", schema: "person" });
    const hit = res.matches.find((m) => m.list === "un-sc" && m.isMatch);
    if (hit !== undefined) {
      falsePositives++;
      if (fpSamples.length < 10) {
        fpSamples.push(`${row.full_name} → ${hit.name} (${hit.score})`);
      }
    }
  }
  return {
    index: {
      entries: index.entries.length,
      aliases: index.aliasLatin.length,
      keys: index.keyHashes.length,
      postings: index.postings.length,
      buildMs: Math.round(buildMs),
    },
    unUntreated: evaluate(index, untreatedQ),
    unTreated: evaluate(index, treatedQ),
    usCongressFalsePositives: {
      queries: congress.length,
      withUnMatchAtThreshold: falsePositives,
      rate: r(falsePositives / Math.max(1, congress.length), 4),
      samples: fpSamples,
    },
  };
}
