// Name normalisation that respects Japanese (screening-research.md §6.2): NFKC first (width folding,
// half-width kana composed with their voicing marks), combining marks stripped only from Latin/Greek/
// Cyrillic letters (watchman's NFD+strip-Mn turns ガ into カ, §1.2.6), kana→Hepburn romaji, Han→pinyin,
// Cyrillic/Greek/Arabic/Hebrew/Hangul tables, legal forms removed in every script, abbreviations
// expanded, numbers kept as decisive tokens.

import { hanToPinyin } from "./text/han";
import { kanaToRomaji, looseKana, toKatakana } from "./text/kana";
import { foldKanjiVariants } from "./text/kanji-variants";
import { CJK_LEGAL_FORMS, CJK_SUFFIX_FORMS, PARTICLE_FOLDS } from "./text/legal-forms";
import { cjkNumbers, kanjiOrdinalsToDigits } from "./text/numbers";
import { looseLatin } from "./text/romaji";
import { type CharScript, charScript, translitChar } from "./text/translit";
import { cleanLatinTokens } from "./tokens";
import type { EntitySchema, NameScript } from "./types";

/** Where a Latin token came from: written in Latin, or produced by one of the transliterators. */
export type TokenOrigin = "latin" | "romaji" | "pinyin" | "translit" | "abjad";

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

function stripCjkLegalForms(text: string, legalForms: string[]): string {
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

function nativeKey(text: string): string {
  let out = "";
  for (const ch of text) {
    const s = charScript(ch.codePointAt(0) ?? 0);
    if ((s === "han" || s === "kana" || (ch >= "0" && ch <= "9")) && ch !== "・") {
      out += ch;
    }
  }
  return out === "" || /^\d+$/.test(out) ? "" : out;
}

/** Apostrophe-like characters deleted inside names (ASCII, typographic, modifier letters, primes). */
const APOSTROPHES = new Set(["'", "’", "‘", "`", "´", "ʼ", "ʻ", "ʹ", "′"]);

interface Piece {
  text: string;
  origin: TokenOrigin;
}

/** Converts NFKC text into Latin pieces separated by spaces, remembering each piece's origin. */
function toLatinPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let current = "";
  let origin: TokenOrigin = "latin";
  const flush = () => {
    if (current !== "") {
      pieces.push({ text: current, origin });
    }
    current = "";
    origin = "latin";
  };
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    const script: CharScript = charScript(ch.codePointAt(0) ?? 0);
    if (ch === "・" || ch === "･") {
      flush();
      continue;
    }
    if (APOSTROPHES.has(ch)) {
      // O'Brien → OBRIEN, People’s → PEOPLES, Int’l → INTL (rigour deletes apostrophes, §1.1.4),
      // whatever the apostrophe character: the typographic ones are not Latin-block characters.
      continue;
    }
    if (ch === "ո" && chars[i + 1] === "ւ") {
      // Armenian ու is one vowel, /u/.
      current += "U";
      origin = "translit";
      i++;
      continue;
    }
    if (script === "kana") {
      let run = "";
      while (i < chars.length && charScript(chars[i]?.codePointAt(0) ?? 0) === "kana" && chars[i] !== "・") {
        run += chars[i];
        i++;
      }
      i--;
      flush();
      pieces.push({ text: kanaToRomaji(run).toUpperCase(), origin: "romaji" });
      continue;
    }
    if (script === "han") {
      let run = "";
      while (i < chars.length && charScript(chars[i]?.codePointAt(0) ?? 0) === "han") {
        run += chars[i];
        i++;
      }
      i--;
      flush();
      for (const syllable of hanToPinyin(run)) {
        pieces.push({ text: syllable.toUpperCase(), origin: "pinyin" });
      }
      continue;
    }
    if (script === "latin") {
      if (/[\p{L}\p{N}]/u.test(ch)) {
        const special = LATIN_SPECIAL[ch];
        current +=
          special ??
          ch
            .normalize("NFD")
            .replace(/\p{Mn}/gu, "")
            .toUpperCase();
      } else if (ch === ".") {
        // U.S.A. → USA: a dot between single letters is deleted; elsewhere it separates tokens.
        const before = chars[i - 2] ?? " ";
        const isInitialDot = /\p{L}/u.test(chars[i - 1] ?? " ") && !/\p{L}/u.test(before);
        if (!(isInitialDot && /\p{L}/u.test(chars[i + 1] ?? " "))) {
          flush();
        }
      } else {
        flush();
      }
      continue;
    }
    const latin = translitChar(ch, script);
    if (latin !== undefined) {
      if (origin === "latin" && current !== "") {
        flush();
      }
      current += latin.toUpperCase();
      origin = script === "arabic" || script === "hebrew" ? "abjad" : "translit";
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(ch)) {
      current += ch;
    } else if (!/\p{M}/u.test(ch)) {
      flush();
    } else {
      current += ch;
    }
  }
  flush();
  return pieces;
}

/** Dominant script of a name (kana anywhere makes it "japanese"). */
export function detectScript(text: string): NameScript {
  const counts = new Map<CharScript, number>();
  for (const ch of text) {
    if (/[\p{L}]/u.test(ch)) {
      const s = charScript(ch.codePointAt(0) ?? 0);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  if (counts.has("kana")) {
    return "japanese";
  }
  const present = [...counts.keys()];
  if (present.length === 0) {
    return "other";
  }
  if (present.length > 1) {
    return present.includes("han") ? "han" : "mixed";
  }
  const only = present[0];
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
  const legalForms: string[] = [];
  const hasCjk = /[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff]/u.test(display);
  let latinSource = display;
  let native = "";
  let numbers: string[] = [];
  if (hasCjk) {
    // Legal forms are matched before variant folding so that 集团/集團 are recognised as written.
    const katakana = toKatakana(display);
    const withoutForms = isPerson ? katakana : stripCjkLegalForms(katakana, legalForms);
    const stripped = kanjiOrdinalsToDigits(foldKanjiVariants(withoutForms));
    native = nativeKey(stripped);
    numbers = cjkNumbers(stripped);
    latinSource = stripped;
  }
  const pieces = toLatinPieces(latinSource);
  const cleaned = cleanLatinTokens(pieces, isPerson, legalForms);
  const parts: NameToken[] = cleaned.map((p) => ({
    text: p.text,
    loose: p.numeric ? p.text : (PARTICLE_FOLDS.get(p.text) ?? looseLatin(p.text)),
    origin: p.origin,
    numeric: p.numeric,
    generic: p.generic,
  }));
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
  };
}
