import {
  AGREEMENT_KINDS,
  BAYH_DOLE_RECORD_KINDS,
  DEADLINE_KINDS,
  FILING_KINDS,
  FILING_STATUSES,
  FUNDING_KINDS,
  INCOME_KINDS,
  INVENTION_CATEGORIES,
  SECRECY_RESULTS,
  SECRECY_REVIEW_STATUSES,
} from "@renkei/domain";
import { z } from "zod";
import { ZCountryCode, ZIsoDate, ZReason } from "./common";

/** IP and agreements (issue 14): request and response shapes. Money is whole yen; rates are basis points. */

const text = (max: number) => z.string().trim().max(max, "validation.too_long");
const required = (max: number) => text(max).min(1, "validation.required");
const optionalDate = ZIsoDate.nullish().transform((v) => v ?? null);
const ZYen = z.number().int().min(0).max(1e15);
/** Percent with at most two decimals (寄与率・持分), e.g. 33.33. */
const ZPercent = z
  .number()
  .min(0)
  .max(100)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
    message: "validation.percent_two_decimals",
  });

export const ZIpReason = ZReason;

export const ZInventionInput = z
  .object({
    title: required(300),
    summary: text(10_000).default(""),
    field: text(300).default(""),
    caseId: z.uuid().nullable().default(null),
    backgroundCaseIds: z.array(z.uuid()).max(20).default([]),
    agreementRef: text(200)
      .nullish()
      .transform((v) => v || null),
    inventors: z
      .array(
        z.object({
          userId: z.uuid().nullable(),
          name: required(200),
          affiliation: text(200).default(""),
          sharePercent: ZPercent,
        }),
      )
      .min(1, "validation.required")
      .max(30),
    funding: z
      .array(
        z.object({
          kind: z.enum(FUNDING_KINDS),
          funder: required(200),
          programme: text(300).default(""),
          bayhDole: z.boolean().default(false),
        }),
      )
      .max(20)
      .default([]),
  })
  .meta({ id: "InventionInput" });

export const ZInventionUpdate = ZInventionInput.extend({ version: z.number().int().positive() }).meta({
  id: "InventionUpdate",
});

export const ZInventionDecision = z
  .object({
    category: z.enum(INVENTION_CATEGORIES),
    institutionTakes: z.boolean(),
    note: text(2000).default(""),
    version: z.number().int().positive(),
  })
  .meta({ id: "InventionDecision" });

export const ZSecrecyCheckInput = z
  .object({
    result: z.enum(SECRECY_RESULTS),
    reviewStatus: z.enum(SECRECY_REVIEW_STATUSES).default("none"),
    checkedOn: ZIsoDate,
    evidence: required(1000),
  })
  .meta({ id: "SecrecyCheckInput" });

const ZCoOwner = z.object({
  name: required(200),
  partnerId: z.uuid().nullable().default(null),
  sharePercent: ZPercent,
  /** Share of filing and maintenance costs this owner bears under the agreement (E16). */
  costSharePercent: ZPercent,
});

export const ZFilingInput = z
  .object({
    kind: z.enum(FILING_KINDS),
    /** Office: ISO country code, or `WO` for a PCT application. */
    country: ZCountryCode.or(z.literal("WO")),
    applicationNo: text(100).default(""),
    filedOn: ZIsoDate,
    priorityDate: optionalDate,
    examinationRequestedOn: optionalDate,
    registeredOn: optionalDate,
    patentNo: text(100)
      .nullish()
      .transform((v) => v || null),
    paidThroughYear: z.number().int().min(0).max(25).default(0),
    status: z.enum(FILING_STATUSES).default("filed"),
    coOwners: z.array(ZCoOwner).max(10).default([]),
    costNote: text(2000).default(""),
  })
  .meta({ id: "FilingInput" });

export const ZFilingUpdate = ZFilingInput.extend({ version: z.number().int().positive() }).meta({
  id: "FilingUpdate",
});

