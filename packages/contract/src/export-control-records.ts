import {
  CLASSIFICATION_LIST_ITEMS,
  CLASSIFICATION_RESULTS,
  CLASSIFICATION_STATUSES,
  DECISION_BODIES,
  ITEM_KINDS,
  MAX_FACTS_CHARS,
  OUTCOMES,
  REVIEW_ACTIONS,
  REVIEW_DECISIONS,
  REVIEW_STATUSES,
  ZExportControlFacts,
  ZExportControlResult,
} from "@renkei/domain";
import { z } from "zod";
import { ZCountryCode, ZDecisionReason, ZIsoDate, ZPage, ZPageQuery, ZReason } from "./common";

// HTTP contract of the export-control assessment, 該非判定 records and 取引審査 (issue 4).

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.too_long")
    .nullish()
    .transform((v) => (v ? v : null));

const ZUserRef = z.object({ id: z.uuid(), displayName: z.string() });

// --- Assessment -------------------------------------------------------------------------------------

/** The assess input: every field optional, extra fields accepted (docs/export-control-assess.md). */
export const ZAssessRequest = ZExportControlFacts.meta({
  id: "ExportControlFacts",
  description: "Facts of one technology provision or goods export; see docs/export-control-assess.md",
});

export const ZEndUserScreening = z.object({
  screened: z.boolean(),
  list: z.string().nullable(),
  listVersion: z.string().nullable(),
  sourceId: z.string().nullable(),
  matchedName: z.string().nullable(),
  score: z.number().nullable(),
});

export const ZAssessResponse = ZExportControlResult.extend({
  /** Present when End User List categories were looked up by screening (the input had none). */
  endUserScreening: ZEndUserScreening.optional(),
}).meta({ id: "ExportControlDetermination" });
export type TAssessResponse = z.infer<typeof ZAssessResponse>;

// --- Evidence ---------------------------------------------------------------------------------------

export const ZEvidenceFile = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    note: z.string(),
    uploadedAt: z.string(),
    uploadedBy: ZUserRef,
  })
  .meta({ id: "EvidenceFile" });
export type TEvidenceFile = z.infer<typeof ZEvidenceFile>;

// --- 該非判定 (classification records) ---------------------------------------------------------------

export const ZClassificationParameter = z.object({
  clause: z.string().trim().min(1, "validation.required").max(300, "validation.too_long"),
  listText: z.string().trim().max(4000, "validation.too_long").default(""),
  specification: z.string().trim().max(4000, "validation.too_long").default(""),
  result: z.enum(CLASSIFICATION_RESULTS),
});

export const ZClassificationInput = z
  .object({
    itemKind: z.enum(ITEM_KINDS),
    name: z.string().trim().min(1, "validation.required").max(300, "validation.too_long"),
    model: optionalText(200),
    manufacturer: optionalText(300),
    description: z.string().max(10_000, "validation.too_long").default(""),
    listItem: z
      .enum(CLASSIFICATION_LIST_ITEMS)
      .nullish()
      .transform((v) => v ?? null),
    listClause: optionalText(300),
    determination: z.enum(CLASSIFICATION_RESULTS),
    parameters: z.array(ZClassificationParameter).max(200).default([]),
    basis: z.string().max(10_000, "validation.too_long").default(""),
    /** The date the list text was read as of; default today. */
    assessedOn: ZIsoDate.nullish(),
  })
  .meta({ id: "ClassificationInput" });
export type TClassificationInput = z.input<typeof ZClassificationInput>;
export type TClassificationValues = z.output<typeof ZClassificationInput>;

export const ZClassificationUpdate = z.object({
  version: z.number().int().min(1),
  classification: ZClassificationInput,
});

export const ZClassificationListQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).optional(),
  determination: z.enum(CLASSIFICATION_RESULTS).optional(),
  reviewStatus: z.enum(CLASSIFICATION_STATUSES).optional(),
  itemKind: z.enum(ITEM_KINDS).optional(),
});

