import {
  BAYH_DOLE_RECORD_KINDS,
  CASE_ACTIONS,
  CASE_KINDS,
  CASE_SECTIONS,
  CASE_STAGES,
  CONTRACT_RED_FLAGS,
  DEFAULT_CASE_POLICY,
  DEFAULT_COST_RATES,
  DEFAULT_MONITORING_POLICY,
  EMERGING_TECH_CATEGORIES,
  EXPORT_REVIEW_OUTCOMES,
  FUNDING_KINDS,
  LICENCE_STATUSES,
  PARTICIPANT_KINDS,
  RESEARCH_AREAS,
  REVIEW_DECISIONS,
  REVIEW_STATUSES,
  RISK_LEVELS,
  ROLES,
  SCREENING_LISTS,
  THIRD_COUNTRY_ARBITRATION,
  ZAgreementConfirmation,
  ZClosing,
  ZContractTerms,
  ZCostRates,
  ZNationalProject,
  ZNegotiation,
  ZQuotationInput,
  ZResearchPlan,
  ZScheme,
} from "@renkei/domain";
import { z } from "zod";
import { ZCaseCoiOutcome } from "./coi";
import { ZBilingual, ZCountryCode, ZIsoDate, ZReason } from "./common";

/** HTTP contract of collaboration cases (issue 5). Rules live in the domain; these are shapes. */

const text = (max: number) => z.string().trim().max(max, "validation.too_long");
const required = (max: number) => text(max).min(1, "validation.required");
const optionalDate = ZIsoDate.nullish().transform((v) => v ?? null);

export const ZResearchFieldInput = z.object({
  area: z.enum(RESEARCH_AREAS).nullable(),
  emergingTech: z.array(z.enum(EMERGING_TECH_CATEGORIES)).max(EMERGING_TECH_CATEGORIES.length).default([]),
  keywords: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
});

/** The core of a case: what, who, where (seed 001 §IV.2-1). */
export const ZCaseCoreInput = z
  .object({
    kind: z.enum(CASE_KINDS),
    title: required(300),
    summary: text(10_000).default(""),
    piUserId: z.uuid().nullable(),
    departmentIds: z.array(z.uuid()).max(10).default([]),
    field: ZResearchFieldInput,
  })
  .meta({ id: "CaseCoreInput" });

export const ZCaseCreate = ZCaseCoreInput.extend({
  partnerIds: z.array(z.uuid()).max(20).default([]),
}).meta({ id: "CaseCreate" });
export type TCaseCreate = z.input<typeof ZCaseCreate>;

export const ZCaseUpdate = z
  .object({ version: z.number().int().min(1), case: ZCaseCoreInput })
  .meta({ id: "CaseUpdate" });

const booleanQuery = z
  .enum(["true", "false"])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === "true"));

export const ZCaseBoardQuery = z.object({
  kind: z.enum(CASE_KINDS).optional(),
  stage: z.enum(CASE_STAGES).optional(),
  piUserId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
  partnerId: z.uuid().optional(),
  blocked: booleanQuery,
  q: z.string().trim().max(200).optional(),
  /** Cards per stage column (the newest first). */
  perStage: z.coerce.number().int().min(1).max(200).default(12),
  /** Page within a single stage (only with `stage`). */
  page: z.coerce.number().int().min(1).default(1),
});

export const ZCaseCard = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    title: z.string(),
    kind: z.enum(CASE_KINDS),
    stage: z.enum(CASE_STAGES),
    stageEnteredAt: z.string(),
    pi: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    departmentIds: z.array(z.uuid()),
    partners: z.array(z.object({ id: z.uuid(), name: z.string(), country: z.string() })),
    blocked: z.boolean(),
    blockerCount: z.number().int(),
    openTaskCount: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: "CaseCard" });
export type TCaseCard = z.infer<typeof ZCaseCard>;

export const ZCaseBoard = z
  .object({
    columns: z.array(
      z.object({ stage: z.enum(CASE_STAGES), total: z.number().int(), items: z.array(ZCaseCard) }),
    ),
    total: z.number().int(),
  })
  .meta({ id: "CaseBoard" });
