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
import { type SQL, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { caseQuotations, cases } from "./cases";
import { departments, institutions } from "./institutions";
import { partners, people } from "./partners";
import { users } from "./users";

/**
 * CRM depth (issue 17 item 1; seed 001 §IV.2-1, §IV.2-3, cases 17–21) and the cost components the
 * partner agrees to (item 4; case 23). The partner's own profile facts (regions, Japan presence,
 * spin-off origin) are columns of `partners`.
 */

function oneOf(col: SQL | unknown, values: readonly string[]): SQL {
  return sql`${col} in (${sql.raw(values.map((v) => `'${v}'`).join(","))})`;
}

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });
const day = (name: string) => date(name, { mode: "string" });

/** A department asks the office to enter a partner or a contact (case 20: 研究者は入力を依頼). */
export const crmEntryRequests = pgTable(
  "crm_entry_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    kind: text("kind").notNull(),
    status: text("status").notNull().default("open"),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => users.id),
    departmentId: uuid("department_id").references(() => departments.id),
    /** The organisation's name as the requester knows it, and its country if known. */
    organisationName: text("organisation_name").notNull(),
    country: text("country"),
    /** For a contact: the person's name and the registry partner they work for, when it exists. */
    personName: text("person_name"),
    partnerId: uuid("partner_id").references(() => partners.id),
    details: text("details").notNull().default(""),
    handledBy: uuid("handled_by").references(() => users.id),
    handledAt: ts("handled_at"),
    createdPartnerId: uuid("created_partner_id").references(() => partners.id),
    createdPersonId: uuid("created_person_id").references(() => people.id),
    resolutionNote: text("resolution_note").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("crm_entry_requests_kind_valid", oneOf(t.kind, ENTRY_REQUEST_KINDS)),
    check("crm_entry_requests_status_valid", oneOf(t.status, ENTRY_REQUEST_STATUSES)),
    // Done means something was entered: the link is the proof, not a ticked box.
    check(
      "crm_entry_requests_done_linked",
      sql`${t.status} <> 'done' or num_nonnulls(${t.createdPartnerId}, ${t.createdPersonId}) > 0`,
    ),
    index("crm_entry_requests_queue").on(t.institutionId, t.status, t.createdAt),
  ],
);

/** Research seeds offered and partners' needs (case 17: シーズ・ニーズのデータベース化). */
export const crmRegisterEntries = pgTable(
  "crm_register_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    keywords: text("keywords").array().notNull().default(sql`'{}'::text[]`),
    /** A seed's researcher; a need's partner. */
    ownerUserId: uuid("owner_user_id").references(() => users.id),
    partnerId: uuid("partner_id").references(() => partners.id),
    closed: boolean("closed").notNull().default(false),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("crm_register_kind_valid", oneOf(t.kind, REGISTER_KINDS)),
    check("crm_register_need_has_partner", sql`${t.kind} <> 'need' or ${t.partnerId} is not null`),
    index("crm_register_list").on(t.institutionId, t.kind, t.createdAt),
  ],
);

/** A seed matched with a need, followed to an introduction or a collaboration. */
export const crmMatches = pgTable(
  "crm_matches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    seedId: uuid("seed_id")
      .notNull()
      .references(() => crmRegisterEntries.id),
    needId: uuid("need_id")
      .notNull()
      .references(() => crmRegisterEntries.id),
    status: text("status").notNull().default("proposed"),
    note: text("note").notNull().default(""),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("crm_matches_status_valid", oneOf(t.status, MATCH_STATUSES)),
    uniqueIndex("crm_matches_pair").on(t.seedId, t.needId),
  ],
);

