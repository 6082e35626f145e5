// Similarity of a romanised katakana word and a Latin word under each transliteration convention of
// kana-conventions.ts (the common reading first): every row's rewrites and substitution costs are
// applied to both words, the weighted distance of katakana-latin.ts is taken, and the best row is kept
// and named, so that a match says which convention read it.
import { CONVENTIONS, type ConventionRow, type KanaConvention } from "./kana-conventions";
import { distanceFold, foldedDistance, substitutionTable } from "./katakana-latin";

const CACHE_LIMIT = 100_000;

/** A convention ready for the distance: its substitution table and its folds (memoised). */
interface PreparedConvention {
  row: ConventionRow;
  substitute: Float64Array;
  kanaCache: Map<string, string>;
  latinCache: Map<string, string>;
}

const PREPARED: PreparedConvention[] = CONVENTIONS.map((row) => ({
  row,
  substitute: substitutionTable(row.near),
  kanaCache: new Map(),
  latinCache: new Map(),
}));
const HEPBURN = PREPARED[0] as PreparedConvention;

function foldUnder(token: string, rewrites: [RegExp, string][], memo: Map<string, string>): string {
  if (rewrites.length === 0) {
    return distanceFold(token);
  }
  const hit = memo.get(token);
  if (hit !== undefined) {
    return hit;
  }
  let out = token;
  for (const [pattern, replacement] of rewrites) {
    out = out.replace(pattern, replacement);
  }
  out = distanceFold(out);
  if (memo.size >= CACHE_LIMIT) {
    memo.clear();
  }
  memo.set(token, out);
  return out;
}

/**
 * Weighted edit distance between a romanised katakana token and a Latin token, after the phonetic
 * fold of both: inserted epenthetic vowels cost 0.2–0.3, a non-rhotic R or silent H 0.3, vowel and
 * voicing changes 0.5, anything else 1. Stops early (returning a value above `limit`) once every
 * path costs more than `limit`.
 */
export function kanaLatinDistance(romaji: string, latin: string, limit = Number.POSITIVE_INFINITY): number {
  return foldedDistance(distanceFold(romaji), distanceFold(latin), limit, HEPBURN.substitute);
}

/** A katakana word against a Latin word: score, distance and the convention that gave them. */
export interface KanaLatinMatch {
  score: number;
  distance: number;
  convention: KanaConvention;
}

/**
 * Similarity in [0, 1] of a romanised katakana token and a Latin token under each transliteration
 * convention (kana-conventions.ts), the best kept: 1 − distance / Latin length, 0 when the distance
 * exceeds the budget (`budgetShare` of the Latin length — a quarter for one word — and at least 0.5:
 * one vowel or voicing change in a short word). Ties go to the common (Hepburn) reading.
 */
export function kanaLatinSimilarity(romaji: string, latin: string, budgetShare = 0.25): KanaLatinMatch {
  let best: KanaLatinMatch = { score: 0, distance: Number.POSITIVE_INFINITY, convention: "hepburn" };
  for (const conv of PREPARED) {
    const r = foldUnder(romaji, conv.row.kana, conv.kanaCache);
    const l = foldUnder(latin, conv.row.latin, conv.latinCache);
    if (
      conv !== HEPBURN &&
      conv.row.near.length === 0 &&
      r === distanceFold(romaji) &&
      l === distanceFold(latin)
    ) {
      continue; // the convention changes nothing in this pair
    }
    const length = l.length;
    // Another language's convention already explains its own differences: less is left to forgive.
    const budget = Math.max(0.5, budgetShare * length * (conv === HEPBURN ? 1 : CONVENTION_BUDGET));
    // Every letter one side has more than the other costs at least 0.2 (kana) or 0.3 (Latin).
    if (length < 2 || (r.length - length) * 0.2 > budget || (length - r.length) * 0.3 > budget) {
      continue;
    }
    const distance = foldedDistance(r, l, budget, conv.substitute);
    const score = distance > budget ? 0 : 1 - distance / (length + 1);
    if (score > best.score) {
      best = { score, distance, convention: conv.row.id };
    }
    if (distance === 0) {
      break;
    }
  }
  if (best.score === 0 && latin.length <= 4) {
    // A Latin abbreviation that katakana writes out (Turkish TIC. = TICARET → ティジャーレット).
    for (const conv of PREPARED) {
      const full = conv.row.abbreviations?.[latin];
      if (full !== undefined) {
        const sim = foldedDistance(
          foldUnder(romaji, conv.row.kana, conv.kanaCache),
          foldUnder(full, conv.row.latin, conv.latinCache),
          Math.max(0.5, budgetShare * full.length),
          conv.substitute,
        );
        const length = foldUnder(full, conv.row.latin, conv.latinCache).length;
        if (sim <= Math.max(0.5, budgetShare * length)) {
          // One step below a written-out match: the abbreviation stands for the word.
          return {
            score: ABBREVIATION_FACTOR * (1 - sim / (length + 1)),
            distance: sim,
            convention: conv.row.id,
          };
        }
      }
    }
  }
  return best;
}

const ABBREVIATION_FACTOR = 0.9;
/** Share of the common edit budget left under a language's convention. */
const CONVENTION_BUDGET = 0.8;