export const ZClassificationSummary = z
  .object({
    id: z.uuid(),
    refNo: z.string(),
    itemKind: z.enum(ITEM_KINDS),
    name: z.string(),
    model: z.string().nullable(),
    listItem: z.string().nullable(),
    determination: z.enum(CLASSIFICATION_RESULTS),
    reviewStatus: z.enum(CLASSIFICATION_STATUSES),
    preparedBy: ZUserRef,
    updatedAt: z.string(),
    retentionUntil: z.string(),
  })
  .meta({ id: "ClassificationSummary" });
export type TClassificationSummary = z.infer<typeof ZClassificationSummary>;

export const ZClassificationList = ZPage(ZClassificationSummary);

export const ZClassificationDetail = ZClassificationSummary.extend({
  manufacturer: z.string().nullable(),
  description: z.string(),
  listClause: z.string().nullable(),
  parameters: z.array(ZClassificationParameter),
  basis: z.string(),
  assessedOn: z.string(),
  listVersion: z.string(),
  reviewer: ZUserRef.nullable(),
  reviewComment: z.string().nullable(),
  decisionReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  evidence: z.array(ZEvidenceFile),
  /** 取引審査 that use this record (reuse across reviews and cases). */
  usedBy: z.array(
    z.object({ id: z.uuid(), refNo: z.string(), title: z.string(), status: z.enum(REVIEW_STATUSES) }),
  ),
  /** Consistency problems that block submission (empty = ready). */
  problems: z.array(ZReason),
}).meta({ id: "ClassificationDetail" });
export type TClassificationDetail = z.infer<typeof ZClassificationDetail>;

export const ZCommentRequest = z.object({
  comment: z.string().trim().max(5000, "validation.too_long").optional(),
});

/** Approving or returning a 該非判定 record is a decision: its reason is required (issue 11 item 6). */
export const ZClassificationDecisionRequest = ZCommentRequest.extend({ reason: ZDecisionReason });

// --- 取引審査 (transaction reviews) ------------------------------------------------------------------

export const ZSelfCheck = z
  .looseObject({
    /** The applicant confirms the facts are complete and accurate (自己チェックの確認). */
    confirmedAccurate: z.boolean().default(false),
    notes: z.string().max(5000, "validation.too_long").default(""),
  })
  .refine((v) => JSON.stringify(v).length <= 10_000, "validation.too_long")
  .default({ confirmedAccurate: false, notes: "" });

export const ZReviewInput = z
  .object({
    title: z.string().trim().min(1, "validation.required").max(300, "validation.too_long"),
    description: z.string().max(10_000, "validation.too_long").default(""),
    /** The researcher responsible; omit to apply for yourself. Another person = 代理入力 (proxy entry). */
    applicantId: z.uuid().nullish(),
    caseId: z.uuid().nullish(),
    /**
     * The party of the case this review covers (issue 15): a partner (registry id) or a participant (case
     * participant id). Its name and country become the counterparty's. Omit for the case as a whole.
     */
    caseSubject: z.object({ kind: z.enum(["partner", "participant"]), id: z.uuid() }).nullish(),
    counterpartyName: optionalText(300),
    counterpartyCountry: ZCountryCode.nullish().transform((v) => v ?? null),
    plannedOn: ZIsoDate.nullish(),
    /** The assess input (docs/export-control-assess.md); validated field by field on save. */
    facts: z
      .record(z.string(), z.unknown())
      .refine((f) => JSON.stringify(f).length <= MAX_FACTS_CHARS, "validation.too_long")
      .default({}),
    selfCheck: ZSelfCheck,
    /** 該非判定 records this transaction uses. */
    classificationIds: z.array(z.uuid()).max(50).default([]),
  })
  .meta({ id: "TransactionReviewInput" });
export type TReviewInput = z.input<typeof ZReviewInput>;
export type TReviewValues = z.output<typeof ZReviewInput>;

export const ZReviewUpdate = z.object({ version: z.number().int().min(1), review: ZReviewInput });

