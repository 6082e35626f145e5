// Latin token clean-up after transliteration: numbers/ordinals, abbreviation expansion, legal-form
// phrases and tokens, stopwords. Person names are left alone apart from numbers (legal-form rules
// would eat real surnames such as "Sa" or "Ag").
import {
  ABBREVIATIONS,
  EDGE_ONLY_LEGAL_TOKENS,
  GENERIC_ORG_WORDS,
  LEGAL_PHRASES,
  LEGAL_TOKENS,
  STOPWORDS,
} from "./text/legal-forms";
import { numericToken, tensValue } from "./text/numbers";

/** Token before loose folding, with the flags the scorer needs. */
export interface CleanToken {
  text: string;
  origin: "latin" | "romaji" | "pinyin" | "translit" | "abjad";
  numeric: boolean;
  generic: boolean;
}

function removePhrases(tokens: CleanToken[], legalForms: string[]): CleanToken[] {
  let out = tokens;
  for (const phrase of LEGAL_PHRASES) {
    for (let i = 0; i + phrase.length <= out.length; i++) {
      if (phrase.every((p, k) => out[i + k]?.text === p)) {
        const atEdge = i === 0 || i + phrase.length === out.length;
        const isSpelledOut = phrase.length === 2 && phrase[0]?.length === 1;
        if (atEdge || !isSpelledOut) {
          out = [...out.slice(0, i), ...out.slice(i + phrase.length)];
          legalForms.push(phrase.join(" "));
          i--;
        }
      }
    }
  }
  return out;
}

function removeLegalTokens(tokens: CleanToken[], legalForms: string[]): CleanToken[] {
  const inner = tokens.filter((t) => {
    const cls = LEGAL_TOKENS.get(t.text);
    if (cls === undefined || EDGE_ONLY_LEGAL_TOKENS.has(t.text) || tokens.length === 1) {
      return true;
    }
    legalForms.push(cls);
    return false;
  });
  // Edge-only forms (AG, SA, COMPANY, LIMITED…) are peeled from both ends, repeatedly.
  let start = 0;
  let end = inner.length;
  while (end - start > 1) {
    const first = inner[start];
    const last = inner[end - 1];
    if (last !== undefined && LEGAL_TOKENS.has(last.text)) {
      legalForms.push(last.text);
      end--;
    } else if (first !== undefined && LEGAL_TOKENS.has(first.text)) {
      legalForms.push(first.text);
      start++;
    } else {
      break;
    }
  }
  return inner.slice(start, end);
}

/**
 * Cleans transliterated pieces into comparable tokens. Legal-form removal never empties a name: if
 * nothing but legal words remain ("Company Limited"), the tokens are kept as they were.
 */
export function cleanLatinTokens(
  pieces: { text: string; origin: CleanToken["origin"] }[],
  isPerson: boolean,
  legalForms: string[],
): CleanToken[] {
  let tokens: CleanToken[] = [];
  const raw: string[] = [];
  for (const piece of pieces) {
    if (piece.text === "") {
      continue;
    }
    let text = numericToken(piece.text);
    if (!isPerson) {
      text = ABBREVIATIONS.get(text) ?? text;
    }
    tokens.push({ text, origin: piece.origin, numeric: /^\d+$/.test(text), generic: false });
    raw.push(piece.text);
  }
  // "Forty-Four" / "Forty 4" → 44: a tens word followed by a unit digit merges into one number.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tens = tensValue(raw[i] ?? "");
    const unit = tokens[i + 1];
    if (tens !== undefined && unit?.numeric && Number(unit.text) < 10) {
      tokens.splice(i, 2, { ...unit, text: String(tens + Number(unit.text)) });
      raw.splice(i, 2, "");
    }
  }
  if (!isPerson) {
    const before = tokens;
    const removed: string[] = [];
    tokens = removeLegalTokens(removePhrases(tokens, removed), removed);
    tokens = tokens.filter((t) => !STOPWORDS.has(t.text) || tokens.length === 1);
    if (tokens.length === 0) {
      tokens = before;
    } else {
      legalForms.push(...removed);
    }
    for (const t of tokens) {
      t.generic = GENERIC_ORG_WORDS.has(t.text);
    }
  }
  return tokens;
}