export type TCaseBoard = z.infer<typeof ZCaseBoard>;

export const ZTransitionRequest = z
  .object({ action: z.enum(CASE_ACTIONS), note: text(5_000).optional() })
  .meta({ id: "TransitionRequest" });

/** Due-diligence facts kept per partner on the case (seed 001 §IV.2-3, §III.1). */
export const ZDueDiligence = z
  .object({
    ownershipKnown: z.boolean().default(false),
    militaryAffiliation: z.boolean().default(false),
    countryRules: z
      .object({
        reviewed: z.boolean().default(false),
        compelledDisclosure: z.boolean().default(false),
        firstFilingRequirement: z.boolean().default(false),
      })
      .default({ reviewed: false, compelledDisclosure: false, firstFilingRequirement: false }),
    reputationNotes: z
      .array(z.object({ severity: z.enum(["info", "concern", "serious"]), note: required(2_000) }))
      .max(50)
      .default([]),
    /** A spin-off: what its originating university said when the office asked (seed 001 §IV.2-3). */
    originInquiry: z
      .object({ askedOn: ZIsoDate, summary: required(2_000) })
      .nullable()
      .default(null),
  })
  .meta({ id: "DueDiligence" });
export type TDueDiligence = z.output<typeof ZDueDiligence>;

export const ZCasePartnerInput = z
  .object({
    sectors: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
    competitorIds: z.array(z.uuid()).max(50).default([]),
    dueDiligence: ZDueDiligence.default({
      ownershipKnown: false,
      militaryAffiliation: false,
      countryRules: { reviewed: false, compelledDisclosure: false, firstFilingRequirement: false },
      reputationNotes: [],
      originInquiry: null,
    }),
  })
  .meta({ id: "CasePartnerInput" });
export const ZCasePartnerAdd = ZCasePartnerInput.extend({ partnerId: z.uuid() }).meta({
  id: "CasePartnerAdd",
});

export const ZParticipantInput = z
  .object({
    kind: z.enum(PARTICIPANT_KINDS),
    userId: z.uuid().nullish(),
    personId: z.uuid().nullish(),
    roleOnCase: text(200).default(""),
    informedConsentOn: optionalDate,
    pledgeOn: optionalDate,
    employedByInstitution: z.boolean().default(false),
    /** The person's visitor / student intake (residency, 特定類型), issue 15. */
    visitorId: z.uuid().nullish(),
    /** Will receive the case's controlled technology (該当技術). */
    receivesControlledTech: z.boolean().default(false),
  })
  .refine((p) => Boolean(p.userId) !== Boolean(p.personId), {
    message: "validation.participant_link",
    path: ["userId"],
  })
  .meta({ id: "ParticipantInput" });
export type TParticipantInput = z.input<typeof ZParticipantInput>;

export const ZParticipantUpdate = z
  .object({
    roleOnCase: text(200).default(""),
    informedConsentOn: optionalDate,
    pledgeOn: optionalDate,
    employedByInstitution: z.boolean().default(false),
    visitorId: z.uuid().nullish(),
    receivesControlledTech: z.boolean().default(false),
  })
  .meta({ id: "ParticipantUpdate" });

export const ZFundingInput = z
  .object({
    kind: z.enum(FUNDING_KINDS),
    funder: required(300),
    bayhDole: z.boolean().default(false),
    restrictsForeignCollaboration: z.boolean().default(false),
  })
  .meta({ id: "FundingInput" });

/** What an NDA covers (seed 001 §IV.2-5, E4): who discloses, for what purpose, which information. */
export const ZNdaScope = z.object({
  direction: z.enum(["one_way_disclose", "one_way_receive", "mutual"]),
  purpose: required(1_000),
  categories: z.array(required(200)).max(20).default([]),
});

