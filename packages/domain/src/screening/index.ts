// Public surface of the restricted-party screening engine (issue 3). Everything here is pure.

export { blockingKeys } from "./blocking-keys";
export { type CompareOptions, compareNames } from "./compare";
export * from "./config";
export { countryCode, countryCodes } from "./country";
export { splitMulti } from "./csv-rows";
export { type ChangedEntry, diffListVersions, entryHash, type ListDiff } from "./diff";
export { contentHash } from "./hash";
export { type BuildOptions, buildIndex, indexStats, type ScreeningIndex } from "./index-build";
export { jaroWinkler, levenshtein, levenshteinRatio } from "./metrics";
export {
  detectScript,
  type NameToken,
  type NormalizedName,
  type NormalizeOptions,
  normalizeName,
  type TokenOrigin,
} from "./normalize";
export { parseBisDpl } from "./parsers/bis-dpl";
export { CSL_COLUMNS, parseCsl } from "./parsers/csl";
export { parseFtmJsonLines } from "./parsers/ftm";
export { parseMetiEul, splitMetiAliases, splitMetiName } from "./parsers/meti-eul";
export { parseMofaDesignations } from "./parsers/mofa-designation";
export { type OfacFiles, parseOfacSdn } from "./parsers/ofac";
export { parseUnConsolidatedXml } from "./parsers/un-xml";
export { parseWatchlistCsv, WATCHLIST_COLUMNS } from "./parsers/watchlist";
export {
  type NameComparison,
  type NameExplanation,
  type ScoreRule,
  scoreNames,
  type TokenMatch,
} from "./score-names";
export {
  type ScreeningMatch,
  type ScreeningQuery,
  type ScreeningResult,
  type ScreenOptions,
  screenBatch,
  screenName,
} from "./screen";
export { kanaToRomaji, toKatakana } from "./text/kana";
export { foldKanjiVariants } from "./text/kanji-variants";
export type { TokenMatchKind } from "./token-similarity";
export * from "./types";
export { parseXml, type XmlElement } from "./xml";
