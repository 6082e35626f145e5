// BIS Denied Persons List, tab-separated with quoted fields and a header (Name, Street_Address, City,
// State, Country, Postal_Code, Effective_Date, Expiration_Date, Standard_Order, Last_Update, Action,
// FR_Citation). The file has no identifier and one row per address: rows with the same name and
// effective date are one order, so sourceId = "NAME|EFFECTIVE_DATE".
import { parseCsv } from "../../shared/csv";
import { headerIndex } from "../csv-rows";
import type { ListEntry, ParseResult } from "../types";
import { compactDetails, entryName, unique } from "./common";

/** Parses dpl.txt content. Schema is "unknown": the DPL mixes persons and firms without a type column. */
export function parseBisDpl(text: string, list = "us-bis-dpl"): ParseResult {
  const rows = parseCsv(text, "\t");
  const header = rows[0];
  if (header === undefined) {
    return { entries: [], warnings: ["empty file"] };
  }
  const col = headerIndex(header);
  const get = (row: string[], name: string) => (row[col(name)] ?? "").trim();
  const byKey = new Map<string, ListEntry>();
  const warnings: string[] = [];
  for (const row of rows.slice(1)) {
    const name = entryName(get(row, "Name"), "primary");
    if (name === undefined) {
      warnings.push(`row without name: ${row.join(" | ").slice(0, 80)}`);
      continue;
    }
    const id = `${name.value}|${get(row, "Effective_Date")}`;
    const address = unique([
      get(row, "Street_Address"),
      get(row, "City"),
      get(row, "State"),
      get(row, "Postal_Code"),
      get(row, "Country"),
    ]).join(", ");
    const existing = byKey.get(id);
    if (existing !== undefined) {
      existing.addresses = unique([...existing.addresses, address]);
      existing.countries = unique([...existing.countries, get(row, "Country")]);
      continue;
    }
    byKey.set(id, {
      sourceId: id,
      list,
      schema: "unknown",
      names: [name],
      countries: unique([get(row, "Country")]),
      addresses: unique([address]),
      programs: ["DPL"],
      details: compactDetails({
        effectiveDate: get(row, "Effective_Date"),
        expirationDate: get(row, "Expiration_Date"),
        standardOrder: get(row, "Standard_Order"),
        lastUpdate: get(row, "Last_Update"),
        action: get(row, "Action"),
        frCitation: get(row, "FR_Citation"),
      }),
    });
  }
  return { entries: [...byKey.values()], warnings };
}
