// US Consolidated Screening List CSV (29 columns, screening-research.md §3.2). Multi-values are
// "; "-separated and may end with "and …"; Entity List names may carry "; and any successor,
// sub-unit, or subsidiary thereof", which is removed from the matchable name.
import { parseCsv } from "../../shared/csv";
import { headerIndex, splitMulti } from "../csv-rows";
import type { ListEntry, ParseResult } from "../types";
import { compactDetails, entryName, schemaFromLabel, unique, uniqueNames } from "./common";

/** Column names of the CSL CSV, in published order. */
export const CSL_COLUMNS = [
  "_id",
  "source",
  "entity_number",
  "type",
  "programs",
  "name",
  "title",
  "addresses",
  "federal_register_notice",
  "start_date",
  "end_date",
  "standard_order",
  "license_requirement",
  "license_policy",
  "call_sign",
  "vessel_type",
  "gross_tonnage",
  "gross_registered_tonnage",
  "vessel_flag",
  "vessel_owner",
  "remarks",
  "source_list_url",
  "alt_names",
  "citizenships",
  "dates_of_birth",
  "nationalities",
  "places_of_birth",
  "source_information_url",
  "ids",
] as const;

const SUCCESSOR = /;?\s*and any successor,? sub-unit,? or subsidiary thereof\.?$/i;

/** Country at the end of a CSL address ("Komitas 26/114, Yerevan, Armenia, AM" → "AM"). */
function addressCountry(address: string): string {
  const parts = address.split(",").map((p) => p.trim());
  return parts[parts.length - 1] ?? "";
}

/** Parses the CSL CSV (header required). sourceId is `_id`; `source` is kept as a program and in details. */
export function parseCsl(text: string, list = "us-csl"): ParseResult {
  const rows = parseCsv(text);
  const header = rows[0];
  if (header === undefined) {
    return { entries: [], warnings: ["empty file"] };
  }
  const col = headerIndex(header);
  const missing = CSL_COLUMNS.filter((c) => col(c) === -1);
  const warnings = missing.length > 0 ? [`missing columns: ${missing.join(", ")}`] : [];
  const get = (row: string[], name: string) => (row[col(name)] ?? "").trim();
  const entries: ListEntry[] = [];
  for (const row of rows.slice(1)) {
    const id = get(row, "_id") || get(row, "id");
    const primary = entryName(get(row, "name").replace(SUCCESSOR, ""), "primary");
    if (id === "" || primary === undefined) {
      warnings.push(`row without _id or name: ${row.slice(0, 6).join(",")}`);
      continue;
    }
    const addresses = splitMulti(get(row, "addresses"));
    entries.push({
      sourceId: id,
      list,
      schema: schemaFromLabel(get(row, "type")),
      names: uniqueNames([primary, ...splitMulti(get(row, "alt_names")).map((n) => entryName(n, "alias"))]),
      countries: unique([
        ...addresses.map(addressCountry).filter((c) => /^[A-Z]{2}$/.test(c)),
        ...splitMulti(get(row, "nationalities"), /[;,]\s*/),
        ...splitMulti(get(row, "citizenships"), /[;,]\s*/),
      ]),
      addresses,
      programs: unique([get(row, "source"), ...splitMulti(get(row, "programs"))]),
      details: compactDetails(Object.fromEntries(CSL_COLUMNS.map((c) => [c, get(row, c)]))),
    });
  }
  return { entries, warnings };
}