export const ZNdaInput = z
  .object({
    partnerIds: z.array(z.uuid()).min(1, "validation.required").max(20),
    scope: ZNdaScope.nullish().transform((v) => v ?? null),
    signedOn: optionalDate,
    expiresOn: optionalDate,
    terminated: z.boolean().default(false),
    documentId: z.uuid().nullish(),
    note: text(2_000).default(""),
  })
  .meta({ id: "NdaInput" });

export const ZWaiverInput = z
  .object({ flag: z.enum(CONTRACT_RED_FLAGS), justification: required(5_000) })
  .meta({ id: "WaiverInput" });

export const ZDisclosureInput = z
  .object({
    itemId: required(100),
    partnerId: z.uuid(),
    disclosedOn: ZIsoDate,
    documentId: z.uuid().nullish(),
    note: text(2_000).default(""),
  })
  .meta({ id: "DisclosureInput" });

/** Internal check (seed 001 §IV.2-2): what the coordinator confirms; conflicts are found by the server. */
export const ZInternalCheckInput = z
  .object({
    researcher: z.object({
      wish: z.enum(["willing", "reluctant", "unknown"]),
      capacityConfirmed: z.boolean(),
    }),
    basicPatents: z
      .array(
        z.object({
          title: required(300),
          status: z.enum(["not_filed", "filed", "granted"]),
          bayhDole: z.boolean().default(false),
        }),
      )
      .max(50)
      .default([]),
    note: text(5_000).default(""),
  })
  .meta({ id: "InternalCheckInput" });

/** Licence for LICENCE_REQUIRED outcomes (seed 001 §II.1: 経済産業大臣の許可). */
export const ZExportLicence = z
  .object({ status: z.enum(LICENCE_STATUSES), expiresOn: optionalDate, reference: text(200).default("") })
  .meta({ id: "ExportLicence" });

/** The body of each stage record, validated by the domain's stage schema (stage-schemas.ts). */
export const CASE_RECORD_SCHEMAS = {
  internal_check: ZInternalCheckInput,
  scheme: ZScheme,
  negotiation: ZNegotiation,
  research_plan: ZResearchPlan,
  contract_terms: ZContractTerms,
  agreement_confirmation: ZAgreementConfirmation,
  export_licence: ZExportLicence,
  national_project: ZNationalProject,
  closing: ZClosing,
} as const;
export type CaseRecordSection = keyof typeof CASE_RECORD_SCHEMAS;
export const CASE_RECORD_SECTIONS = Object.keys(CASE_RECORD_SCHEMAS) as CaseRecordSection[];

export const ZStageRecordBody = z.object({ data: z.unknown() }).meta({ id: "StageRecordBody" });

export const ZTaskInput = z
  .object({
    title: required(300),
    detail: text(5_000).default(""),
    assigneeId: z.uuid().nullish(),
    dueOn: optionalDate,
  })
  .meta({ id: "TaskInput" });

export const ZTaskUpdate = z
  .object({
    title: required(300).optional(),
    detail: text(5_000).optional(),
    assigneeId: z.uuid().nullable().optional(),
    dueOn: ZIsoDate.nullable().optional(),
    done: z.boolean().optional(),
  })
  .meta({ id: "TaskUpdate" });

export const ZCommentInput = z.object({ body: required(10_000) }).meta({ id: "CommentInput" });

export const MONITORING_KINDS = ["meeting", "milestone", "progress_report", "visit"] as const;
export const ZMonitoringInput = z
  .object({
    kind: z.enum(MONITORING_KINDS),
    title: required(300),
    dueOn: ZIsoDate,
    visitorName: text(200).nullish(),
  })
  .meta({ id: "MonitoringInput" });

export const ZMonitoringUpdate = z
  .object({
    completedOn: ZIsoDate.nullable().optional(),
    cancelled: z.boolean().optional(),
    minutes: text(20_000).optional(),
    dueOn: ZIsoDate.optional(),
  })
  .meta({ id: "MonitoringUpdate" });

