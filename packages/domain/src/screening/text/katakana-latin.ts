// Phonetic comparison of a katakana rendering (read in Hepburn romaji, kana.ts) with a Latin spelling.
// Katakana writes a foreign name by sound, so the differences to undo are those of Japanese phonology
// (screening-research.md §6.2) — each fold and cost below names the convention it undoes:
//  - one liquid: ラ行 stands for both L and R (ベル → BelOMO, グローバル → global);
//  - バ行 stands for B and V (クバンテク → Kvantek), and Russian final В sounds F (ヴォラトアフト → Volatavto);
//  - epenthetic vowels: a consonant cannot close a syllable, so U (O after T/D, I after CH/J/SH and
//    often after R for a palatal L) is inserted (システム → SISUTEMU ~ system, ゴメリ → Gomel);
//  - non-rhotic R: "-er/-or/-ar" and "-ort" are written with ー (センター → center, ポート → port);
//  - ン stands for final N and NG (チャン → Chang, ペレング → Peleng) and M before B/P;
//  - Latin digraphs read as one sound: PH=F, TH=S, CK=K, KH=H (Russian Х → ハ), ZH=J (Chinese and
//    Russian Ж → ジ), X=KS, Q=K, C=S before E/I/Y and K elsewhere, Y between consonants = I;
//  - doubled letters and long vowels are written as ッ and ー, so doubled letters collapse.

const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

const FOLDS: [RegExp, string][] = [
  [/SHCH|SCH/g, "SH"],
  [/PH/g, "F"],
  [/TH/g, "S"],
  [/CK/g, "K"],
  [/KH/g, "H"],
  [/DZH|DJ|ZH/g, "J"],
  [/X/g, "KS"],
  [/Q/g, "K"],
  [/C(?=[EIY])/g, "S"],
  [/C(?!H)/g, "K"],
  [/L/g, "R"],
  [/V/g, "B"],
  [/W(?=[AEIOU])/g, "U"],
  [/SHI/g, "SI"],
  [/([^AEIOU])Y(?=[^AEIOU]|$)/g, "$1I"],
  [/M(?=[BP])/g, "N"],
  [/NG/g, "N"],
  [/([A-Z])\1+/g, "$1"],
];

/** Phonetic fold of an upper-case Latin or romaji token (both sides get the same fold). */
export function phoneticFold(token: string): string {
  const hit = cache.get(token);
  if (hit !== undefined) {
    return hit;
  }
  let out = token;
  for (const [pattern, replacement] of FOLDS) {
    out = out.replace(pattern, replacement);
  }
  if (cache.size >= CACHE_LIMIT) {
    cache.clear();
  }
  cache.set(token, out);
  return out;
}

const VOWELS = "AEIOU";

/**
 * Blocking skeleton shared by a Latin token and its katakana rendering: the phonetic fold without
 * vowels, without a non-rhotic R (one not followed by a vowel) and without H after a consonant, with
 * F and B merged (Russian final В). For romaji (`kana`), ル before a consonant or at the end is
 * R + epenthetic U, so it counts as an R not followed by a vowel (ミノトル ~ Minotor, ボルタ ~ Volta).
 * "" when fewer than three consonants remain (too unspecific).
 */
export function phoneticSkeleton(token: string, kana = false): string {
  const folded = kana ? phoneticFold(token).replace(/RU(?=[^AEIOU]|$)/g, "R") : phoneticFold(token);
  let out = "";
  for (let i = 0; i < folded.length; i++) {
    let ch = folded[i] as string;
    if (VOWELS.includes(ch) || ch === "Y" || ch === "W") {
      continue;
    }
    const next = folded[i + 1] ?? "";
    if (ch === "R" && !VOWELS.includes(next)) {
      continue;
    }
    if (ch === "H" && i > 0 && !VOWELS.includes(folded[i - 1] as string)) {
      continue;
    }
    if (ch === "F") {
      ch = "B";
    }
    if (!out.endsWith(ch)) {
      out += ch;
    }
  }
  return out.length >= 3 ? out : "";
}

