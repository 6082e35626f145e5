import {
  ENTRY_REQUEST_KINDS,
  ENTRY_REQUEST_STATUSES,
  MATCH_STATUSES,
  MEMBERSHIP_STATUSES,
  MOBILITY_ALERT_STATUSES,
  REACTION_EVENT_KINDS,
  REACTION_INTERESTS,
  REGISTER_KINDS,
} from "@renkei/domain";
import { z } from "zod";
import { ZBilingual, ZCountryCode, ZIsoDate, ZReason } from "./common";

/** HTTP contract of CRM depth (issue 17 item 1). Rules live in the domain; these are shapes. */

const text = (max: number) => z.string().trim().max(max, "validation.too_long");
const required = (max: number) => text(max).min(1, "validation.required");
const ZRef = z.object({ id: z.uuid(), label: z.string() });

// ---- Entry requests (seed 001 事例20) ----
export const ZEntryRequestInput = z
  .object({
    kind: z.enum(ENTRY_REQUEST_KINDS),
    organisationName: required(300),
    country: ZCountryCode.nullish().transform((v) => v ?? null),
    personName: text(200)
      .nullish()
      .transform((v) => (v ? v : null)),
    /** For a contact at a partner already in the registry. */
    partnerId: z
      .uuid()
      .nullish()
      .transform((v) => v ?? null),
    details: text(5_000).default(""),
  })
  .refine((r) => r.kind !== "contact" || r.personName !== null, {
    message: "validation.required",
    path: ["personName"],
  })
  .meta({ id: "EntryRequestInput" });
export type TEntryRequestInput = z.input<typeof ZEntryRequestInput>;

export const ZEntryRequestAction = z
  .object({
    action: z.enum(["start", "complete", "decline"]),
    version: z.number().int().min(1),
    createdPartnerId: z.uuid().nullish(),
    createdPersonId: z.uuid().nullish(),
    note: text(2_000).default(""),
  })
  .meta({ id: "EntryRequestAction" });
export type TEntryRequestAction = z.input<typeof ZEntryRequestAction>;

export const ZEntryRequest = z
  .object({
    id: z.uuid(),
    kind: z.enum(ENTRY_REQUEST_KINDS),
    status: z.enum(ENTRY_REQUEST_STATUSES),
    organisationName: z.string(),
    country: z.string().nullable(),
    personName: z.string().nullable(),
    partner: ZRef.nullable(),
    details: z.string(),
    requestedBy: ZRef,
    department: ZBilingual.nullable(),
    handledBy: ZRef.nullable(),
    handledAt: z.string().nullable(),
    createdPartner: ZRef.nullable(),
    createdPerson: ZRef.nullable(),
    resolutionNote: z.string(),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: "EntryRequest" });
export type TEntryRequest = z.infer<typeof ZEntryRequest>;

export const ZEntryRequestListQuery = z.object({
  status: z.enum(ENTRY_REQUEST_STATUSES).optional(),
});

// ---- Seeds / needs register, matches, reactions (事例17, 18, 20) ----
export const ZSeedNeedEntryInput = z
  .object({
    kind: z.enum(REGISTER_KINDS),
    title: required(300),
    summary: text(5_000).default(""),
    keywords: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
    /** A seed's researcher (defaults to the author); a need's partner (required). */
    ownerUserId: z.uuid().nullish(),
    partnerId: z.uuid().nullish(),
  })
  .refine((e) => e.kind !== "need" || Boolean(e.partnerId), {
    message: "validation.required",
    path: ["partnerId"],
  })
  .meta({ id: "SeedNeedEntryInput" });
export type TSeedNeedEntryInput = z.input<typeof ZSeedNeedEntryInput>;

/** A correction of an entry, or closing it (a seed no longer offered, a need met); the kind stays. */
export const ZSeedNeedEntryUpdate = z
  .object({ entry: ZSeedNeedEntryInput, closed: z.boolean() })
  .meta({ id: "SeedNeedEntryUpdate" });
export type TSeedNeedEntryUpdate = z.input<typeof ZSeedNeedEntryUpdate>;

export const ZSeedNeedEntry = z
  .object({
    id: z.uuid(),
    kind: z.enum(REGISTER_KINDS),
    title: z.string(),
    summary: z.string(),
    keywords: z.array(z.string()),
    owner: ZRef.nullable(),
    partner: ZRef.nullable(),
    closed: z.boolean(),
    /** The caller may correct it: its author, or the office (the same check as the update route). */
    editable: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: "SeedNeedEntry" });
export type TSeedNeedEntry = z.infer<typeof ZSeedNeedEntry>;

export const ZMatchInput = z
  .object({
    seedId: z.uuid(),
    needId: z.uuid(),
    status: z.enum(MATCH_STATUSES).default("proposed"),
    note: text(2_000).default(""),
  })
  .meta({ id: "MatchInput" });
