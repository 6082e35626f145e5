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
import { splitKanjiWords } from "./text/kanji-words";
import { type KanaWord, letterName, spellLetters, splitKanaWords } from "./text/loanwords";
import { kanjiOrdinalsToDigits } from "./text/numbers";
import { cleanLatinTokens } from "./tokens";

/** Katakana letters (without the middle dot ・, which separates words). */
const KATAKANA_RUN = /[\u30a1-\u30fa\u30fc-\u30ff]+/gu;

/**
 * One katakana run that the dictionary split into several words, written as one word (engine 1.5):
 * a loanword in its English spelling as the dictionary gives it (テック → TECH, before abbreviation
 * expansion), a letter name as its letter (エム → M), other kana in romaji. Names glue a word to a
 * loanword or a letter (Eastech = イース|テック, Mvizion = エム|ヴィジョン), so the glued form is what
 * their Latin spelling is compared with. Undefined when the run is one word.
 */
function gluedRun(words: KanaWord[]): string | undefined {
  if (words.length < 2) {
    return undefined;
  }
  let out = "";
  for (const word of words) {
    out += word.loanword ? word.text.replace(/ /g, "") : (letterName(word.text) ?? romajiOf(word.text));
  }
  return out;
}

function romajiOf(kana: string): string {
  return kanaToRomaji(kana)
    .toUpperCase()
    .replace(/[^A-Z]/g, "");
}

/**
 * The text between katakana runs: kanji words of organisation names in English (kanji-words.ts,
 * engine 1.6: 工場 → PLANT, not GONG CHANG), the rest as normalize.ts reads it.
 */
function otherPieces(text: string): Piece[] {
  if (text === "") {
    return [];
  }
  const pieces: Piece[] = [];
  for (const part of splitKanjiWords(text)) {
    if (part.english === undefined) {
      pieces.push(...toLatinPieces(part.text));
    } else {
      for (const w of part.english.split(" ")) {
        pieces.push({ text: w, origin: "loanword" });
      }
    }
  }
  return pieces;
}

/** Katakana runs separated by one 中黒 or space: the pieces of an acronym written letter by letter. */
const SEPARATED_RUNS = /[\u30a1-\u30fa\u30fc-\u30ff]+(?:[・\s][\u30a1-\u30fa\u30fc-\u30ff]+)+/gu;

/**
 * Acronyms written one letter name per word (engine 1.7: エム・ケー・ティー → エムケーティー, read MKT
 * by `spellLetters`): two or more neighbouring words that are each exactly one letter name are
 * joined; a word that is not a letter name ends the acronym (アイ・ジェット stays I + Jet).
 */
function joinLetterNames(text: string): string {
  return text.replace(SEPARATED_RUNS, (chain) => {
    const words = chain.split(/[・\s]/u);
    let out = "";
    let i = 0;
    while (i < words.length) {
      let j = i;
      while (j < words.length && letterName(words[j] as string) !== undefined) {
        j++;
      }
      const part = j - i >= 2 ? words.slice(i, j).join("") : (words[i] as string);
      out += (i === 0 ? "" : "・") + part;
      i = Math.max(j, i + 1);
    }
    return out;
  });
}

function readingPieces(raw: string, glue: boolean): Piece[] {
  const pieces: Piece[] = [];
  const text = joinLetterNames(raw);
  let last = 0;
  for (const m of text.matchAll(KATAKANA_RUN)) {
    const at = m.index ?? 0;
    pieces.push(...otherPieces(text.slice(last, at)));
    const letters = spellLetters(m[0]);
    if (letters !== undefined) {
      pieces.push({ text: letters, origin: "loanword" });
      last = at + m[0].length;
      continue;
    }
    const words = splitKanaWords(m[0]);
    const glued = glue ? gluedRun(words) : undefined;
    if (glued !== undefined) {
      pieces.push({ text: glued, origin: "katakana" });
      last = at + m[0].length;
      continue;
    }
    for (const word of words) {
      if (word.loanword) {
        for (const w of word.text.split(" ")) {
          pieces.push({ text: w, origin: "loanword" });
        }
      } else {
        const romaji = romajiOf(word.text);
        if (romaji !== "") {
          pieces.push({ text: romaji, origin: "katakana" });
        }
      }
    }
    last = at + m[0].length;
  }
  pieces.push(...otherPieces(text.slice(last)));
  return pieces;
}

/**
 * The cross-script reading of `n` (cached on it), or null when the name has no katakana. Tokens keep
 * their origin: "loanword" (dictionary), "katakana" (phonetic), or as normalize.ts gives them.
 */
export function kanaReading(n: NormalizedName): NormalizedName | null {
  if (n.reading === undefined) {
    n.reading = buildReading(n, false);
  }
  return n.reading;
}

/**
 * The reading with every katakana run that the dictionary split kept as one glued word
 * (`gluedRun`: イーステック → IISUTECH, エムヴィジョン → MVISION), cached on `n`; null when no run was
 * split (then it would equal `kanaReading`). Engine 1.5 compares and blocks with both.
 */
export function gluedKanaReading(n: NormalizedName): NormalizedName | null {
  if (n.glued === undefined) {
    const glued = kanaReading(n) === null ? null : buildReading(n, true);
    n.glued = glued !== null && glued.latin !== n.reading?.latin ? glued : null;
  }
  return n.glued;
}

function buildReading(n: NormalizedName, glue: boolean): NormalizedName | null {
  const katakana = toKatakana(n.display);
  if (!/[\u30a1-\u30fa]/u.test(katakana)) {
    return null;
  }
  const isPerson = n.isPerson === true;
  const legalForms: string[] = [];
  const withoutForms = isPerson ? katakana : stripCjkLegalForms(katakana, legalForms);
  const text = kanjiOrdinalsToDigits(foldKanjiVariants(withoutForms));
  const parts = toNameTokens(cleanLatinTokens(readingPieces(text, glue), isPerson, legalForms));
  const tokens = parts.map((p) => p.text);
  return {
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
    glued: null,
  };
}
