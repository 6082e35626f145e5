// Query side of the engine: blocking → candidate selection → explainable scoring → entry-level
// rules (country, schema) → ranked, versioned result. Single queries and batches share this code.
import { blockingKeys, crossScriptQueryKeys, type QueryKey, queryKeys } from "./blocking-keys";
import { expandName } from "./compact-name";
import { conventionKeysOn, ENGINE_VERSION, type ScreeningConfig, soundKeysOn } from "./config";
import { countryCodes } from "./country";
import { findKey, SCHEMA_CODES, type ScreeningIndex } from "./index-build";
import { gluedKanaReading, kanaReading } from "./kana-reading";
import { type NormalizedName, normalizeName } from "./normalize";
import { type NameExplanation, type ScoreRule, scoreNames } from "./score-names";
import type { EntitySchema, ListEntry } from "./types";

/** One name to screen. */
export interface ScreeningQuery {
  name: string;
  /** Country names or ISO codes associated with the party (qualifier only). */
  country?: string | string[];
  schema?: EntitySchema;
}

/** Per-call overrides. */
export interface ScreenOptions {
  threshold?: number;
  limit?: number;
  /** Restrict to these list codes. */
  lists?: string[];
  /** Return candidates below the threshold too (default true: reviewers see near misses). */
  includeBelowThreshold?: boolean;
}

/** One listed party found for a query. */
export interface ScreeningMatch {
  list: string;
  sourceId: string;
  /** The alias that matched best, as written in the list. */
  name: string;
  /** The entry's primary name. */
  entryName: string;
  schema: EntitySchema;
  score: number;
  isMatch: boolean;
  explanation: NameExplanation & { entryRules: ScoreRule[]; blockingKeys: string[] };
}

/** Result of one query, reproducible from the versions it reports. */
export interface ScreeningResult {
  query: ScreeningQuery;
  normalizedQuery: string;
  engineVersion: string;
  configVersion: string;
  threshold: number;
  listVersions?: Record<string, string>;
  /** Aliases actually scored (after blocking): evidence that blocking bounded the work. */
  candidatesScored: number;
  matches: ScreeningMatch[];
}

// Scratch buffers reused across queries (one index per process is the common case). `groups` holds,
// per touched alias, a bit per key group already credited (so a group counts once, with its best
// key); both it and `acc` are cleared for the touched aliases only.
// Candidate accumulator, reused across queries (one index per process is the common case):
//   slots[2a]     position + 1 of alias a in `touched` (0: not touched by this query),
//   slots[2a + 1] one bit per key group that already credited a (a group counts once: its best key),
//   seen          bitmap of touched aliases (128 KB per 10^6 aliases: stays in cache, so the boost
//                 phase skips untouched postings without reading the 8 MB slot array),
//   tAcc[t]       accumulated weight of the t-th touched alias (dense, read sequentially to rank).
// Only the touched aliases are cleared after each query.
let slots = new Uint32Array(0);
let seen = new Uint32Array(0);
let touched = new Uint32Array(0);
let tAcc = new Float32Array(0);
let sortedFound = new Uint32Array(0);
/** Largest accumulated weight of the current query (for the ranking histogram). */
let maxAcc = 0;
let entryTaken = new Uint8Array(0);

function ensureScratch(aliases: number, entries: number): void {
  if (touched.length < aliases) {
    slots = new Uint32Array(aliases * 2);
    seen = new Uint32Array((aliases >>> 5) + 1);
    touched = new Uint32Array(aliases);
    tAcc = new Float32Array(aliases);
  }
  if (entryTaken.length < entries) {
    entryTaken = new Uint8Array(entries);
  }
}

interface KeyRef {
  key: number;
  df: number;
  group: number;
  credit: number;
  value: number;
  /** An exact key, or a seed key (QueryKey.seed): reads its postings up to the cap. */
  strong: boolean;
}

/** Postings read per query at most in the boost phase (bounds p99 on pathological queries). */
const BOOST_BUDGET = 20_000;
/** Aliases found by phase 1 after which remaining groups only boost (bounds the rerank input). */
const TOUCH_BUDGET = 4_000;
/** Aliases scored per entry at most: an entry's aliases are usually variants of one name. */
const ALIASES_PER_ENTRY = 2;
/**
 * For a katakana query read across scripts: a list entry's Latin aliases often share the word the
 * reading found (Karasani Trade / Karasani Logistic / Karasani Dis Ticaret), and the reading's other
 * words seldom have a blocking key of their own, so more of them are scored (engine 1.3).
 */
