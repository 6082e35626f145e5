// Explainable name-to-name score. Structure after logic-v2 (screening-research.md §1.1.3): align
// tokens one-to-one by evidence, weight unexplained tokens asymmetrically (query extras cost more
// than candidate extras), treat numbers as decisive and generic words as weak; CJK names are compared
// on their native key because pinyin loses tones (高石/高市 share toneless pinyin).

import type { Reason } from "../shared/decision";
import { DEFAULT_CONFIG, type ScreeningConfig, soundKeysOn } from "./config";
import { gluedKanaReading, kanaReading } from "./kana-reading";
import { crossScriptReasons } from "./kana-reasons";
import { jaroWinkler, levenshtein, osaDistance } from "./metrics";
import type { NameToken, NormalizedName } from "./normalize";
import { looseKana } from "./text/kana";
import type { KanaConvention } from "./text/kana-conventions";
import { kanaLatinSimilarity } from "./text/kana-latin-similarity";
import { looseLatin } from "./text/romaji";
import {
  bagDistance,
  digitsDiffer,
  editBudget,
  equivalenceKind,
  type TokenMatchKind,
  tokenSimilarity,
} from "./token-similarity";

/** One aligned token pair. */
export interface TokenMatch {
  query: string;
  candidate: string;
  kind: TokenMatchKind;
  score: number;
  distance?: number;
  /** Set when the pair is not one token against one token: merged parts or an acronym. */
  rule?: "merged" | "acronym";
  /** A katakana word read by sound: the transliteration convention that matched (kana-conventions.ts). */
  convention?: KanaConvention;
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
  /** crossScript: a katakana name read in Latin letters (kana-reading.ts) against a Latin name. */
  method: "exact" | "native" | "tokens" | "joined" | "crossScript";
  queryKey: string;
  candidateKey: string;
  matched: TokenMatch[];
  missingQuery: string[];
  missingCandidate: string[];
  rules: ScoreRule[];
  /** Score before rules were applied. */
  baseScore: number;
  /** Cross-script matches: the transliteration conventions that read the katakana (kana-reasons.ts). */
  reasons?: Reason[];
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
  matchedCount: number;
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
  usedShort: number[],
  usedLong: number[],
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

// Scratch storage for candidate pairs (no allocation per pair; the scorer runs 10^4–10^5 times per
// second in batch screening).
let pairScoreArr = new Float64Array(64);
let pairDist = new Float64Array(64);
let pairAt = new Int32Array(64);
const pairKind: TokenMatchKind[] = [];
const pairConvention: (KanaConvention | undefined)[] = [];
let pairOrder: number[] = [];

function growPairs(n: number): void {
  if (pairScoreArr.length < n) {
    pairScoreArr = new Float64Array(n * 2);
    pairDist = new Float64Array(n * 2);
    pairAt = new Int32Array(n * 2);
  }
}

/** Token weights summed over a span. */
function spanWeight(tokens: NameToken[], from: number, n: number, config: ScreeningConfig): number {
  let sum = 0;
  for (let k = from; k < from + n; k++) {
    sum += weight(tokens[k] as NameToken, config);
  }
  return sum;
}

/**
 * Aligns query and candidate tokens one to one (greedy by score, then by position), then lets
 * leftover adjacent pairs match a leftover token as one merged part, then (organisations) acronyms.
 * `explain` false skips building the explanation (used while ranking candidates).
 */
function alignTokens(
  q: NameToken[],
  c: NameToken[],
  config: ScreeningConfig,
  initials: boolean,
  explain: boolean,
): Alignment {
  const nq = q.length;
  const nc = c.length;
  growPairs(nq * nc + 1);
  let np = 0;
  for (let i = 0; i < nq; i++) {
    const qt = q[i] as NameToken;
    for (let j = 0; j < nc; j++) {
      const sim = tokenSimilarity(qt, c[j] as NameToken, initials);
      if (sim.score > 0) {
        pairScoreArr[np] = sim.score;
        pairDist[np] = sim.distance ?? -1;
        pairAt[np] = i * 1024 + j;
        pairKind[np] = sim.kind;
        pairConvention[np] = sim.convention;
        np++;
      }
    }
  }
  if (pairOrder.length < np) {
    pairOrder = new Array(np * 2).fill(0);
  }
  for (let k = 0; k < np; k++) {
    pairOrder[k] = k;
  }
  // Insertion sort (few pairs): score descending, then query position, then candidate position.
  for (let k = 1; k < np; k++) {
    const v = pairOrder[k] as number;
    let m = k - 1;
    while (m >= 0) {
      const u = pairOrder[m] as number;
      const d = (pairScoreArr[u] as number) - (pairScoreArr[v] as number);
      if (d > 0 || (d === 0 && (pairAt[u] as number) < (pairAt[v] as number))) {
        break;
      }
      pairOrder[m + 1] = u;
      m--;
    }
    pairOrder[m + 1] = v;
  }
  const usedQ: number[] = new Array(nq).fill(0);
  const usedC: number[] = new Array(nc).fill(0);
  const matched: TokenMatch[] = [];
  let num = 0;
  let den = 0;
  let informative = false;
  let leftQ = nq;
  let leftC = nc;
  let matchedCount = 0;
  for (let k = 0; k < np; k++) {
    const p = pairOrder[k] as number;
    const at = pairAt[p] as number;
    const i = at >> 10;
    const j = at & 1023;
    if (usedQ[i] === 1 || usedC[j] === 1) {
      continue;
    }
    usedQ[i] = 1;
    usedC[j] = 1;
    leftQ--;
    leftC--;
    matchedCount++;
    const qt = q[i] as NameToken;
    const ct = c[j] as NameToken;
    informative ||= !qt.generic;
    const w = (weight(qt, config) + weight(ct, config)) / 2;
    const score = pairScoreArr[p] as number;
    num += w * score;
    den += w;
    if (explain) {
      const m: TokenMatch = {
        query: qt.text,
        candidate: ct.text,
        kind: pairKind[p] as TokenMatchKind,
        score: round(score),
      };
      if ((pairDist[p] as number) >= 0) {
        m.distance = round(pairDist[p] as number);
      }
      const convention = pairConvention[p];
      if (convention !== undefined) {
        m.convention = convention;
      }
      matched.push(m);
    }
  }
  // Split/merged name parts among the leftovers (logic-v2: a separator gained or lost is a cheap
  // edit, §1.1.3): two adjacent leftover tokens against one leftover token of the other side.
  if (leftQ > 0 && leftC > 0 && (leftQ > 1 || leftC > 1)) {
    for (let side = 0; side < 2; side++) {
      const pairSide = side === 0 ? q : c;
      const single = side === 0 ? c : q;
      const usedPair = side === 0 ? usedQ : usedC;
      const usedSingle = side === 0 ? usedC : usedQ;
      for (let a = 0; a + 1 < pairSide.length; a++) {
        if (usedPair[a] === 1 || usedPair[a + 1] === 1) {
          continue;
        }
        const t1 = pairSide[a] as NameToken;
        const t2 = pairSide[a + 1] as NameToken;
        let best = -1;
        let bestSim: ReturnType<typeof tokenSimilarity> | undefined;
        for (let b = 0; b < single.length; b++) {
          const other = single[b] as NameToken;
          if (usedSingle[b] === 1 || !mergeable(t1, t2, other)) {
            continue;
          }
          const merged = mergedToken(t1, t2);
          const sim =
            side === 0 ? tokenSimilarity(merged, other, false) : tokenSimilarity(other, merged, false);
          if (sim.score > 0 && (bestSim === undefined || sim.score > bestSim.score)) {
            best = b;
            bestSim = sim;
          }
        }
        if (best < 0 || bestSim === undefined) {
          continue;
        }
        usedPair[a] = 1;
        usedPair[a + 1] = 1;
        usedSingle[best] = 1;
        matchedCount++;
        const other = single[best] as NameToken;
        informative ||= side === 0 ? !t1.generic || !t2.generic : !other.generic;
        // A merged pair is one name part on each side: weight of the single token.
        const w = weight(other, config);
        num += w * bestSim.score;
        den += w;
        if (explain) {
          const pairTextValue = `${t1.text} ${t2.text}`;
          const m: TokenMatch = {
            query: side === 0 ? pairTextValue : other.text,
            candidate: side === 0 ? other.text : pairTextValue,
            kind: bestSim.kind,
            score: round(bestSim.score),
            rule: "merged",
          };
          if (bestSim.distance !== undefined) {
            m.distance = round(bestSim.distance);
          }
          if (bestSim.convention !== undefined) {
            m.convention = bestSim.convention;
          }
          matched.push(m);
        }
      }
    }
  }
  if (!initials) {
    for (let side = 0; side < 2; side++) {
      const short = side === 0 ? q : c;
      const long = side === 0 ? c : q;
      const usedShort = side === 0 ? usedQ : usedC;
      const usedLong = side === 0 ? usedC : usedQ;
      let found = findAcronym(short, long, usedShort, usedLong);
      while (found !== undefined) {
        const t = short[found.s] as NameToken;
        const n = found.to - found.from;
        usedShort[found.s] = 1;
        for (let k = found.from; k < found.to; k++) {
          usedLong[k] = 1;
        }
        const w = (weight(t, config) + spanWeight(long, found.from, n, config)) / 2;
        num += w * ACRONYM_SCORE;
        den += w;
        informative = true;
        matchedCount++;
        if (explain) {
          const full = long
            .slice(found.from, found.to)
            .map((x) => x.text)
            .join(" ");
          matched.push({
            query: side === 0 ? t.text : full,
            candidate: side === 0 ? full : t.text,
            kind: "initial",
            score: ACRONYM_SCORE,
            rule: "acronym",
          });
        }
        found = findAcronym(short, long, usedShort, usedLong);
      }
    }
  }
  // Unmatched parts on both sides contradict each other (a different given or family name); a part
  // present on one side only is merely missing (lists carry patronymics and tribal names that
  // queries omit). Contradiction therefore costs more than omission.
  let wq = 0;
  let wc = 0;
  const missingQuery: NameToken[] = [];
  const missingCandidate: NameToken[] = [];
  for (let i = 0; i < nq; i++) {
    if (usedQ[i] === 0) {
      wq += weight(q[i] as NameToken, config);
      if (explain) {
        missingQuery.push(q[i] as NameToken);
      }
    }
  }
  for (let j = 0; j < nc; j++) {
    if (usedC[j] === 0) {
      wc += weight(c[j] as NameToken, config);
      if (explain) {
        missingCandidate.push(c[j] as NameToken);
      }
    }
  }
  const conflict = Math.min(wq, wc);
  den +=
    (config.conflictWeight ?? DEFAULT_CONFLICT_WEIGHT) * conflict +
    config.extraQueryWeight * (wq - conflict) +
    config.extraCandidateWeight * (wc - conflict);
  return {
    score: den === 0 ? 0 : num / den,
    matched,
    missingQuery,
    missingCandidate,
    informative,
    matchedCount,
  };
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
  const allowed = sameTokenCount ? 1 : max < 12 ? 1 : max < 24 ? 2 : 3;
  if (Math.abs(a.length - b.length) > allowed || bagDistance(a, b) > allowed || digitsDiffer(a, b)) {
    return 0;
  }
  // OSA: an adjacent transposition is one typing error (KIM SKO CHOL / KIM SOK CHOL).
  const d = osaDistance(a, b);
  // Small budget: the joined form exists for split/merged tokens, not to forgive a different word.
  // With equal token counts nothing was split or merged: only a single typo anywhere in the name
  // is forgiven (Tom/Tim Cook, xal-Assad), never a different word (HABIB BEN MOHAMED/AHMED).
  if (d > allowed) {
    return 0;
  }
  return 0.95 * (0.5 * jaroWinkler(a, b) + 0.5 * (1 - d / max));
}

/**
 * The candidate's native parts reordered to follow the query's parts (林 惠美 志豪 against
 * 志豪 惠美 林: family name first or last), or undefined when there is nothing to reorder. Each
 * query part takes the unused candidate part sharing most characters; leftovers keep their order.
 */
function reorderNativeParts(q: string[] | undefined, c: string[] | undefined): string | undefined {
  if (q === undefined || c === undefined || c.length < 2 || q.length < 2) {
    return undefined;
  }
  const used: number[] = new Array(c.length).fill(0);
  let out = "";
  for (const part of q) {
    let best = -1;
    let bestShared = 0;
    for (let j = 0; j < c.length; j++) {
      if (used[j] === 1) {
        continue;
      }
      const other = c[j] as string;
      let shared = 0;
      for (const ch of part) {
        if (other.includes(ch)) {
          shared++;
        }
      }
      if (shared > bestShared || (shared === bestShared && shared > 0 && other === part)) {
        best = j;
        bestShared = shared;
      }
    }
    if (best >= 0) {
      used[best] = 1;
      out += c[best];
    }
  }
  for (let j = 0; j < c.length; j++) {
    if (used[j] === 0) {
      out += c[j];
    }
  }
  return out;
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

type JoinedFn = (a: string, b: string, sameTokenCount: boolean) => number;

/**
 * Token path of scoreNames: one-to-one alignment, the joined form when it does better, and the cap
 * when only generic words agree. Fills `base` (method, matched and missing tokens, rules).
 */
function compareTokens(
  q: NormalizedName,
  c: NormalizedName,
  config: ScreeningConfig,
  isOrganization: boolean,
  explain: boolean,
  base: NameExplanation,
  joinedFn: JoinedFn,
): number {
  const al = alignTokens(q.parts, c.parts, config, !isOrganization, explain);
  const joined = al.score >= 0.97 ? 0 : joinedFn(q.joined, c.joined, q.parts.length === c.parts.length);
  base.matched = al.matched;
  base.missingQuery = al.missingQuery.map((t) => t.text);
  base.missingCandidate = al.missingCandidate.map((t) => t.text);
  if (joined > al.score) {
    Object.assign(base, { method: "joined", queryKey: q.joined, candidateKey: c.joined });
    return joined;
  }
  const hasInformative = q.parts.some((p) => !p.generic) || c.parts.some((p) => !p.generic);
  if (!al.informative && hasInformative && al.matchedCount > 0) {
    // Reported even when the score is already below the cap: it explains why the name failed.
    base.rules.push({
      rule: "genericOnly",
      effect: `≤${config.genericOnlyCap}`,
      detail: "only generic words agree",
    });
    return Math.min(al.score, config.genericOnlyCap);
  }
  return al.score;
}

/**
 * A cross-script reading never counts as the same spelling: its best score stays below an exact
 * match, so reviewers see that the name was matched through its katakana rendering.
 */
const CROSS_SCRIPT_CAP = 0.95;

const JOINED_BUDGET_SHARE = 0.12;

/** Joined form of a reading against a Latin name, with the katakana phonetic distance. */
function crossJoinedSimilarity(reading: string, latin: string, sameTokenCount: boolean): number {
  if (sameTokenCount || reading.length < 4 || latin.length < 4) {
    return 0;
  }
  // A tighter budget than for one word: the joined form is for words run together, not different words.
  return 0.95 * kanaLatinSimilarity(reading, latin, JOINED_BUDGET_SHARE).score;
}

/**
 * A katakana name against a Latin one (either side): the katakana side's cross-script reading
 * (kana-reading.ts) compared token by token with the Latin name. Method "crossScript".
 */
function crossScriptComparison(
  q: NormalizedName,
  c: NormalizedName,
  config: ScreeningConfig,
  isOrganization: boolean,
  explain: boolean,
): { score: number; explanation: NameExplanation } | undefined {
  const queryIsKana = q.native !== "" && c.native === "";
  if (!queryIsKana && !(c.native !== "" && q.native === "")) {
    return undefined;
  }
  const kana = queryIsKana ? q : c;
  const reading = kanaReading(kana);
  if (reading === null || reading.parts.length === 0) {
    return undefined;
  }
  const plain = readingComparison(q, c, reading, queryIsKana, config, isOrganization, explain);
  // Engine 1.5: a katakana run that the dictionary split is also compared as one glued word
  // (イーステック IISUTECH ~ Eastech, エムヴィジョン MVISION ~ Mvizion); the better reading is kept.
  const glued = soundKeysOn(config) && plain.score < CROSS_SCRIPT_CAP ? gluedKanaReading(kana) : null;
  if (glued === null) {
    return plain;
  }
  const other = readingComparison(q, c, glued, queryIsKana, config, isOrganization, explain);
  return other.score > plain.score ? other : plain;
}

/** One reading of the katakana side against the Latin side (token alignment, joined form, cap). */
function readingComparison(
  q: NormalizedName,
  c: NormalizedName,
  reading: NormalizedName,
  queryIsKana: boolean,
  config: ScreeningConfig,
  isOrganization: boolean,
  explain: boolean,
): { score: number; explanation: NameExplanation } {
  const [rq, rc] = queryIsKana ? [reading, c] : [q, reading];
  const explanation: NameExplanation = {
    method: "crossScript",
    queryKey: rq.latin,
    candidateKey: rc.latin,
    matched: [],
    missingQuery: [],
    missingCandidate: [],
    rules: [],
    baseScore: 0,
  };
  const joined: JoinedFn = (a, b, same) =>
    queryIsKana ? crossJoinedSimilarity(a, b, same) : crossJoinedSimilarity(b, a, same);
  const score = compareTokens(rq, rc, config, isOrganization, explain, explanation, joined);
  if (explanation.method === "joined") {
    explanation.method = "crossScript";
  }
  if (explain) {
    explanation.reasons = crossScriptReasons(explanation.matched);
  }
  return { score: Math.min(CROSS_SCRIPT_CAP, score), explanation };
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
  explain = true,
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
    const reordered = reorderNativeParts(q.nativeParts, c.nativeParts);
    if (reordered !== undefined && score < 1) {
      score = Math.max(score, nativeSimilarity(q.native, reordered, q.nativeLoose, looseKana(reordered)));
    }
    Object.assign(base, { method: "native", queryKey: q.native, candidateKey: c.native });
  } else if (q.latin !== "" && q.latin === c.latin) {
    score = 1;
    base.method = "exact";
    base.matched = !explain
      ? []
      : q.parts.map((p, i) => ({
          query: p.text,
          candidate: c.parts[i]?.text ?? p.text,
          kind: equivalenceKind(p, c.parts[i] ?? p),
          score: 1,
        }));
  } else {
    score = compareTokens(q, c, config, isOrganization, explain, base, joinedSimilarity);
  }
  if (config.crossScript !== false && score < CROSS_SCRIPT_CAP) {
    const cross = crossScriptComparison(q, c, config, isOrganization, explain);
    if (cross !== undefined && cross.score > score) {
      score = cross.score;
      Object.assign(base, cross.explanation);
    }
  }
  base.baseScore = round(score);
  const numbered = applyNumberRules(q, c, score, config);
  base.rules.push(...numbered.rules);
  return { score: round(Math.min(1, Math.max(0, numbered.score))), explanation: base };
}

export { editBudget };
