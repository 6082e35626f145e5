// Similarity of two tokens with the reason it holds. Order of evidence follows logic-v2 (symbols
// before edit distance, screening-research.md §1.1.3): exact → transliteration equivalence →
// romanisation variant → initial → consonant skeleton (abjad) → budgeted fuzzy match.
import { jaroWinkler, weightedDistance } from "./metrics";
import type { NameToken } from "./normalize";
import type { KanaConvention } from "./text/kana-conventions";
import { kanaLatinSimilarity } from "./text/kana-latin-similarity";
import { isKoreanSurnameSpelling } from "./text/korean";
import { isLetterName, loanwordKana } from "./text/loanwords";
import { consonantSkeleton, katakanaEnglishKey } from "./text/romaji";

/** How two tokens were found to agree. */
export type TokenMatchKind =
  | "exact"
  | "romaji"
  | "pinyin"
  | "translit"
  | "variant"
  | "initial"
  | "skeleton"
  | "fuzzy"
  | "number"
  | "loanword"
  | "katakana";

/** Score in [0, 1] with its reason; score 0 means "no match". */
export interface TokenSimilarity {
  score: number;
  kind: TokenMatchKind;
  distance?: number;
  /** For a katakana reading: the transliteration convention that matched (kana-conventions.ts). */
  convention?: KanaConvention;
}

const NONE: TokenSimilarity = { score: 0, kind: "fuzzy" };

/** A phonetic katakana reading is weaker evidence than the same letters written in Latin. */
const KATAKANA_FACTOR = 0.95;

/**
 * Edit budget by length, logic-v2's log-shaped budget (§1.1.3: log base 2.35 of (length − 2)): no
 * edit for ≤3 characters, one plain edit for 4–7 (or two vowel/confusable ones), two for 8–14,
 * three from 15. Weighted costs (metrics.ts weightedDistance) are compared against it.
 */
export function editBudget(length: number): number {
  if (length <= 3) {
    return 0;
  }
  return Math.max(1, Math.log(length - 2) / Math.log(2.35));
}

export function equivalenceKind(a: NameToken, b: NameToken): TokenMatchKind {
  const other = a.origin !== "latin" ? a.origin : b.origin;
  if (other === "latin") {
    return "exact";
  }
  return other === "abjad" ? "translit" : other;
}

/** Compares two tokens; `allowInitials` is false for organisations (nomenklatura#193). */
export function tokenSimilarity(a: NameToken, b: NameToken, allowInitials: boolean): TokenSimilarity {
  if (a.numeric || b.numeric) {
    return a.text === b.text ? { score: 1, kind: "number" } : NONE;
  }
  if (a.text === b.text) {
    return { score: 1, kind: equivalenceKind(a, b) };
  }
  if (a.loose === b.loose) {
    return {
      score: 0.95,
      kind: a.origin === "latin" && b.origin === "latin" ? "variant" : equivalenceKind(a, b),
    };
  }
  if (a.origin === "katakana" || b.origin === "katakana") {
    // Kana of a cross-script reading against a Latin token: Japanese phonology undone (katakana-latin.ts).
    const [kana, latin] = a.origin === "katakana" ? [a, b] : [b, a];
    if (latin.text.length === 1) {
      // A letter spelt out in katakana (アイ・ジェット → I Jet).
      return isLetterName(kana.text, latin.text) ? { score: 0.9, kind: "katakana" } : NONE;
    }
    return katakanaSimilarity(kana.text, latin.text, "katakana");
  }
  if ((a.origin === "loanword") !== (b.origin === "loanword")) {
    // A loanword read from the dictionary in its English spelling (TECHNOLOGY) against a word that
    // does not match it as written: the list may spell the same word its own way (Turkish TEKNOLOJI,
    // ELEKTRONIK), so the katakana it was read from is compared phonetically too.
    const [word, other] = a.origin === "loanword" ? [a, b] : [b, a];
    const written = latinSimilarity(a, b, allowInitials);
    if (written.score >= 0.9 || other.origin !== "latin" || other.text.length < 3) {
      return written;
    }
    let best = written;
    for (const kana of loanwordKana(word.text)) {
      const sim = katakanaSimilarity(kana, other.text, "loanword");
      if (sim.score > best.score) {
        best = sim;
      }
    }
    return best;
  }
  return latinSimilarity(a, b, allowInitials);
}

