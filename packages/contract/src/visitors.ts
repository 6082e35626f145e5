import {
  OUTCOMES,
  PLEDGE_KINDS,
  PLEDGE_TOKUTEI_ANSWERS,
  REOPEN_REASONS,
  RESIDENCIES,
  TOKUTEI_STATUSES,
  VISITOR_DECISIONS,
  VISITOR_KINDS,
  VISITOR_STATUSES,
  ZExportControlResult,
  ZRecipientFacts,
} from "@renkei/domain";
import { z } from "zod";
import { ZCountryCode, ZDecisionReason, ZIsoDate, ZUuid } from "./common";
import { ZPartyScreening } from "./ec-reach";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.too_long")
    .nullish()
    .transform((v) => (v ? v : null));

/**
 * A visitor / student intake: who, why, when, and the self-declared residency and 特定類型 facts in the
 * engine's recipient shape (`declaration`, see docs of `renkei export-control assess`).
 */
export const ZVisitorInput = z
  .object({
    kind: z.enum(VISITOR_KINDS),
    fullName: z.string().trim().min(1, "validation.required").max(200, "validation.too_long"),
    nameEn: optionalText(200),
    email: optionalText(200),
    homeOrganisation: z.string().trim().max(300, "validation.too_long").default(""),
    homeCountry: ZCountryCode.nullish().transform((v) => v ?? null),
    hostUserId: ZUuid.nullish().transform((v) => v ?? null),
    purpose: z.string().trim().max(5000, "validation.too_long").default(""),
    stayFrom: ZIsoDate.nullish().transform((v) => v ?? null),
    stayUntil: ZIsoDate.nullish().transform((v) => v ?? null),
    declaration: ZRecipientFacts,
  })
  .meta({ id: "VisitorInput" });

/** A change of facts (a new declaration version); the assessment is re-opened. */
export const ZVisitorFactsUpdate = z
  .object({
    version: z.number().int(),
    declaration: ZRecipientFacts,
    note: z.string().trim().max(2000, "validation.too_long").default(""),
  })
  .meta({ id: "VisitorFactsUpdate" });

export const ZPledgeInput = z
  .object({
    kind: z.enum(PLEDGE_KINDS),
    /** The 特定類型 answer ticked on the pledge; required for `tokutei_declaration`. */
    tokuteiAnswer: z
      .enum(PLEDGE_TOKUTEI_ANSWERS)
      .nullish()
      .transform((v) => v ?? null),
    /** The name as the person signed (typed, or transcribed from the paper form). */
    signedName: z.string().trim().min(1, "validation.required").max(200, "validation.too_long"),
    signedOn: ZIsoDate.nullish().transform((v) => v ?? null),
  })
  .meta({ id: "PledgeInput" });

export const ZVisitorDecisionInput = z
  .object({
    decision: z.enum(VISITOR_DECISIONS),
    /** Why: its own required field, stored on the record and in its history (issue 11 item 6). */
    reason: ZDecisionReason,
    comment: z.string().trim().max(5000, "validation.too_long").default(""),
  })
  .meta({ id: "VisitorDecisionInput" });

export const ZVisitorListQuery = z.object({
  status: z.enum(VISITOR_STATUSES).optional(),
  scope: z.enum(["mine", "all"]).default("mine"),
});

export const ZVisitorSummary = z
  .object({
    id: ZUuid,
    kind: z.enum(VISITOR_KINDS),
    fullName: z.string(),
    nationality: z.string().nullable(),
    homeOrganisation: z.string(),
    hostName: z.string().nullable(),
    stayFrom: z.string().nullable(),
    stayUntil: z.string().nullable(),
    status: z.enum(VISITOR_STATUSES),
    residency: z.enum(RESIDENCIES).nullable(),
    tokutei: z.array(z.string()),
    tokuteiStatus: z.enum(TOKUTEI_STATUSES),
    residencyChangeOn: z.string().nullable(),
    reopenReason: z.enum(REOPEN_REASONS).nullable(),
    /** The visitor and their home institution against every list (issue 15, B4). */
    screeningStatus: z.enum(["not_screened", "clear", "pending_review", "true_match"]),
    updatedAt: z.string(),
  })
  .meta({ id: "VisitorSummary" });
export type TVisitorSummary = z.infer<typeof ZVisitorSummary>;

/** A row of the lab view (C17): the intake's determination and the person's export-control training. */
export const ZLabVisitor = ZVisitorSummary.extend({
  outcome: z.enum(OUTCOMES),
  training: z.enum(["current", "expired", "none", "unknown"]),
}).meta({ id: "LabVisitor" });
export type TLabVisitor = z.infer<typeof ZLabVisitor>;

export const ZVisitorDetail = ZVisitorSummary.extend({
  screening: ZPartyScreening.nullable(),
  nameEn: z.string().nullable(),
  email: z.string().nullable(),
  homeCountry: z.string().nullable(),
  hostUserId: ZUuid.nullable(),
  filedByName: z.string(),
  purpose: z.string(),
  declarationVersion: z.number().int(),
  declaration: ZRecipientFacts,
  assessment: ZExportControlResult,
  assessedAsOf: z.string(),
  controlledTechnologyNeedsLicence: z.boolean(),
  decidedAt: z.string().nullable(),
  decisionComment: z.string(),
  decisionReason: z.string().nullable(),
  retainUntil: z.string(),
  version: z.number().int(),
  pledgeCurrent: z.boolean(),
  pledgeRequired: z.boolean(),
  declarations: z.array(
    z.object({
      version: z.number().int(),
      facts: ZRecipientFacts,
      note: z.string(),
      declaredByName: z.string(),
      declaredAt: z.string(),
    }),
  ),
  pledges: z.array(
    z.object({
      id: ZUuid,
      kind: z.enum(PLEDGE_KINDS),
      textVersion: z.string(),
      declarationVersion: z.number().int(),
      tokuteiAnswer: z.enum(PLEDGE_TOKUTEI_ANSWERS).nullable(),
      matchesDetermination: z.boolean().nullable(),
      signedName: z.string(),
      signedOn: z.string(),
      renewDueOn: z.string(),
      recordedByName: z.string(),
      recordedAt: z.string(),
    }),
  ),
  reviews: z.array(
    z.object({
      action: z.string(),
      reason: z.string().nullable(),
      comment: z.string(),
      actorName: z.string().nullable(),
      at: z.string(),
      assessedAsOf: z.string(),
      residency: z.string().nullable(),
      tokutei: z.array(z.string()),
    }),
  ),
  canDecide: z.boolean(),
  canUpdate: z.boolean(),
}).meta({ id: "VisitorDetail" });
export type TVisitorDetail = z.infer<typeof ZVisitorDetail>;
