import {
  DATA_ACCESS_LEVELS,
  MODEL_TEXT_KINDS,
  MODEL_TEXT_SCOPES,
  NP_RESULT_DECISIONS,
  ROLES,
  STANDARD_ACTIVITY_KINDS,
  STANDARD_ACTIVITY_STATUSES,
  THIRD_COUNTRY_ARBITRATION,
} from "@renkei/domain";
import { z } from "zod";
import { ZIsoDate } from "./common";
import { ZIpReason } from "./ip";

/**
 * Issue 14 items 6–8 and issue 17 item 6: the model-text library, the licence-policy settings, the
 * important-technology list and a national project's IP records. Money is whole yen.
 */

const text = (max: number) => z.string().trim().max(max, "validation.too_long");
const required = (max: number) => text(max).min(1, "validation.required");
const optionalDate = ZIsoDate.nullish().transform((v) => v ?? null);

export const ZModelTextInput = z
  .object({
    kind: z.enum(MODEL_TEXT_KINDS),
    scope: z.enum(MODEL_TEXT_SCOPES),
    titleJa: required(300),
    titleEn: required(300),
    bodyJa: required(100_000),
    bodyEn: required(100_000),
    changeNote: text(2_000).default(""),
    effectiveOn: ZIsoDate,
  })
  .meta({ id: "ModelTextInput" });

export const ZModelText = z
  .object({
    id: z.uuid(),
    kind: z.enum(MODEL_TEXT_KINDS),
    scope: z.enum(MODEL_TEXT_SCOPES),
    version: z.number().int(),
    titleJa: z.string(),
    titleEn: z.string(),
    bodyJa: z.string(),
    bodyEn: z.string(),
    changeNote: z.string(),
    effectiveOn: z.string(),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "ModelText" });

export const ZModelTextDiff = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    ja: z.array(z.object({ op: z.enum(["same", "added", "removed"]), text: z.string() })),
    en: z.array(z.object({ op: z.enum(["same", "added", "removed"]), text: z.string() })),
  })
  .meta({ id: "ModelTextDiff" });

const ZLabelled = z.object({ id: required(20), ja: required(500), en: required(500) });

export const ZLicencePolicySettings = z
  .object({
    foreignExceptions: z.array(ZLabelled).min(1, "validation.required").max(30),
    exceptionApprovers: z.array(z.enum(ROLES)).min(1, "validation.required").max(5),
    bayhDoleReportWithinDays: z.number().int().min(1).max(365),
  })
  .meta({ id: "LicencePolicySettings" });

/**
 * The contract policies the IP office owns (X4, X9, X10): third-country arbitration (case 27) is set here,
 * not by the case coordinator whose contract it would flag. The indirect rates are shown beside it; they
 * stay in the case settings.
 */
export const ZIpContractPolicyInput = z
  .object({ thirdCountryArbitration: z.enum(THIRD_COUNTRY_ARBITRATION) })
  .meta({ id: "IpContractPolicyInput" });

export const ZIpContractPolicy = ZIpContractPolicyInput.extend({
  standardIndirectRatePercent: z.number(),
  enhancedIndirectRatePercent: z.number(),
}).meta({ id: "IpContractPolicy" });
export type TIpContractPolicy = z.infer<typeof ZIpContractPolicy>;

export const ZTechItem = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/, "validation.code"),
  labelJa: required(200),
  labelEn: required(200),
});

export const ZTechListInput = z
  .object({
    items: z.array(ZTechItem).min(1, "validation.required").max(200),
    changeNote: text(2_000).default(""),
    effectiveOn: ZIsoDate,
  })
  .meta({ id: "TechListInput" });

export const ZTechList = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    items: z.array(ZTechItem),
    changeNote: z.string(),
    effectiveOn: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: "TechList" });

export const ZNpResultInput = z
  .object({
    title: required(300),
    description: text(5_000).default(""),
    inventionId: z.uuid().nullable().default(null),
  })
  .meta({ id: "NpResultInput" });

export const ZNpResultDecisionInput = z
  .object({
    decision: z.enum(NP_RESULT_DECISIONS),
    reason: required(2_000),
    decidedOn: ZIsoDate,
    version: z.number().int().positive(),
  })
  .meta({ id: "NpResultDecisionInput" });

const ZDataSet = z.object({
  name: required(200),
  access: z.enum(DATA_ACCESS_LEVELS),
  reason: text(1_000).default(""),
  repository: text(300).default(""),
  manager: text(200).default(""),
});

export const ZNpDataPlanInput = z
  .object({
    datasets: z.array(ZDataSet).max(100),
    note: text(5_000).default(""),
    version: z.number().int().nonnegative(),
  })
  .meta({ id: "NpDataPlanInput" });

export const ZNpTechTagsInput = z
  .object({
    listId: z.uuid(),
    codes: z.array(z.string().trim().max(40)).max(100),
    version: z.number().int().nonnegative(),
  })
  .meta({ id: "NpTechTagsInput" });

export const ZNpSubcontractorInput = z
  .object({
    partnerId: z.uuid(),
    workScope: required(1_000),
    amount: z.number().int().min(0).max(1e15).nullable().default(null),
    startsOn: optionalDate,
    endsOn: optionalDate,
  })
  .refine((v) => v.startsOn === null || v.endsOn === null || v.startsOn <= v.endsOn, {
    message: "validation.date_order",
    path: ["endsOn"],
  })
  .meta({ id: "NpSubcontractorInput" });

export const ZNpStandardInput = z
  .object({
    kind: z.enum(STANDARD_ACTIVITY_KINDS),
    body: required(200),
    title: required(300),
    status: z.enum(STANDARD_ACTIVITY_STATUSES).default("planned"),
    startsOn: optionalDate,
    note: text(2_000).default(""),
  })
  .meta({ id: "NpStandardInput" });

export const ZNpRecords = z
  .object({
    caseId: z.uuid(),
    caseRef: z.string(),
    caseTitle: z.string(),
    version: z.number().int(),
    canEdit: z.boolean(),
    canDecide: z.boolean(),
    results: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        description: z.string(),
        inventionId: z.uuid().nullable(),
        inventionRef: z.string().nullable(),
        decision: z.enum(NP_RESULT_DECISIONS).nullable(),
        decisionReason: z.string(),
        decidedByName: z.string().nullable(),
        decidedOn: z.string().nullable(),
        version: z.number().int(),
      }),
    ),
    datasets: z.array(ZDataSet),
    dataNote: z.string(),
    dataWarnings: z.array(ZIpReason),
    techList: ZTechList.nullable(),
    techCodes: z.array(z.string()),
    latestTechListVersion: z.number().int().nullable(),
    subcontractors: z.array(
      z.object({
        id: z.uuid(),
        partnerId: z.uuid(),
        partnerName: z.string(),
        partnerCountry: z.string().nullable(),
        screeningStatus: z.string().nullable(),
        workScope: z.string(),
        amount: z.number().nullable(),
        startsOn: z.string().nullable(),
        endsOn: z.string().nullable(),
      }),
    ),
    standards: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(STANDARD_ACTIVITY_KINDS),
        body: z.string(),
        title: z.string(),
        status: z.enum(STANDARD_ACTIVITY_STATUSES),
        startsOn: z.string().nullable(),
        note: z.string(),
      }),
    ),
  })
  .meta({ id: "NpRecords" });
export type TNpRecords = z.infer<typeof ZNpRecords>;
export type TModelText = z.infer<typeof ZModelText>;
export type TTechList = z.infer<typeof ZTechList>;