/** A romanised katakana word against a Latin word (katakana-latin.ts), as a token match. */
function katakanaSimilarity(kana: string, latin: string, kind: TokenMatchKind): TokenSimilarity {
  const sim = kanaLatinSimilarity(kana, latin);
  const score = KATAKANA_FACTOR * sim.score;
  return score >= 0.6 ? { score, kind, distance: sim.distance, convention: sim.convention } : NONE;
}

/** The Latin-letter comparisons of tokenSimilarity (after exact and loose equality). */
function latinSimilarity(a: NameToken, b: NameToken, allowInitials: boolean): TokenSimilarity {
  if (
    (a.origin === "translit" && isKoreanSurnameSpelling(a.text, b.text)) ||
    (b.origin === "translit" && isKoreanSurnameSpelling(b.text, a.text))
  ) {
    // 김 → GIM (Revised Romanization) is written Kim; 이 → I is Lee, Yi, Rhee or Ri (korean.ts).
    return { score: 0.95, kind: "translit" };
  }
  if (allowInitials && (a.text.length === 1 || b.text.length === 1)) {
    const [short, long] = a.text.length === 1 ? [a.text, b.text] : [b.text, a.text];
    return long.startsWith(short) ? { score: 0.7, kind: "initial" } : NONE;
  }
  if (a.origin === "abjad" || b.origin === "abjad") {
    const sa = consonantSkeleton(a.text);
    const sb = consonantSkeleton(b.text);
    if (sa.length >= 1 && sa === sb) {
      return { score: 0.9, kind: "skeleton" };
    }
  }
  if ((a.origin === "romaji") !== (b.origin === "romaji")) {
    // Katakana renderings of foreign words: バラク → BARAKU vs BARACK (romaji.ts katakanaEnglishKey).
    const ka = katakanaEnglishKey(a.loose);
    const kb = katakanaEnglishKey(b.loose);
    if (ka.length >= 3 && ka === kb) {
      return { score: 0.9, kind: "romaji" };
    }
  }
  if (digitsDiffer(a.text, b.text)) {
    // Numbers are decisive inside tokens too (AR16 / AR17, 13TH / 14TH written as one word).
    return NONE;
  }
  // Distance on the written form and on the romanisation-folded form, whichever is smaller: the
  // folds help romaji (SHI/SI) but can hurt other languages (German SCH), so neither alone is right.
  const max = Math.max(a.text.length, b.text.length);
  const min = Math.min(a.text.length, b.text.length);
  const budget = min <= 2 ? 0 : min === 3 ? (max === 3 ? SHORT_TOKEN_BUDGET : 0) : editBudget(max);
  if (budget === 0 || max - min > budget) {
    return NONE;
  }
  if (0.6 * bagDistance(a.text, b.text) > budget && 0.6 * bagDistance(a.loose, b.loose) > budget) {
    return NONE;
  }
  let distance = weightedDistance(a.text, b.text);
  if (distance > 0 && (a.loose !== a.text || b.loose !== b.text)) {
    distance = Math.min(distance, weightedDistance(a.loose, b.loose));
  }
  if (distance > budget) {
    return NONE;
  }
  const jw = jaroWinkler(a.text, b.text);
  const score = 0.5 * jw + 0.5 * (1 - distance / max);
  return score >= 0.6 ? { score, kind: "fuzzy", distance } : NONE;
}

const bag = new Int32Array(128);

/**
 * Bag distance (letters of one token missing from the other, the larger side): a lower bound on
 * the number of edits, so 0.6 × bag distance bounds the weighted distance from below. Cheap filter
 * before the dynamic programme; non-ASCII tokens return 0 (no filtering).
 */
export function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c >= 128) {
      bag.fill(0);
      return 0;
    }
    bag[c] = (bag[c] as number) + 1;
  }
  let extraB = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c >= 128) {
      bag.fill(0);
      return 0;
    }
    if ((bag[c] as number) > 0) {
      bag[c] = (bag[c] as number) - 1;
    } else {
      extraB++;
    }
  }
  let extraA = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    extraA += bag[c] as number;
    bag[c] = 0;
  }
  return Math.max(extraA, extraB);
}

/**
 * Three-letter tokens tolerate one vowel or confusable substitution (cost 0.6: Izo/Ize, Ali/Aly)
 * and nothing else; logic-v2 gives them no edit at all, which loses common transliteration drift.
 */
const SHORT_TOKEN_BUDGET = 0.6;

/** True when both tokens contain digits and their digit sequences differ. */
export function digitsDiffer(a: string, b: string): boolean {
  let da = "";
  let db = "";
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      da += a[i];
    }
  }
  if (da === "") {
    return false;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      db += b[i];
    }
  }
  return db !== "" && da !== db;
}
