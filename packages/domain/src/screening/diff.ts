// List-version diff keyed by sourceId (screening-research.md §6.5: "list ingest produces an
// entity-level diff (hash per normalised entity); run reverse screening for ADD/MOD").
import { canonicalJson, contentHash } from "./hash";
import type { ListEntry } from "./types";

/** Stable hash of an entry's content. Order of names/countries/addresses/programs does not matter. */
export function entryHash(entry: ListEntry): string {
  const sorted = {
    ...entry,
    names: [...entry.names].sort((a, b) => (a.value + a.kind).localeCompare(b.value + b.kind)),
    countries: [...entry.countries].sort(),
    addresses: [...entry.addresses].sort(),
    programs: [...entry.programs].sort(),
  };
  return contentHash(canonicalJson(sorted));
}

/** One changed entry with the top-level fields that differ. */
export interface ChangedEntry {
  before: ListEntry;
  after: ListEntry;
  fields: string[];
}

/** Entity-level difference between two versions of one list. */
export interface ListDiff {
  added: ListEntry[];
  changed: ChangedEntry[];
  removed: ListEntry[];
  unchanged: number;
}

const FIELDS = ["list", "schema", "names", "countries", "addresses", "programs", "details"] as const;

function byId(entries: ListEntry[]): Map<string, ListEntry> {
  const map = new Map<string, ListEntry>();
  for (const e of entries) {
    map.set(e.sourceId, e);
  }
  return map;
}

/**
 * Compares two versions of a list by sourceId. An entry is "changed" when its content hash differs;
 * `fields` names which parts changed so the server can decide whether names (re-screen) or only
 * details (re-display) moved. If a sourceId repeats inside one version, the last entry wins.
 */
export function diffListVersions(oldEntries: ListEntry[], newEntries: ListEntry[]): ListDiff {
  const before = byId(oldEntries);
  const after = byId(newEntries);
  const diff: ListDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const [id, next] of after) {
    const prev = before.get(id);
    if (prev === undefined) {
      diff.added.push(next);
    } else if (entryHash(prev) !== entryHash(next)) {
      const fields = FIELDS.filter(
        (f) => canonicalJson(entryHash({ ...prev, [f]: next[f] })) !== canonicalJson(entryHash(prev)),
      );
      diff.changed.push({ before: prev, after: next, fields: [...fields] });
    } else {
      diff.unchanged++;
    }
  }
  for (const [id, prev] of before) {
    if (!after.has(id)) {
      diff.removed.push(prev);
    }
  }
  return diff;
}
