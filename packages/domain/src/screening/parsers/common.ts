// Helpers shared by the list parsers.
import { detectScript } from "../normalize";
import type { EntitySchema, EntryName, ListEntry, NameKind } from "../types";

/** Builds an EntryName with its detected script; returns undefined for blank values. */
export function entryName(value: string | undefined, kind: NameKind, lang?: string): EntryName | undefined {
  const v = (value ?? "").replace(/\s+/g, " ").trim();
  if (v === "") {
    return undefined;
  }
  const name: EntryName = { value: v, kind, script: detectScript(v) };
  if (lang !== undefined) {
    name.lang = lang;
  }
  return name;
}

/** Removes duplicate name values (first occurrence, i.e. the more important kind, wins). */
export function uniqueNames(names: (EntryName | undefined)[]): EntryName[] {
  const seen = new Set<string>();
  const out: EntryName[] = [];
  for (const n of names) {
    if (n !== undefined && !seen.has(n.value.toLowerCase())) {
      seen.add(n.value.toLowerCase());
      out.push(n);
    }
  }
  return out;
}

/** Deduplicated, trimmed, non-empty values. */
export function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.map((v) => (v ?? "").trim()).filter((v) => v !== ""))];
}

/** Maps a source type label to our schema. */
export function schemaFromLabel(label: string | undefined): EntitySchema {
  const l = (label ?? "").trim().toLowerCase();
  if (/individual|person|個人|^per/.test(l)) {
    return "person";
  }
  if (/vessel|ship|船/.test(l)) {
    return "vessel";
  }
  if (/aircraft|airplane|航空機/.test(l)) {
    return "aircraft";
  }
  if (/entity|organi[sz]ation|company|legalentity|団体|企業|組織|publicbody/.test(l)) {
    return "organization";
  }
  return "unknown";
}

/** Drops details with empty values so hashes do not change when a source adds blank columns. */
export function compactDetails(details: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(details)) {
    const t = (v ?? "").trim();
    if (t !== "") {
      out[k] = t;
    }
  }
  return out;
}

/** Entry constructor that guarantees a non-empty names array (returns undefined otherwise). */
export function makeEntry(entry: ListEntry): ListEntry | undefined {
  return entry.names.length > 0 ? entry : undefined;
}
