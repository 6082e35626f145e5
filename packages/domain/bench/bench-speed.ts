// Speed and size at 10^6 aliases: index built from the 100,000 yente negatives plus 9 generated
// variants each (treatments after yente's validation_report/treatments.py, §4 T5), queried with
// differently perturbed names. Baselines in the same run: naive full-scan Jaro-Winkler (measured on a
// subset of queries, per-query time extrapolated) and fuse.js (on a 100,000-alias subset).
import { cpus, loadavg } from "node:os";
import Fuse from "fuse.js";
import {
  BASELINE_CONFIG_1_2,
  buildIndex,
  jaroWinkler,
  type ListEntry,
  screenBatch,
  screenName,
} from "../src/screening/index";
import { negativeEntries, percentile, r, rng } from "./bench-data";

type Rand = () => number;
const pick = (rand: Rand, n: number) => Math.floor(rand() * n);
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function substitute(s: string, rand: Rand): string {
  const chars = [...s];
  const i = pick(rand, chars.length);
  if (chars[i] === " ") {
    return s;
  }
  chars[i] = LETTERS[pick(rand, 26)] ?? "a";
  return chars.join("");
}

function variants(name: string, rand: Rand): string[] {
  const tokens = name.split(" ");
  const chars = [...name];
  const i = 1 + pick(rand, Math.max(1, chars.length - 2));
  const out = [
    [...tokens.slice(-1), ...tokens.slice(0, -1)].join(" "),
    tokens.length > 2
      ? [tokens[0], tokens[tokens.length - 1]].join(" ")
      : `${name} ${LETTERS[pick(rand, 26)]}`,
    substitute(name, rand),
    [...chars.slice(0, i), ...chars.slice(i + 1)].join(""),
    [...chars.slice(0, i), chars[i], ...chars.slice(i)].join(""),
    [...chars.slice(0, i - 1), chars[i], chars[i - 1], ...chars.slice(i + 1)].join(""),
    tokens.length > 1 ? `${(tokens[0] ?? "").slice(0, 1)}. ${tokens.slice(1).join(" ")}` : `${name}a`,
    name.replace(/[aeiou]/, (v) => "aeiou"[("aeiou".indexOf(v) + 1) % 5] ?? v),
    `${name} ${tokens[0] ?? ""}`.toUpperCase(),
  ];
  return out;
}

/** Builds the 10^6-alias corpus (100,000 entries × 10 names). */
export function corpus(): ListEntry[] {
  const rand = rng(42);
  return negativeEntries().map((e) => {
    const primary = e.names[0]?.value ?? "";
    return {
      ...e,
      names: [primary, ...variants(primary, rand)].map((value, k) => ({
        value,
        kind: k === 0 ? ("primary" as const) : ("alias" as const),
        script: "other" as const,
      })),
    };
  });
}

export function queriesFor(entries: ListEntry[], count: number, seed: number, within = entries.length) {
  const rand = rng(seed);
  return Array.from({ length: count }, () => {
    const e = pick(rand, within);
    const name = entries[e]?.names[0]?.value ?? "";
    const tokens = name.split(" ");
    // Query treatment: one substitution plus, half of the time, "Last, First" order.
    const q = substitute(name, rand);
    const swapped = rand() < 0.5 && tokens.length > 1 ? q.split(" ").reverse().join(", ") : q;
    return { name: swapped, truth: entries[e]?.sourceId ?? "" };
  });
}

/**
 * Rank-1 hit, tie-aware: the synthetic negatives repeat common names, so several entries can carry
 * the same best alias; the true entry counts as found when it shares the top score.
 */
function isHit(matches: { sourceId: string; score: number }[], truth: string): boolean {
  const top = matches[0]?.score;
  return top !== undefined && matches.some((m) => m.sourceId === truth && m.score >= top);
}

function heap(): { heap: number; external: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.arrayBuffers };
}

/** Queries run through the naive full scan (≈1–2 s each at 10^6 aliases); SCAN_QUERIES overrides. */
const SCAN_QUERIES = Number(process.env.SCAN_QUERIES ?? 200);

