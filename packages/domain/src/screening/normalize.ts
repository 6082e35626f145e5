// Name normalisation that respects Japanese (screening-research.md §6.2): NFKC first (width folding,
// half-width kana composed with their voicing marks), combining marks stripped only from Latin/Greek/
// Cyrillic letters (watchman's NFD+strip-Mn turns ガ into カ, §1.2.6), kana→Hepburn romaji, Han→pinyin,
// Cyrillic/Greek/Arabic/Hebrew/Hangul tables, legal forms removed in every script, abbreviations
// expanded, numbers kept as decisive tokens.

import { hanToPinyin } from "./text/han";
import { kanaToRomaji, looseKana, toKatakana } from "./text/kana";
import { foldKanjiVariants } from "./text/kanji-variants";
import { splitKoreanName } from "./text/korean";
import { CJK_LEGAL_FORMS, CJK_SUFFIX_FORMS, PARTICLE_FOLDS } from "./text/legal-forms";
import { cjkNumbers, kanjiOrdinalsToDigits } from "./text/numbers";
import { looseLatin } from "./text/romaji";
import { type CharScript, charScript, translitChar } from "./text/translit";
import { type CleanToken, cleanLatinTokens } from "./tokens";
import type { EntitySchema, NameScript } from "./types";

/**
 * Where a Latin token came from: written in Latin, or produced by one of the transliterators.
 * "loanword" and "katakana" occur only in the cross-script reading of a katakana name (kana-reading.ts):
 * a dictionary loanword in its English spelling, and kana read phonetically.
 */
export type TokenOrigin = "latin" | "romaji" | "pinyin" | "translit" | "abjad" | "loanword" | "katakana";

/** One comparable token of a name. */
export interface NameToken {
  /** Upper-case ASCII (or the original letters for scripts without a transliterator). */
  text: string;
  /** Romanisation-variant-folded form (romaji.ts). */
  loose: string;
  origin: TokenOrigin;
  numeric: boolean;
  /** Generic word: organisation word (COMPANY, GROUP…) or name particle (AL, BIN, VAN…); weak evidence. */
  generic: boolean;
}

/** A name prepared for comparison. Keep the original for display; compare the keys. */
export interface NormalizedName {
  original: string;
  /** NFKC, whitespace collapsed: what a human should read. */
  display: string;
  script: NameScript;
  /** Latin comparison key: tokens joined by one space (legal forms removed, abbreviations expanded). */
  latin: string;
  /** Latin key without spaces: tolerates split/merged tokens ("ALL PARTS" / "ALLPARTS", pinyin syllables). */
  joined: string;
  tokens: string[];
  parts: NameToken[];
  /** Digit strings found in the name (ordinals, kanji numerals after 第 included). Decisive when compared. */
  numbers: string[];
  /** Canonical classes of the legal forms removed (JSC, LLC, LTD…), for explanations. */
  legalForms: string[];
  /** Native CJK key: katakana, kanji variants folded, legal forms and punctuation removed; "" if none. */
  native: string;
  /** Native key with small kana enlarged and ー removed. */
  nativeLoose: string;
  /** The native key split where the name had spaces or separators (for reordered CJK names). */
  nativeParts?: string[];
  /** Normalised as a person name (no legal forms removed); kept for the cross-script reading. */
  isPerson?: boolean;
  /** Cross-script reading of a katakana name, computed on first use (kana-reading.ts); null: none. */
  reading?: NormalizedName | null;
  /** The reading with each dictionary-split katakana run kept as one word (engine 1.5); null: none. */
  glued?: NormalizedName | null;
}

/** Options for normalisation. Persons are not subject to legal-form or abbreviation rules. */
export interface NormalizeOptions {
  schema?: EntitySchema;
}

const LATIN_SPECIAL: Record<string, string> = {
  ß: "SS",
  æ: "AE",
  Æ: "AE",
  ø: "O",
  Ø: "O",
  œ: "OE",
  Œ: "OE",
  ł: "L",
  Ł: "L",
  đ: "D",
  Đ: "D",
  þ: "TH",
  Þ: "TH",
  ı: "I",
};

