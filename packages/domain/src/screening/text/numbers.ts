// Numbers are decisive in organisation names ("13th Research Institute" ≠ "14th Research Institute";
// screening-research.md §6.3: NUMERIC weight > 1). These helpers turn ordinals, number words and
// kanji numerals into plain digit strings.

const ORDINAL = /^(\d+)(ST|ND|RD|TH)$/;

const WORDS: Record<string, string> = {};
"ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN SIXTEEN SEVENTEEN EIGHTEEN NINETEEN TWENTY"
  .split(" ")
  .forEach((w, i) => {
    WORDS[w] = String(i + 1);
  });
"FIRST SECOND THIRD FOURTH FIFTH SIXTH SEVENTH EIGHTH NINTH TENTH ELEVENTH TWELFTH THIRTEENTH FOURTEENTH FIFTEENTH SIXTEENTH SEVENTEENTH EIGHTEENTH NINETEENTH TWENTIETH"
  .split(" ")
  .forEach((w, i) => {
    WORDS[w] = String(i + 1);
  });

const TENS: Record<string, number> = {
  TWENTY: 20,
  THIRTY: 30,
  FORTY: 40,
  FOURTY: 40,
  FIFTY: 50,
  SIXTY: 60,
  SEVENTY: 70,
  EIGHTY: 80,
  NINETY: 90,
};

/** Value of a tens word (FORTY → 40), for merging "Forty-Four" into 44. */
export function tensValue(token: string): number | undefined {
  return TENS[token];
}

/** "13TH" → "13", "THIRTEENTH" → "13", "0013" → "13"; other tokens unchanged. */
export function numericToken(token: string): string {
  const first = token.charCodeAt(0);
  if (!(first >= 48 && first <= 57) && WORDS[token] === undefined && TENS[token] === undefined) {
    return token;
  }
  const ordinal = ORDINAL.exec(token);
  if (ordinal?.[1] !== undefined) {
    return String(Number(ordinal[1]));
  }
  const word = WORDS[token] ?? (TENS[token] === undefined ? undefined : String(TENS[token]));
  if (word !== undefined) {
    return word;
  }
  if (/^\d+$/.test(token) && token.length < 16) {
    return String(Number(token));
  }
  return token;
}

const KANJI_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a kanji numeral such as 十三 (13), 百四十 (140) or 二〇二 (202). */
export function kanjiNumeralValue(text: string): number | undefined {
  let total = 0;
  let current = 0;
  let positional = "";
  for (const ch of text) {
    const digit = KANJI_DIGIT[ch];
    const unit = KANJI_UNIT[ch];
    if (digit !== undefined) {
      current = digit;
      positional += String(digit);
    } else if (unit !== undefined) {
      total += (current === 0 ? 1 : current) * unit;
      current = 0;
      positional = "";
    } else {
      return undefined;
    }
  }
  if (total === 0 && positional.length > 1) {
    return Number(positional);
  }
  return total + current;
}

/**
 * Numbers written inside CJK text: ASCII digit runs and kanji numerals that follow 第 (ordinal prefix)
 * or precede a counter such as 研究所. Returns digit strings without leading zeros.
 */
export function cjkNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\d+/g)) {
    out.push(String(Number(m[0])));
  }
  for (const m of text.matchAll(/第([〇零一二三四五六七八九十百千]+)/g)) {
    const value = kanjiNumeralValue(m[1] ?? "");
    if (value !== undefined) {
      out.push(String(value));
    }
  }
  return out;
}

/** Replaces 第 + kanji numeral by its digits (第十三研究所 → 第13研究所) so native keys agree. */
export function kanjiOrdinalsToDigits(text: string): string {
  return text.replace(/第([〇零一二三四五六七八九十百千]+)/g, (whole, numeral: string) => {
    const value = kanjiNumeralValue(numeral);
    return value === undefined ? whole : `第${value}`;
  });
}