export const ZReviewListQuery = ZPageQuery.extend({
  status: z.enum(REVIEW_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
  /** Only reviews waiting for the caller (department head / officer) or, for applicants, their own. */
  todo: z.enum(["true", "false"]).optional(),
});

export const ZReviewSummary = z
  .object({
    id: z.uuid(),
    refNo: z.string(),
    title: z.string(),
    status: z.enum(REVIEW_STATUSES),
    outcome: z.enum(OUTCOMES).nullable(),
    applicant: ZUserRef,
    enteredBy: ZUserRef,
    departmentName: z.string().nullable(),
    counterpartyName: z.string().nullable(),
    counterpartyCountry: z.string().nullable(),
    plannedOn: z.string().nullable(),
    caseId: z.uuid().nullable(),
    decision: z.enum(REVIEW_DECISIONS).nullable(),
    decidedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: "TransactionReviewSummary" });
export type TReviewSummary = z.infer<typeof ZReviewSummary>;
export const ZReviewList = ZPage(ZReviewSummary);

export const ZDetermination = z
  .object({
    id: z.uuid(),
    purpose: z.enum(["submission", "rerun"]),
    asOf: z.string(),
    outcome: z.enum(OUTCOMES),
    exemption: z.string().nullable(),
    rulesFired: z.array(z.string()),
    result: ZAssessResponse,
    assessedAt: z.string(),
    assessedBy: ZUserRef.nullable(),
  })
  .meta({ id: "ReviewDetermination" });
export type TDetermination = z.infer<typeof ZDetermination>;

export const ZReviewEvent = z.object({
  id: z.uuid(),
  at: z.string(),
  actor: ZUserRef.nullable(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  comment: z.string().nullable(),
});
export type TReviewEvent = z.infer<typeof ZReviewEvent>;

export const ZReviewActionAvailability = z.object({
  action: z.enum(REVIEW_ACTIONS),
  allowed: z.boolean(),
  reasons: z.array(ZReason),
});

export const ZReviewDetail = ZReviewSummary.extend({
  /** The collaboration case the review is filed for (seed 001 §IV.2-9), when there is one. */
  case: z.object({ id: z.uuid(), ref: z.string(), title: z.string() }).nullable(),
  /** The party of the case the review covers (a foreign partner or a participant); null: the whole case. */
  caseSubject: z
    .object({ kind: z.enum(["partner", "participant"]), id: z.uuid(), name: z.string() })
    .nullable(),
  description: z.string(),
  facts: z.record(z.string(), z.unknown()),
  selfCheck: z.record(z.string(), z.unknown()),
  departmentId: z.uuid().nullable(),
  submittedAt: z.string().nullable(),
  deptApprovedBy: ZUserRef.nullable(),
  deptApprovedAt: z.string().nullable(),
  decisionBody: z.enum(DECISION_BODIES).nullable(),
  decisionNote: z.string().nullable(),
  decisionReason: z.string().nullable(),
  conditions: z.string().nullable(),
  decidedBy: ZUserRef.nullable(),
  retentionUntil: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  /** The current determination (made on submission) first, then re-runs, newest first. */
  determinations: z.array(ZDetermination),
  events: z.array(ZReviewEvent),
  classifications: z.array(ZClassificationSummary),
  evidence: z.array(ZEvidenceFile),
  /** What the caller may do now, and why not (the UI enables buttons from this). */
  actions: z.array(ZReviewActionAvailability),
}).meta({ id: "TransactionReviewDetail" });
export type TReviewDetail = z.infer<typeof ZReviewDetail>;

export const ZReviewDecisionRequest = z.object({
  decision: z.enum(REVIEW_DECISIONS),
  decisionBody: z.enum(DECISION_BODIES).default("officer"),
  /** Why: its own required field, stored on the review and in its history (issue 11 item 6). */
  reason: ZDecisionReason,
  comment: z.string().trim().max(5000, "validation.too_long").optional(),
  conditions: optionalText(5000),
});

export const ZReviewRerunRequest = z.object({ asOf: ZIsoDate });

export const ZDocumentQuery = z.object({ format: z.enum(["pdf", "xlsx"]).default("pdf") });
