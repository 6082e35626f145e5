// Kana handling written for this project (screening-research.md §6.2): hiragana⇄katakana folding,
// tolerant native keys, and a table-driven Hepburn romaniser. No dictionary is involved, so kanji are
// not read here (see han.ts for the pinyin key used for Han characters).

const HIRAGANA_START = 0x3041;
const HIRAGANA_END = 0x3096;
const KANA_OFFSET = 0x60;

/** Hiragana → katakana; everything else untouched. Dakuten/handakuten survive because NFKC composed them. */
export function toKatakana(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    out += c >= HIRAGANA_START && c <= HIRAGANA_END ? String.fromCodePoint(c + KANA_OFFSET) : ch;
  }
  return out;
}

/** Small kana → their full-size forms (ャ → ヤ, ッ → ツ): spelling variants of one word. */
export const SMALL_TO_LARGE: Readonly<Record<string, string>> = {
  ァ: "ア",
  ィ: "イ",
  ゥ: "ウ",
  ェ: "エ",
  ォ: "オ",
  ッ: "ツ",
  ャ: "ヤ",
  ュ: "ユ",
  ョ: "ヨ",
  ヮ: "ワ",
  ヵ: "カ",
  ヶ: "ケ",
};

/**
 * Tolerant katakana key: small kana become large and the long-vowel mark ー is dropped, so
 * "キャノン"/"キヤノン" and "コーポ"/"コポ" compare equal. Voicing marks are never removed.
 */
export function looseKana(katakana: string): string {
  let out = "";
  for (const ch of katakana) {
    if (ch === "ー" || ch === "・") {
      continue;
    }
    out += SMALL_TO_LARGE[ch] ?? ch;
  }
  return out;
}

// Hepburn romanisation of single katakana (modified Hepburn as used on Japanese passports,
// with long vowels written out; romaji.ts folds ou/oo/ō variants for comparison).
const ROMAJI: Record<string, string> = {};
const ROWS: [string, string[]][] = [
  ["アイウエオ", ["a", "i", "u", "e", "o"]],
  ["カキクケコ", ["ka", "ki", "ku", "ke", "ko"]],
  ["ガギグゲゴ", ["ga", "gi", "gu", "ge", "go"]],
  ["サシスセソ", ["sa", "shi", "su", "se", "so"]],
  ["ザジズゼゾ", ["za", "ji", "zu", "ze", "zo"]],
  ["タチツテト", ["ta", "chi", "tsu", "te", "to"]],
  ["ダヂヅデド", ["da", "ji", "zu", "de", "do"]],
  ["ナニヌネノ", ["na", "ni", "nu", "ne", "no"]],
  ["ハヒフヘホ", ["ha", "hi", "fu", "he", "ho"]],
  ["バビブベボ", ["ba", "bi", "bu", "be", "bo"]],
  ["パピプペポ", ["pa", "pi", "pu", "pe", "po"]],
  ["マミムメモ", ["ma", "mi", "mu", "me", "mo"]],
  ["ヤユヨ", ["ya", "yu", "yo"]],
  ["ラリルレロ", ["ra", "ri", "ru", "re", "ro"]],
  ["ワヰヱヲ", ["wa", "i", "e", "o"]],
  ["ンヴ", ["n", "vu"]],
  ["ァィゥェォ", ["a", "i", "u", "e", "o"]],
  ["ヵヶヮ", ["ka", "ke", "wa"]],
];
for (const [chars, values] of ROWS) {
  [...chars].forEach((ch, i) => {
    ROMAJI[ch] = values[i] ?? "";
  });
}

const SMALL_Y: Record<string, string> = { ャ: "a", ュ: "u", ョ: "o" };
const SMALL_V: Record<string, string> = { ァ: "a", ィ: "i", ゥ: "u", ェ: "e", ォ: "o" };
const VOWELS = "aeiou";

/** Combines a syllable with a following small ャュョ (kya, sha, ja) or small vowel (fa, ti, we, va). */
function combine(base: string, small: string): string | undefined {
  const y = SMALL_Y[small];
  if (y !== undefined && base.endsWith("i") && base.length > 1) {
    const stem = base.slice(0, -1);
    return stem === "sh" || stem === "ch" || stem === "j" ? stem + y : `${stem}y${y}`;
  }
  const v = SMALL_V[small];
  if (v === undefined) {
    return undefined;
  }
  if (base === "u") {
    return `w${v}`;
  }
  if (base === "i") {
    return `y${v}`;
  }
  const stem = base.replace(/[aeiou]$/, "");
  return stem === "" ? undefined : stem + v;
}

/** True when the string contains any hiragana or katakana. */
export function hasKana(text: string): boolean {
  return /[\u3041-\u3096\u30a1-\u30fa]/.test(text);
}

/**
 * Katakana/hiragana → Hepburn romaji (lower case). ッ doubles the next consonant (ッチ → tchi),
 * ー repeats the previous vowel, ン is always "n". Non-kana characters are passed through.
 */
export function kanaToRomaji(text: string): string {
  const chars = [...toKatakana(text)];
  const parts: string[] = [];
  let geminate = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    if (ch === "ッ") {
      geminate = true;
      continue;
    }
    if (ch === "ー") {
      const prev = parts[parts.length - 1] ?? "";
      const last = prev[prev.length - 1] ?? "";
      if (VOWELS.includes(last)) {
        parts[parts.length - 1] = prev + last;
      }
      continue;
    }
    let syllable = ROMAJI[ch];
    if (syllable === undefined) {
      parts.push(ch);
      geminate = false;
      continue;
    }
    const next = chars[i + 1];
    if (next !== undefined && (SMALL_Y[next] !== undefined || SMALL_V[next] !== undefined)) {
      const combined = combine(syllable, next);
      if (combined !== undefined) {
        syllable = combined;
        i++;
      }
    }
    if (geminate && !VOWELS.includes(syllable[0] ?? "a") && syllable !== "n") {
      syllable = (syllable.startsWith("ch") ? "t" : syllable[0]) + syllable;
    }
    geminate = false;
    parts.push(syllable);
  }
  return parts.join("");
}