const ALIASES_PER_ENTRY_CROSS_SCRIPT = 4;

/**
 * Candidate generation (screening-research.md §5.3): IDF-weighted key matches accumulated per
 * alias, each key group (one query token, one n-gram) counting once with its best key. Groups with
 * a key rarer than the frequency cap bring in new aliases; groups made only of frequent keys (a
 * common first name) only add weight to aliases already found — read by galloping through their
 * sorted postings, so they separate "John Smith" from the other Smiths without reading every John.
 * The best-weighted aliases, at most two per entry, go to the scorer.
 */
export function selectCandidates(
  index: ScreeningIndex,
  keys: QueryKey[],
  config: ScreeningConfig,
  queryLength: number,
  listFilter?: boolean[],
  perEntry = ALIASES_PER_ENTRY,
  preferSchema = -1,
): number[] {
  const aliases = index.aliasLatin.length;
  ensureScratch(aliases, index.entries.length);
  const cap = Math.max(50, Math.floor(aliases * config.maxKeyFrequency));
  const refs: KeyRef[] = [];
  let groups = 0;
  for (const k of keys) {
    groups = Math.max(groups, k.group + 1);
    const key = findKey(index, k.hash);
    if (key < 0) {
      continue;
    }
    const df = (index.keyOffsets[key + 1] as number) - (index.keyOffsets[key] as number);
    refs.push({
      key,
      df,
      group: k.group,
      credit: k.credit,
      value: k.credit * Math.log(1 + aliases / df),
      strong: k.credit >= 1 || k.seed === true,
    });
  }
  if (refs.length === 0) {
    return [];
  }
  // A group is rare when its exact key (or, for a misspelt query token, its rarest key) is within
  // the frequency cap; only rare groups bring in new aliases.
  // Plain arrays: small typed arrays per query would be external allocations, and external-memory
  // pressure makes V8 collect garbage far more often next to a large index.
  const exactDf: number[] = new Array(groups).fill(Number.POSITIVE_INFINITY);
  const minDf: number[] = new Array(groups).fill(Number.POSITIVE_INFINITY);
  for (const r of refs) {
    minDf[r.group] = Math.min(minDf[r.group] as number, r.df);
    if (r.strong) {
      exactDf[r.group] = Math.min(exactDf[r.group] as number, r.df);
    }
  }
  const rare: number[] = new Array(groups).fill(0);
  let anyRare = false;
  let forced = -1;
  let forcedDf = Number.POSITIVE_INFINITY;
  for (let g = 0; g < groups; g++) {
    const df = Number.isFinite(exactDf[g] as number) ? (exactDf[g] as number) : (minDf[g] as number);
    if (df <= cap) {
      rare[g] = 1;
      anyRare = true;
    } else if (df < forcedDf) {
      forcedDf = df;
      forced = g;
    }
  }
  if (!anyRare && forced >= 0) {
    // Only frequent keys: read the rarest group (bounded) so that there is something to rank.
    rare[forced] = 1;
  } else {
    forced = -1;
  }
  refs.sort((x, y) => x.group - y.group || y.value - x.value);
  // Key groups in refs, rarest first: the rarest evidence defines the candidate set.
  const spans: { from: number; to: number; g: number; df: number }[] = [];
  for (let i = 0; i < refs.length; ) {
    const g = (refs[i] as KeyRef).group;
    let j = i;
    while (j < refs.length && (refs[j] as KeyRef).group === g) {
      j++;
    }
    const df = Number.isFinite(exactDf[g] as number) ? (exactDf[g] as number) : (minDf[g] as number);
    spans.push({ from: i, to: j, g, df });
    i = j;
  }
  spans.sort((x, y) => x.df - y.df || x.g - y.g);
  let nTouched = 0;
  maxAcc = 0;
  // Phase 1: rare groups read their keys until TOUCH_BUDGET aliases are found. Typo keys of a group
  // whose exact token is known are read only when specific (≤ cap/8): the exact key has already
  // found the usual spelling.
  const postings = index.postings;
  const processed: number[] = new Array(groups).fill(0);
  const deferred: number[] = new Array(refs.length).fill(0);
  for (const span of spans) {
    const g = span.g;
    // A group that would take the candidate set past TOUCH_BUDGET only boosts (phase 2); the
    // rarest group is always read.
    if (rare[g] === 0 || (g !== forced && nTouched > 0 && nTouched + span.df > TOUCH_BUDGET)) {
      continue;
    }
    processed[g] = 1;
    // A common exact token (df > cap/8) has already found its usual spellings; its typo keys only
    // re-rank (phase 2). A rare or misspelt token reads its typo keys up to the cap.
    const typoLimit = (exactDf[g] as number) > cap / 8 ? cap / 8 : cap;
    const bit = 1 << (g & 31);
    for (let r = span.from; r < span.to; r++) {
      const ref = refs[r] as KeyRef;
      const limit = g === forced ? 0 : ref.strong ? cap : typoLimit;
      const rarest = g === forced && ref.df === span.df;
      // Keys that would take the candidate set past TOUCH_BUDGET are deferred to phase 2 too.
      if ((ref.df > limit && !rarest) || (nTouched > 0 && nTouched + ref.df > TOUCH_BUDGET && !rarest)) {
        deferred[r] = 1;
        continue;
      }
      const from = index.keyOffsets[ref.key] as number;
      const to = Math.min(index.keyOffsets[ref.key + 1] as number, from + cap * 4);
      const value = ref.value;
      for (let p = from; p < to; p++) {
        const a = postings[p] as number;
        const si = a * 2;
        const pos = slots[si] as number;
        if (pos === 0) {
          slots[si] = nTouched + 1;
          slots[si + 1] = bit;
          seen[a >>> 5] = (seen[a >>> 5] as number) | (1 << (a & 31));
          touched[nTouched] = a;
          tAcc[nTouched] = value;
          nTouched++;
          if (value > maxAcc) {
            maxAcc = value;
          }
          continue;
        }
        const bits = slots[si + 1] as number;
        if ((bits & bit) !== 0) {
          continue;
        }
        slots[si + 1] = bits | bit;
        const v = (tAcc[pos - 1] as number) + value;
        tAcc[pos - 1] = v;
        if (v > maxAcc) {
          maxAcc = v;
        }
      }
    }
  }
  // Phase 2: the other groups (frequent, or past the budget) add weight to the aliases found.
  if (nTouched > 0) {
    let budget = BOOST_BUDGET;
    let sorted = false;
    for (const span of spans) {
      if (budget <= 0) {
        break;
      }
      const done = processed[span.g] === 1;
      // A group read in phase 1 still boosts with its deferred keys; aliases it already credited
      // are skipped by their group bit.
      const bit = 1 << (span.g & 31);
      for (let r = span.from; r < span.to && budget > 0; r++) {
        const ref = refs[r] as KeyRef;
        // Keys in more than 4 × cap aliases (two-letter deletions, common single kanji) are too
        // weak to be worth their reading cost.
        if ((done && deferred[r] === 0) || ref.df > cap * 4) {
          continue;
        }
        const from = index.keyOffsets[ref.key] as number;
        const to = index.keyOffsets[ref.key + 1] as number;
        if (to - from > budget && nTouched * 16 >= to - from) {
          // A scan of this list would overrun the budget (and the list is not long enough for
          // the binary-search path to be cheaper): skip it.
          continue;
        }
        if (!sorted && nTouched * 16 < to - from) {
          if (sortedFound.length < nTouched) {
            sortedFound = new Uint32Array(nTouched * 2);
          }
          sortedFound.set(touched.subarray(0, nTouched));
          sortedFound.subarray(0, nTouched).sort();
          sorted = true;
        }
        budget -= boost(postings, nTouched, from, to, ref.value, bit, sorted);
      }
    }
  }
  return pickTop(index, nTouched, config.maxCandidates, queryLength, listFilter, perEntry, preferSchema);
}

