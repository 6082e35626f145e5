// Shared types of the screening engine: list entries produced by the parsers (parsers/*.ts) and
// consumed by the index (index-build.ts). Field choices follow screening-research.md §3 (FtM,
// CSL, METI EUL) reduced to what matching, explanation and list diffs need.

/** Kind of listed party. "unknown" when the source does not say (BIS lists often leave type empty). */
export type EntitySchema = "person" | "organization" | "vessel" | "aircraft" | "unknown";

/** Role of a name on an entry. */
export type NameKind = "primary" | "alias" | "weak-alias" | "former" | "native";

/** Dominant writing system of a name, as far as screening distinguishes them. */
export type NameScript =
  | "latin"
  | "japanese"
  | "han"
  | "cyrillic"
  | "greek"
  | "arabic"
  | "hebrew"
  | "hangul"
  | "other"
  | "mixed";

/** One name of a listed party. */
export interface EntryName {
  value: string;
  kind: NameKind;
  script: NameScript;
  /** ISO 639 language hint when the source gives one (e.g. "jpn" for METI Japanese names). */
  lang?: string;
}

/** One listed party, in a source-independent shape. */
export interface ListEntry {
  /** Identifier used by the source: FtM id, OFAC ent_num, CSL _id, METI No., MOFA list number… */
  sourceId: string;
  /** Our list code, e.g. "jp-meti-eul", "us-ofac-sdn", "un-sc". */
  list: string;
  schema: EntitySchema;
  /** Primary name first, then aliases. Never empty for a valid entry. */
  names: EntryName[];
  /** Country names or codes as given by the source (free text, not normalised). */
  countries: string[];
  addresses: string[];
  /** Programs, categories or concern codes (METI: B/C/M/N/CW). */
  programs: string[];
  /** Everything else the source gave, raw, for display and audit. */
  details: Record<string, string>;
}

/** Result of parsing one list file: entries plus non-fatal problems worth showing to an operator. */
export interface ParseResult {
  entries: ListEntry[];
  warnings: string[];
}