export const ZQuotationRequest = ZQuotationInput.omit({ caseId: true, international: true, secrecy: true })
  .extend({
    /**
     * Months the case's secrets are managed, for the secrecy-management line (seed 000 §3-2(1)); the items
     * and their levels come from the register, not from the request.
     */
    secrecyMonths: z.number().int().min(0).max(120).default(12),
  })
  .meta({ id: "QuotationRequest" });
export type TQuotationRequest = z.input<typeof ZQuotationRequest>;

export const ZCaseSettings = z
  .object({
    costRates: ZCostRates,
    policy: z.object({
      institutionCountry: ZCountryCode,
      screeningValidityDays: z.number().int().min(1).nullable(),
      maxPublicationDelayDays: z.number().int().min(0),
      thirdCountryArbitration: z.enum(THIRD_COUNTRY_ARBITRATION).default("warn"),
    }),
    monitoringPolicy: z.object({
      minutesDueDays: z.number().int().min(0),
      dueSoonDays: z.number().int().min(0),
      escalateAfterDays: z.number().int().min(0),
    }),
    maxOpenCasesPerPi: z.number().int().min(1).nullable(),
  })
  .meta({ id: "CaseSettings" });
export type TCaseSettings = z.infer<typeof ZCaseSettings>;

export const DEFAULT_CASE_SETTINGS: TCaseSettings = {
  costRates: DEFAULT_COST_RATES,
  policy: DEFAULT_CASE_POLICY,
  monitoringPolicy: DEFAULT_MONITORING_POLICY,
  maxOpenCasesPerPi: null,
};

const ZAction = z.object({
  action: z.enum(CASE_ACTIONS),
  next: z.enum(CASE_STAGES),
  allowed: z.boolean(),
  requiresNote: z.boolean(),
  reasons: z.array(ZReason),
});

const ZUserRef = z.object({ id: z.uuid(), displayName: z.string() }).nullable();

