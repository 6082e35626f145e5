// Query side of the engine: blocking → candidate selection → explainable scoring → entry-level
// rules (country, schema) → ranked, versioned result. Single queries and batches share this code.
import { blockingKeys } from "./blocking-keys";
import { expandName } from "./compact-name";
import { ENGINE_VERSION, type ScreeningConfig } from "./config";
import { countryCodes } from "./country";
import type { ScreeningIndex } from "./index-build";
import { normalizeName } from "./normalize";
import { type NameExplanation, type ScoreRule, scoreNames } from "./score-names";
import type { EntitySchema } from "./types";

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

// Scratch buffers reused across queries (one index per process is the common case).
let acc = new Float32Array(0);
let touched = new Uint32Array(0);

function ensureScratch(size: number): void {
  if (acc.length < size) {
    acc = new Float32Array(size);
    touched = new Uint32Array(size);
  }
}

function selectCandidates(
  index: ScreeningIndex,
  keys: string[],
  config: ScreeningConfig,
  queryLength: number,
): number[] {
  const aliases = index.aliasLatin.length;
  ensureScratch(aliases);
  const cap = Math.max(50, Math.floor(aliases * config.maxKeyFrequency));
  const known: { id: number; df: number }[] = [];
  // Unknown keys still count in the total weight: a query whose rare tokens are absent from the
  // index must not make its one common token look like a full match.
  let total = 0;
  for (const key of keys) {
    const id = index.keyIds.get(key);
    const df = id === undefined ? 1 : (index.keyOffsets[id + 1] as number) - (index.keyOffsets[id] as number);
    total += Math.log(1 + aliases / df);
    if (id !== undefined) {
      known.push({ id, df });
    }
  }
  if (known.length === 0) {
    return [];
  }
  known.sort((a, b) => a.df - b.df);
  // Frequent keys are skipped unless nothing rarer exists (then only the rarest is read, capped).
  const used = known.filter((k, i) => k.df <= cap || i === 0);
  let nTouched = 0;
  for (const k of used) {
    const w = Math.log(1 + aliases / k.df);
    const end = Math.min(index.keyOffsets[k.id + 1] as number, (index.keyOffsets[k.id] as number) + cap * 4);
    for (let p = index.keyOffsets[k.id] as number; p < end; p++) {
      const a = index.postings[p] as number;
      if (acc[a] === 0) {
        touched[nTouched++] = a;
      }
      acc[a] = (acc[a] as number) + w;
    }
  }
  const limit = config.maxCandidates;
  const bin = (a: number) => Math.min(64, Math.floor(((acc[a] as number) / total) * 64));
  // Histogram of normalised blocking weight → the lowest bin that still fits in the rerank budget.
  const bins = new Uint32Array(65);
  for (let i = 0; i < nTouched; i++) {
    const b = bin(touched[i] as number);
    bins[b] = (bins[b] as number) + 1;
  }
  let cut = 64;
  let count = bins[64] as number;
  while (cut > 0 && count + (bins[cut - 1] as number) <= limit) {
    cut--;
    count += bins[cut] as number;
  }
  const chosen: number[] = [];
  const boundary: number[] = [];
  for (let i = 0; i < nTouched; i++) {
    const a = touched[i] as number;
    const b = bin(a);
    if (b > cut || (b === cut && count <= limit)) {
      chosen.push(a);
    } else if (b === cut || (b === cut - 1 && chosen.length + boundary.length < limit)) {
      boundary.push(a);
    }
  }
  if (chosen.length < limit && boundary.length > 0) {
    // Ties at the boundary: prefer aliases whose key length is closest to the query's.
    const diff = (a: number) => Math.abs((index.aliasLatin[a]?.length ?? 0) - queryLength);
    boundary.sort((x, y) => (acc[y] as number) - (acc[x] as number) || diff(x) - diff(y));
    chosen.push(...boundary.slice(0, limit - chosen.length));
  }
  for (let i = 0; i < nTouched; i++) {
    acc[touched[i] as number] = 0;
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
  const listedSchema = index.entries[entry]?.schema ?? "unknown";
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
  const candidates = selectCandidates(index, keys, config, q.latin.length);
  const queryCountries = countryCodes(
    query.country === undefined ? [] : Array.isArray(query.country) ? query.country : [query.country],
  );
  const best = new Map<number, { alias: number; score: number; explanation: NameExplanation }>();
  for (const a of candidates) {
    const e = index.aliasEntry[a] as number;
    const entry = index.entries[e];
    if (entry === undefined || (options.lists !== undefined && !options.lists.includes(entry.list))) {
      continue;
    }
    const isPerson = entry.schema === "person";
    const display = entry.names[index.aliasName[a] as number]?.value ?? "";
    const c = expandName(
      display,
      index.aliasLatin[a] ?? "",
      index.aliasLoose[a],
      index.aliasNative[a] ?? "",
      index.aliasOrigin[a] as number,
      isPerson,
    );
    const isOrg = entry.schema === "organization" || query.schema === "organization";
    const r = scoreNames(q, c, config, isOrg);
    const prev = best.get(e);
    if (prev === undefined || r.score > prev.score) {
      best.set(e, { alias: a, score: r.score, explanation: r.explanation });
    }
  }
  const matches: ScreeningMatch[] = [];
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
    matches.push({
      list: entry.list,
      sourceId: entry.sourceId,
      name: entry.names[index.aliasName[hit.alias] as number]?.value ?? "",
      entryName: entry.names[0]?.value ?? "",
      schema: entry.schema,
      score,
      isMatch: score >= threshold,
      explanation: { ...hit.explanation, entryRules: adj.rules, blockingKeys: keys },
    });
  }
  matches.sort((x, y) => y.score - x.score || x.sourceId.localeCompare(y.sourceId));
  const result: ScreeningResult = {
    query,
    normalizedQuery: q.latin || q.native,
    engineVersion: ENGINE_VERSION,
    configVersion: config.version,
    threshold,
    candidatesScored: candidates.length,
    matches: matches.slice(0, options.limit ?? config.limit),
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
