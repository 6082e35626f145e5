// UN Security Council consolidated list XML (https://scsanctions.un.org/resources/xml/en/consolidated.xml;
// schema sc-sanctions.xsd): INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY with FIRST..FOURTH_NAME,
// NAME_ORIGINAL_SCRIPT, *_ALIAS (QUALITY Good/Low/a.k.a./f.k.a.), NATIONALITY, *_ADDRESS, UN_LIST_TYPE.
// sourceId is REFERENCE_NUMBER (the permanent UN reference, e.g. "QDi.001"); DATAID is kept in details.
import type { EntryName, ListEntry, NameKind, ParseResult } from "../types";
import { childrenNamed, childText, descendants, parseXml, type XmlElement } from "../xml";
import { compactDetails, entryName, unique, uniqueNames } from "./common";

function aliasKind(quality: string): NameKind {
  const q = quality.toLowerCase();
  if (q === "low") {
    return "weak-alias";
  }
  return q.startsWith("f.k.a") ? "former" : "alias";
}

function addressText(el: XmlElement): string {
  return unique(
    ["STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY"].map((n) => childText(el, n)),
  ).join(", ");
}

function parseParty(el: XmlElement, isPerson: boolean, list: string): ListEntry | undefined {
  const prefix = isPerson ? "INDIVIDUAL" : "ENTITY";
  const primary = unique(
    ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"].map((n) => childText(el, n)),
  ).join(" ");
  const names: (EntryName | undefined)[] = [entryName(primary, "primary")];
  names.push(entryName(childText(el, "NAME_ORIGINAL_SCRIPT"), "native"));
  for (const alias of childrenNamed(el, `${prefix}_ALIAS`)) {
    names.push(entryName(childText(alias, "ALIAS_NAME"), aliasKind(childText(alias, "QUALITY"))));
  }
  const addresses = childrenNamed(el, `${prefix}_ADDRESS`);
  const id = childText(el, "REFERENCE_NUMBER") || childText(el, "DATAID");
  const uniqueList = uniqueNames(names);
  if (id === "" || uniqueList.length === 0) {
    return undefined;
  }
  const values = (name: string) =>
    childrenNamed(el, name).flatMap((c) => childrenNamed(c, "VALUE").map((v) => v.text.trim()));
  const births = childrenNamed(el, "INDIVIDUAL_DATE_OF_BIRTH").map(
    (b) =>
      childText(b, "DATE") ||
      childText(b, "YEAR") ||
      `${childText(b, "FROM_YEAR")}-${childText(b, "TO_YEAR")}`,
  );
  return {
    sourceId: id,
    list,
    schema: isPerson ? "person" : "organization",
    names: uniqueList,
    countries: unique([...values("NATIONALITY"), ...addresses.map((a) => childText(a, "COUNTRY"))]),
    addresses: unique(addresses.map(addressText)),
    programs: unique([childText(el, "UN_LIST_TYPE")]),
    details: compactDetails({
      dataId: childText(el, "DATAID"),
      listedOn: childText(el, "LISTED_ON"),
      comments: childText(el, "COMMENTS1"),
      designation: values("DESIGNATION").join("; "),
      title: values("TITLE").join("; "),
      dateOfBirth: births.join("; "),
      gender: childText(el, "GENDER"),
    }),
  };
}

/** Parses the UN consolidated XML content. */
export function parseUnConsolidatedXml(xml: string, list = "un-sc"): ParseResult & { generated?: string } {
  const root = parseXml(xml);
  const top = root.children.find((c) => c.name === "CONSOLIDATED_LIST");
  const warnings: string[] = [];
  if (top === undefined) {
    warnings.push("no CONSOLIDATED_LIST element");
  }
  const entries: ListEntry[] = [];
  for (const [tag, isPerson] of [
    ["INDIVIDUAL", true],
    ["ENTITY", false],
  ] as const) {
    for (const el of descendants(top ?? root, tag)) {
      const entry = parseParty(el, isPerson, list);
      if (entry === undefined) {
        warnings.push(`${tag} without reference number or name`);
      } else {
        entries.push(entry);
      }
    }
  }
  const result: ParseResult & { generated?: string } = { entries, warnings };
  const generated = top?.attributes.dateGenerated;
  if (generated !== undefined) {
    result.generated = generated;
  }
  return result;
}
