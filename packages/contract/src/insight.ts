import { HUB_SCOPES, INDICATORS, IP_INCOME_KINDS, SURVEY_KINDS, SURVEY_PARTNER_TYPES } from "@renkei/domain";
import { z } from "zod";
import { ZCountryCode, ZIsoDate, ZUuid } from "./common";

const ZLabel = z.object({ ja: z.string(), en: z.string() });
const ZYen = z.number().int("validation.integer").min(0, "validation.min").max(1e13, "validation.max");
const optionalId = ZUuid.nullish().transform((v) => v ?? null);
export const ZFiscalYear = z.coerce.number().int().min(2000).max(2100);
const AGREEMENT_KINDS = ["joint_research", "contract_research", "clinical_trial", "endowed_chair"] as const;

/** An agreement coded for the MEXT survey when it is entered (issue 16 §1). */
export const ZSurveyAgreementInput = z
  .object({
    title: z.string().trim().min(1, "validation.required").max(300, "validation.too_long"),
    kind: z.enum(AGREEMENT_KINDS),
    /** Defaults to what the partner's record suggests; required without a partner. */
    partnerType: z
      .enum(SURVEY_PARTNER_TYPES)
      .nullish()
      .transform((v) => v ?? null),
    partnerId: optionalId,
    caseId: optionalId,
    startOn: ZIsoDate,
    endOn: ZIsoDate.nullish().transform((v) => v ?? null),
  })
  .refine((a) => a.endOn === null || a.endOn >= a.startOn, {
    path: ["endOn"],
    message: "validation.end_before_start",
  })
  .meta({ id: "SurveyAgreementInput" });

export const ZSurveyAgreement = z
  .object({
    id: ZUuid,
    title: z.string(),
    kind: z.enum(AGREEMENT_KINDS),
    partnerType: z.enum(SURVEY_PARTNER_TYPES),
    partnerId: ZUuid.nullable(),
    partnerName: z.string().nullable(),
    caseId: ZUuid.nullable(),
    caseNumber: z.string().nullable(),
    startOn: z.string(),
    endOn: z.string().nullable(),
    received: z.number(),
    version: z.number().int(),
  })
  .meta({ id: "SurveyAgreement" });

export const ZReceiptInput = z
  .object({
    agreementId: optionalId,
    partnerId: optionalId,
    kind: z.enum(SURVEY_KINDS),
    ipIncomeKind: z
      .enum(IP_INCOME_KINDS)
      .nullish()
      .transform((v) => v ?? null),
    partnerType: z
      .enum(SURVEY_PARTNER_TYPES)
      .nullish()
      .transform((v) => v ?? null),
    partnerCountry: ZCountryCode.nullish().transform((v) => v ?? null),
    direct: ZYen,
    indirect: ZYen.default(0),
    receivedOn: ZIsoDate,
    note: z.string().max(2000, "validation.too_long").default(""),
  })
  .refine((r) => (r.kind === "ip_income") === (r.ipIncomeKind !== null), {
    path: ["ipIncomeKind"],
    message: "validation.ip_income_kind",
  })
  .meta({ id: "ReceiptInput" });

export const ZReceipt = z
  .object({
    id: ZUuid,
    agreementId: ZUuid.nullable(),
    agreementTitle: z.string().nullable(),
    partnerId: ZUuid.nullable(),
    partnerName: z.string().nullable(),
    kind: z.enum(SURVEY_KINDS),
    ipIncomeKind: z.enum(IP_INCOME_KINDS).nullable(),
    partnerType: z.enum(SURVEY_PARTNER_TYPES),
    partnerCountry: z.string().nullable(),
    direct: z.number(),
    indirect: z.number(),
    receivedOn: z.string(),
    fiscalYear: z.number().int(),
    note: z.string(),
  })
  .meta({ id: "Receipt" });

export const ZFyQuery = z.object({ fy: ZFiscalYear });

export const ZSurveyFigure = z.object({
  id: z.string(),
  section: z.string(),
  label: ZLabel,
  value: z.number(),
  unit: z.enum(["count", "yen", "ratio"]),
  recordCount: z.number().int(),
});

export const ZSurvey = z
  .object({
    fiscalYear: z.number().int(),
    asOf: z.string(),
    figures: z.array(ZSurveyFigure),
    notHeld: z.array(z.object({ id: z.string(), label: ZLabel })),
    incomplete: z.array(z.object({ partnerId: ZUuid, partnerName: z.string() })),
    dataVersions: z.record(z.string(), z.string()),
  })
  .meta({ id: "Survey" });

export const ZFigureRecord = z.object({
  kind: z.enum(["agreement", "receipt", "patent", "licence", "spinoff"]),
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  amount: z.number().nullable(),
  partnerName: z.string().nullable(),
  caseId: ZUuid.nullable(),
});

export const ZIndicator = z.object({
  id: z.enum(Object.keys(INDICATORS) as [keyof typeof INDICATORS, ...(keyof typeof INDICATORS)[]]),
  label: ZLabel,
  unit: z.enum(["count", "yen", "ratio"]),
  actual: z.number(),
  target: z.number().nullable(),
  achieved: z.boolean().nullable(),
  ratio: z.number().nullable(),
});

export const ZTargetInput = z
  .object({
    fiscalYear: ZFiscalYear,
    indicatorId: ZIndicator.shape.id,
    target: z.number().min(0, "validation.min").max(1e13, "validation.max"),
  })
  .meta({ id: "TargetInput" });

export const ZHubGrant = z
  .object({
    hubInstitutionId: ZUuid,
    hubName: ZLabel,
    scopes: z.array(z.enum(HUB_SCOPES)),
    grantedAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: "HubGrant" });

export const ZHubGrantInput = z
  .object({ hubInstitutionId: ZUuid, scopes: z.array(z.enum(HUB_SCOPES)).max(HUB_SCOPES.length) })
  .meta({ id: "HubGrantInput" });

export const ZHubOption = z.object({ id: ZUuid, name: ZLabel });

export type TSurveyAgreement = z.infer<typeof ZSurveyAgreement>;
export type TSurveyAgreementInput = z.infer<typeof ZSurveyAgreementInput>;
export type TReceipt = z.infer<typeof ZReceipt>;
export type TReceiptInput = z.infer<typeof ZReceiptInput>;
export type TSurvey = z.infer<typeof ZSurvey>;
export type TFigureRecord = z.infer<typeof ZFigureRecord>;
export type TIndicator = z.infer<typeof ZIndicator>;
export type THubGrant = z.infer<typeof ZHubGrant>;
