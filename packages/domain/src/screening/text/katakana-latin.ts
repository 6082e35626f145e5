// Phonetic comparison of a katakana rendering (read in Hepburn romaji, kana.ts) with a Latin spelling.
// Katakana writes a foreign name by sound, so the differences to undo are those of Japanese phonology
// (screening-research.md §6.2) — each fold and cost below names the convention it undoes:
//  - one liquid: ラ行 stands for both L and R (ベル → BelOMO, グローバル → global);
//  - バ行 stands for B and V (クバンテク → Kvantek), and Russian final В sounds F (ヴォラトアフト → Volatavto);
//  - epenthetic vowels: a consonant cannot close a syllable, so U (O after T/D, I after CH/J/SH and
//    often after R for a palatal L) is inserted (システム → SISUTEMU ~ system, ゴメリ → Gomel);
//  - non-rhotic R: "-er/-or/-ar" and "-ort" are written with ー (センター → center, ポート → port);
//  - ン stands for final N and NG (チャン → Chang, ペレング → Peleng) and M before B/M/P
//    (エンマクシン → Emmaxin);
//  - Latin digraphs read as one sound: PH=F, TH=T (タイ Thai; ス for English TH is a near pair),
//    SH=S (シ/シャ: one sibilant in the fold), CK=K, KH=H (Russian Х → ハ), ZH=J (Chinese and
//    Russian Ж → ジ), X=KS, Q=K, C=S before E/I/Y and K elsewhere, Y = I except before a vowel;
//  - doubled letters and long vowels are written as ッ and ー, so doubled letters collapse.
// Other languages' conventions (Turkish C = ジ/チ, ı = ウ column…) are rows of kana-conventions.ts,
// tried one by one in kana-latin-similarity.ts, which names the one that matched.

const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** ラ行 stands for both L and R: the key fold merges them, the distance fold keeps L (`distanceFold`). */
const L_AS_R: [RegExp, string] = [/L/g, "R"];

const FOLDS: [RegExp, string][] = [
  [/SHCH|SCH/g, "SH"],
  [/PH/g, "F"],
  [/TH/g, "T"],
  [/CK/g, "K"],
  [/KH/g, "H"],
  [/DZH|DJ|ZH/g, "J"],
  [/X/g, "KS"],
  [/Q/g, "K"],
  [/C(?=[EIY])/g, "S"],
  [/C(?!H)/g, "K"],
  L_AS_R,
  [/V/g, "B"],
  [/W(?=[AEIOU])/g, "U"],
  [/SH/g, "S"],
  [/Y(?=[^AEIOU]|$)/g, "I"],
  [/M(?=[BP])/g, "N"],
  [/N(?=M)/g, ""],
  [/NG|GN(?![AEIOU])/g, "N"],
  [/YI/g, "I"],
  [/([A-Z])\1+/g, "$1"],
];

/** Phonetic fold of an upper-case Latin or romaji token (both sides get the same fold). */
export function phoneticFold(token: string): string {
  return foldWith(token, FOLDS, cache);
}

// The fold for the distance keeps a Latin L (engine 1.6): katakana always writes an L (ラ行, ル), so
// an L that the katakana lacks is a different name (ハヌ ≁ Hanil), while an R after a vowel may be
// non-rhotic (センター ~ center). The substitution table reads ラ行 R as L at no cost.
const DISTANCE_FOLDS = FOLDS.filter((fold) => fold !== L_AS_R);
const distanceCache = new Map<string, string>();

/** `phoneticFold` with a Latin L kept as L, for the weighted distance (`foldedDistance`). */
export function distanceFold(token: string): string {
  return foldWith(token, DISTANCE_FOLDS, distanceCache);
}

function foldWith(token: string, folds: [RegExp, string][], memo: Map<string, string>): string {
  const hit = memo.get(token);
  if (hit !== undefined) {
    return hit;
  }
  let out = token;
  for (const [pattern, replacement] of folds) {
    out = out.replace(pattern, replacement);
  }
  if (memo.size >= CACHE_LIMIT) {
    memo.clear();
  }
  memo.set(token, out);
  return out;
}

const VOWELS = "AEIOU";

