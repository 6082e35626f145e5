import type { TPartnerDetail, TPartnerInput } from "@renkei/contract";
import type { JapanPresence, PartnerType, SizeClass } from "@renkei/domain";
import type { TDuplicateQuery } from "../../api/endpoints";

/** What the form's inputs hold: plain strings and booleans, converted to `TPartnerInput` on submit. */
export interface PartnerFormValues {
  legalName: string;
  nameEn: string;
  nameRomanized: string;
  aliasesText: string;
  type: PartnerType | "";
  country: string;
  corporateNumber: string;
  parentName: string;
  controllingOwner: string;
  foreignGovControl: boolean;
  stateOwned: boolean;
  japanPresence: JapanPresence;
  sizeClass: SizeClass | "";
  website: string;
  ownerUserId: string;
  notes: string;
  /** Issue 17 item 1: regions, laws, contribution in Japan ("" = not known), spin-off origin. */
  operatingCountries: string[];
  applicableLaws: string;
  japanEmploys: "" | "yes" | "no";
  japanPaysTax: "" | "yes" | "no";
  originUniversity: string;
}

export const EMPTY_PARTNER: PartnerFormValues = {
  legalName: "",
  nameEn: "",
  nameRomanized: "",
  aliasesText: "",
  type: "",
  country: "JP",
  corporateNumber: "",
  parentName: "",
  controllingOwner: "",
  foreignGovControl: false,
  stateOwned: false,
  japanPresence: "unknown",
  sizeClass: "",
  website: "",
  ownerUserId: "",
  notes: "",
  operatingCountries: [],
  applicableLaws: "",
  japanEmploys: "",
  japanPaysTax: "",
  originUniversity: "",
};

const triState = (b: boolean | null): "" | "yes" | "no" => (b === null ? "" : b ? "yes" : "no");
const fromTriState = (v: "" | "yes" | "no"): boolean | null => (v === "" ? null : v === "yes");

export function valuesFromDetail(p: TPartnerDetail): PartnerFormValues {
  return {
    legalName: p.legalName,
    nameEn: p.nameEn ?? "",
    nameRomanized: p.nameRomanized ?? "",
    aliasesText: p.aliases.join("\n"),
    type: p.type,
    country: p.country,
    corporateNumber: p.corporateNumber ?? "",
    parentName: p.parentName ?? "",
    controllingOwner: p.controllingOwner ?? "",
    foreignGovControl: p.foreignGovControl,
    stateOwned: p.stateOwned,
    japanPresence: p.japanPresence,
    sizeClass: p.sizeClass ?? "",
    website: p.website ?? "",
    ownerUserId: p.owner?.id ?? "",
    notes: p.notes,
    operatingCountries: p.operatingCountries,
    applicableLaws: p.applicableLaws,
    japanEmploys: triState(p.japanEmploys),
    japanPaysTax: triState(p.japanPaysTax),
    originUniversity: p.originUniversity ?? "",
  };
}

export function aliasesOf(v: PartnerFormValues): string[] {
  return v.aliasesText
    .split(/\r?\n/)
    .map((a) => a.trim())
    .filter(Boolean);
}

/** The request body; the contract schema trims, normalises and validates it (client and server alike). */
export function toPartnerInput(v: PartnerFormValues): TPartnerInput {
  return {
    legalName: v.legalName,
    nameEn: v.nameEn || null,
    nameRomanized: v.nameRomanized || null,
    aliases: aliasesOf(v),
    type: v.type as PartnerType,
    country: v.country,
    corporateNumber: v.corporateNumber || null,
    parentName: v.parentName || null,
    controllingOwner: v.controllingOwner || null,
    foreignGovControl: v.foreignGovControl,
    stateOwned: v.stateOwned,
    japanPresence: v.japanPresence,
    sizeClass: v.sizeClass || null,
    website: v.website || null,
    ownerUserId: v.ownerUserId || null,
    notes: v.notes,
    operatingCountries: v.operatingCountries,
    applicableLaws: v.applicableLaws,
    japanEmploys: fromTriState(v.japanEmploys),
    japanPaysTax: fromTriState(v.japanPaysTax),
    originUniversity: v.originUniversity || null,
  };
}

export function duplicateQueryOf(v: PartnerFormValues, excludeId?: string): TDuplicateQuery | null {
  if (!v.legalName.trim()) {
    return null;
  }
  return {
    legalName: v.legalName.trim(),
    nameEn: v.nameEn.trim() || null,
    nameRomanized: v.nameRomanized.trim() || null,
    aliases: aliasesOf(v),
    country: v.country.trim() || null,
    corporateNumber: v.corporateNumber.trim() || null,
    ...(excludeId ? { excludeId } : {}),
  };
}