/** Credits `value` to an already touched alias unless its group bit is set. */
function credit(a: number, value: number, bit: number): void {
  const si = a * 2;
  const bits = slots[si + 1] as number;
  if ((bits & bit) === 0) {
    slots[si + 1] = bits | bit;
    const t = (slots[si] as number) - 1;
    const v = (tAcc[t] as number) + value;
    tAcc[t] = v;
    if (v > maxAcc) {
      maxAcc = v;
    }
  }
}

/**
 * Adds `value` to the touched aliases that occur in postings[from, to); returns the work done.
 * Long lists against few candidates: binary search per candidate (postings are ascending);
 * otherwise a scan that skips untouched aliases through the cached bitmap.
 */
function boost(
  postings: Uint32Array,
  nFound: number,
  from: number,
  to: number,
  value: number,
  bit: number,
  sorted: boolean,
): number {
  const len = to - from;
  if (sorted && nFound * Math.log2(len + 1) < len) {
    let lo = from;
    for (let f = 0; f < nFound; f++) {
      const a = sortedFound[f] as number;
      let hi = to - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const v = postings[mid] as number;
        if (v < a) {
          lo = mid + 1;
        } else if (v > a) {
          hi = mid - 1;
        } else {
          credit(a, value, bit);
          lo = mid + 1;
          break;
        }
      }
    }
    return nFound * Math.ceil(Math.log2(len + 1));
  }
  for (let p = from; p < to; p++) {
    const a = postings[p] as number;
    if (((seen[a >>> 5] as number) & (1 << (a & 31))) !== 0) {
      credit(a, value, bit);
    }
  }
  return len;
}

