import { z } from "zod";
import { ZKnownCountryCode } from "../shared/countries";
import { EUL_CATEGORIES } from "./data/eul";
import { LIST_ITEM_IDS } from "./data/list-items";
import { ZIsoDate } from "./data/versioned";

/**
 * Input facts of `renkei export-control assess` and `POST /api/v1/export-control/assess`. Every object is
 * loose (extra fields are accepted and kept), every field is optional; the engine treats a missing fact
 * conservatively and says so in the reasons. Field meanings are documented in docs/export-control-assess.md.
 */

/** ISO 3166-1 alpha-2 country code, normalised to upper case. */
const ZCountry = ZKnownCountryCode;

export const ACTIVITIES = ["technology_provision", "goods_export"] as const;
export const CHANNELS = ["in_person", "carried_media", "electronic"] as const;
export const PURPOSES = [
  "publication",
  "basic_science",
  "patent_filing",
  "use_of_exported_goods",
  "use_of_program",
  "product_development",
  "other",
] as const;

/** 特定類型 self-declaration / pledge facts (spec §1.4, §1.5). */
export const ZTokuteiFacts = z.looseObject({
  foreignEmploymentContract: z.boolean().optional(),
  priorityAgreement: z.boolean().optional(),
  /** Foreign-government benefit as a fraction of annual income (0.25 = 25 %). */
  foreignGovBenefitShare: z.number().min(0).optional(),
  foreignGovScholarship: z.boolean().optional(),
  benefitReceivedBeforeEmployment: z.boolean().optional(),
  benefitPaidToInstitution: z.boolean().optional(),
  actingOnForeignGovInstruction: z.boolean().optional(),
  groupForeignEntity: z.boolean().optional(),
  benefitFromStateOwnedEntity: z.boolean().optional(),
  metiNotice: z.boolean().optional(),
});

/** The natural person receiving the technology (spec §2). */
export const ZRecipientFacts = z.looseObject({
  nationality: ZCountry.optional(),
  employedInJapan: z.boolean().optional(),
  employerCountry: ZCountry.optional(),
  entryDate: ZIsoDate.optional(),
  remoteFromAbroad: z.boolean().optional(),
  diplomatOrForeignOfficial: z.boolean().optional(),
  workingAbroad: z.boolean().optional(),
  abroadSince: ZIsoDate.optional(),
  plannedStayAbroadMonths: z.number().min(0).optional(),
  returnedToJapanOn: ZIsoDate.optional(),
  returnedPermanently: z.boolean().optional(),
  usOrUnForces: z.boolean().optional(),
  japaneseDiplomaticMission: z.boolean().optional(),
  tokutei: ZTokuteiFacts.optional(),
  /** A researcher of the institution: 特定類型② is then read from their COI profile (issue 13 J4). */
  profileUserId: z.uuid().optional(),
});

/** Where and how the technology is provided, or where the goods go (spec §1.2). */
export const ZProvisionFacts = z.looseObject({
  place: ZCountry.optional(),
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).optional(),
  destinationCountry: ZCountry.optional(),
  evidentReprovision: z.boolean().optional(),
});

// Accept "3の2" and numbers for convenience; the canonical ids are those of LIST_ITEM_IDS.
const ZListItemInput = z.preprocess(
  (v) => (typeof v === "number" ? String(v) : typeof v === "string" ? v.replace("の", "-").trim() : v),
  z.enum([...LIST_ITEM_IDS, "16-1", "16-2"]).nullable(),
);

/** The technology or goods, as classified by the 該非判定 (spec §3) and the exemption facts (§5). */
export const ZItemFacts = z.looseObject({
  listItem: ZListItemInput.optional(),
  hsCode: z
    .string()
    .max(20)
    .transform((s) => s.replace(/[.\s]/g, ""))
    .pipe(z.string().regex(/^\d{4,10}$/, { message: "expected an HS code of 4–10 digits" }))
    .optional(),
  concernTypes: z.array(z.enum(EUL_CATEGORIES)).max(EUL_CATEGORIES.length).optional(),
  published: z.boolean().optional(),
  restrictedAudience: z.boolean().optional(),
  purpose: z.enum(PURPOSES).optional(),
  beyondFilingMinimum: z.boolean().optional(),
  productionKnowHow: z.boolean().optional(),
  improvesPerformance: z.boolean().optional(),
  commerciallyAvailableProgram: z.boolean().optional(),
  programExclusionApplies: z.boolean().optional(),
});

/** The end user / importer (spec §4). */
export const ZEndUserFacts = z.looseObject({
  name: z.string().max(500).optional(),
  country: ZCountry.optional(),
  eulCategories: z.array(z.enum(EUL_CATEGORIES)).max(EUL_CATEGORIES.length).optional(),
  informNotice: z.boolean().optional(),
  statedMilitaryUse: z.boolean().optional(),
  statedWmdUse: z.boolean().optional(),
  clearlyCivilEvidence: z.boolean().optional(),
  russiaDesignatedEntity: z.boolean().optional(),
});

/**
 * Extra fields are kept, and facts are stored with reviews and in the audit log, which cannot be
 * deleted: a whole set of facts is bounded (issue 10: 50 MB of facts must not reach the audit log).
 */
export const MAX_FACTS_CHARS = 65_536;
export const ZExportControlFacts = z
  .looseObject({
    asOf: ZIsoDate.optional(),
    activity: z.enum(ACTIVITIES).optional(),
    recipient: ZRecipientFacts.optional(),
    provision: ZProvisionFacts.optional(),
    item: ZItemFacts.optional(),
    endUser: ZEndUserFacts.optional(),
  })
  .refine((f) => JSON.stringify(f).length <= MAX_FACTS_CHARS, {
    message: "validation.too_long",
  });

export type ExportControlFacts = z.infer<typeof ZExportControlFacts>;
export type ExportControlFactsInput = z.input<typeof ZExportControlFacts>;
export type RecipientFacts = z.infer<typeof ZRecipientFacts>;
export type TokuteiFacts = z.infer<typeof ZTokuteiFacts>;
export type ProvisionFacts = z.infer<typeof ZProvisionFacts>;
export type ItemFacts = z.infer<typeof ZItemFacts>;
export type EndUserFacts = z.infer<typeof ZEndUserFacts>;
export type Activity = (typeof ACTIVITIES)[number];
export type Purpose = (typeof PURPOSES)[number];
