// A small entry point for code that only parses files (the server's import worker, issue 10 item 1):
// loading the whole domain in a worker thread costs seconds, the parsers alone a fraction of that.

export { type FtmRelation, parseFtmRelations } from "./ec-reach/ftm-relations";
export { parseBisDpl } from "./screening/parsers/bis-dpl";
export { parseCsl } from "./screening/parsers/csl";
export { parseFtmJsonLines } from "./screening/parsers/ftm";
export { parseMofaDesignations } from "./screening/parsers/mofa-designation";
export { parseOfacSdn } from "./screening/parsers/ofac";
export { parseUnConsolidatedXml } from "./screening/parsers/un-xml";
export { parseWatchlistCsv } from "./screening/parsers/watchlist";
export type { ListEntry } from "./screening/types";
export { parseCsv } from "./shared/csv";
export { DomainError } from "./shared/errors";
