// Cross-script reading of a katakana name: how the name would be spelt in Latin letters by the people
// who wrote it in katakana. Katakana loanwords of company names are read from the dictionary in their
// English spelling (エンジニアリング → ENGINEERING), the other kana phonetically (ベルオモ → BERUOMO,
// compared with Latin by katakana-latin.ts), Latin letters, digits and kanji as normalize.ts reads
// them. 中黒 (・), spaces and brackets separate words. Used only to compare a katakana name with a
// Latin one; same-script comparisons keep the native key.
import {
  type NormalizedName,
  type Piece,
  stripCjkLegalForms,
  toLatinPieces,
  toNameTokens,
} from "./normalize";
import { kanaToRomaji, toKatakana } from "./text/kana";
import { foldKanjiVariants } from "./text/kanji-variants";
import { spellLetters, splitKanaWords } from "./text/loanwords";
import { kanjiOrdinalsToDigits } from "./text/numbers";
import { cleanLatinTokens } from "./tokens";

/** Katakana letters (without the middle dot ・, which separates words). */
const KATAKANA_RUN = /[\u30a1-\u30fa\u30fc-\u30ff]+/gu;

function readingPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(KATAKANA_RUN)) {
    const at = m.index ?? 0;
    pieces.push(...toLatinPieces(text.slice(last, at)));
    const letters = spellLetters(m[0]);
    if (letters !== undefined) {
      pieces.push({ text: letters, origin: "loanword" });
      last = at + m[0].length;
      continue;
    }
    for (const word of splitKanaWords(m[0])) {
      if (word.loanword) {
        for (const w of word.text.split(" ")) {
          pieces.push({ text: w, origin: "loanword" });
        }
      } else {
        const romaji = kanaToRomaji(word.text)
          .toUpperCase()
          .replace(/[^A-Z]/g, "");
        if (romaji !== "") {
          pieces.push({ text: romaji, origin: "katakana" });
        }
      }
    }
    last = at + m[0].length;
  }
  pieces.push(...toLatinPieces(text.slice(last)));
  return pieces;
}

/**
 * The cross-script reading of `n` (cached on it), or null when the name has no katakana. Tokens keep
 * their origin: "loanword" (dictionary), "katakana" (phonetic), or as normalize.ts gives them.
 */
export function kanaReading(n: NormalizedName): NormalizedName | null {
  if (n.reading !== undefined) {
    return n.reading;
  }
  const katakana = toKatakana(n.display);
  if (!/[\u30a1-\u30fa]/u.test(katakana)) {
    n.reading = null;
    return null;
  }
  const isPerson = n.isPerson === true;
  const legalForms: string[] = [];
  const withoutForms = isPerson ? katakana : stripCjkLegalForms(katakana, legalForms);
  const text = kanjiOrdinalsToDigits(foldKanjiVariants(withoutForms));
  const parts = toNameTokens(cleanLatinTokens(readingPieces(text), isPerson, legalForms));
  const tokens = parts.map((p) => p.text);
  const reading: NormalizedName = {
    original: n.original,
    display: n.display,
    script: n.script,
    latin: tokens.join(" "),
    joined: tokens.join(""),
    tokens,
    parts,
    numbers: n.numbers,
    legalForms: [...new Set(legalForms)],
    native: "",
    nativeLoose: "",
    nativeParts: [],
    isPerson,
    reading: null,
  };
  n.reading = reading;
  return reading;
}
