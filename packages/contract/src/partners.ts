import {
  CONTACT_KINDS,
  CONTACT_VISIBILITY,
  CREDIT_RESULTS,
  isValidCorporateNumber,
  JAPAN_PRESENCE,
  PARTNER_TYPES,
  RISK_FLAGS,
  SIZE_CLASSES,
} from "@renkei/domain";
import { z } from "zod";
import { ZCountryCode, ZIsoDate, ZPage, ZPageQuery, ZReason } from "./common";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.too_long")
    .nullish()
    .transform((v) => (v ? v : null));

/** A partner organisation as entered by a user or an import row (seed 001 §IV.1-2). */
export const ZPartnerInput = z
  .object({
    legalName: z.string().trim().min(1, "validation.required").max(300, "validation.too_long"),
    nameEn: optionalText(300),
    nameRomanized: optionalText(300),
    aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
    type: z.enum(PARTNER_TYPES, "validation.partner_type"),
    country: ZCountryCode,
    corporateNumber: z
      .string()
      .trim()
      .nullish()
      .transform((v) => (v ? v.replace(/[-\s]/g, "") : null))
      .refine((v) => v === null || isValidCorporateNumber(v), "validation.corporate_number"),
    parentName: optionalText(300),
    controllingOwner: optionalText(300),
    foreignGovControl: z.boolean().default(false),
    stateOwned: z.boolean().default(false),
    japanPresence: z.enum(JAPAN_PRESENCE).default("unknown"),
    /**
     * Contribution in Japan (seed 001 事例1: 雇用・納税; null: not known), countries of operation and the
     * laws that apply (§IV.2-3), a spin-off's originating university. Absent: left as it is, so a client
     * that does not know these fields never clears them.
     */
    japanEmploys: z.boolean().nullable().optional(),
    japanPaysTax: z.boolean().nullable().optional(),
    operatingCountries: z
      .array(ZCountryCode)
      .max(60, "validation.too_long")
      .transform((v) => [...new Set(v)])
      .optional(),
    applicableLaws: z.string().trim().max(5_000, "validation.too_long").optional(),
    originUniversity: z
      .string()
      .trim()
      .max(300, "validation.too_long")
      .nullable()
      .transform((v) => (v ? v : null))
      .optional(),
    /** 大企業 / 中小企業 for the MEXT survey (issue 16 §1). */
    sizeClass: z.enum(SIZE_CLASSES).nullish(),
    website: z
      .string()
      .trim()
      .nullish()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || /^https?:\/\/[^\s]+$/.test(v), "validation.url"),
    ownerUserId: z
      .uuid()
      .nullish()
      .transform((v) => v ?? null),
    notes: z.string().max(10_000, "validation.too_long").default(""),
  })
  .refine((p) => p.corporateNumber === null || p.country === "JP", {
    message: "validation.corporate_number_domestic_only",
    path: ["corporateNumber"],
  })
  .meta({ id: "PartnerInput" });
export type TPartnerInput = z.input<typeof ZPartnerInput>;
export type TPartnerValues = z.output<typeof ZPartnerInput>;

export const ZPartnerUpdate = z
  .object({ version: z.number().int().min(1), partner: ZPartnerInput })
  .meta({ id: "PartnerUpdate" });

export const ZPartnerSummary = z
  .object({
    id: z.uuid(),
    institutionId: z.uuid(),
    legalName: z.string(),
    nameEn: z.string().nullable(),
    nameRomanized: z.string().nullable(),
    type: z.enum(PARTNER_TYPES),
    country: z.string(),
    riskFlags: z.array(z.enum(RISK_FLAGS)),
    updatedAt: z.string(),
  })
  .meta({ id: "PartnerSummary" });
export type TPartnerSummary = z.infer<typeof ZPartnerSummary>;

export const ZPartnerListQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).optional(),
  country: ZCountryCode.optional(),
  type: z.enum(PARTNER_TYPES).optional(),
  /** Comma-separated risk flags; a partner must have all of them. */
  risk: z
    .string()
    .max(500)
    .optional()
    .transform((v) => (v ? v.split(",").filter(Boolean) : []))
    .pipe(z.array(z.enum(RISK_FLAGS))),
  /** Another institution's registry, for hub staff with consulting access. */
  institutionId: z.uuid().optional(),
});
export type TPartnerListQuery = z.input<typeof ZPartnerListQuery>;

export const ZPartnerList = ZPage(ZPartnerSummary)
  .extend({
    /** `total` stopped counting at its cap: there are more matches than it says ("1,000+"). */
    totalCapped: z.boolean().default(false),
  })
  .meta({ id: "PartnerList" });
export type TPartnerList = z.infer<typeof ZPartnerList>;

export const ZAffiliation = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  partnerId: z.uuid(),
  partnerName: z.string(),
  role: z.string(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
});

export const ZContactInput = z
  .object({
    kind: z.enum(CONTACT_KINDS),
    occurredOn: ZIsoDate,
    title: z.string().trim().min(1, "validation.required").max(300),
    summary: z.string().max(10_000).default(""),
    visibility: z.enum(CONTACT_VISIBILITY).default("institution"),
    staffIds: z.array(z.uuid()).max(50).default([]),
    personIds: z.array(z.uuid()).max(50).default([]),
  })
  .meta({ id: "ContactInput" });

export const ZContact = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    kind: z.enum(CONTACT_KINDS),
    occurredOn: z.string(),
    title: z.string(),
    summary: z.string(),
    visibility: z.enum(CONTACT_VISIBILITY),
    staff: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
    people: z.array(z.object({ id: z.uuid(), name: z.string() })),
    createdBy: z.uuid(),
    createdAt: z.string(),
  })
  .meta({ id: "Contact" });
