/**
 * One search key per partner built from every name form, so a search by Japanese, English or romanised
 * name hits the same row (issue 2: "search by any name form"). Both stored names and queries go through
 * `foldForSearch`, so the same folding applies on both sides.
 */
export function foldForSearch(text: string): string {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      // Hiragana → katakana: ひらがな and カタカナ spellings of one name should find each other.
      .replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
      // Spaces, middle dots and punctuation vary between writings of the same name.
      .replace(/[\s\u30fb\u00b7・.,'’"()（）\-‐ー_/&]+/g, "")
  );
}

/** The stored key: every folded name form joined by a separator that `foldForSearch` never produces. */
export function partnerSearchKey(names: (string | null | undefined)[]): string {
  const parts = new Set<string>();
  for (const name of names) {
    if (name) {
      const folded = foldForSearch(name);
      if (folded) {
        parts.add(folded);
      }
    }
  }
  return [...parts].join("|");
}