export const ZBayhDoleInput = z
  .object({
    kind: z.enum(BAYH_DOLE_RECORD_KINDS),
    /** The invention; null for a case-level record (e.g. approval to transfer a funded case's results). */
    inventionId: z.uuid().nullable().default(null),
    /** The agreement the record is about (approval, notice), if any; else the invention as a whole. */
    agreementId: z.uuid().nullable().default(null),
    /** A case the invention is brought into (approval, notice for the joint research). */
    caseId: z.uuid().nullable().default(null),
    actedOn: ZIsoDate,
    evidence: required(500),
    note: text(2000).default(""),
  })
  .meta({ id: "BayhDoleInput" });

export const ZFinancialTermsInput = z.object({
  upfront: ZYen.default(0),
  upfrontOn: optionalDate,
  tiers: z
    .array(z.object({ upTo: ZYen.nullable(), rateBp: z.number().int().min(0).max(10_000) }))
    .max(10)
    .default([]),
  milestones: z
    .array(z.object({ name: required(200), amount: ZYen, expectedOn: ZIsoDate }))
    .max(20)
    .default([]),
  minimumAnnualRoyalty: ZYen.default(0),
});

export const ZAgreementInput = z
  .object({
    kind: z.enum(AGREEMENT_KINDS),
    partnerId: z.uuid().nullable().default(null),
    counterpartyName: required(300),
    counterpartyCountry: ZCountryCode,
    counterpartyIsCoOwner: z.boolean().default(false),
    optionGrantsExclusive: z.boolean().default(false),
    territory: text(300).default(""),
    fieldOfUse: text(300).default(""),
    exceptionIds: z.array(z.string().max(10)).max(7).default([]),
    exceptionReason: text(2000).default(""),
    startsOn: optionalDate,
    endsOn: optionalDate,
    terms: ZFinancialTermsInput,
    forecast: z
      .array(z.object({ fiscalYear: z.number().int().min(2000).max(2100), netSales: ZYen }))
      .max(30)
      .default([]),
    caseId: z.uuid().nullable().default(null),
  })
  .meta({ id: "AgreementInput" });

export const ZExceptionApproval = z
  .object({ approvedOn: ZIsoDate, version: z.number().int().positive() })
  .meta({ id: "ExceptionApproval" });

export const ZAgreementSign = z
  .object({ signedOn: ZIsoDate, version: z.number().int().positive() })
  .meta({ id: "AgreementSign" });

export const ZIncomeInput = z
  .object({
    kind: z.enum(INCOME_KINDS),
    amount: ZYen,
    receivedOn: ZIsoDate,
    /** The licensee's report: period and net sales, for a running royalty. */
    periodFrom: optionalDate,
    periodTo: optionalDate,
    netSales: ZYen.nullish().transform((v) => v ?? null),
    note: text(2000).default(""),
  })
  .meta({ id: "IncomeInput" });

export const ZDeadline = z.object({
  kind: z.enum(DEADLINE_KINDS),
  year: z.number().nullable(),
  nominalOn: z.string(),
  dueOn: z.string(),
  label: z.object({ ja: z.string(), en: z.string() }),
  reasons: z.array(ZIpReason),
});

const ZUser = z.object({ id: z.string(), displayName: z.string() }).nullable();

export const ZInventionSummary = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    title: z.string(),
    stage: z.enum(["awaiting_confirmation", "awaiting_decision", "decided"]),
    category: z.enum(INVENTION_CATEGORIES).nullable(),
    bayhDole: z.boolean(),
    designated: z.boolean(),
    inventors: z.array(z.string()),
    filings: z.number(),
    nextDeadline: ZDeadline.nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "InventionSummary" });

const ZDecision = z.object({ outcome: z.enum(["allowed", "denied"]), reasons: z.array(ZIpReason) });

