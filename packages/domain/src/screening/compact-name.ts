// Compact per-alias storage for the index: three strings and one byte instead of a NormalizedName
// object graph (~10× smaller at 10^6 aliases), expanded back on demand for the few candidates that
// are actually scored.
import type { NameToken, NormalizedName, TokenOrigin } from "./normalize";
import { looseKana } from "./text/kana";
import { GENERIC_ORG_WORDS, NAME_PARTICLES } from "./text/legal-forms";

const ORIGINS: TokenOrigin[] = ["latin", "romaji", "pinyin", "translit", "abjad"];

/** Single origin code of a name: its first non-Latin token origin, else latin. */
export function originCode(n: NormalizedName): number {
  const other = n.parts.find((p) => p.origin !== "latin");
  return other === undefined ? 0 : ORIGINS.indexOf(other.origin);
}

/** Space-joined loose tokens, or undefined when identical to the Latin key (saves memory). */
export function looseKey(n: NormalizedName): string | undefined {
  const loose = n.parts.map((p) => p.loose).join(" ");
  return loose === n.latin ? undefined : loose;
}

/**
 * Rebuilds a NormalizedName (without `original`/`display`, which the caller supplies) from the
 * compact keys. Token origins are approximated by the name's single origin code.
 */
export function expandName(
  display: string,
  latin: string,
  loose: string | undefined,
  native: string,
  origin: number,
  isPerson: boolean,
): NormalizedName {
  const tokens = latin === "" ? [] : latin.split(" ");
  const looseTokens = loose === undefined ? tokens : loose.split(" ");
  const o = ORIGINS[origin] ?? "latin";
  const numbers: string[] = [];
  const parts: NameToken[] = tokens.map((text, i) => {
    const numeric = text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57 && /^\d+$/.test(text);
    if (numeric) {
      numbers.push(text);
    }
    return {
      text,
      loose: looseTokens[i] ?? text,
      origin: o,
      numeric,
      generic: NAME_PARTICLES.has(text) || (!isPerson && GENERIC_ORG_WORDS.has(text)),
    };
  });
  const nativeParts = native === "" ? [] : native.split(" ");
  const nativeKey = nativeParts.length > 1 ? nativeParts.join("") : native;
  for (const m of nativeKey === "" ? [] : nativeKey.matchAll(/\d+/g)) {
    if (!numbers.includes(m[0])) {
      numbers.push(m[0]);
    }
  }
  return {
    original: display,
    display,
    script: "other",
    latin,
    joined: tokens.join(""),
    tokens,
    parts,
    numbers,
    legalForms: [],
    native: nativeKey,
    nativeLoose: looseKana(nativeKey),
    nativeParts,
  };
}
