// HTTP contract of issue 15 (export control and screening reach every person and party).
import { EC_POSTS, LIST_KINDS, parseSourceLocation, SELF_AUDIT_ANSWERS } from "@renkei/domain";
import { z } from "zod";
import { ZCountryCode, ZIsoDate, ZReason } from "./common";
import { LIST_FORMATS } from "./screening";

const text = (max: number) => z.string().trim().max(max, "validation.too_long");
const required = (max: number) => text(max).min(1, "validation.required");
const optionalDate = ZIsoDate.nullish().transform((v) => v ?? null);

export const ZListKindInput = z.object({ kind: z.enum(LIST_KINDS) }).meta({ id: "ListKindInput" });

/** The officer's decision on one match of a trip counterpart or a visitor (true match / false positive). */
export const ZPartyMatchDecision = z
  .object({
    partyIndex: z.number().int().min(0).max(100),
    matchIndex: z.number().int().min(0).max(100),
    decision: z.enum(["true_match", "false_positive"]),
    reason: required(2000),
  })
  .meta({ id: "PartyMatchDecision" });

export const ZPartyMatch = z.object({
  list: z.string(),
  kind: z.enum(LIST_KINDS),
  entryName: z.string(),
  sourceId: z.string(),
  score: z.number(),
  categories: z.array(z.string()),
  decision: z.enum(["true_match", "false_positive"]).nullable(),
  reason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

export const ZPartyScreening = z
  .object({
    screenedOn: z.string(),
    listVersions: z.record(z.string(), z.string()),
    parties: z.array(
      z.object({
        role: z.enum(["counterpart", "visitor", "home_organisation"]),
        name: z.string(),
        country: z.string().nullable(),
        matches: z.array(ZPartyMatch),
      }),
    ),
  })
  .meta({ id: "PartyScreening" });
export type TPartyScreening = z.infer<typeof ZPartyScreening>;

/** An ownership / control edge entered on a registry partner (FollowTheMoney Ownership, Directorship). */
export const ZOwnershipInput = z
  .object({
    relation: z.enum(["ownership", "directorship"]),
    ownerName: required(300),
    ownerKind: z.enum(["organisation", "person", "government"]),
    ownerCountry: ZCountryCode.nullish().transform((v) => v ?? null),
    /** The owner as a registry partner, when it is one (its screening then counts). */
    ownerPartnerId: z
      .uuid()
      .nullish()
      .transform((v) => v ?? null),
    share: z
      .number()
      .min(0)
      .max(100)
      .nullish()
      .transform((v) => v ?? null),
    startDate: optionalDate,
    endDate: optionalDate,
    source: required(500),
  })
  .refine((e) => !e.startDate || !e.endDate || e.endDate >= e.startDate, {
    path: ["endDate"],
    message: "validation.end_before_start",
  })
  .meta({ id: "OwnershipInput" });

export const ZOwnershipView = z
  .object({
    edges: z.array(
      z.object({
        id: z.uuid(),
        relation: z.enum(["ownership", "directorship"]),
        origin: z.enum(["list", "manual"]),
        ownerName: z.string(),
        ownerKind: z.enum(["organisation", "person", "government"]),
        ownerCountry: z.string().nullable(),
        share: z.number().nullable(),
        startDate: z.string().nullable(),
        endDate: z.string().nullable(),
        source: z.string(),
      }),
    ),
    listedOwnership: z.boolean(),
    listedShare: z.number(),
    foreignGovernmentControl: z.boolean(),
    paths: z.array(z.array(z.string())),
    reasons: z.array(ZReason),
  })
  .meta({ id: "OwnershipView" });
export type TOwnershipView = z.infer<typeof ZOwnershipView>;

export const ZAppointmentInput = z
  .object({
    post: z.enum(EC_POSTS),
    userId: z.uuid(),
    fromDate: ZIsoDate,
    note: text(1000).default(""),
  })
  .meta({ id: "AppointmentInput" });

export const ZAppointment = z
  .object({
    id: z.uuid(),
    post: z.enum(EC_POSTS),
    user: z.object({ id: z.uuid(), displayName: z.string() }),
    fromDate: z.string(),
    untilDate: z.string().nullable(),
    note: z.string(),
    current: z.boolean(),
  })
  .meta({ id: "Appointment" });
export type TAppointment = z.infer<typeof ZAppointment>;

/** One answer of the yearly self-audit: the answer, what shows it, when it was checked. */
const ZSelfAuditAnswer = z.object({
  answer: z.enum(SELF_AUDIT_ANSWERS),
  evidence: text(2000).default(""),
  checkedOn: optionalDate,
  note: text(2000).default(""),
});

export const ZSelfAuditInput = z
  .object({
    version: z.number().int().min(0),
    answers: z.record(z.string().max(50), ZSelfAuditAnswer),
    complete: z.boolean().default(false),
  })
  .meta({ id: "SelfAuditInput" });

/** An item the institution adds to its own checklist (with the basis it rests on). */
export const ZSelfAuditItemInput = z
  .object({ textJa: required(500), textEn: required(500), basis: required(500) })
  .meta({ id: "SelfAuditItemInput" });

export const ZSelfAuditItem = z.object({
  id: z.uuid().nullable(),
  code: z.string(),
  text: z.object({ ja: z.string(), en: z.string() }),
  /** The heading it checks (a seeded item) or the institution's own basis. */
  basis: z.object({ ja: z.string(), en: z.string() }),
  retired: z.boolean(),
});

export const ZSelfAuditFindingInput = z
  .object({
    itemCode: required(50),
    finding: required(2000),
    followUp: required(2000),
    ownerUserId: z
      .uuid()
      .nullish()
      .transform((v) => v ?? null),
    dueDate: optionalDate,
  })
  .meta({ id: "SelfAuditFindingInput" });

export const ZSelfAuditFindingClose = z
  .object({ version: z.number().int().min(1), closedNote: required(2000) })
  .meta({ id: "SelfAuditFindingClose" });

export const ZSelfAuditFinding = z.object({
  id: z.uuid(),
  fiscalYear: z.number().int(),
  itemCode: z.string(),
  finding: z.string(),
  followUp: z.string(),
  owner: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(["open", "closed"]),
  closedAt: z.string().nullable(),
  closedNote: z.string(),
  version: z.number().int(),
});

export const ZSelfAudit = z
  .object({
    fiscalYear: z.number().int(),
    items: z.array(ZSelfAuditItem),
    answers: z.record(z.string(), ZSelfAuditAnswer),
    status: z.enum(["open", "completed"]),
    completedBy: z.string().nullable(),
    completedAt: z.string().nullable(),
    version: z.number().int(),
    findings: z.array(ZSelfAuditFinding),
    /** What still stops completion, per item (unanswered, no date, no evidence, no note, no finding). */
    gaps: z.array(
      z.object({
        code: z.string(),
        gap: z.enum(["unanswered", "no_date", "no_evidence", "no_note", "no_finding"]),
      }),
    ),
  })
  .meta({ id: "SelfAudit" });
export type TSelfAudit = z.infer<typeof ZSelfAudit>;

/** The history of years: one row per fiscal year with its answers counted and open findings. */
export const ZSelfAuditYear = z
  .object({
    fiscalYear: z.number().int(),
    status: z.enum(["open", "completed"]),
    completedAt: z.string().nullable(),
    completedBy: z.string().nullable(),
    yes: z.number().int(),
    no: z.number().int(),
    na: z.number().int(),
    openFindings: z.number().int(),
  })
  .meta({ id: "SelfAuditYear" });
export type TSelfAuditYear = z.infer<typeof ZSelfAuditYear>;

/** Ends a holder's term without a successor yet (the post stays vacant from the day after). */
export const ZAppointmentEnd = z.object({ untilDate: ZIsoDate }).meta({ id: "AppointmentEnd" });

/** The finance system's travel-payment CSV, as text (at most 5 MB). */
export const ZPaymentsImport = z
  .object({
    fileName: text(200).default("payments.csv"),
    csv: z.string().min(1).max(5_000_000, "validation.too_long"),
  })
  .meta({ id: "TravelPaymentsImport" });

export const ZPaymentReconciliation = z
  .object({
    payments: z.array(
      z.object({
        paymentRef: z.string(),
        travellerName: z.string(),
        travellerEmail: z.string(),
        destinationCountry: z.string(),
        departOn: z.string(),
        returnOn: z.string(),
        tripRef: z.string().nullable(),
        amountYen: z.number().int(),
        paidOn: z.string(),
        /** cleared: a clearance covers it; otherwise why not (no trip, not cleared, other country, dates). */
        status: z.enum(["cleared", "no_trip", "not_cleared", "mismatch"]),
        clearanceRef: z.string().nullable(),
      }),
    ),
    withoutClearance: z.number().int(),
  })
  .meta({ id: "PaymentReconciliation" });
export type TPaymentReconciliation = z.infer<typeof ZPaymentReconciliation>;

/** A list fetched on a schedule from files or URLs the server can reach (issue 15 item 6). */
export const ZListSourceInput = z
  .object({
    listName: required(200),
    format: z.enum(LIST_FORMATS, "validation.list_format"),
    locations: z
      .array(required(2000).refine((v) => parseSourceLocation(v) !== null, "validation.list_source_location"))
      .min(1, "validation.required")
      .max(5, "validation.too_many"),
    intervalHours: z.number().int().min(1).max(8760),
    enabled: z.boolean(),
  })
  .meta({ id: "ListSourceInput" });

export const ZListSource = z
  .object({
    id: z.uuid(),
    listName: z.string(),
    format: z.enum(LIST_FORMATS),
    locations: z.array(z.string()),
    intervalHours: z.number(),
    enabled: z.boolean(),
    lastAttemptAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    lastStatus: z.enum(["never", "imported", "unchanged", "failed"]),
    lastError: z.string(),
    consecutiveFailures: z.number(),
    /** The version in force of the list it feeds (label and import time), if any. */
    versionInForce: z.object({ seq: z.number(), label: z.string(), importedAt: z.string() }).nullable(),
  })
  .meta({ id: "ListSource" });
export type TListSource = z.infer<typeof ZListSource>;
