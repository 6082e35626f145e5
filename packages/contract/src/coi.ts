import {
  AMOUNT_BANDS,
  DECLARATION_KINDS,
  DECLARATION_STATES,
  DECLARATION_TRIGGERS,
  DETERMINATIONS,
  INSTITUTIONAL_COI_KINDS,
  SECURITY_TIERS,
  ZEquity,
  ZForeignTravel,
  ZInterest,
  ZManagementPlanInput,
  ZProfileAppointment,
  ZSecurityReviewInput,
  ZSelfCheck,
  ZSupport,
  ZTalentProgramme,
} from "@renkei/domain";
import { z } from "zod";
import { ZDecisionReason, ZIsoDate, ZReason, ZUuid } from "./common";

/** Conflict of interest and research integrity (issue 13): request and response shapes. */

const stamp = { recordedOn: ZIsoDate.optional() };
const text = (max: number) => z.string().trim().max(max, "validation.too_long");

/** The profile as the researcher edits it; the server stamps each new item's `recordedOn`. */
export const ZCoiProfileInput = z
  .object({
    orcid: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, "validation.orcid")
      .nullish()
      .transform((v) => v ?? null),
    annualIncomeJpy: z.number().int().min(0).max(10_000_000_000).nullable(),
    appointments: z.array(ZProfileAppointment.extend(stamp)).max(100),
    support: z.array(ZSupport.extend(stamp)).max(200),
    equity: z.array(ZEquity.extend(stamp)).max(100),
    talentProgrammes: z.array(ZTalentProgramme.extend(stamp)).max(50),
    foreignTravel: z.array(ZForeignTravel).max(200),
  })
  .meta({ id: "CoiProfileInput" });

export const ZCoiProfileSave = z.object({
  /** The version the editor started from (0 when there is none): a stale save is refused. */
  version: z.number().int().min(0),
  profile: ZCoiProfileInput,
  delegateUserId: ZUuid.nullish().transform((v) => v ?? null),
});

export const ZCoiProfileView = z
  .object({
    userId: ZUuid,
    userName: z.string(),
    version: z.number().int(),
    savedAt: z.string().nullable(),
    savedByName: z.string().nullable(),
    delegateUserId: ZUuid.nullable(),
    profile: z.unknown(),
    history: z.array(
      z.object({ version: z.number().int(), savedAt: z.string(), savedByName: z.string().nullable() }),
    ),
    commitment: z.object({
      outcome: z.enum(["ok", "warning"]),
      outsidePercent: z.number(),
      totalPercent: z.number(),
      reasons: z.array(ZReason),
    }),
    tokutei: z.object({ foreignGovBenefitShare: z.number().nullable(), reasons: z.array(ZReason) }),
    canEdit: z.boolean(),
  })
  .meta({ id: "CoiProfile" });
export type TCoiProfileView = z.infer<typeof ZCoiProfileView>;

export const ZCycleInput = z
  .object({
    title: text(200).min(1, "validation.required"),
    opensOn: ZIsoDate,
    dueOn: ZIsoDate,
    validUntil: ZIsoDate,
  })
  .refine((v) => v.dueOn >= v.opensOn && v.validUntil >= v.dueOn, {
    message: "validation.date_order",
    path: ["dueOn"],
  })
  .meta({ id: "CoiCycleInput" });

export const ZCycle = z.object({
  id: ZUuid,
  title: z.string(),
  opensOn: z.string(),
  dueOn: z.string(),
  validUntil: z.string(),
});

export const ZDeclarationCreate = z
  .object({
    trigger: z.enum(DECLARATION_TRIGGERS),
    cycleId: ZUuid.nullish().transform((v) => v ?? null),
    caseId: ZUuid.nullish().transform((v) => v ?? null),
  })
  .meta({ id: "CoiDeclarationCreate" });

export const ZDeclarationSave = z
  .object({
    version: z.number().int(),
    selfCheck: ZSelfCheck,
    interests: z.array(ZInterest).max(50),
  })
  .meta({ id: "CoiDeclarationSave" });

export const ZDeclarationSubmit = z.object({
  version: z.number().int(),
  /** The declarant's attestation that the declaration is true and complete. */
  attest: z.literal(true, "validation.attest_required"),
});

export const ZDeclarationReturn = z.object({
  version: z.number().int(),
  /** The reason for returning, which the declarant reads: required like every decision's reason. */
  comment: text(5000).min(1, "validation.reason_required"),
});
export const ZDeclarationApprove = z.object({
  version: z.number().int(),
  validUntil: ZIsoDate.nullish().transform((v) => v ?? null),
});
export const ZBulkApprove = z.object({ ids: z.array(ZUuid).min(1).max(200) });
export const ZAssignExternal = z.object({ userId: ZUuid });

export const ZDeterminationInput = z
  .object({
    interestId: z.string().min(1).max(64),
    caseId: ZUuid.nullish().transform((v) => v ?? null),
    outcome: z.enum(DETERMINATIONS),
    /** The committee's own reason for this determination (issue 11 item 6): required, stored and shown. */
    reason: ZDecisionReason,
    plan: ZManagementPlanInput.nullish().transform((v) => v ?? null),
  })
  .meta({ id: "CoiDeterminationInput" });

export const ZPlanMonitor = z.object({
  version: z.number().int(),
  notes: text(5000).min(1, "validation.required"),
  nextMonitoringOn: ZIsoDate.nullish().transform((v) => v ?? null),
  close: z.boolean().default(false),
});