export function stripCjkLegalForms(text: string, legalForms: string[]): string {
  let out = text;
  for (const [form, cls] of CJK_LEGAL_FORMS) {
    if (out.includes(form)) {
      const next = out.split(form).join(" ");
      if (next.trim() !== "") {
        out = next;
        legalForms.push(cls);
      }
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    const trimmed = out.replace(/[\s・]+$/u, "");
    for (const [form, cls] of CJK_SUFFIX_FORMS) {
      if (trimmed.endsWith(form) && trimmed.length > form.length + 1) {
        out = trimmed.slice(0, -form.length);
        legalForms.push(cls);
        changed = true;
        break;
      }
    }
  }
  return out;
}

/**
 * Native CJK key split into parts at spaces, nakaguro and other separators ("志豪 惠美 林",
 * "ウラジーミル・プーチン"): kept so that reordered CJK names still compare (family name first or
 * last). Han, kana, Hangul and digits are kept, and Latin letters inside a CJK word ("NTTデータ"
 * must not equal "NECデータ"); words without any CJK character are left to the Latin key.
 * Returns [] when nothing but digits remains.
 */
function nativeParts(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let hasCjk = false;
  let onlyDigits = true;
  const push = () => {
    if (current !== "" && (hasCjk || /^\d+$/.test(current))) {
      parts.push(current);
    }
    current = "";
    hasCjk = false;
  };
  for (const ch of text) {
    const s = charScript(ch.codePointAt(0) ?? 0);
    const isDigit = ch >= "0" && ch <= "9";
    if ((s === "han" || s === "kana" || s === "hangul") && ch !== "・") {
      current += ch;
      hasCjk = true;
      onlyDigits = false;
    } else if (isDigit) {
      current += ch;
    } else if ((ch >= "A" && ch <= "Z") || (ch >= "a" && ch <= "z")) {
      current += ch.toUpperCase();
    } else {
      push();
    }
  }
  push();
  return onlyDigits ? [] : parts;
}

/** Apostrophe-like characters deleted inside names (ASCII, typographic, modifier letters, primes). */
const APOSTROPHES = new Set(["'", "’", "‘", "`", "´", "ʼ", "ʻ", "ʹ", "′"]);

export interface Piece {
  text: string;
  origin: TokenOrigin;
}

// Per-code-point caches: the same few hundred non-ASCII letters recur across 10^6 aliases, and
// String.normalize/regex tests per character dominated index build time.
const latinFoldCache = new Map<number, string>();
const letterCache = new Map<number, number>();

/** Upper-case ASCII fold of a Latin-block letter or digit ("é" → "E", "ß" → "SS"); "" if none. */
function foldLatin(code: number): string {
  let out = latinFoldCache.get(code);
  if (out === undefined) {
    const ch = String.fromCodePoint(code);
    out = /[\p{L}\p{N}]/u.test(ch)
      ? (LATIN_SPECIAL[ch] ??
        ch
          .normalize("NFD")
          .replace(/\p{Mn}/gu, "")
          .toUpperCase())
      : "";
    latinFoldCache.set(code, out);
  }
  return out;
}

/** 1 letter, 2 digit/other number, 3 mark, 0 anything else (Unicode general category). */
function letterClass(code: number): number {
  if (code < 128) {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : code >= 48 && code <= 57 ? 2 : 0;
  }
  let out = letterCache.get(code);
  if (out === undefined) {
    const ch = String.fromCodePoint(code);
    out = /\p{L}/u.test(ch) ? 1 : /\p{N}/u.test(ch) ? 2 : /\p{M}/u.test(ch) ? 3 : 0;
    letterCache.set(code, out);
  }
  return out;
}

let cpBuffer = new Uint32Array(256);

/** Code points of `text` in a reused buffer; returns their count. */
function codePoints(text: string): number {
  if (cpBuffer.length < text.length) {
    cpBuffer = new Uint32Array(text.length * 2);
  }
  let m = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    cpBuffer[m++] = c;
  }
  return m;
}

const NAKAGURO = 0x30fb;
const HALFWIDTH_NAKAGURO = 0xff65;
const APOSTROPHE_CODES = new Set([...APOSTROPHES].map((a) => a.codePointAt(0) ?? 0));

/** Converts NFKC text into Latin pieces separated by spaces, remembering each piece's origin. */
export function toLatinPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let current = "";
  let origin: TokenOrigin = "latin";
  const n = codePoints(text);
  const cps = cpBuffer;
  for (let i = 0; i < n; i++) {
    const code = cps[i] as number;
    if (code < 128) {
      // ASCII fast path: letters and digits, apostrophes deleted, dots between initials deleted.
      if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
        current += String.fromCharCode(code);
        continue;
      }
      if (code >= 97 && code <= 122) {
        current += String.fromCharCode(code - 32);
        continue;
      }
      if (code === 39 || code === 96) {
        continue;
      }
      if (code === 46) {
        // U.S.A. → USA: a dot right after a single letter and before a letter is deleted.
        const isInitialDot =
          i >= 1 &&
          letterClass(cps[i - 1] as number) === 1 &&
          (i < 2 || letterClass(cps[i - 2] as number) !== 1);
        if (isInitialDot && i + 1 < n && letterClass(cps[i + 1] as number) === 1) {
          continue;
        }
      }
      if (current !== "") {
        pieces.push({ text: current, origin });
        current = "";
      }
      origin = "latin";
      continue;
    }
    if (code === NAKAGURO || code === HALFWIDTH_NAKAGURO) {
      if (current !== "") {
        pieces.push({ text: current, origin });
        current = "";
      }
      origin = "latin";
      continue;
    }
    if (APOSTROPHE_CODES.has(code)) {
      // People’s → PEOPLES, Int’l → INTL (rigour deletes apostrophes, §1.1.4), whatever the
      // apostrophe character: the typographic ones are not Latin-block characters.
      continue;
    }
    if (code === 0x578 && cps[i + 1] === 0x582) {
      // Armenian ու is one vowel, /u/.
      current += "U";
      origin = "translit";
      i++;
      continue;
    }
    const script: CharScript = charScript(code);
    if (script === "kana" || script === "han") {
      let run = "";
      while (i < n && charScript(cps[i] as number) === script && cps[i] !== NAKAGURO) {
        run += String.fromCodePoint(cps[i] as number);
        i++;
      }
      i--;
      if (current !== "") {
        pieces.push({ text: current, origin });
        current = "";
      }
      origin = "latin";
      if (script === "kana") {
        pieces.push({ text: kanaToRomaji(run).toUpperCase(), origin: "romaji" });
      } else {
        for (const syllable of hanToPinyin(run)) {
          pieces.push({ text: syllable.toUpperCase(), origin: "pinyin" });
        }
      }
      continue;
    }
    if (script === "latin") {
      const folded = foldLatin(code);
      if (folded !== "") {
        current += folded;
      } else {
        if (current !== "") {
          pieces.push({ text: current, origin });
          current = "";
        }
        origin = "latin";
      }
      continue;
    }
    const latin = translitChar(String.fromCodePoint(code), script);
    if (latin !== undefined) {
      if (origin === "latin" && current !== "") {
        pieces.push({ text: current, origin });
        current = "";
      }
      current += latin.toUpperCase();
      origin = script === "arabic" || script === "hebrew" ? "abjad" : "translit";
      continue;
    }
    const cls = letterClass(code);
    if (cls !== 0) {
      current += String.fromCodePoint(code);
    } else {
      if (current !== "") {
        pieces.push({ text: current, origin });
        current = "";
      }
      origin = "latin";
    }
  }
  if (current !== "") {
    pieces.push({ text: current, origin });
  }
  return pieces;
}

