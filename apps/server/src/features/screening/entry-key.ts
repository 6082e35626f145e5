// Stable identity and content hash of a list entry across versions (screening-research.md §3.1: METI
// renumbers between revisions, so "key our own records on normalised name + country, keep METI No. as
// an attribute"; the MOFA notices are numbered 1..N the same way). Other sources have stable ids.
import type { ListFormat } from "@renkei/contract";
import { entryHash, type ListEntry } from "@renkei/domain";
import type { screeningListEntries } from "../../db/schema";

const RENUMBERED: ReadonlySet<ListFormat> = new Set(["meti-eul", "mofa-text"]);

/** Case-, width- and punctuation-insensitive text, independent of the matching engine's normaliser. */
function plain(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s.,'"()（）・\-‐–—/]+/g, " ")
    .trim();
}

/** The key under which versions of an entry are compared and false positives remembered. */
export function entryKeyOf(format: ListFormat, entry: ListEntry): string {
  if (!RENUMBERED.has(format)) {
    return entry.sourceId;
  }
  const primary = entry.names.find((n) => n.kind === "primary") ?? entry.names[0];
  return `${plain(primary?.value ?? entry.sourceId)}|${entry.countries.map(plain).sort().join(";")}`;
}

/** The entry without fields that only reflect its position in a renumbered list. */
export function comparableEntry(format: ListFormat, entry: ListEntry, key: string): ListEntry {
  if (!RENUMBERED.has(format)) {
    return { ...entry, sourceId: key };
  }
  const { no: _no, ...details } = entry.details;
  return { ...entry, sourceId: key, details };
}

/** Content hash used for diffs and for the review memory (a changed entry gets a new hash). */
export function contentHashOf(format: ListFormat, entry: ListEntry, key: string): string {
  return entryHash(comparableEntry(format, entry, key));
}

/** METI End User List concern categories (懸念区分 B/C/M/N and 通常兵器 CW) of an entry. */
export function categoriesOf(format: ListFormat, entry: ListEntry): string[] {
  if (format !== "meti-eul") {
    return [];
  }
  return entry.programs.filter((p) => ["B", "C", "M", "N", "CW"].includes(p));
}

type EntryRow = typeof screeningListEntries.$inferSelect;

/** A stored row back into the engine's entry shape (list = the list's name). */
export function rowToEntry(row: Pick<EntryRow, keyof EntryRow>, list: string): ListEntry {
  return {
    sourceId: row.sourceId,
    list,
    schema: row.schema as ListEntry["schema"],
    names: row.names as ListEntry["names"],
    countries: row.countries,
    addresses: row.addresses,
    programs: row.programs,
    details: row.details,
  };
}