export type TContact = z.infer<typeof ZContact>;

export const ZCreditCheckInput = z
  .object({
    checkedOn: ZIsoDate,
    sources: z.string().trim().min(1, "validation.required").max(2000),
    result: z.enum(CREDIT_RESULTS),
    expiresOn: ZIsoDate.nullish().transform((v) => v ?? null),
    notes: z.string().max(10_000).default(""),
  })
  .refine((c) => c.expiresOn === null || c.expiresOn >= c.checkedOn, {
    message: "validation.expiry_before_check",
    path: ["expiresOn"],
  })
  .meta({ id: "CreditCheckInput" });

export const ZCreditCheck = z
  .object({
    id: z.uuid(),
    checkedBy: z.object({ id: z.uuid(), displayName: z.string() }),
    checkedOn: z.string(),
    sources: z.string(),
    result: z.enum(CREDIT_RESULTS),
    expiresOn: z.string().nullable(),
    notes: z.string(),
  })
  .meta({ id: "CreditCheck" });
export type TCreditCheck = z.infer<typeof ZCreditCheck>;

export const ZPartnerDetail = z
  .object({
    id: z.uuid(),
    institutionId: z.uuid(),
    version: z.number().int(),
    legalName: z.string(),
    nameEn: z.string().nullable(),
    nameRomanized: z.string().nullable(),
    aliases: z.array(z.string()),
    type: z.enum(PARTNER_TYPES),
    country: z.string(),
    corporateNumber: z.string().nullable(),
    parentName: z.string().nullable(),
    controllingOwner: z.string().nullable(),
    foreignGovControl: z.boolean(),
    stateOwned: z.boolean(),
    japanPresence: z.enum(JAPAN_PRESENCE),
    japanEmploys: z.boolean().nullable(),
    japanPaysTax: z.boolean().nullable(),
    /** Derived: what the high-risk assessment reads of the above (seed 001 事例1). */
    japanContribution: z.enum(["contributes", "partial", "none", "unknown"]),
    operatingCountries: z.array(z.string()),
    applicableLaws: z.string(),
    originUniversity: z.string().nullable(),
    sizeClass: z.enum(SIZE_CLASSES).nullable(),
    website: z.string().nullable(),
    owner: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    notes: z.string(),
    riskFlags: z.array(z.enum(RISK_FLAGS)),
    mergedIntoId: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    affiliations: z.array(ZAffiliation),
    contacts: z.array(ZContact),
    creditChecks: z.array(ZCreditCheck),
    /** True when the viewer reads another institution's registry through consulting access. */
    readOnly: z.boolean(),
  })
  .meta({ id: "PartnerDetail" });
export type TPartnerDetail = z.infer<typeof ZPartnerDetail>;

export const ZDuplicateCandidate = z
  .object({
    id: z.uuid(),
    legalName: z.string(),
    nameEn: z.string().nullable(),
    country: z.string(),
    corporateNumber: z.string().nullable(),
    score: z.number(),
    reasons: z.array(ZReason),
  })
  .meta({ id: "DuplicateCandidate" });
export type TDuplicateCandidate = z.infer<typeof ZDuplicateCandidate>;

export const ZDuplicateQuery = z.object({
  legalName: z.string().trim().min(1, "validation.required").max(300, "validation.too_long"),
  nameEn: z.string().trim().nullish(),
  nameRomanized: z.string().trim().nullish(),
  aliases: z.array(z.string().max(300, "validation.too_long")).max(50).default([]),
  country: ZCountryCode.nullish(),
  corporateNumber: z.string().trim().nullish(),
  excludeId: z.uuid().optional(),
});

export const ZMergeRequest = z.object({ duplicateId: z.uuid() }).meta({ id: "MergeRequest" });

export const ZImportRowError = z.object({ row: z.number().int(), field: z.string(), message: z.string() });
export const ZImportReport = z
  .object({
    mode: z.enum(["preview", "commit"]),
    rows: z.number().int(),
    valid: z.number().int(),
    errors: z.array(ZImportRowError),
    duplicates: z.array(
      z.object({
        row: z.number().int(),
        candidateId: z.uuid(),
        candidateName: z.string(),
        score: z.number(),
      }),
    ),
    preview: z.array(
      z.object({ row: z.number().int(), legalName: z.string(), country: z.string(), type: z.string() }),
    ),
    created: z.number().int(),
  })
  .meta({ id: "ImportReport" });
export type TImportReport = z.infer<typeof ZImportReport>;

export const ZPersonInput = z
  .object({
    name: z.string().trim().min(1, "validation.required").max(200),
    nameEn: optionalText(200),
    nameKana: optionalText(200),
    nationality: ZCountryCode.nullish().transform((v) => v ?? null),
    email: z
      .string()
      .trim()
      .nullish()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || /^[^@\s]+@[^@\s]+$/.test(v), "validation.email"),
    notes: z.string().max(10_000).default(""),
    partnerId: z.uuid().nullish(),
    role: z.string().trim().max(200).default(""),
    startedOn: ZIsoDate.nullish(),
  })
  .meta({ id: "PersonInput" });

export const ZPerson = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameEn: z.string().nullable(),
    nameKana: z.string().nullable(),
    nationality: z.string().nullable(),
    email: z.string().nullable(),
    notes: z.string(),
    affiliations: z.array(ZAffiliation),
  })
  .meta({ id: "Person" });
export type TPerson = z.infer<typeof ZPerson>;

export const ZMovePersonRequest = z
  .object({
    partnerId: z.uuid(),
    role: z.string().trim().max(200).default(""),
    movedOn: ZIsoDate,
  })
  .meta({ id: "MovePersonRequest" });