export type TMatchInput = z.input<typeof ZMatchInput>;

export const ZMatch = z
  .object({
    id: z.uuid(),
    seed: ZRef,
    need: ZRef,
    partner: ZRef.nullable(),
    status: z.enum(MATCH_STATUSES),
    note: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Match" });
export type TMatch = z.infer<typeof ZMatch>;

export const ZReactionInput = z
  .object({
    eventKind: z.enum(REACTION_EVENT_KINDS),
    eventName: required(300),
    occurredOn: ZIsoDate,
    partnerId: z.uuid().nullish(),
    personId: z.uuid().nullish(),
    seedId: z.uuid().nullish(),
    interest: z.enum(REACTION_INTERESTS),
    note: text(5_000).default(""),
  })
  .refine((r) => Boolean(r.partnerId) || Boolean(r.personId), {
    message: "validation.required",
    path: ["partnerId"],
  })
  .meta({ id: "ReactionInput" });
export type TReactionInput = z.input<typeof ZReactionInput>;

export const ZReaction = z
  .object({
    id: z.uuid(),
    eventKind: z.enum(REACTION_EVENT_KINDS),
    eventName: z.string(),
    occurredOn: z.string(),
    partner: ZRef.nullable(),
    person: ZRef.nullable(),
    seed: ZRef.nullable(),
    interest: z.enum(REACTION_INTERESTS),
    note: z.string(),
  })
  .meta({ id: "Reaction" });
export type TReaction = z.infer<typeof ZReaction>;

export const ZSeedNeedRegister = z
  .object({
    entries: z.array(ZSeedNeedEntry),
    matches: z.array(ZMatch),
    reactions: z.array(ZReaction),
  })
  .meta({ id: "SeedNeedRegister" });
export type TSeedNeedRegister = z.infer<typeof ZSeedNeedRegister>;

// ---- Membership programme (事例19) ----
export const ZMembershipTierInput = z
  .object({
    nameJa: required(100),
    nameEn: required(100),
    annualFeeYen: z.number().int().min(0).max(1_000_000_000_000),
    benefits: z.array(z.string().trim().min(1).max(300)).max(30).default([]),
  })
  .meta({ id: "MembershipTierInput" });
export type TMembershipTierInput = z.input<typeof ZMembershipTierInput>;

export const ZMembershipTier = ZMembershipTierInput.extend({ id: z.uuid() }).meta({ id: "MembershipTier" });
export type TMembershipTier = z.infer<typeof ZMembershipTier>;

export const ZMembershipJoin = z
  .object({
    partnerId: z.uuid(),
    tierId: z.uuid(),
    startedOn: ZIsoDate,
    years: z.number().int().min(1).max(10).default(1),
  })
  .meta({ id: "MembershipJoin" });
export type TMembershipJoin = z.input<typeof ZMembershipJoin>;

export const ZMembershipRenew = z
  .object({
    version: z.number().int().min(1),
    years: z.number().int().min(1).max(10).default(1),
    tierId: z.uuid().nullish(),
  })
  .meta({ id: "MembershipRenew" });

export const ZMembershipEnd = z.object({ version: z.number().int().min(1) }).meta({ id: "MembershipEnd" });

export const ZMembership = z
  .object({
    id: z.uuid(),
    partner: ZRef,
    tier: ZRef,
    status: z.enum(MEMBERSHIP_STATUSES),
    startedOn: z.string(),
    expiresOn: z.string(),
    /** The renewal reminder is due (domain `renewalReminderDue`). */
    renewalDue: z.boolean(),
    renewals: z.array(
      z.object({ previousExpiresOn: z.string(), newExpiresOn: z.string(), recordedBy: z.string() }),
    ),
    version: z.number().int(),
  })
  .meta({ id: "Membership" });
export type TMembership = z.infer<typeof ZMembership>;

export const ZMembershipProgramme = z
  .object({ tiers: z.array(ZMembershipTier), members: z.array(ZMembership) })
  .meta({ id: "MembershipProgramme" });
export type TMembershipProgramme = z.infer<typeof ZMembershipProgramme>;

// ---- Mobility alerts on a case ----
export const ZMobilityAlert = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    person: ZRef,
    fromPartner: ZRef.nullable(),
    toPartner: ZRef,
    movedOn: z.string(),
    reasons: z.array(ZReason),
    status: z.enum(MOBILITY_ALERT_STATUSES),
    acknowledgedBy: z.string().nullable(),
    note: z.string(),
  })
  .meta({ id: "MobilityAlert" });
export type TMobilityAlert = z.infer<typeof ZMobilityAlert>;

export const ZMobilityAck = z.object({ note: required(2_000) }).meta({ id: "MobilityAck" });
