// Explainable name-to-name score. Structure after logic-v2 (screening-research.md §1.1.3): align
// tokens one-to-one by evidence, weight unexplained tokens asymmetrically (query extras cost more
// than candidate extras), treat numbers as decisive and generic words as weak; CJK names are compared
// on their native key because pinyin loses tones (高石/高市 share toneless pinyin).
import { DEFAULT_CONFIG, type ScreeningConfig } from "./config";
import { jaroWinkler, levenshtein, osaDistance } from "./metrics";
import type { NameToken, NormalizedName } from "./normalize";
import { looseLatin } from "./text/romaji";
import { editBudget, equivalenceKind, type TokenMatchKind, tokenSimilarity } from "./token-similarity";

/** One aligned token pair. */
export interface TokenMatch {
  query: string;
  candidate: string;
  kind: TokenMatchKind;
  score: number;
  distance?: number;
  /** Set when the pair is not one token against one token: merged parts or an acronym. */
  rule?: "merged" | "acronym";
}

/** A rule that changed the score, with the factor or delta it applied. */
export interface ScoreRule {
  rule:
    | "numberMismatch"
    | "numberMissing"
    | "genericOnly"
    | "countryMatch"
    | "countryMismatch"
    | "schemaMismatch";
  effect: string;
  detail: string;
}

/** Why two names scored what they scored. */
export interface NameExplanation {
  method: "exact" | "native" | "tokens" | "joined";
  queryKey: string;
  candidateKey: string;
  matched: TokenMatch[];
  missingQuery: string[];
  missingCandidate: string[];
  rules: ScoreRule[];
  /** Score before rules were applied. */
  baseScore: number;
}

/** Name comparison result. */
export interface NameComparison {
  score: number;
  explanation: NameExplanation;
}

function weight(t: NameToken, config: ScreeningConfig): number {
  if (t.numeric) {
    return config.numericWeight;
  }
  if (t.text.length === 1) {
    return config.initialWeight;
  }
  return t.generic ? config.genericWeight : 1;
}

interface Alignment {
  score: number;
  matched: TokenMatch[];
  missingQuery: NameToken[];
  missingCandidate: NameToken[];
  /** True when a matched pair involves a query token that is not a generic word. */
  informative: boolean;
}

/** A candidate pairing: `qn` query tokens from `i` against `cn` candidate tokens from `j`. */
interface Pair {
  i: number;
  qn: number;
  j: number;
  cn: number;
  score: number;
  kind: TokenMatchKind;
  distance?: number;
}

/** Concatenation of two adjacent tokens, compared as one ("PATR USHEV" ~ "PATRUSHEV"). */
function mergedToken(a: NameToken, b: NameToken): NameToken {
  const text = a.text + b.text;
  return {
    text,
    loose: looseLatin(text),
    origin: a.origin === b.origin ? a.origin : "latin",
    numeric: false,
    generic: false,
  };
}

function pairScore(
  qt: NameToken,
  ct: NameToken,
  initials: boolean,
  pairs: Pair[],
  at: Omit<Pair, "score" | "kind">,
) {
  const sim = tokenSimilarity(qt, ct, initials);
  if (sim.score > 0) {
    pairs.push({ ...at, ...sim });
  }
}

/** Merge candidates are only worth scoring when the lengths are compatible. */
function mergeable(a: NameToken, b: NameToken, other: NameToken): boolean {
  if (a.numeric || b.numeric || other.numeric || a.text.length === 1 || b.text.length === 1) {
    return false;
  }
  const len = a.text.length + b.text.length;
  return Math.abs(len - other.text.length) <= editBudget(Math.max(len, other.text.length));
}

/** Connector words an acronym skips (ICBC = Industrial and Commercial Bank of China). */
const ACRONYM_SKIP = new Set(["AND", "OF", "THE", "FOR", "DE", "DU", "DES", "LA", "ET", "UND", "Y"]);

