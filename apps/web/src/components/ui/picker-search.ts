import { foldForSearch } from "@renkei/domain";

/**
 * Whether any of `keys` contains `query`, compared as the partner search compares names (width,
 * case, hiragana/katakana and punctuation folded), so `どいつ`, `ﾄﾞｲﾂ` and `germany` all find ドイツ.
 */
export function matchesFolded(keys: readonly string[], query: string): boolean {
  const q = foldForSearch(query);
  return q === "" || keys.some((k) => foldForSearch(k).includes(q));
}
