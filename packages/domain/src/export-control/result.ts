import { z } from "zod";
import { CATCH_ALL_CLASSES } from "./data/catch-all-matrix";
import { EUL_CATEGORIES } from "./data/eul";
import { EXEMPTION_IDS } from "./data/exemptions";
import { SENSITIVITY_TIERS } from "./data/list-items";
import { SANCTIONS_PROGRAM_IDS } from "./data/sanctions";
import { ACTIVITIES } from "./schema";

/** Outcomes, from least to most restrictive (spec §10; PROHIBITED = PROHIBITED_SANCTIONS). */
export const OUTCOMES = [
  "NO_LICENCE",
  "NO_LICENCE_EXEMPT",
  "MANUAL_REVIEW",
  "LICENCE_REQUIRED",
  "PROHIBITED",
] as const;
export type ExportControlOutcome = (typeof OUTCOMES)[number];

export const RESIDENCIES = ["RESIDENT", "NON_RESIDENT"] as const;
export type Residency = (typeof RESIDENCIES)[number];

export const TOKUTEI_CATEGORIES = ["T1", "T2", "T3"] as const;
export type TokuteiCategory = (typeof TOKUTEI_CATEGORIES)[number];

/** APPLICABLE: at least one category; UNKNOWN: undeclared or unsettled; NOT_APPLICABLE: non-resident or pre-2022-05-01. */
export const TOKUTEI_STATUSES = ["NONE", "APPLICABLE", "UNKNOWN", "NOT_APPLICABLE"] as const;
export type TokuteiStatus = (typeof TOKUTEI_STATUSES)[number];

export const PROVISION_KINDS = [
  "TT1_RES_TO_NONRES",
  "TT1b_RES_TO_RES_REPROVISION",
  "TT2_PROVISION_ABROAD",
  "TT3_MEDIA_EXPORT",
  "TT4_TELECOM_SEND",
  "GOODS_EXPORT",
] as const;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];

export const ITEM_CLASSES = ["LIST", "CA16", "NON_CONTROLLED", "UNCLASSIFIED"] as const;
export type ItemClass = (typeof ITEM_CLASSES)[number];

export const CATCH_ALL_TRIGGERS = [
  "INFORM",
  "WMD_USE",
  "EUL_MATCH",
  "WMD_ENDUSER",
  "CONV_USE",
  "CONV_ENDUSER",
  "CONV_ENDUSER_17RO",
  "CONV_ENDUSER_19",
] as const;
export type CatchAllTrigger = (typeof CATCH_ALL_TRIGGERS)[number];

const ZBilingual = z.object({ ja: z.string(), en: z.string() });
/** A reason with its text and its citation (law, order, guideline or institution policy) in ja and en. */
export const ZReason = z.object({
  ruleId: z.string(),
  sourceId: z.string(),
  text: ZBilingual,
  citation: ZBilingual,
});

/**
 * The determination. The first seven fields are the stable interface named in issue 4; the rest are
 * additions for audit and UI (data versions, provision kinds, destination, catch-all triggers …).
 */
export const ZExportControlResult = z.object({
  outcome: z.enum(OUTCOMES),
  exemption: z.enum(EXEMPTION_IDS).nullable(),
  residency: z.enum(RESIDENCIES).nullable(),
  tokutei: z.array(z.enum(TOKUTEI_CATEGORIES)),
  rulesFired: z.array(z.string()),
  reasons: z.array(ZReason),
  asOf: z.string(),
  activity: z.enum(ACTIVITIES),
  engineVersion: z.string(),
  dataVersions: z.record(z.string(), z.string()),
  residencyRule: z.string().nullable(),
  tokuteiStatus: z.enum(TOKUTEI_STATUSES),
  provisionKinds: z.array(z.enum(PROVISION_KINDS)),
  listItem: z.string().nullable(),
  itemClass: z.enum(ITEM_CLASSES),
  sensitivityTiers: z.array(z.enum(SENSITIVITY_TIERS)),
  destinationCountry: z.string().nullable(),
  destinationGroup: z.enum(["A", "B", "C", "D"]).nullable(),
  catchAllClass: z.enum(CATCH_ALL_CLASSES).nullable(),
  catchAllTriggers: z.array(z.enum(CATCH_ALL_TRIGGERS)),
  exemptionCandidate: z.enum(EXEMPTION_IDS).nullable(),
  sanctions: z.array(z.enum(SANCTIONS_PROGRAM_IDS)),
  eul: z.object({
    categories: z.array(z.enum(EUL_CATEGORIES)),
    source: z.enum(["input", "screening", "not_screened", "none"]),
    listVersion: z.string().nullable(),
    matchedName: z.string().nullable(),
  }),
  reviewFlags: z.array(z.string()),
});
export type ExportControlResult = z.infer<typeof ZExportControlResult>;

/** A precomputed End User List screening result supplied by the server (issue 4). */
export interface EulLookup {
  categories: (typeof EUL_CATEGORIES)[number][];
  listVersion: string;
  matchedName: string;
}

/** Institution-configurable defaults for [R]/[U] items; every default is the conservative one. */
export interface ExportControlPolicy {
  /** spec §11 rule 4 [R]: an exemption never auto-clears a T-WMD (items 1–4) technology. */
  wmdTierBlocksExemption: boolean;
  /** spec §1.4 rule 4 [R]: a resident without a 特定類型 declaration is UNKNOWN until declared. */
  requireTokuteiDeclaration: boolean;
  /** spec §4.6 [U]: goods-only sanctions are applied to technology provision too. */
  extendGoodsSanctionsToTechnology: boolean;
}

export const DEFAULT_POLICY: ExportControlPolicy = {
  wmdTierBlocksExemption: true,
  requireTokuteiDeclaration: true,
  extendGoodsSanctionsToTechnology: true,
};
