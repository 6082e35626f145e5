// Public surface of the restricted-party screening engine (issue 3). Everything here is pure.

export { type CompareOptions, compareNames } from "./compare";
export * from "./config";
export { jaroWinkler, levenshtein, levenshteinRatio } from "./metrics";
export {
  type NameToken,
  type NormalizedName,
  type NormalizeOptions,
  normalizeName,
  type TokenOrigin,
} from "./normalize";
export {
  type NameComparison,
  type NameExplanation,
  type ScoreRule,
  scoreNames,
  type TokenMatch,
} from "./score-names";
export { kanaToRomaji, toKatakana } from "./text/kana";
export { foldKanjiVariants } from "./text/kanji-variants";
export type { TokenMatchKind } from "./token-similarity";
export * from "./types";
