// Loose Latin keys that make romanisation variants compare equal (screening-research.md §6.2:
// "kana→romaji (Hepburn + variants: ou/oo/ō, tsu/tu, shi/si)"). Both sides of a comparison get the
// same folding, so it is safe to apply to every Latin token: a false equivalence only ever earns the
// lower "variant" score, never "exact".

const SYLLABLE_FOLDS: [RegExp, string][] = [
  // Hepburn → Kunrei-style canonical syllables (shi/si, chi/ti, tsu/tu, fu/hu, ji/zi, sha/sya…).
  [/SH(?=[AUOE])/g, "SY"],
  [/SHI/g, "SI"],
  [/CH(?=[AUOE])/g, "TY"],
  [/CHI/g, "TI"],
  [/TSU/g, "TU"],
  [/FU/g, "HU"],
  [/J(?=[AUOE])/g, "ZY"],
  [/JI/g, "ZI"],
  [/DZU/g, "ZU"],
  // Long vowels: Tōkyō / Toukyou / Tookyoo / Tohkyoh all become TOKYO.
  [/OH(?=[^AEIOU]|$)/g, "O"],
  [/OU|OO/g, "O"],
  [/UU/g, "U"],
  [/AA/g, "A"],
  [/II/g, "I"],
  [/EE/g, "E"],
  // Syllabic n before labials: SHIMBASHI / SHINBASHI.
  [/M(?=[BP])/g, "N"],
  // X is written KS by Cyrillic/Greek transliteration (Alexander / Aleksandr).
  [/X/g, "KS"],
  // Doubled consonants (MOHAMMED/MOHAMED, HATTORI/HATORI).
  [/([B-DF-HJ-NP-TV-Z])\1/g, "$1"],
];

/** Loose key of one upper-case Latin token (romaji variants, long vowels, doubled consonants folded). */
export function looseLatin(token: string): string {
  if (token.length < 2 || /\d/.test(token)) {
    return token;
  }
  const hit = looseCache.get(token);
  if (hit !== undefined) {
    return hit;
  }
  let out = token;
  for (const [pattern, replacement] of SYLLABLE_FOLDS) {
    out = out.replace(pattern, replacement);
  }
  if (looseCache.size >= LOOSE_CACHE_LIMIT) {
    looseCache.clear();
  }
  looseCache.set(token, out);
  return out;
}

// Tokens repeat heavily across aliases and queries (first names, surnames, org words); the regex
// chain above is the costliest step of normalisation, so results are memoised (bounded).
const looseCache = new Map<string, string>();
const LOOSE_CACHE_LIMIT = 200_000;

/** Consonants Arabic script cannot write, folded to the letter used for them (Pérez → بيريز BYRYZ). */
const ABJAD_CONSONANT: Record<string, string> = { P: "B", V: "F" };

/**
 * Consonant skeleton used for tokens transliterated from abjad scripts (Arabic, Hebrew), where short
 * vowels are not written: محمد → MHMD equals "Mohamed" → MHMD. Arabic has no /p/ or /v/ and writes
 * them ب and ف, so P and V fold to B and F.
 */
export function consonantSkeleton(token: string): string {
  let out = "";
  let prev = "";
  for (let i = 0; i < token.length; i++) {
    let ch = token[i] ?? "";
    if ("AEIOUYW".includes(ch)) {
      continue;
    }
    ch = ABJAD_CONSONANT[ch] ?? ch;
    if (ch !== prev) {
      out += ch;
    }
    prev = ch;
  }
  return out;
}

const KATAKANA_ENGLISH: [RegExp, string][] = [
  [/CK/g, "K"],
  [/C(?=[AOU]|$)/g, "K"],
  [/C/g, "S"],
  [/Q/g, "K"],
  [/X/g, "KS"],
  [/PH/g, "F"],
  [/TH/g, "S"],
  [/L/g, "R"],
  [/V/g, "B"],
  [/W(?=[AEIOU])/g, "U"],
  // Epenthetic vowels that katakana adds after consonants (ク, ル, ト): BARAKU → BARAK.
  [/([^AEIOU])[UO]$/g, "$1"],
  [/([^AEIOU])U(?=[^AEIOUY])/g, "$1"],
  [/([B-DF-HJ-NP-TV-Z])\1/g, "$1"],
];

/**
 * Key for comparing a romanised katakana loanword with its Latin original (バラク → BARAKU ≈ BARACK,
 * グローバル → GUROBARU ≈ GLOBAL): L/R and B/V merge, epenthetic vowels go. Used only when exactly
 * one side is romaji, so Latin/Latin comparisons are unaffected.
 */
export function katakanaEnglishKey(token: string): string {
  const hit = englishKeyCache.get(token);
  if (hit !== undefined) {
    return hit;
  }
  let out = token;
  for (const [pattern, replacement] of KATAKANA_ENGLISH) {
    out = out.replace(pattern, replacement);
  }
  if (englishKeyCache.size >= LOOSE_CACHE_LIMIT) {
    englishKeyCache.clear();
  }
  englishKeyCache.set(token, out);
  return out;
}

const englishKeyCache = new Map<string, string>();
