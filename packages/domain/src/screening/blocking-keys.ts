// Blocking keys: the cheap keys that decide which aliases are scored at all (screening-research.md
// §5.3: "blocking is mandatory… token-level and symbol-level postings with document-frequency caps").
// Keys per name: each informative token's loose form ("T:"), its consonant skeleton ("S:", catches
// vowel swaps and abjad transliterations), the joined key ("J:", catches split/merged tokens and
// pinyin syllables) and native CJK bigrams ("N:", unspaced Japanese/Chinese names).
import type { NormalizedName } from "./normalize";
import { consonantSkeleton } from "./text/romaji";

/** Blocking keys of a normalised name; deterministic and duplicate-free. */
export function blockingKeys(n: NormalizedName): string[] {
  const keys = new Set<string>();
  const informative = n.parts.filter((p) => !p.generic);
  const parts = informative.length > 0 ? informative : n.parts;
  for (const p of parts) {
    keys.add(`T:${p.loose}`);
    if (!p.numeric && p.loose.length >= 5) {
      // Typo keys: a single substitution or transposition keeps the length and either the first
      // or the last three letters, so one of these survives and lifts the right alias above ties.
      const len = p.loose.length;
      keys.add(`P:${p.loose.slice(0, 3)}${len}`);
      keys.add(`E:${p.loose.slice(-3)}${len}`);
    }
    if (!p.numeric && p.loose.length >= 4) {
      const skeleton = consonantSkeleton(p.loose);
      if (skeleton.length >= 3) {
        keys.add(`S:${skeleton}`);
      }
    }
  }
  if (parts.length > 1) {
    const joined = parts.map((p) => p.loose).join("");
    if (joined.length >= 5) {
      keys.add(`J:${joined}`);
    }
  }
  const native = n.nativeLoose;
  if (native.length === 1) {
    keys.add(`N:${native}`);
  }
  for (let i = 0; i + 1 < native.length; i++) {
    keys.add(`N:${native.slice(i, i + 2)}`);
  }
  return [...keys];
}