/** How people reacted at a talk or exhibition (cases 18, 20: 展示会やカンファレンスで新たに出会った人物). */
export const crmReactions = pgTable(
  "crm_reactions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    eventKind: text("event_kind").notNull(),
    eventName: text("event_name").notNull(),
    occurredOn: day("occurred_on").notNull(),
    partnerId: uuid("partner_id").references(() => partners.id),
    personId: uuid("person_id").references(() => people.id),
    seedId: uuid("seed_id").references(() => crmRegisterEntries.id),
    interest: text("interest").notNull(),
    note: text("note").notNull().default(""),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("crm_reactions_kind_valid", oneOf(t.eventKind, REACTION_EVENT_KINDS)),
    check("crm_reactions_interest_valid", oneOf(t.interest, REACTION_INTERESTS)),
    index("crm_reactions_list").on(t.institutionId, t.occurredOn),
  ],
);

/** Tiers of the membership programme (case 19: MIT ILP), each with its fee and benefits. */
export const membershipTiers = pgTable(
  "membership_tiers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    nameJa: text("name_ja").notNull(),
    nameEn: text("name_en").notNull(),
    annualFeeYen: bigint("annual_fee_yen", { mode: "number" }).notNull(),
    benefits: text("benefits").array().notNull().default(sql`'{}'::text[]`),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("membership_tiers_fee", sql`${t.annualFeeYen} >= 0`),
    uniqueIndex("membership_tiers_name").on(t.institutionId, t.nameJa),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    tierId: uuid("tier_id")
      .notNull()
      .references(() => membershipTiers.id),
    status: text("status").notNull().default("active"),
    startedOn: day("started_on").notNull(),
    expiresOn: day("expires_on").notNull(),
    /** The expiry the last reminder was sent for: the daily job reminds once per term. */
    remindedFor: day("reminded_for"),
    version: integer("version").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("memberships_status_valid", oneOf(t.status, MEMBERSHIP_STATUSES)),
    check("memberships_term", sql`${t.expiresOn} > ${t.startedOn}`),
    uniqueIndex("memberships_active_partner").on(t.partnerId).where(sql`${t.status} = 'active'`),
    index("memberships_expiry").on(t.institutionId, t.status, t.expiresOn),
  ],
);

export const membershipRenewals = pgTable(
  "membership_renewals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => memberships.id),
    tierId: uuid("tier_id")
      .notNull()
      .references(() => membershipTiers.id),
    previousExpiresOn: day("previous_expires_on").notNull(),
    newExpiresOn: day("new_expires_on").notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("membership_renewals_membership").on(t.membershipId)],
);

/** A person who receives a case's secrets moved to another organisation (seed 003: 異動と秘密情報). */
export const crmMobilityAlerts = pgTable(
  "crm_mobility_alerts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    fromPartnerId: uuid("from_partner_id").references(() => partners.id),
    toPartnerId: uuid("to_partner_id")
      .notNull()
      .references(() => partners.id),
    movedOn: day("moved_on").notNull(),
    reasons: jsonb("reasons").notNull().default(sql`'[]'::jsonb`),
    status: text("status").notNull().default("open"),
    acknowledgedBy: uuid("acknowledged_by").references(() => users.id),
    acknowledgedAt: ts("acknowledged_at"),
    note: text("note").notNull().default(""),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("crm_mobility_alerts_status_valid", oneOf(t.status, MOBILITY_ALERT_STATUSES)),
    uniqueIndex("crm_mobility_alerts_once").on(t.caseId, t.personId, t.toPartnerId, t.movedOn),
    index("crm_mobility_alerts_case").on(t.caseId, t.status),
  ],
);

/**
 * The partner's agreement to the secrecy-management cost of a quotation (issue 17 item 4; seed 002 §3-2:
 * management by level costs money, and the partner agrees to bear it). Recorded by the office with its
 * evidence, never by the requester ticking a box.
 */
export const quotationSecrecyAgreements = pgTable(
  "quotation_secrecy_agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    quotationId: uuid("quotation_id")
      .notNull()
      .references(() => caseQuotations.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    agreedOn: day("agreed_on").notNull(),
    partnerSignatory: text("partner_signatory").notNull(),
    evidence: text("evidence").notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("quotation_secrecy_agreements_one").on(t.quotationId)],
);