let sel = new Uint32Array(0);
let codes = new Uint16Array(0);
const bins = new Uint32Array(1024 * 16);

/** Lowest code c such that at least `target` of codes[0, n) are ≥ c (0 when n ≤ target). */
function highestCut(values: Uint16Array, n: number, size: number, target: number): number {
  if (n <= target) {
    return 0;
  }
  bins.fill(0, 0, size);
  for (let t = 0; t < n; t++) {
    const c = values[t] as number;
    bins[c] = (bins[c] as number) + 1;
  }
  let count = 0;
  let cut = size - 1;
  while (cut > 0 && count + (bins[cut] as number) < target) {
    count += bins[cut] as number;
    cut--;
  }
  return cut;
}

/**
 * The `limit` best aliases by accumulated weight (ties: alias key length closest to the query's),
 * at most `perEntry` per entry. Clears the accumulator of every touched alias.
 */
function pickTop(
  index: ScreeningIndex,
  nTouched: number,
  limit: number,
  queryLength: number,
  listFilter: boolean[] | undefined,
  perEntry: number,
  preferSchema: number,
): number[] {
  const max = maxAcc;
  if (codes.length < nTouched) {
    codes = new Uint16Array(nTouched * 2);
    sel = new Uint32Array(nTouched * 2);
  }
  // Rank code: weight bin (1024) × 16 + length closeness (16). First a histogram of the weight bins
  // alone finds the lowest bin that still leaves room for the per-entry cap; only aliases in or
  // above it read their key length (a random access) and get the full code.
  const target = limit * (perEntry + 1);
  const scale = 1023.999 / max;
  for (let t = 0; t < nTouched; t++) {
    codes[t] = Math.floor((tAcc[t] as number) * scale);
  }
  if (preferSchema >= 0) {
    // A katakana query read across scripts has fewer specific keys than a Latin one (its generic
    // words have none), so entries of another schema (persons named like a word of a company)
    // compete at half weight for the rerank budget; they are still scored when they rank.
    for (let t = 0; t < nTouched; t++) {
      if (index.entrySchema[index.aliasEntry[touched[t] as number] as number] !== preferSchema) {
        codes[t] = (codes[t] as number) >> 1;
      }
    }
  }
  if (listFilter !== undefined) {
    // Aliases of excluded lists never compete for the rerank budget.
    for (let t = 0; t < nTouched; t++) {
      const e = index.aliasEntry[touched[t] as number] as number;
      if (listFilter[index.entryList[e] as number] !== true) {
        codes[t] = 0;
      }
    }
  }
  let cut = highestCut(codes, nTouched, 1024, target);
  const lengths = index.aliasLength;
  let nSel = 0;
  for (let t = 0; t < nTouched; t++) {
    const c = codes[t] as number;
    const excluded =
      listFilter !== undefined &&
      listFilter[index.entryList[index.aliasEntry[touched[t] as number] as number] as number] !== true;
    if (c >= cut && !excluded) {
      const lenDiff = Math.min(15, Math.abs((lengths[touched[t] as number] as number) - queryLength));
      codes[t] = c * 16 + (15 - lenDiff);
      sel[nSel++] = t;
    } else {
      codes[t] = 0;
    }
  }
  if (nSel > target * 4) {
    // Many ties in the weight bins: narrow them by length closeness.
    cut = highestCut(codes, nTouched, 1024 * 16, target);
    let kept = 0;
    for (let k = 0; k < nSel && kept < target * 4; k++) {
      const t = sel[k] as number;
      if ((codes[t] as number) >= cut) {
        sel[kept++] = t;
      }
    }
    nSel = kept;
  }
  const order = Array.from(sel.subarray(0, nSel));
  order.sort((x, y) => (codes[y] as number) - (codes[x] as number) || x - y);
  const chosen: number[] = [];
  for (const t of order) {
    const a = touched[t] as number;
    const e = index.aliasEntry[a] as number;
    if (listFilter !== undefined && listFilter[index.entryList[e] as number] !== true) {
      continue;
    }
    if ((entryTaken[e] as number) < perEntry) {
      entryTaken[e] = (entryTaken[e] as number) + 1;
      chosen.push(a);
      if (chosen.length >= limit) {
        break;
      }
    }
  }
  for (const t of order) {
    entryTaken[index.aliasEntry[touched[t] as number] as number] = 0;
  }
  for (let t = 0; t < nTouched; t++) {
    const a = touched[t] as number;
    slots[a * 2] = 0;
    slots[a * 2 + 1] = 0;
    seen[a >>> 5] = 0;
  }
  return chosen;
}

