import {
  ALERT_STATUSES,
  LEAKAGE_RULES,
  PLEDGE_REQUIREMENTS,
  SECRET_DIRECTIONS,
  SECRET_END_KINDS,
  SECRET_ORIGINS,
  SECRET_STATUSES,
  SECRET_STORAGE_KINDS,
  ZLeakagePolicy,
  ZSecretScheme,
} from "@renkei/domain";
import { z } from "zod";
import { ZIsoDate, ZReason } from "./common";

/** HTTP contract of confidential information (issue 12). Rules live in the domain; these are shapes. */

const text = (max: number) => z.string().trim().max(max, "validation.too_long");
const required = (max: number) => text(max).min(1, "validation.required");
const ZLevel = z.number().int().min(0, "validation.invalid").max(3, "validation.invalid");
const optionalDate = ZIsoDate.nullish().transform((v) => v ?? null);
const optionalId = z
  .uuid()
  .nullish()
  .transform((v) => v ?? null);

export const ZSecretReason = ZReason;

export const ZSecretItemInput = z
  .object({
    title: required(200),
    description: text(2000).default(""),
    level: ZLevel,
    origin: z.enum(SECRET_ORIGINS),
    direction: z.enum(SECRET_DIRECTIONS),
    partnerId: optionalId,
    caseId: optionalId,
    ndaId: optionalId,
    contractNote: text(500).default(""),
    responsibleUserId: z.uuid(),
    departmentId: optionalId,
    storageKind: z.enum(SECRET_STORAGE_KINDS),
    storageLocation: text(500).default(""),
    receivedOn: optionalDate,
    contractEndsOn: optionalDate,
    survivalYears: z
      .number()
      .int()
      .min(0)
      .max(100)
      .nullish()
      .transform((v) => v ?? null),
    partnerRequiresPledge: z.boolean().default(false),
  })
  .refine((v) => v.storageKind === "renkei" || v.storageLocation.length > 0, {
    message: "validation.required",
    path: ["storageLocation"],
  })
  .refine((v) => v.ndaId === null || v.caseId !== null, {
    message: "validation.nda_needs_case",
    path: ["ndaId"],
  })
  .meta({ id: "SecretItemInput" });
export type TSecretItemInput = z.infer<typeof ZSecretItemInput>;

export const ZSecretItemUpdate = z
  .object({ version: z.number().int().min(1), item: ZSecretItemInput })
  .meta({ id: "SecretItemUpdate" });

const ZNamed = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const ZSecretItem = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    level: z.number().int(),
    origin: z.enum(SECRET_ORIGINS),
    direction: z.enum(SECRET_DIRECTIONS),
    partner: ZNamed,
    case: z.object({ id: z.uuid(), ref: z.string(), title: z.string() }).nullable(),
    ndaId: z.uuid().nullable(),
    contractNote: z.string(),
    responsible: ZNamed,
    department: ZNamed,
    storageKind: z.enum(SECRET_STORAGE_KINDS),
    storageLocation: z.string(),
    documentId: z.uuid().nullable(),
    disclosureId: z.uuid().nullable(),
    receivedOn: z.string().nullable(),
    contractEndsOn: z.string().nullable(),
    survivalYears: z.number().int().nullable(),
    secrecyUntil: z.string().nullable(),
    partnerRequiresPledge: z.boolean(),
    status: z.enum(SECRET_STATUSES),
    endedOn: z.string().nullable(),
    endNote: z.string(),
    hasCertificate: z.boolean(),
    version: z.number().int(),
    /** What the caller may do with it, decided by the one access function. */
    access: z.object({
      view: z.boolean(),
      download: z.enum(["allow", "view_only", "deny"]),
      manage: z.boolean(),
      reasons: z.array(ZSecretReason),
    }),
  })
  .meta({ id: "SecretItem" });
export type TSecretItem = z.infer<typeof ZSecretItem>;

export const ZSecretGrant = z.object({
  id: z.uuid(),
  user: ZNamed,
  canDownload: z.boolean(),
  grantedBy: ZNamed,
  grantedAt: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});

export const ZSecretItemDetail = ZSecretItem.extend({ grants: z.array(ZSecretGrant) }).meta({
  id: "SecretItemDetail",
});
export type TSecretItemDetail = z.infer<typeof ZSecretItemDetail>;

