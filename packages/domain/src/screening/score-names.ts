// Explainable name-to-name score. Structure after logic-v2 (screening-research.md §1.1.3): align
// tokens one-to-one by evidence, weight unexplained tokens asymmetrically (query extras cost more
// than candidate extras), treat numbers as decisive and generic words as weak; CJK names are compared
// on their native key because pinyin loses tones (高石/高市 share toneless pinyin).
import { DEFAULT_CONFIG, type ScreeningConfig } from "./config";
import { jaroWinkler, levenshtein } from "./metrics";
import type { NameToken, NormalizedName } from "./normalize";
import { editBudget, equivalenceKind, type TokenMatchKind, tokenSimilarity } from "./token-similarity";

/** One aligned token pair. */
export interface TokenMatch {
  query: string;
  candidate: string;
  kind: TokenMatchKind;
  score: number;
  distance?: number;
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
}

function alignTokens(q: NameToken[], c: NameToken[], config: ScreeningConfig, initials: boolean): Alignment {
  const pairs: { i: number; j: number; score: number; kind: TokenMatchKind; distance?: number }[] = [];
  for (let i = 0; i < q.length; i++) {
    for (let j = 0; j < c.length; j++) {
      const qt = q[i];
      const ct = c[j];
      if (qt === undefined || ct === undefined) {
        continue;
      }
      const sim = tokenSimilarity(qt, ct, initials);
      if (sim.score > 0) {
        pairs.push({ i, j, ...sim });
      }
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedQ = new Uint8Array(q.length);
  const usedC = new Uint8Array(c.length);
  const matched: TokenMatch[] = [];
  let num = 0;
  let den = 0;
  for (const p of pairs) {
    if (usedQ[p.i] === 1 || usedC[p.j] === 1) {
      continue;
    }
    usedQ[p.i] = 1;
    usedC[p.j] = 1;
    const qt = q[p.i] as NameToken;
    const ct = c[p.j] as NameToken;
    const w = (weight(qt, config) + weight(ct, config)) / 2;
    num += w * p.score;
    den += w;
    const m: TokenMatch = { query: qt.text, candidate: ct.text, kind: p.kind, score: round(p.score) };
    if (p.distance !== undefined) {
      m.distance = p.distance;
    }
    matched.push(m);
  }
  const missingQuery = q.filter((_, i) => usedQ[i] === 0);
  const missingCandidate = c.filter((_, j) => usedC[j] === 0);
  for (const t of missingQuery) {
    den += config.extraQueryWeight * weight(t, config);
  }
  for (const t of missingCandidate) {
    den += config.extraCandidateWeight * weight(t, config);
  }
  return { score: den === 0 ? 0 : num / den, matched, missingQuery, missingCandidate };
}

/** Similarity of two strings without spaces, tolerant of split/merged tokens ("ALLPARTS"/"ALL PARTS"). */
function joinedSimilarity(a: string, b: string): number {
  if (a.length < 4 || b.length < 4) {
    return a === b && a !== "" ? 0.97 : 0;
  }
  if (a === b) {
    return 0.97;
  }
  const max = Math.max(a.length, b.length);
  const d = levenshtein(a, b);
  // Small budget: the joined form exists for split/merged tokens, not to forgive a different word.
  if (d > (max < 12 ? 1 : max < 24 ? 2 : 3)) {
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
    const joined = joinedSimilarity(q.joined, c.joined);
    base.matched = al.matched;
    base.missingQuery = al.missingQuery.map((t) => t.text);
    base.missingCandidate = al.missingCandidate.map((t) => t.text);
    score = al.score;
    if (joined > score) {
      score = joined;
      Object.assign(base, { method: "joined", queryKey: q.joined, candidateKey: c.joined });
    } else {
      const informative = al.matched.some((m) => {
        const t = q.parts.find((p) => p.text === m.query);
        return t !== undefined && !t.generic;
      });
      const hasInformative = q.parts.some((p) => !p.generic) || c.parts.some((p) => !p.generic);
      if (!informative && hasInformative && al.matched.length > 0 && score > config.genericOnlyCap) {
        base.rules.push({
          rule: "genericOnly",
          effect: `≤${config.genericOnlyCap}`,
          detail: "only generic words agree",
        });
        score = config.genericOnlyCap;
      }
    }
  }
  base.baseScore = round(score);
  const numbered = applyNumberRules(q, c, score, config);
  base.rules.push(...numbered.rules);
  return { score: round(Math.min(1, Math.max(0, numbered.score))), explanation: base };
}

export { editBudget };