function entryRules(
  index: ScreeningIndex,
  entry: number,
  queryCountries: string[],
  schema: EntitySchema | undefined,
  config: ScreeningConfig,
): { delta: number; rules: ScoreRule[] } {
  const rules: ScoreRule[] = [];
  let delta = 0;
  const listed = index.entryCountries[entry] ?? [];
  if (queryCountries.length > 0 && listed.length > 0) {
    if (queryCountries.some((c) => listed.includes(c))) {
      delta += config.countryMatchBonus;
      rules.push({ rule: "countryMatch", effect: `+${config.countryMatchBonus}`, detail: listed.join(",") });
    } else {
      delta -= config.countryMismatchPenalty;
      rules.push({
        rule: "countryMismatch",
        effect: `-${config.countryMismatchPenalty}`,
        detail: `${queryCountries.join(",")} vs ${listed.join(",")}`,
      });
    }
  }
  const listedSchema = SCHEMA_CODES[index.entrySchema[entry] as number] ?? "unknown";
  if (schema !== undefined && schema !== "unknown" && listedSchema !== "unknown" && schema !== listedSchema) {
    delta -= config.schemaMismatchPenalty;
    rules.push({
      rule: "schemaMismatch",
      effect: `-${config.schemaMismatchPenalty}`,
      detail: `${schema} vs ${listedSchema}`,
    });
  }
  return { delta, rules };
}

/**
 * Screens one name against the index. Matches are ordered by score (desc), one per listed entry
 * (its best alias); `isMatch` is score ≥ threshold.
 */