export const ZSecretListQuery = z.object({
  caseId: z.uuid().optional(),
  partnerId: z.uuid().optional(),
  responsibleUserId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
  level: z.coerce.number().int().min(0).max(3).optional(),
  status: z.enum(SECRET_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TSecretListQuery = z.infer<typeof ZSecretListQuery>;

export const ZSecretList = z
  .object({
    items: z.array(ZSecretItem),
    /** Items that match but the caller may not see: only their number (H6). */
    hidden: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: "SecretList" });
export type TSecretList = z.infer<typeof ZSecretList>;

export const ZGrantInput = z.object({ userId: z.uuid(), canDownload: z.boolean().default(false) });

export const ZSecretEndInput = z
  .object({
    kind: z.enum(SECRET_END_KINDS),
    endedOn: ZIsoDate,
    note: text(1000).default(""),
    /** Uploaded certificate (base64, up to 5 MB), or the confirmation below. */
    certificate: z
      .object({ fileName: required(200), contentBase64: z.string().max(7_000_000) })
      .nullish()
      .transform((v) => v ?? null),
    confirmed: z.boolean().default(false),
  })
  .refine((v) => v.certificate !== null || v.confirmed, {
    message: "validation.certificate_or_confirmation",
    path: ["confirmed"],
  })
  .meta({ id: "SecretEndInput" });

export const ZCompetitorInput = z
  .object({ partnerA: z.uuid(), partnerB: z.uuid(), note: text(500).default("") })
  .refine((v) => v.partnerA !== v.partnerB, { message: "validation.same_partner", path: ["partnerB"] });

export const ZCompetitorPairs = z.object({
  items: z.array(
    z.object({ id: z.uuid(), partnerA: ZNamed, partnerB: ZNamed, note: z.string(), markedAt: z.string() }),
  ),
});

export const ZWallApprovalInput = z.object({
  userId: z.uuid(),
  partnerId: z.uuid(),
  justification: required(1000),
});

/** Withdrawing an approval needs its reason (kept on the record, shown in the list and the history). */
export const ZWallWithdrawalInput = z.object({ reason: required(1000) });

export const ZWallApprovals = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      user: ZNamed,
      partner: ZNamed,
      justification: z.string(),
      approvedBy: ZNamed,
      approvedAt: z.string(),
      withdrawnBy: ZNamed,
      withdrawnAt: z.string().nullable(),
      withdrawalReason: z.string().nullable(),
    }),
  ),
});

export const ZWallReport = z.object({
  rows: z.array(z.object({ user: ZNamed, partners: z.array(ZNamed), approved: z.array(ZNamed) })),
});

export const ZStudentPermissionInput = z.object({
  caseId: z.uuid(),
  studentUserId: z.uuid(),
  note: text(500).default(""),
});

export const ZSecretAlert = z.object({
  id: z.uuid(),
  rule: z.enum(LEAKAGE_RULES),
  user: ZNamed,
  status: z.enum(ALERT_STATUSES),
  raisedAt: z.string(),
  events: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      path: z.string(),
      level: z.number().int(),
      itemTitle: z.string().nullable(),
    }),
  ),
  reasons: z.array(ZSecretReason),
  note: z.string(),
  decidedBy: ZNamed,
  decidedAt: z.string().nullable(),
});
export const ZSecretAlerts = z.object({ items: z.array(ZSecretAlert) });
export type TSecretAlert = z.infer<typeof ZSecretAlert>;

export const ZAlertDecision = z.object({
  status: z.enum(["resolved", "escalated"]),
  note: required(1000),
});

export const ZSecretSettings = z
  .object({ scheme: ZSecretScheme, leakagePolicy: ZLeakagePolicy })
  .meta({ id: "SecretSettings" });
export type TSecretSettings = z.infer<typeof ZSecretSettings>;

export const ZPledgeTextInput = z.object({
  bodyJa: required(20_000),
  bodyEn: required(20_000),
  requirement: z.enum(PLEDGE_REQUIREMENTS),
});

export const ZPledgeText = z.object({
  id: z.uuid(),
  version: z.number().int(),
  bodyJa: z.string(),
  bodyEn: z.string(),
  requirement: z.enum(PLEDGE_REQUIREMENTS),
  publishedAt: z.string(),
});

export const ZPledgeSign = z.object({
  caseId: z.uuid(),
  pledgeTextId: z.uuid(),
  /** The student ticks "I have read and agree": a consent, not a control (the gate reads the record). */
  consented: z.literal(true),
});

export const ZMyPledges = z.object({
  current: ZPledgeText.nullable(),
  cases: z.array(
    z.object({
      caseId: z.uuid(),
      ref: z.string(),
      title: z.string(),
      required: z.boolean(),
      signedVersion: z.number().int().nullable(),
      signedAt: z.string().nullable(),
    }),
  ),
});

export const ZSecretReview = z.object({
  id: z.uuid(),
  responsible: ZNamed,
  year: z.number().int(),
  dueOn: z.string(),
  itemCount: z.number().int(),
  completedOn: z.string().nullable(),
  note: z.string(),
});
export const ZSecretReviews = z.object({ items: z.array(ZSecretReview) });
export const ZReviewComplete = z.object({ note: text(2000).default("") });