/** Cleaned tokens with their loose (romanisation-folded) forms; particles fold (ibn/ben → bin). */
export function toNameTokens(cleaned: CleanToken[]): NameToken[] {
  return cleaned.map((p) => ({
    text: p.text,
    loose: p.numeric ? p.text : (PARTICLE_FOLDS.get(p.text) ?? looseLatin(p.text)),
    origin: p.origin,
    numeric: p.numeric,
    generic: p.generic,
  }));
}

/** Dominant script of a name (kana anywhere makes it "japanese"). */
export function detectScript(text: string): NameScript {
  const seen = new Set<CharScript>();
  const n = codePoints(text);
  for (let i = 0; i < n; i++) {
    const code = cpBuffer[i] as number;
    if (letterClass(code) === 1) {
      seen.add(charScript(code));
    }
  }
  if (seen.has("kana")) {
    return "japanese";
  }
  if (seen.size === 0) {
    return "other";
  }
  if (seen.size > 1) {
    return seen.has("han") ? "han" : "mixed";
  }
  const only = [...seen][0];
  if (only === "armenian" || only === "georgian" || only === undefined) {
    return "other";
  }
  return only === "kana" ? "japanese" : only;
}

/**
 * Normalises a person or organisation name into comparison keys. Pure and deterministic.
 * @param name the name as written in the list or by the user (any script, any width).
 * @param options schema: "person" disables legal-form stripping and abbreviation expansion.
 */
export function normalizeName(name: string, options: NormalizeOptions = {}): NormalizedName {
  const isPerson = options.schema === "person";
  const display = name.normalize("NFKC").replace(/\s+/gu, " ").trim();
  // An unspaced Korean person name is split into surname and given name, as Latin spellings are.
  const source = isPerson ? splitKoreanName(display) : display;
  const legalForms: string[] = [];
  // Hangul counts here too: a Korean name compared with a Korean name is compared syllable by
  // syllable like kanji (김정은 / 김종은 differ in one syllable, a different person), while its
  // Revised Romanization still serves comparisons with Latin spellings.
  const hasCjk = /[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]/u.test(display);
  let latinSource = source;
  let native = "";
  let nativeSplit: string[] = [];
  let numbers: string[] = [];
  if (hasCjk) {
    // Legal forms are matched before variant folding so that 集团/集團 are recognised as written.
    const katakana = toKatakana(source);
    const withoutForms = isPerson ? katakana : stripCjkLegalForms(katakana, legalForms);
    const stripped = kanjiOrdinalsToDigits(foldKanjiVariants(withoutForms));
    nativeSplit = nativeParts(stripped);
    native = nativeSplit.join("");
    numbers = cjkNumbers(stripped);
    latinSource = stripped;
  }
  const pieces = toLatinPieces(latinSource);
  const parts = toNameTokens(cleanLatinTokens(pieces, isPerson, legalForms));
  for (const p of parts) {
    if (p.numeric && !numbers.includes(p.text)) {
      numbers.push(p.text);
    }
  }
  numbers = [...new Set(numbers)];
  const tokens = parts.map((p) => p.text);
  return {
    original: name,
    display,
    script: detectScript(display),
    latin: tokens.join(" "),
    joined: tokens.join(""),
    tokens,
    parts,
    numbers,
    legalForms: [...new Set(legalForms)],
    native,
    nativeLoose: looseKana(native),
    nativeParts: nativeSplit,
    isPerson,
  };
}
