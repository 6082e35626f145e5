// OFAC SDN legacy CSV files (headerless): sdn.csv (ent_num, SDN_Name, SDN_Type, Program, Title,
// Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks), alt.csv (ent_num, alt_num,
// alt_type, alt_name, alt_remarks), add.csv (ent_num, add_num, address, city/state/postal, country,
// add_remarks). "-0-" marks an empty field (OFAC "SDN.CSV" data specification).
import { parseCsv } from "../../shared/csv";
import type { EntryName, ListEntry, NameKind, ParseResult } from "../types";
import { compactDetails, entryName, schemaFromLabel, unique, uniqueNames } from "./common";

/** The three OFAC files' contents; alt and add are optional. */
export interface OfacFiles {
  sdn: string;
  alt?: string;
  add?: string;
}

function cell(row: string[], i: number): string {
  const v = (row[i] ?? "").trim();
  return v === "-0-" ? "" : v;
}

const ALT_KIND: Record<string, NameKind> = { aka: "alias", fka: "former", nka: "alias" };

/** Parses OFAC SDN (or consolidated non-SDN) legacy CSVs into entries keyed by ent_num. */
export function parseOfacSdn(files: OfacFiles, list = "us-ofac-sdn"): ParseResult {
  const warnings: string[] = [];
  const aliases = new Map<string, EntryName[]>();
  for (const row of parseCsv(files.alt ?? "")) {
    const id = cell(row, 0);
    const remarks = cell(row, 4).toLowerCase();
    const kind: NameKind = remarks.includes("weak")
      ? "weak-alias"
      : (ALT_KIND[cell(row, 2).toLowerCase()] ?? "alias");
    const name = entryName(cell(row, 3), kind);
    if (name !== undefined) {
      aliases.set(id, [...(aliases.get(id) ?? []), name]);
    }
  }
  const addresses = new Map<string, { text: string; country: string }[]>();
  for (const row of parseCsv(files.add ?? "")) {
    const id = cell(row, 0);
    const text = unique([cell(row, 2), cell(row, 3), cell(row, 4)]).join(", ");
    addresses.set(id, [...(addresses.get(id) ?? []), { text, country: cell(row, 4) }]);
  }
  const entries: ListEntry[] = [];
  for (const row of parseCsv(files.sdn)) {
    const id = cell(row, 0);
    const primary = entryName(cell(row, 1), "primary");
    if (id === "" || primary === undefined) {
      if (row.some((c) => c.trim() !== "" && c.trim() !== "-0-")) {
        warnings.push(`sdn.csv row without id or name: ${row.slice(0, 2).join(",")}`);
      }
      continue;
    }
    const typeLabel = cell(row, 2);
    const adds = addresses.get(id) ?? [];
    entries.push({
      sourceId: id,
      list,
      schema: typeLabel === "" ? "organization" : schemaFromLabel(typeLabel),
      names: uniqueNames([primary, ...(aliases.get(id) ?? [])]),
      countries: unique(adds.map((a) => a.country)),
      addresses: unique(adds.map((a) => a.text)),
      programs: unique(cell(row, 3).split(/\]\s*\[|[[\]]/)),
      details: compactDetails({
        title: cell(row, 4),
        callSign: cell(row, 5),
        vesselType: cell(row, 6),
        tonnage: cell(row, 7),
        grt: cell(row, 8),
        vesselFlag: cell(row, 9),
        vesselOwner: cell(row, 10),
        remarks: cell(row, 11),
      }),
    });
  }
  return { entries, warnings };
}