export function screenName(
  index: ScreeningIndex,
  query: ScreeningQuery,
  options: ScreenOptions = {},
): ScreeningResult {
  const config = index.config;
  const threshold = options.threshold ?? config.threshold;
  const q = normalizeName(query.name, { schema: query.schema });
  const keys = blockingKeys(q);
  const listFilter =
    options.lists === undefined
      ? undefined
      : index.listCodes.map((code) => options.lists?.includes(code) ?? true);
  const qKeys = queryKeys(q);
  const reading = config.crossScript !== false && q.native !== "" ? kanaReading(q) : null;
  if (reading !== null) {
    // A katakana name also looks for Latin spellings of its reading (engine 1.3).
    const groups = qKeys.reduce((g, k) => Math.max(g, k.group + 1), 0);
    // Engine 1.5: vowel-pattern keys and the glued reading of split katakana runs.
    const glued = soundKeysOn(config) ? gluedKanaReading(q) : undefined;
    qKeys.push(...crossScriptQueryKeys(q, reading, groups, glued, conventionKeysOn(config)));
    keys.push(...blockingKeys(reading).map((k) => `X${k}`));
  }
  // Ties are broken by closeness of length: a reading is nearer to the Latin spelling than romaji.
  const length = reading !== null ? reading.latin.length : q.latin.length;
  const perEntry = reading !== null ? ALIASES_PER_ENTRY_CROSS_SCRIPT : ALIASES_PER_ENTRY;
  const preferSchema =
    reading !== null && query.schema !== undefined ? SCHEMA_CODES.indexOf(query.schema) : -1;
  const candidates = selectCandidates(index, qKeys, config, length, listFilter, perEntry, preferSchema);
  const queryCountries = countryCodes(
    query.country === undefined ? [] : Array.isArray(query.country) ? query.country : [query.country],
  );
  const best = new Map<number, { alias: number; score: number; c: NormalizedName; isOrg: boolean }>();
  for (const a of candidates) {
    const e = index.aliasEntry[a] as number;
    const entrySchema = SCHEMA_CODES[index.entrySchema[e] as number];
    const c = expandName(
      "",
      index.aliasLatin[a] ?? "",
      index.aliasLoose[a],
      index.aliasNative[a] ?? "",
      index.aliasOrigin[a] as number,
      entrySchema === "person",
    );
    const isOrg = entrySchema === "organization" || query.schema === "organization";
    const r = scoreNames(q, c, config, isOrg, false);
    const prev = best.get(e);
    if (prev === undefined || r.score > prev.score) {
      best.set(e, { alias: a, score: r.score, c, isOrg });
    }
  }
  // Entry-level rules on every scored entry, then match objects only for those returned.
  const ranked: {
    e: number;
    alias: number;
    score: number;
    c: NormalizedName;
    isOrg: boolean;
    rules: ScoreRule[];
  }[] = [];
  for (const [e, hit] of best) {
    const entry = index.entries[e];
    if (entry === undefined || hit.score <= 0) {
      continue;
    }
    const adj = entryRules(index, e, queryCountries, query.schema, config);
    const score = Math.round(Math.min(1, Math.max(0, hit.score + adj.delta)) * 1000) / 1000;
    if (score < threshold && options.includeBelowThreshold === false) {
      continue;
    }
    ranked.push({ e, alias: hit.alias, score, c: hit.c, isOrg: hit.isOrg, rules: adj.rules });
  }
  ranked.sort(
    (x, y) =>
      y.score - x.score ||
      (index.entries[x.e]?.sourceId ?? "").localeCompare(index.entries[y.e]?.sourceId ?? ""),
  );
  const matches: ScreeningMatch[] = [];
  for (const hit of ranked.slice(0, options.limit ?? config.limit)) {
    const entry = index.entries[hit.e] as ListEntry;
    const display = entry.names[index.aliasName[hit.alias] as number]?.value ?? "";
    hit.c.original = display;
    hit.c.display = display;
    matches.push({
      list: entry.list,
      sourceId: entry.sourceId,
      name: entry.names[index.aliasName[hit.alias] as number]?.value ?? "",
      entryName: entry.names[0]?.value ?? "",
      schema: entry.schema,
      score: hit.score,
      isMatch: hit.score >= threshold,
      // Scored again with the explanation, for the returned matches only (same score).
      explanation: {
        ...scoreNames(q, hit.c, config, hit.isOrg, true).explanation,
        entryRules: hit.rules,
        blockingKeys: keys,
      },
    });
  }
  const result: ScreeningResult = {
    query,
    normalizedQuery: q.latin || q.native,
    engineVersion: ENGINE_VERSION,
    configVersion: config.version,
    threshold,
    candidatesScored: candidates.length,
    matches,
  };
  if (Object.keys(index.listVersions).length > 0) {
    result.listVersions = index.listVersions;
  }
  return result;
}

/** Screens many names with the same engine and settings as screenName (sequentially, one core). */
export function screenBatch(
  index: ScreeningIndex,
  queries: ScreeningQuery[],
  options: ScreenOptions = {},
): ScreeningResult[] {
  return queries.map((q) => screenName(index, q, options));
}