/** Everything the case page shows, computed by the server from the stored facts and the domain. */
export const ZCaseDetail = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    version: z.number().int(),
    kind: z.enum(CASE_KINDS),
    title: z.string(),
    summary: z.string(),
    stage: z.enum(CASE_STAGES),
    stageEnteredAt: z.string(),
    pi: ZUserRef,
    createdBy: ZUserRef,
    createdAt: z.string(),
    updatedAt: z.string(),
    departments: z.array(z.object({ id: z.uuid(), nameJa: z.string(), nameEn: z.string() })),
    field: ZResearchFieldInput,
    /** Bayh-Dole records legal/IP made about the case (X3: they, not the PI, open the gate). */
    bayhDole: z.object({
      records: z.array(
        z.object({ kind: z.enum(BAYH_DOLE_RECORD_KINDS), on: z.string(), recordedByRole: z.enum(ROLES) }),
      ),
      backgroundInventions: z.array(z.object({ inventionId: z.string(), title: z.string() })),
    }),
    contractSignedOn: z.string().nullable(),
    /** The COI committee's outcome for the case's researchers (issue 13): never declaration content. */
    coi: ZCaseCoiOutcome,
    highRiskApproval: z
      .object({ approvedBy: ZUserRef, approvedOn: z.string(), note: z.string().nullable() })
      .nullable(),
    /** What the signed-in user may do here (UI hints; the server enforces the same). */
    permissions: z.object({ edit: z.boolean(), transition: z.boolean(), collaborate: z.boolean() }),
    actions: z.array(ZAction),
    blockers: z.object({
      blocked: z.boolean(),
      action: z.enum(CASE_ACTIONS).nullable(),
      reasons: z.array(ZReason),
    }),
    /** Which sections can be edited in the current stage, and why not. */
    sections: z.record(z.enum(CASE_SECTIONS), z.array(ZReason)),
    partners: z.array(
      z.object({
        partnerId: z.uuid(),
        name: z.string(),
        nameEn: z.string().nullable(),
        country: z.string(),
        foreignGovControl: z.boolean(),
        stateOwned: z.boolean(),
        credit: z
          .object({ result: z.string(), checkedOn: z.string(), expiresOn: z.string().nullable() })
          .nullable(),
        screening: z.object({
          status: z.string(),
          source: z.enum(["registry", "member", "intake"]),
          /** Lists of a confirmed hit (issue 15): sanctions, eul, us_entity_list, other. */
          matchedLists: z.array(z.enum(SCREENING_LISTS)).default([]),
        }),
        destinationGroup: z.string().nullable(),
        sectors: z.array(z.string()),
        competitorIds: z.array(z.uuid()),
        dueDiligence: ZDueDiligence,
        riskLevel: z.enum(RISK_LEVELS),
        riskReasons: z.array(ZReason),
      }),
    ),
    participants: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(PARTICIPANT_KINDS),
        userId: z.uuid().nullable(),
        personId: z.uuid().nullable(),
        name: z.string(),
        roleOnCase: z.string(),
        informedConsentOn: z.string().nullable(),
        pledgeOn: z.string().nullable(),
        employedByInstitution: z.boolean(),
        visitorId: z.uuid().nullable(),
        receivesControlledTech: z.boolean(),
        /** The linked intake's determination (issue 15, C9); null without an intake. */
        intake: z
          .object({ residency: z.enum(["RESIDENT", "NON_RESIDENT"]).nullable(), tokutei: z.boolean() })
          .nullable(),
        screening: z.object({
          status: z.string(),
          source: z.enum(["registry", "member", "intake"]),
          /** Lists of a confirmed hit (issue 15): sanctions, eul, us_entity_list, other. */
          matchedLists: z.array(z.enum(SCREENING_LISTS)).default([]),
        }),
      }),
    ),
    funding: z.array(ZFundingInput.extend({ id: z.uuid() })),
    ndas: z.array(
      z.object({
        id: z.uuid(),
        partnerIds: z.array(z.uuid()),
        signedOn: z.string().nullable(),
        expiresOn: z.string().nullable(),
        terminated: z.boolean(),
        scope: ZNdaScope.nullable(),
        documentId: z.uuid().nullable(),
        note: z.string(),
        current: z.boolean(),
      }),
    ),
    waivers: z.array(
      z.object({
        id: z.uuid(),
        flag: z.enum(CONTRACT_RED_FLAGS),
        approvedBy: ZUserRef,
        approvedByRole: z.string(),
        justification: z.string(),
        createdAt: z.string(),
      }),
    ),
    records: z.record(
      z.string(),
      z.object({ data: z.unknown(), updatedAt: z.string(), updatedBy: ZUserRef }),
    ),
    /** The case's latest 取引審査 (null when none was filed); `outcome` is what the contract gate reads. */
    exportReview: z
      .object({
        reviewId: z.uuid(),
        refNo: z.string(),
        title: z.string(),
        status: z.enum(REVIEW_STATUSES),
        engineOutcome: z.enum(EXPORT_REVIEW_OUTCOMES).nullable(),
        decision: z.enum(REVIEW_DECISIONS).nullable(),
        decidedAt: z.string().nullable(),
        outcome: z.enum(EXPORT_REVIEW_OUTCOMES).nullable(),
      })
      .nullable(),
    /**
     * Every 取引審査 of the case, newest first (issue 15): the party each covers, what the gate reads,
     * and why a decided one is stale.
     */
    exportReviews: z.array(
      z.object({
        reviewId: z.uuid(),
        refNo: z.string(),
        title: z.string(),
        status: z.enum(REVIEW_STATUSES),
        decision: z.enum(REVIEW_DECISIONS).nullable(),
        outcome: z.enum(EXPORT_REVIEW_OUTCOMES).nullable(),
        subject: z
          .object({ kind: z.enum(["partner", "participant"]), id: z.uuid(), name: z.string() })
          .nullable(),
        staleReasons: z.array(ZBilingual),
      }),
    ),
    /** The parties that each need a decided 取引審査, and the review that covers each (or null). */
    exportCoverage: z.array(
      z.object({
        kind: z.enum(["partner", "participant"]),
        id: z.uuid(),
        label: ZBilingual,
        why: ZBilingual,
        reviewId: z.uuid().nullable(),
      }),
    ),
    risk: z.object({
      level: z.enum(RISK_LEVELS),
      /** False when there is nothing to rate (no partner yet): the UI shows "not rated", not a level. */
      rated: z.boolean(),
      reasons: z.array(ZReason),
      missing: z.array(ZReason),
    }),
    internalCheck: z.unknown(),
    contractTerms: z.unknown(),
    nationalProject: z.unknown(),
    disclosures: z.array(
      z.object({
        id: z.uuid(),
        itemId: z.string(),
        partnerId: z.uuid(),
        disclosedOn: z.string(),
        note: z.string(),
        recordedBy: ZUserRef,
      }),
    ),
    tasks: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        detail: z.string(),
        assignee: ZUserRef,
        dueOn: z.string().nullable(),
        done: z.boolean(),
        doneAt: z.string().nullable(),
        overdue: z.boolean(),
        createdAt: z.string(),
      }),
    ),
    comments: z.array(z.object({ id: z.uuid(), author: ZUserRef, body: z.string(), createdAt: z.string() })),
    documents: z.array(
      z.object({
        id: z.uuid(),
        category: z.string(),
        fileName: z.string(),
        contentType: z.string(),
        sizeBytes: z.number().int(),
        sha256: z.string(),
        uploadedBy: ZUserRef,
        uploadedAt: z.string(),
        /** Confidentiality level of the document's register item (0 公開 … 3 機密, issue 12). */
        level: z.number().int().min(0).max(3),
        /**
         * `view_only`: shown in the browser, no download (issue 12 item 4); `ended`: the item was returned or
         * destroyed, its file deleted, the row kept as the record (item 7).
         */
        access: z.enum(["allow", "view_only", "ended"]),
      }),
    ),
    /** Items the viewer may not see are left out; only their count is shown (issue 12 item 3, H6). */
    secretsHidden: z.object({
      documents: z.number().int(),
      disclosures: z.number().int(),
      planItems: z.number().int(),
    }),
    monitoring: z.object({
      items: z.array(
        z.object({
          id: z.uuid(),
          kind: z.enum(MONITORING_KINDS),
          title: z.string(),
          dueOn: z.string(),
          completedOn: z.string().nullable(),
          cancelled: z.boolean(),
          visitorName: z.string().nullable(),
          minutes: z.string(),
          planMilestoneId: z.string().nullable(),
          /** A scheduled quarterly report's number: its title is shown from this in the reader's language. */
          reportNo: z.number().int().nullable(),
        }),
      ),
      alerts: z.array(
        z.object({
          itemId: z.string(),
          kind: z.string(),
          status: z.enum(["overdue", "due_soon"]),
          dueOn: z.string(),
          daysOverdue: z.number().int(),
          reason: ZReason,
        }),
      ),
    }),
    quotations: z.array(
      z.object({
        id: z.uuid(),
        partnerName: z.string(),
        issuedOn: z.string(),
        totalYen: z.number().int(),
        createdAt: z.string(),
      }),
    ),
    history: z.array(
      z.object({
        seq: z.number().int(),
        at: z.string(),
        actorLabel: z.string(),
        action: z.string(),
        after: z.unknown(),
      }),
    ),
  })
  .meta({ id: "CaseDetail" });
export type TCaseDetail = z.infer<typeof ZCaseDetail>;

export const ZCaseHistoryQuery = z.object({
  before: z.coerce.number().int().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ZCaseHistory = z
  .object({
    items: z.array(
      z.object({
        seq: z.number().int(),
        at: z.string(),
        actorLabel: z.string(),
        action: z.string(),
        before: z.unknown(),
        after: z.unknown(),
      }),
    ),
    nextBefore: z.number().int().nullable(),
  })
  .meta({ id: "CaseHistory" });
export type TCaseHistory = z.infer<typeof ZCaseHistory>;