/**
 * A phonetically folded Latin token written as katakana would write it (engine 1.7): a vowel after
 * every consonant that closes a syllable — O after T and D, I after CH and J, U after the others; N
 * (ン) and the T of TS (ツ) take none. MEKATRONIKS → MEKATORONIKUSU = メカトロニクス, KBARTSEBI →
 * KUBARUTSEBI = クヴァルツェヴィ: a katakana word with several epenthetic vowels finds its Latin token
 * through this form, which `epentheticForms` (one vowel removed) cannot reach.
 */
export function withEpentheticVowels(folded: string): string {
  let out = "";
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] as string;
    const next = folded[i + 1];
    out += ch;
    if (VOWELS.includes(ch) || ch === "N" || (next !== undefined && VOWELS.includes(next))) {
      continue;
    }
    if ((ch === "T" && next === "S") || (ch === "C" && next === "H")) {
      continue;
    }
    out += ch === "T" || ch === "D" ? "O" : ch === "J" || (ch === "H" && folded[i - 1] === "C") ? "I" : "U";
  }
  return out;
}
// Letter codes for the distance below (it runs on char codes: it is in the scorer's inner loop).

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

/**
 * Vowel-pattern key shared by a Latin token and its katakana rendering (engine 1.5): the phonetic
 * fold with every run of vowels written as one A (katakana changes vowel quality — メイク for
 * "make", English long A = エイ — and lengthens vowels, but keeps a vowel where Latin has one), Z
 * merged with S (ズ/ス, Vizion ~ ヴィジョン), and the final vowel dropped (katakana closes every
 * word with one: MEIKUWERU ~ MAKEWELL both give MAKAR). `dropR` also drops an R not followed by a
 * vowel (non-rhotic R: CENTER ~ センター SENTAA). "" when fewer than three consonants remain (too
 * unspecific to find a candidate among 10^6 aliases).
 */
export function vowelPattern(folded: string, dropR = false): string {
  let out = "";
  let consonants = 0;
  for (let i = 0; i < folded.length; i++) {
    let ch = folded[i] as string;
    if (VOWELS.includes(ch)) {
      if (!out.endsWith("A")) {
        out += "A";
      }
      continue;
    }
    const next = folded[i + 1];
    if (dropR && ch === "R" && (next === undefined || !VOWELS.includes(next))) {
      continue;
    }
    if (ch === "Z") {
      ch = "S";
    }
    if (ch === "M" && (next === "B" || next === "P")) {
      // M before B/P reads as N (the fold's rule), also once a weak vowel between them is gone
      // (コムプレクト KOMUPUREKUTO → KMPRKT ~ Komplekt).
      ch = "N";
    }
    if (!out.endsWith(ch)) {
      out += ch;
      consonants++;
    }
  }
  if (out.endsWith("A")) {
    out = out.slice(0, -1);
  }
  return consonants >= 3 ? out : "";
}

/**
 * The fold without its weak vowels: a single I, O or U between two consonants (engine 1.5). Katakana
 * inserts exactly these between consonants (ブルストラド BURUSUTORADO), and Latin spellings have them
 * where katakana has them too, so dropping them on both sides leaves one form for both
 * (BRSTRAD ~ BULSTRAD) however many of them were inserted — the epenthetic forms of blocking-keys.ts
 * remove one at a time or all at once.
 */
export function withoutWeakVowels(folded: string): string {
  let out = "";
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] as string;
    const prev = folded[i - 1];
    const next = folded[i + 1];
    const weak =
      "IOU".includes(ch) &&
      prev !== undefined &&
      next !== undefined &&
      !VOWELS.includes(prev) &&
      !VOWELS.includes(next);
    if (!weak) {
      out += ch;
    }
  }
  return out;
}

const isVowel = (c: number) => c === 65 || c === 69 || c === 73 || c === 79 || c === 85;
const A = 65;
const C = 67;
const E = 69;
const H = 72;
const I = 73;
const L = 76;
const O = 79;
const R = 82;
const U = 85;
const W = 87;
const Y = 89;

/** Cost of a romaji letter that the Latin spelling lacks: epenthetic vowels are cheap. */
function extraKanaCost(r: string, i: number): number {
  const ch = r.charCodeAt(i);
  if (ch === U || ch === O) {
    return 0.2;
  }
  if (ch === I) {
    return 0.3;
  }
  if (ch === A && r.charCodeAt(i + 1) === I) {
    return 0.3; // アイ for an English long I (アイマックス → Imax, アライン → align)
  }
  if (ch === H && r.charCodeAt(i - 1) === C) {
    return 0.3; // チ for Russian TI (プーチン → Putin), Chinese Q (チースー → Qisu)
  }
  return isVowel(ch) ? 0.6 : 1;
}