/**
 * Acronym ↔ spelled-out name (PLA ~ People's Liberation Army, US ~ United States): an unmatched
 * token of 2–6 letters equal to the initials of a run of ≥2 consecutive unmatched tokens on the
 * other side. Organisations only (for persons, initials are matched token by token).
 */
function findAcronym(
  short: NameToken[],
  long: NameToken[],
  usedShort: Uint8Array,
  usedLong: Uint8Array,
): { s: number; from: number; to: number } | undefined {
  for (let s = 0; s < short.length; s++) {
    const t = short[s] as NameToken;
    if (usedShort[s] === 1 || t.numeric || t.text.length < 2 || t.text.length > 6) {
      continue;
    }
    for (let from = 0; from < long.length; from++) {
      let k = 0;
      let to = from;
      let words = 0;
      while (to < long.length && usedLong[to] === 0 && k < t.text.length) {
        const w = long[to] as NameToken;
        if (w.text.charCodeAt(0) === t.text.charCodeAt(k)) {
          k++;
          words++;
        } else if (!ACRONYM_SKIP.has(w.text) || to === from) {
          break;
        }
        to++;
      }
      if (k === t.text.length && words >= 2) {
        return { s, from, to };
      }
    }
  }
  return undefined;
}

function alignTokens(q: NameToken[], c: NameToken[], config: ScreeningConfig, initials: boolean): Alignment {
  const pairs: Pair[] = [];
  for (let i = 0; i < q.length; i++) {
    const qt = q[i] as NameToken;
    for (let j = 0; j < c.length; j++) {
      const ct = c[j] as NameToken;
      pairScore(qt, ct, initials, pairs, { i, qn: 1, j, cn: 1 });
      // Split/merged name parts (logic-v2: separator gained/lost is a cheap edit, §1.1.3).
      const qn = q[i + 1];
      if (qn !== undefined && mergeable(qt, qn, ct)) {
        pairScore(mergedToken(qt, qn), ct, false, pairs, { i, qn: 2, j, cn: 1 });
      }
      const cn = c[j + 1];
      if (cn !== undefined && mergeable(ct, cn, qt)) {
        pairScore(qt, mergedToken(ct, cn), false, pairs, { i, qn: 1, j, cn: 2 });
      }
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.qn + x.cn - (y.qn + y.cn) || x.i - y.i || x.j - y.j);
  const usedQ = new Uint8Array(q.length);
  const usedC = new Uint8Array(c.length);
  const matched: TokenMatch[] = [];
  let num = 0;
  let den = 0;
  let informative = false;
  const take = (used: Uint8Array, from: number, n: number) => {
    for (let k = from; k < from + n; k++) {
      used[k] = 1;
    }
  };
  const span = (tokens: NameToken[], from: number, n: number) =>
    tokens
      .slice(from, from + n)
      .map((t) => t.text)
      .join(" ");
  const spanWeight = (tokens: NameToken[], from: number, n: number) =>
    tokens.slice(from, from + n).reduce((sum, t) => sum + weight(t, config), 0);
  for (const p of pairs) {
    if (
      usedQ[p.i] === 1 ||
      usedC[p.j] === 1 ||
      (p.qn === 2 && usedQ[p.i + 1] === 1) ||
      (p.cn === 2 && usedC[p.j + 1] === 1)
    ) {
      continue;
    }
    take(usedQ, p.i, p.qn);
    take(usedC, p.j, p.cn);
    informative ||= !(q[p.i] as NameToken).generic || (p.qn === 2 && !(q[p.i + 1] as NameToken).generic);
    // A merged pair is one name part on each side: weight of the single token.
    const w =
      p.qn === 2
        ? weight(c[p.j] as NameToken, config)
        : p.cn === 2
          ? weight(q[p.i] as NameToken, config)
          : (weight(q[p.i] as NameToken, config) + weight(c[p.j] as NameToken, config)) / 2;
    num += w * p.score;
    den += w;
    const m: TokenMatch = {
      query: span(q, p.i, p.qn),
      candidate: span(c, p.j, p.cn),
      kind: p.kind,
      score: round(p.score),
    };
    if (p.distance !== undefined) {
      m.distance = round(p.distance);
    }
    if (p.qn + p.cn > 2) {
      m.rule = "merged";
    }
    matched.push(m);
  }
  if (!initials) {
    for (const [short, long, usedShort, usedLong, queryIsShort] of [
      [q, c, usedQ, usedC, true],
      [c, q, usedC, usedQ, false],
    ] as const) {
      let found = findAcronym(short, long, usedShort, usedLong);
      while (found !== undefined) {
        const t = short[found.s] as NameToken;
        usedShort[found.s] = 1;
        take(usedLong, found.from, found.to - found.from);
        const w = (weight(t, config) + spanWeight(long, found.from, found.to - found.from)) / 2;
        num += w * ACRONYM_SCORE;
        den += w;
        informative = true;
        const full = span(long, found.from, found.to - found.from);
        matched.push({
          query: queryIsShort ? t.text : full,
          candidate: queryIsShort ? full : t.text,
          kind: "initial",
          score: ACRONYM_SCORE,
          rule: "acronym",
        });
        found = findAcronym(short, long, usedShort, usedLong);
      }
    }
  }
  const missingQuery = q.filter((_, i) => usedQ[i] === 0);
  const missingCandidate = c.filter((_, j) => usedC[j] === 0);
  // Unmatched parts on both sides contradict each other (a different given or family name); a part
  // present on one side only is merely missing (lists carry patronymics and tribal names that
  // queries omit). Contradiction therefore costs more than omission.
  let wq = 0;
  let wc = 0;
  for (const t of missingQuery) {
    wq += weight(t, config);
  }
  for (const t of missingCandidate) {
    wc += weight(t, config);
  }
  const conflict = Math.min(wq, wc);
  den +=
    (config.conflictWeight ?? DEFAULT_CONFLICT_WEIGHT) * conflict +
    config.extraQueryWeight * (wq - conflict) +
    config.extraCandidateWeight * (wc - conflict);
  return { score: den === 0 ? 0 : num / den, matched, missingQuery, missingCandidate, informative };
}

const ACRONYM_SCORE = 0.9;
const DEFAULT_CONFLICT_WEIGHT = 2;

/** Similarity of two strings without spaces, tolerant of split/merged tokens ("ALLPARTS"/"ALL PARTS"). */
function joinedSimilarity(a: string, b: string, sameTokenCount: boolean): number {
  if (a.length < 4 || b.length < 4) {
    return a === b && a !== "" ? 0.97 : 0;
  }
  if (a === b) {
    return 0.97;
  }
  const max = Math.max(a.length, b.length);
  // OSA: an adjacent transposition is one typing error (KIM SKO CHOL / KIM SOK CHOL).
  const d = osaDistance(a, b);
  // Small budget: the joined form exists for split/merged tokens, not to forgive a different word.
  // With equal token counts nothing was split or merged: only a single typo anywhere in the name
  // is forgiven (Tom/Tim Cook, xal-Assad), never a different word (HABIB BEN MOHAMED/AHMED).
  if (d > (sameTokenCount ? 1 : max < 12 ? 1 : max < 24 ? 2 : 3)) {
    return 0;
  }
  return 0.95 * (0.5 * jaroWinkler(a, b) + 0.5 * (1 - d / max));
}

/** Native CJK similarity: per-character edits are expensive (one kanji changes the name). */
function nativeSimilarity(a: string, b: string, aLoose: string, bLoose: string): number {
  if (a === b) {
    return 1;
  }
  if (aLoose === bLoose) {
    return 0.97;
  }
  const max = Math.max(aLoose.length, bLoose.length);
  const min = Math.min(aLoose.length, bLoose.length);
  const d = levenshtein(aLoose, bLoose);
  const byEdits = Math.max(0, 1 - (1.6 * d) / max);
  const contained = min >= 4 && (aLoose.includes(bLoose) || bLoose.includes(aLoose)) ? 0.8 : 0;
  return Math.max(byEdits, contained);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function applyNumberRules(q: NormalizedName, c: NormalizedName, score: number, config: ScreeningConfig) {
  const rules: ScoreRule[] = [];
  if (q.numbers.length > 0 && c.numbers.length > 0) {
    const same = q.numbers.length === c.numbers.length && q.numbers.every((n) => c.numbers.includes(n));
    if (!same) {
      rules.push({
        rule: "numberMismatch",
        effect: `×${config.numberMismatchFactor}`,
        detail: `numbers differ: ${q.numbers.join(",")} vs ${c.numbers.join(",")}`,
      });
      return { score: score * config.numberMismatchFactor, rules };
    }
  } else if (q.numbers.length + c.numbers.length > 0) {
    rules.push({
      rule: "numberMissing",
      effect: `×${config.numberMissingFactor}`,
      detail: `only one name has a number (${[...q.numbers, ...c.numbers].join(",")})`,
    });
    return { score: score * config.numberMissingFactor, rules };
  }
  return { score, rules };
}

/**
 * Scores a query name against a candidate name (both normalised). Asymmetric on purpose: extra
 * query tokens cost more than extra candidate tokens (logic-v2, §1.1.3 and nomenklatura#334).
 */
export function scoreNames(
  q: NormalizedName,
  c: NormalizedName,
  config: ScreeningConfig = DEFAULT_CONFIG,
  isOrganization = false,
): NameComparison {
  const base: NameExplanation = {
    method: "tokens",
    queryKey: q.latin,
    candidateKey: c.latin,
    matched: [],
    missingQuery: [],
    missingCandidate: [],
    rules: [],
    baseScore: 0,
  };
  let score: number;
  if (q.native.length >= 2 && c.native.length >= 2) {
    score = nativeSimilarity(q.native, c.native, q.nativeLoose, c.nativeLoose);
    Object.assign(base, { method: "native", queryKey: q.native, candidateKey: c.native });
  } else if (q.latin !== "" && q.latin === c.latin) {
    score = 1;
    base.method = "exact";
    base.matched = q.parts.map((p, i) => ({
      query: p.text,
      candidate: c.parts[i]?.text ?? p.text,
      kind: equivalenceKind(p, c.parts[i] ?? p),
      score: 1,
    }));
  } else {
    const al = alignTokens(q.parts, c.parts, config, !isOrganization);
    const joined = joinedSimilarity(q.joined, c.joined, q.parts.length === c.parts.length);
    base.matched = al.matched;
    base.missingQuery = al.missingQuery.map((t) => t.text);
    base.missingCandidate = al.missingCandidate.map((t) => t.text);
    score = al.score;
    if (joined > score) {
      score = joined;
      Object.assign(base, { method: "joined", queryKey: q.joined, candidateKey: c.joined });
    } else {
      const informative = al.informative;
      const hasInformative = q.parts.some((p) => !p.generic) || c.parts.some((p) => !p.generic);
      if (!informative && hasInformative && al.matched.length > 0) {
        // Reported even when the score is already below the cap: it explains why the name failed.
        base.rules.push({
          rule: "genericOnly",
          effect: `≤${config.genericOnlyCap}`,
          detail: "only generic words agree",
        });
        score = Math.min(score, config.genericOnlyCap);
      }
    }
  }
  base.baseScore = round(score);
  const numbered = applyNumberRules(q, c, score, config);
  base.rules.push(...numbered.rules);
  return { score: round(Math.min(1, Math.max(0, numbered.score))), explanation: base };
}

export { editBudget };
