// An institution's own watch list as a simple CSV. Columns (header required, order free):
//   id        unique identifier within the watch list (required)
//   name      primary name in any script (required)
//   aliases   other names separated by ";" (optional)
//   country   country names or ISO codes separated by ";" (optional)
//   type      person | organization | vessel | aircraft (Japanese 個人/団体 accepted; empty = unknown)
//   notes     free text shown to reviewers (optional)
// Example:
//   id,name,aliases,country,type,notes
//   W-001,Example Trading Co. Ltd.,株式会社エグザンプル;Example Trading,CN,organization,internal note
import { parseCsv } from "../../shared/csv";
import { headerIndex, splitMulti } from "../csv-rows";
import type { ListEntry, ParseResult } from "../types";
import { compactDetails, entryName, schemaFromLabel, unique, uniqueNames } from "./common";

/** Column names of the watch-list CSV. */
export const WATCHLIST_COLUMNS = ["id", "name", "aliases", "country", "type", "notes"] as const;

/** Parses a watch-list CSV. Rows without id or name are reported in warnings, never silently dropped. */
export function parseWatchlistCsv(text: string, list = "own-watchlist"): ParseResult {
  const rows = parseCsv(text);
  const header = rows[0];
  if (header === undefined) {
    return { entries: [], warnings: ["empty file"] };
  }
  const col = headerIndex(header);
  const warnings: string[] = [];
  if (col("id") === -1 || col("name") === -1) {
    return { entries: [], warnings: ["header must contain at least id and name"] };
  }
  const get = (row: string[], name: string) => (col(name) === -1 ? "" : (row[col(name)] ?? "").trim());
  const entries: ListEntry[] = [];
  rows.slice(1).forEach((row, i) => {
    const id = get(row, "id");
    const primary = entryName(get(row, "name"), "primary");
    if (id === "" || primary === undefined) {
      warnings.push(`line ${i + 2}: id and name are required`);
      return;
    }
    entries.push({
      sourceId: id,
      list,
      schema: schemaFromLabel(get(row, "type")),
      names: uniqueNames([primary, ...splitMulti(get(row, "aliases")).map((a) => entryName(a, "alias"))]),
      countries: unique(splitMulti(get(row, "country"))),
      addresses: [],
      programs: [],
      details: compactDetails({ notes: get(row, "notes") }),
    });
  });
  return { entries, warnings };
}