/** Cost of a romaji letter that the Latin spelling lacks: epenthetic vowels are cheap. */
function extraKanaCost(r: string, i: number): number {
  const ch = r[i] as string;
  if (ch === "U" || ch === "O") {
    return 0.2;
  }
  if (ch === "I") {
    return 0.3;
  }
  if (ch === "H" && (r[i - 1] === "C" || r[i - 1] === "S")) {
    return 0.3; // チ/シ palatal digraphs (プーチン → Putin)
  }
  return VOWELS.includes(ch) ? 0.6 : 1;
}

/** Cost of a Latin letter that the katakana rendering lacks. */
function extraLatinCost(l: string, j: number): number {
  const ch = l[j] as string;
  const prev = l[j - 1] ?? "";
  if (ch === "R" && VOWELS.includes(prev)) {
    return 0.3; // non-rhotic R (センター, ポート)
  }
  if (ch === "H" || (ch === "E" && j === l.length - 1)) {
    return 0.3; // silent H, silent final E (サービス → service)
  }
  return VOWELS.includes(ch) ? 0.5 : 1;
}

/**
 * Pairs that katakana renderings confuse: voicing (ス/ズ, ト/ド, ク/グ, フ/ブ), ジ for Z and for
 * Russian/Chinese D and ZH, チ for Russian TI (プーチン), ハ/フ, and ウ for an initial V (ウラジーミル).
 * Keys are romaji letter + Latin letter.
 */
const NEAR = new Set(
  "SZ ZS TD DT KG GK FB BF BP PB JZ ZJ JD HF FH CT UB".split(" "),
);

function substituteCost(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  if (VOWELS.includes(a) && VOWELS.includes(b)) {
    return 0.5;
  }
  return NEAR.has(a + b) ? 0.5 : 1;
}

let row = new Float64Array(64);
let prevRow = new Float64Array(64);

/**
 * Weighted edit distance between a romanised katakana token and a Latin token, after the phonetic
 * fold of both: inserted epenthetic vowels cost 0.2–0.3, a non-rhotic R or silent H 0.3, vowel and
 * voicing changes 0.5, anything else 1.
 */
export function kanaLatinDistance(romaji: string, latin: string): number {
  const r = phoneticFold(romaji);
  const l = phoneticFold(latin);
  const m = l.length;
  if (row.length <= m) {
    row = new Float64Array(m * 2 + 2);
    prevRow = new Float64Array(m * 2 + 2);
  }
  prevRow[0] = 0;
  for (let j = 1; j <= m; j++) {
    prevRow[j] = (prevRow[j - 1] as number) + extraLatinCost(l, j - 1);
  }
  for (let i = 1; i <= r.length; i++) {
    row[0] = (prevRow[0] as number) + extraKanaCost(r, i - 1);
    for (let j = 1; j <= m; j++) {
      const sub = (prevRow[j - 1] as number) + substituteCost(r[i - 1] as string, l[j - 1] as string);
      const del = (prevRow[j] as number) + extraKanaCost(r, i - 1);
      const ins = (row[j - 1] as number) + extraLatinCost(l, j - 1);
      row[j] = Math.min(sub, del, ins);
    }
    [row, prevRow] = [prevRow, row];
  }
  return prevRow[m] as number;
}

/**
 * Similarity in [0, 1] of a romanised katakana token and a Latin token: 1 − distance / Latin length,
 * 0 when the distance exceeds the budget (`budgetShare` of the Latin length — a quarter for one word —
 * and at least 0.5: one vowel or voicing change in a short word).
 */
export function kanaLatinSimilarity(
  romaji: string,
  latin: string,
  budgetShare = 0.25,
): { score: number; distance: number } {
  const length = phoneticFold(latin).length;
  if (length < 2) {
    return { score: 0, distance: Number.POSITIVE_INFINITY };
  }
  const distance = kanaLatinDistance(romaji, latin);
  const budget = Math.max(0.5, budgetShare * length);
  if (distance > budget) {
    return { score: 0, distance };
  }
  return { score: 1 - distance / (length + 1), distance };
}