const ZPlan = z.object({
  id: ZUuid,
  conditions: z.array(z.string()),
  startsOn: z.string(),
  monitoringOn: z.string(),
  monitorUserId: ZUuid.nullable(),
  status: z.enum(["active", "closed"]),
  lastMonitoredOn: z.string().nullable(),
  monitoringNotes: z.string(),
  version: z.number().int(),
});

export const ZDeclarationSummary = z.object({
  id: ZUuid,
  declarantUserId: ZUuid,
  declarantName: z.string(),
  kind: z.enum(DECLARATION_KINDS),
  trigger: z.enum(DECLARATION_TRIGGERS),
  cycleTitle: z.string().nullable(),
  status: z.enum(DECLARATION_STATES),
  submittedAt: z.string().nullable(),
  approvedOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  interestCount: z.number().int(),
  /** For bulk decisions: nothing declared, nothing to determine. */
  noInterests: z.boolean(),
  assignedExternal: z.array(z.object({ id: ZUuid, name: z.string() })),
  createdAt: z.string(),
});
export type TDeclarationSummary = z.infer<typeof ZDeclarationSummary>;

export const ZDeclarationView = ZDeclarationSummary.extend({
  selfCheck: ZSelfCheck,
  interests: z.array(ZInterest),
  caseId: ZUuid.nullable(),
  returnComment: z.string().nullable(),
  attestedAt: z.string().nullable(),
  contentHash: z.string().nullable(),
  version: z.number().int(),
  selfCheckResult: z.object({
    complete: z.boolean(),
    needsFullDeclaration: z.boolean(),
    reasons: z.array(ZReason),
  }),
  determinations: z.array(
    z.object({
      id: ZUuid,
      interestId: z.string(),
      caseId: ZUuid.nullable(),
      caseTitle: z.string().nullable(),
      outcome: z.enum(DETERMINATIONS),
      reason: z.string(),
      plan: ZPlan.nullable(),
      decidedAt: z.string(),
    }),
  ),
  /** Pairs the committee still has to determine before approval. */
  pending: z.array(z.object({ interestId: z.string(), caseId: ZUuid.nullable() })),
  access: z.enum(["owner", "committee", "external", "auditor"]),
  can: z.object({ edit: z.boolean(), review: z.boolean(), decide: z.boolean() }),
}).meta({ id: "CoiDeclaration" });
export type TDeclarationView = z.infer<typeof ZDeclarationView>;

export const ZMyCoi = z.object({
  openCycle: ZCycle.nullable(),
  declarations: z.array(ZDeclarationSummary),
  plans: z.array(ZPlan.extend({ declarationId: ZUuid })),
  cases: z.array(z.object({ id: ZUuid, title: z.string() })),
  /** Declarations the researcher was asked for (joined a case, applied for funding, a new activity). */
  requests: z.array(
    z.object({
      id: ZUuid,
      trigger: z.enum(DECLARATION_TRIGGERS),
      caseId: ZUuid.nullable(),
      caseTitle: z.string().nullable(),
      requestedAt: z.string(),
    }),
  ),
});

export const ZRegisterInput = z
  .object({
    kind: z.enum(INSTITUTIONAL_COI_KINDS),
    entityName: text(300).min(1, "validation.required"),
    partnerId: ZUuid.nullish().transform((v) => v ?? null),
    amountBand: z.enum(AMOUNT_BANDS).default("none"),
    fromOn: ZIsoDate,
    untilOn: ZIsoDate.nullish().transform((v) => v ?? null),
    notes: text(5000).default(""),
  })
  .meta({ id: "CoiRegisterInput" });

export const ZRegisterEntry = ZRegisterInput.extend({ id: ZUuid, partnerName: z.string().nullable() });
export const ZInstitutionalDecisionInput = z.object({
  outcome: z.enum(DETERMINATIONS),
  reason: ZDecisionReason,
});

export const ZFlaggedCase = z.object({
  caseId: ZUuid,
  title: z.string(),
  matches: z.array(z.string()),
  decision: z.enum(DETERMINATIONS).nullable(),
});

/** What a case's readers see of COI: the gate's outcome per researcher, never the declaration content. */
export const ZCaseCoiOutcome = z.object({
  outcome: z.enum(["open", "closed"]),
  reasons: z.array(ZReason),
});
export type TCaseCoiOutcome = z.infer<typeof ZCaseCoiOutcome>;

/** A research-security review (J7): the schema has no nationality field; unknown keys are dropped. */
export const ZSecurityReviewCreate = z
  .object({
    programmeName: text(300).min(1, "validation.required"),
    technologyFields: z.array(text(100)).max(20).default([]),
    subjectName: text(300).min(1, "validation.required"),
    subjectUserId: ZUuid.nullish().transform((v) => v ?? null),
    input: ZSecurityReviewInput,
  })
  .meta({ id: "SecurityReviewCreate" });

export const ZSecurityReview = z.object({
  id: ZUuid,
  programmeName: z.string(),
  subjectName: z.string(),
  subjectRole: z.string(),
  tier: z.enum(SECURITY_TIERS).nullable(),
  reasons: z.array(ZReason),
  mitigations: z.array(z.object({ condition: z.string(), status: z.enum(["open", "met"]) })),
  inputsUsed: z.array(z.string()),
  nationalityStatement: z.object({ ja: z.string(), en: z.string() }),
  storedInput: z.record(z.string(), z.unknown()),
});
export type TSecurityReview = z.infer<typeof ZSecurityReview>;
