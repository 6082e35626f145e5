// Latin token clean-up after transliteration: numbers/ordinals, abbreviation expansion, legal-form
// phrases and tokens, stopwords. Person names are left alone apart from numbers (legal-form rules
// would eat real surnames such as "Sa" or "Ag").
import { osaDistance } from "./metrics";
import {
  ABBREVIATIONS,
  EDGE_ONLY_LEGAL_TOKENS,
  GENERIC_ORG_WORDS,
  LEGAL_PHRASES,
  LEGAL_TOKENS,
  NAME_PARTICLES,
  PERSON_TITLES,
  ROMAN_NUMERALS,
  STOPWORDS,
  TYPO_TOLERANT_LEGAL_MIN_LENGTH,
} from "./text/legal-forms";
import { numericToken, tensValue } from "./text/numbers";

/** Token before loose folding, with the flags the scorer needs. */
export interface CleanToken {
  text: string;
  origin: "latin" | "romaji" | "pinyin" | "translit" | "abjad" | "loanword" | "katakana";
  numeric: boolean;
  generic: boolean;
}

/** Long legal-form words, for typo-tolerant recognition. */
const LONG_LEGAL_WORDS = [...LEGAL_TOKENS.keys()].filter((t) => t.length >= 7);

/** True when `token` is `form` or, for long words, within one edit of it. */
function sameLegalWord(token: string, form: string): boolean {
  if (token === form) {
    return true;
  }
  if (form.length < TYPO_TOLERANT_LEGAL_MIN_LENGTH || Math.abs(token.length - form.length) > 1) {
    return false;
  }
  return token.charCodeAt(0) === form.charCodeAt(0) && osaDistance(token, form) <= 1;
}

/** Legal-form class of a token: exact, or a long legal word with one typo. */
function legalClass(text: string): string | undefined {
  const exact = LEGAL_TOKENS.get(text);
  if (exact !== undefined || text.length < 6) {
    return exact;
  }
  for (const form of LONG_LEGAL_WORDS) {
    if (sameLegalWord(text, form)) {
      return form;
    }
  }
  return undefined;
}

function removePhrases(tokens: CleanToken[], legalForms: string[]): CleanToken[] {
  let out = tokens;
  for (const phrase of LEGAL_PHRASES) {
    for (let i = 0; i + phrase.length <= out.length; i++) {
      if (phrase.every((p, k) => sameLegalWord(out[i + k]?.text ?? "", p))) {
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
    const cls = legalClass(t.text);
    if (cls === undefined || EDGE_ONLY_LEGAL_TOKENS.has(cls) || tokens.length === 1) {
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
    const lastClass = last === undefined ? undefined : legalClass(last.text);
    const firstClass = first === undefined ? undefined : legalClass(first.text);
    if (lastClass !== undefined) {
      legalForms.push(lastClass);
      end--;
    } else if (firstClass !== undefined) {
      legalForms.push(firstClass);
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
      const roman = piece.origin === "latin" && tokens.length > 0 ? ROMAN_NUMERALS.get(text) : undefined;
      text = ABBREVIATIONS.get(text) ?? roman ?? text;
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
  if (isPerson) {
    // Titles and honorifics at the start of a person name ("Mr", "Sheikh", "President").
    let start = 0;
    while (start < tokens.length - 1 && PERSON_TITLES.has(tokens[start]?.text ?? "")) {
      start++;
    }
    tokens = tokens.slice(start);
    for (const t of tokens) {
      t.generic = NAME_PARTICLES.has(t.text);
    }
  } else {
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
      t.generic = GENERIC_ORG_WORDS.has(t.text) || NAME_PARTICLES.has(t.text);
    }
  }
  return tokens;
}