/** Cost of a Latin letter that the katakana rendering lacks. */
function extraLatinCost(l: string, j: number): number {
  const ch = l.charCodeAt(j);
  if (ch === R && isVowel(l.charCodeAt(j - 1))) {
    return 0.3; // non-rhotic R (センター, ポート)
  }
  if (ch === H || (ch === E && j === l.length - 1)) {
    return 0.3; // silent H, silent final E (サービス → service)
  }
  const next = l.charCodeAt(j + 1);
  if ((ch === Y && (next === I || next === E)) || (ch === W && (next === U || next === O))) {
    return 0.3; // pinyin YI/YE and WU/WO are written イ/イエ and ウ/ウオ (イールーファ → Yilufa)
  }
  return isVowel(ch) ? 0.5 : 1;
}

/**
 * Pairs that katakana renderings confuse: voicing (ス/ズ, ト/ド, ク/グ, フ/ブ), ジ for Z and for
 * Russian/Chinese D and ZH, チ for Russian TI (プーチン) and pinyin Q (チースー), ハ/フ, ウ for an
 * initial V (ウラジーミル), ス for an English TH (スミス; the fold reads TH as T), and ジ for a
 * Turkish C (ティジャーレット → Ticaret; the fold reads C before A/O/U as K).
 * Each pair is romaji letter + Latin letter; the table holds every substitution cost (A–Z).
 */
const NEAR = "SZ ZS TD DT KG GK FB BF BP PB JZ ZJ JD JK HF FH CT CK UB ST TS".split(" ");

/** Substitution costs (romaji letter × Latin letter) of the common reading, with `extra` costs over them. */
export function substitutionTable(extra: [string, number][]): Float64Array {
  const table = new Float64Array(26 * 26).fill(1);
  for (let a = 0; a < 26; a++) {
    table[a * 26 + a] = 0;
    for (let b = 0; b < 26; b++) {
      if (a !== b && isVowel(a + A) && isVowel(b + A)) {
        table[a * 26 + b] = 0.5;
      }
    }
  }
  for (const pair of NEAR) {
    table[(pair.charCodeAt(0) - A) * 26 + (pair.charCodeAt(1) - A)] = 0.5;
  }
  // ラ行 stands for L as well as R (the distance fold keeps a Latin L: `distanceFold`).
  table[(R - A) * 26 + (L - A)] = 0;
  // English short U (/ʌ/) is written ア: アップ up, クラブ club, バス bus.
  table[(A - A) * 26 + (U - A)] = 0.2;
  for (const [pair, cost] of extra) {
    table[(pair.charCodeAt(0) - A) * 26 + (pair.charCodeAt(1) - A)] = cost;
  }
  return table;
}

function substituteCost(table: Float64Array, a: number, b: number): number {
  const x = a - A;
  const y = b - A;
  return x >= 0 && x < 26 && y >= 0 && y < 26 ? (table[x * 26 + y] as number) : a === b ? 0 : 1;
}

let row = new Float64Array(64);
let prevRow = new Float64Array(64);

/**
 * Weighted edit distance between a romanised katakana token and a Latin token, after the phonetic
 * fold of both: inserted epenthetic vowels cost 0.2–0.3, a non-rhotic R or silent H 0.3, vowel and
 * voicing changes 0.5, anything else 1. Stops early (returning a value above `limit`) once every
 * path costs more than `limit`. Both tokens are already folded (`phoneticFold`, after a convention's
 * rewrites); `table` is the substitution table of the convention.
 */
export function foldedDistance(r: string, l: string, limit: number, table: Float64Array): number {
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
    const kanaCost = extraKanaCost(r, i - 1);
    const rc = r.charCodeAt(i - 1);
    row[0] = (prevRow[0] as number) + kanaCost;
    let best = row[0] as number;
    for (let j = 1; j <= m; j++) {
      const sub = (prevRow[j - 1] as number) + substituteCost(table, rc, l.charCodeAt(j - 1));
      const del = (prevRow[j] as number) + kanaCost;
      const ins = (row[j - 1] as number) + extraLatinCost(l, j - 1);
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      row[j] = v;
      if (v < best) {
        best = v;
      }
    }
    [row, prevRow] = [prevRow, row];
    if (best > limit) {
      return best;
    }
  }
  return prevRow[m] as number;
}
