// Han characters → toneless pinyin via pinyin-pro. Why pinyin even for Japanese kanji: without a
// dictionary, Japanese readings (on/kun, name readings) cannot be derived, and rigour/yente leave Han
// untransliterated (screening-research.md §1.1.4). Pinyin gives a usable key for Chinese names against
// Latin list entries; Japanese kanji names are compared natively (kanji key with variant folding), and
// a pinyin key for them is only a weak fallback. This limitation is documented in docs/benchmarks.md.
import { pinyin } from "pinyin-pro";

const cache = new Map<string, string[]>();
const CACHE_LIMIT = 50_000;

/** Toneless lower-case pinyin syllables of a run of Han characters, one per character. */
export function hanToPinyin(run: string): string[] {
  const hit = cache.get(run);
  if (hit !== undefined) {
    return hit;
  }
  const syllables = pinyin(run, { toneType: "none", type: "array", v: true }).filter((s) => s.trim() !== "");
  if (cache.size >= CACHE_LIMIT) {
    cache.clear();
  }
  cache.set(run, syllables);
  return syllables;
}