/** Runs the speed/size bench. */
export function speedBench() {
  const loadBefore = loadavg();
  const entries = corpus();
  const aliasCount = entries.reduce((n, e) => n + e.names.length, 0);
  const before = heap();
  const t0 = performance.now();
  const index = buildIndex(entries);
  const buildMs = performance.now() - t0;
  const after = heap();
  const queries = queriesFor(entries, 10_000, 7);
  for (const q of queries.slice(0, 200)) {
    screenName(index, q);
  }
  const times: number[] = [];
  let hits = 0;
  let scored = 0;
  for (const q of queries.slice(0, 3000)) {
    const s = performance.now();
    const res = screenName(index, q);
    times.push(performance.now() - s);
    scored += res.candidatesScored;
    if (isHit(res.matches, q.truth)) {
      hits++;
    }
  }
  // Best of three runs per query: the latency the code needs when the core is not taken away by
  // the scheduler or a GC pause (each of the three runs would have to be hit). Reported beside the
  // single-pass figures, never instead of them.
  const best = [...times];
  for (let rep = 0; rep < 2; rep++) {
    queries.slice(0, 3000).forEach((q, i) => {
      const s = performance.now();
      screenName(index, q);
      best[i] = Math.min(best[i] ?? Number.POSITIVE_INFINITY, performance.now() - s);
    });
  }
  best.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  // Engine 1.2 behaviour on the same index and queries (cross-script reading off), best of three,
  // interleaved query by query with the current engine (order alternating) so that both see the
  // same machine load — on a shared machine, runs taken minutes apart are not comparable.
  const baseIndex = { ...index, config: BASELINE_CONFIG_1_2 };
  const interleaved = { now: [] as number[], base: [] as number[] };
  const bestOf3 = (ix: typeof index, q: (typeof queries)[number]) => {
    let t = Number.POSITIVE_INFINITY;
    for (let rep = 0; rep < 3; rep++) {
      const s = performance.now();
      screenName(ix, q);
      t = Math.min(t, performance.now() - s);
    }
    return t;
  };
  queries.slice(0, 3000).forEach((q, i) => {
    if (i % 2 === 0) {
      interleaved.now.push(bestOf3(index, q));
      interleaved.base.push(bestOf3(baseIndex, q));
    } else {
      interleaved.base.push(bestOf3(baseIndex, q));
      interleaved.now.push(bestOf3(index, q));
    }
  });
  const baseBest = interleaved.base;
  interleaved.now.sort((a, b) => a - b);
  baseBest.sort((a, b) => a - b);
  const tb = performance.now();
  const batch = screenBatch(index, queries);
  const batchMs = performance.now() - tb;
  const batchHits = batch.filter((res, i) => isHit(res.matches, queries[i]?.truth ?? "")).length;
  // Naive full scan: Jaro-Winkler of the upper-cased query against every alias, best alias wins.
  const flat: { name: string; entry: string }[] = [];
  for (const e of entries) {
    for (const n of e.names) {
      flat.push({ name: n.value.toUpperCase(), entry: e.sourceId });
    }
  }
  const scanQueries = queries.slice(0, SCAN_QUERIES);
  let scanHits = 0;
  let engineHitsOnScanSubset = 0;
  const ts = performance.now();
  for (const q of scanQueries) {
    const qu = q.name.toUpperCase();
    let best = -1;
    let truthBest = -1;
    for (const a of flat) {
      const s = jaroWinkler(qu, a.name);
      if (s > best) {
        best = s;
      }
      if (a.entry === q.truth && s > truthBest) {
        truthBest = s;
      }
    }
    if (truthBest >= best) {
      scanHits++;
    }
    if (isHit(screenName(index, q).matches, q.truth)) {
      engineHitsOnScanSubset++;
    }
  }
  const scanMsPerQuery = (performance.now() - ts) / scanQueries.length;
  // fuse.js on a 100,000-alias subset (first 10,000 entries), queries drawn from that subset.
  const fuseSubset = flat.slice(0, 100_000);
  const tf = performance.now();
  const fuse = new Fuse(fuseSubset, { keys: ["name"], includeScore: true, threshold: 0.4 });
  const fuseBuildMs = performance.now() - tf;
  const fuseQueries = queriesFor(entries, 20, 11, 10_000);
  let fuseHits = 0;
  const tq = performance.now();
  for (const q of fuseQueries) {
    if (fuse.search(q.name.toUpperCase(), { limit: 1 })[0]?.item.entry === q.truth) {
      fuseHits++;
    }
  }
  const fuseMsPerQuery = (performance.now() - tq) / fuseQueries.length;
  const p50 = percentile(times, 50);
  return {
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model ?? "",
      loadAverage1mBefore: r(loadBefore[0] ?? 0, 2),
      loadAverage1mAfter: r(loadavg()[0] ?? 0, 2),
    },
    corpus: { entries: entries.length, aliases: aliasCount, indexedAliases: index.aliasLatin.length },
    engine: {
      buildSeconds: r(buildMs / 1000, 2),
      heapDeltaMB: r((after.heap - before.heap) / 2 ** 20, 1),
      typedArrayDeltaMB: r((after.external - before.external) / 2 ** 20, 1),
      blockingKeys: index.keyHashes.length,
      postings: index.postings.length,
      interleavedBestOf3Ms: {
        p50: r(percentile(interleaved.now, 50)),
        p95: r(percentile(interleaved.now, 95)),
        p99: r(percentile(interleaved.now, 99)),
      },
      baseline12InterleavedBestOf3Ms: {
        p50: r(percentile(baseBest, 50)),
        p95: r(percentile(baseBest, 95)),
        p99: r(percentile(baseBest, 99)),
      },
      singleQueryMs: {
        p50: r(p50),
        p95: r(percentile(times, 95)),
        p99: r(percentile(times, 99)),
        n: times.length,
      },
      singleQueryBestOf3Ms: {
        p50: r(percentile(best, 50)),
        p95: r(percentile(best, 95)),
        p99: r(percentile(best, 99)),
      },
      meanCandidatesScored: r(scored / times.length, 1),
      recallAt1: r(hits / times.length),
      batch10k: { seconds: r(batchMs / 1000, 2), queriesPerSecond: Math.round(10_000 / (batchMs / 1000)) },
      batchRecallAt1: r(batchHits / queries.length),
    },
    fullScanJaroWinkler: {
      note: `measured on ${scanQueries.length} queries over all aliases; batch time extrapolated = per-query × 10,000`,
      queries: scanQueries.length,
      msPerQuery: r(scanMsPerQuery, 1),
      extrapolatedBatch10kSeconds: r((scanMsPerQuery * 10_000) / 1000, 0),
      recallAt1: r(scanHits / scanQueries.length),
      engineRecallAt1SameQueries: r(engineHitsOnScanSubset / scanQueries.length),
      speedupP50: r(scanMsPerQuery / p50, 0),
    },
    fuseJs: {
      note: "fuse.js 7 on a 100,000-alias subset (10× smaller than the engine's index), 20 queries",
      aliases: fuseSubset.length,
      buildMs: Math.round(fuseBuildMs),
      msPerQuery: r(fuseMsPerQuery, 1),
      recallAt1: r(fuseHits / fuseQueries.length),
    },
  };
}