export const ZInventionDetail = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    title: z.string(),
    summary: z.string(),
    field: z.string(),
    caseId: z.uuid().nullable(),
    backgroundCaseIds: z.array(z.uuid()),
    agreementRef: z.string().nullable(),
    version: z.number(),
    stage: z.enum(["awaiting_confirmation", "awaiting_decision", "decided"]),
    category: z.enum(INVENTION_CATEGORIES).nullable(),
    institutionTakes: z.boolean().nullable(),
    decidedBy: ZUser,
    decidedOn: z.string().nullable(),
    decisionNote: z.string(),
    decisionBlockers: z.array(ZIpReason),
    bayhDole: z.boolean(),
    createdBy: ZUser,
    createdAt: z.string(),
    inventors: z.array(
      z.object({
        id: z.uuid(),
        userId: z.uuid().nullable(),
        name: z.string(),
        affiliation: z.string(),
        sharePercent: z.number(),
        confirmedAt: z.string().nullable(),
      }),
    ),
    funding: z.array(
      z.object({
        kind: z.enum(FUNDING_KINDS),
        funder: z.string(),
        programme: z.string(),
        bayhDole: z.boolean(),
      }),
    ),
    secrecy: z.object({
      latest: z
        .object({
          result: z.enum(SECRECY_RESULTS),
          reviewStatus: z.enum(SECRECY_REVIEW_STATUSES),
          checkedOn: z.string(),
          evidence: z.string(),
          recordedBy: ZUser,
        })
        .nullable(),
      foreignFiling: ZDecision,
      publication: ZDecision,
    }),
    filings: z.array(
      ZFilingInput.extend({
        id: z.uuid(),
        version: z.number(),
        deadlines: z.array(ZDeadline),
      }),
    ),
    agreements: z.array(
      ZAgreementInput.extend({
        id: z.uuid(),
        version: z.number(),
        status: z.enum(["draft", "signed", "terminated"]),
        signedOn: z.string().nullable(),
        exceptionApproval: z.object({ by: ZUser, role: z.string(), on: z.string() }).nullable(),
        determination: z.object({
          outcome: z.enum(["allowed", "needs_approval", "refused"]),
          reasons: z.array(ZIpReason),
          approverRoles: z.array(z.string()),
        }),
        bayhDoleBlockers: z.array(ZIpReason),
        expectedIncome: z.array(
          z.object({
            fiscalYear: z.number(),
            upfront: z.number(),
            milestones: z.number(),
            royalty: z.number(),
            minimumTopUp: z.number(),
            total: z.number(),
          }),
        ),
        income: z.array(ZIncomeInput.extend({ id: z.uuid(), recordedBy: ZUser, recordedAt: z.string() })),
      }),
    ),
    bayhDoleRecords: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(BAYH_DOLE_RECORD_KINDS),
        agreementId: z.uuid().nullable(),
        caseId: z.uuid().nullable(),
        actedOn: z.string(),
        evidence: z.string(),
        note: z.string(),
        recordedBy: ZUser,
        recordedAt: z.string(),
        withdrawnAt: z.string().nullable(),
      }),
    ),
    bayhDoleObligations: z.array(
      z.object({
        kind: z.enum(BAYH_DOLE_RECORD_KINDS),
        subjectId: z.string().nullable(),
        dueOn: z.string().nullable(),
        status: z.enum(["open", "overdue", "fulfilled"]),
        blocking: z.boolean(),
        reasons: z.array(ZIpReason),
      }),
    ),
    bayhDoleNotes: z.array(ZIpReason),
    incomeByFiscalYear: z.array(
      z.object({ fiscalYear: z.number(), total: z.number(), byKind: z.record(z.string(), z.number()) }),
    ),
  })
  .meta({ id: "InventionDetail" });

export const ZDocketEntry = z
  .object({
    inventionId: z.uuid(),
    inventionRef: z.string(),
    inventionTitle: z.string(),
    filingId: z.uuid(),
    filingKind: z.enum(FILING_KINDS),
    country: z.string(),
    applicationNo: z.string(),
    deadline: ZDeadline,
  })
  .meta({ id: "DocketEntry" });

export const ZIncomeReport = z
  .object({
    years: z.array(
      z.object({ fiscalYear: z.number(), total: z.number(), byKind: z.record(z.string(), z.number()) }),
    ),
  })
  .meta({ id: "IncomeReport" });

export type TInventionInput = z.input<typeof ZInventionInput>;
export type TInventionDetail = z.infer<typeof ZInventionDetail>;
export type TInventionSummary = z.infer<typeof ZInventionSummary>;
export type TDocketEntry = z.infer<typeof ZDocketEntry>;
export type TAgreementInput = z.input<typeof ZAgreementInput>;
export type TIpReason = z.infer<typeof ZIpReason>;
