import {
  ALERT_STATUSES,
  LEAKAGE_RULES,
  SECRET_DIRECTIONS,
  SECRET_END_KINDS,
  SECRET_LEVELS,
  SECRET_LOG_ACTIONS,
  SECRET_ORIGINS,
  SECRET_READ_PATHS,
  SECRET_STATUSES,
  SECRET_STORAGE_KINDS,
} from "@renkei/domain";
import { type SQL, sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
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
import { caseDisclosures, caseDocuments, caseNdas, cases } from "./cases";
import { departments, institutions } from "./institutions";
import { partners } from "./partners";
import { users } from "./users";

/**
 * Confidential information (issue 12; seed 002 秘密情報の保護ハンドブック, seed 003 秘/厳秘/機密): the
 * register of items, who may read them, walls between competing partners, the access log the leakage
 * rules read, alerts, student pledges and the yearly inventory review.
 */

function oneOf(col: SQL | unknown, values: readonly (string | number)[]): SQL {
  return sql`${col} in (${sql.raw(values.map((v) => (typeof v === "number" ? String(v) : `'${v}'`)).join(","))})`;
}

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });
const day = (name: string) => date(name, { mode: "string" });

/** The institution's scheme (levels, handling, student rule), leakage thresholds and pledge policy. */
export const secretSettings = pgTable("secret_settings", {
  institutionId: uuid("institution_id")
    .primaryKey()
    .references(() => institutions.id),
  scheme: jsonb("scheme"),
  leakagePolicy: jsonb("leakage_policy"),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** One item of the register: received, created or provided; a case document or disclosure may back it. */
export const secretItems = pgTable(
  "secret_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    level: integer("level").notNull(),
    origin: text("origin").notNull(),
    direction: text("direction").notNull(),
    partnerId: uuid("partner_id").references(() => partners.id),
    caseId: uuid("case_id").references(() => cases.id),
    ndaId: uuid("nda_id").references(() => caseNdas.id),
    /** The contract covering the item when it is not an NDA of the case (free text: name and number). */
    contractNote: text("contract_note").notNull().default(""),
    responsibleUserId: uuid("responsible_user_id")
      .notNull()
      .references(() => users.id),
    /** The lab / department that keeps the item (inventory per lab). */
    departmentId: uuid("department_id").references(() => departments.id),
    storageKind: text("storage_kind").notNull(),
    storageLocation: text("storage_location").notNull().default(""),
    documentId: uuid("document_id").references(() => caseDocuments.id),
    disclosureId: uuid("disclosure_id").references(() => caseDisclosures.id),
    receivedOn: day("received_on"),
    contractEndsOn: day("contract_ends_on"),
    survivalYears: integer("survival_years"),
    /** Contract end + survival period (domain `secrecyUntil`), kept for reminders and the inventory. */
    secrecyUntil: day("secrecy_until"),
    /** The partner asked that students sign a pledge (pledge policy `when_partner_asks`). */
    partnerRequiresPledge: boolean("partner_requires_pledge").notNull().default(false),
    status: text("status").notNull().default("active"),
    endedOn: day("ended_on"),
    endNote: text("end_note").notNull().default(""),
    endCertificateName: text("end_certificate_name"),
    endCertificateSha256: text("end_certificate_sha256"),
    endCertificate: bytea("end_certificate"),
    endConfirmedBy: uuid("end_confirmed_by").references(() => users.id),
    /** Reminder keys already sent (e.g. `nda:2027-03-31:30`), so each reminder goes once. */
    remindersSent: text("reminders_sent").array().notNull().default(sql`'{}'::text[]`),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("secret_items_level_valid", oneOf(t.level, SECRET_LEVELS)),
    check("secret_items_origin_valid", oneOf(t.origin, SECRET_ORIGINS)),
    check("secret_items_direction_valid", oneOf(t.direction, SECRET_DIRECTIONS)),
    check("secret_items_storage_valid", oneOf(t.storageKind, SECRET_STORAGE_KINDS)),
    check("secret_items_status_valid", oneOf(t.status, SECRET_STATUSES)),
    check("secret_items_title_present", sql`length(trim(${t.title})) > 0`),
    check(
      "secret_items_end_recorded",
      sql`${t.status} = 'active' or (${t.endedOn} is not null and ${t.endConfirmedBy} is not null)`,
    ),
    check("secret_items_end_kind", sql`${t.status} = 'active' or ${oneOf(t.status, SECRET_END_KINDS)}`),
    check("secret_items_survival", sql`${t.survivalYears} is null or ${t.survivalYears} between 0 and 100`),
    uniqueIndex("secret_items_document").on(t.documentId),
    uniqueIndex("secret_items_disclosure").on(t.disclosureId),
    index("secret_items_case").on(t.caseId),
    index("secret_items_inventory").on(t.institutionId, t.status, t.level),
    index("secret_items_partner").on(t.partnerId),
    index("secret_items_responsible").on(t.responsibleUserId),
  ],
);

/** Who may read an item beyond what the level allows by role; ends (revoked) when they leave. */
export const secretAccessGrants = pgTable(
  "secret_access_grants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => secretItems.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    canDownload: boolean("can_download").notNull().default(false),
    grantedBy: uuid("granted_by")
      .notNull()
      .references(() => users.id),
    grantedAt: ts("granted_at").notNull().defaultNow(),
    revokedAt: ts("revoked_at"),
    revokedBy: uuid("revoked_by").references(() => users.id),
    revokeReason: text("revoke_reason"),
  },
  (t) => [
    check(
      "secret_grants_revoke_reason",
      sql`${t.revokeReason} is null or ${oneOf(t.revokeReason, ["manual", "left_case", "left_institution", "item_ended"])}`,
    ),
    uniqueIndex("secret_grants_active").on(t.itemId, t.userId).where(sql`${t.revokedAt} is null`),
    index("secret_grants_user").on(t.userId),
  ],
);

/** Two registry partners that compete (seed 001 case 26): marked by the coordinator or the officer. */
export const secretCompetitors = pgTable(
  "secret_competitors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    partnerA: uuid("partner_a")
      .notNull()
      .references(() => partners.id),
    partnerB: uuid("partner_b")
      .notNull()
      .references(() => partners.id),
    note: text("note").notNull().default(""),
    markedBy: uuid("marked_by")
      .notNull()
      .references(() => users.id),
    markedAt: ts("marked_at").notNull().defaultNow(),
  },
  (t) => [
    // One row per unordered pair.
    check("secret_competitors_ordered", sql`${t.partnerA} < ${t.partnerB}`),
    uniqueIndex("secret_competitors_pair").on(t.institutionId, t.partnerA, t.partnerB),
  ],
);

/** The officer's recorded approval that a person may hold secrets of competitors (the wall opened). */
export const secretWallApprovals = pgTable(
  "secret_wall_approvals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    justification: text("justification").notNull(),
    approvedBy: uuid("approved_by")
      .notNull()
      .references(() => users.id),
    approvedAt: ts("approved_at").notNull().defaultNow(),
    /** A withdrawn approval is kept (who, when, why) and no longer opens the wall. */
    withdrawnAt: ts("withdrawn_at"),
    withdrawnBy: uuid("withdrawn_by").references(() => users.id),
    withdrawalReason: text("withdrawal_reason"),
  },
  (t) => [
    check("secret_wall_approvals_justified", sql`length(trim(${t.justification})) > 0`),
    check(
      "secret_wall_approvals_withdrawal",
      sql`(${t.withdrawnAt} is null) = (${t.withdrawalReason} is null) and (${t.withdrawnAt} is null) = (${t.withdrawnBy} is null)`,
    ),
    // One approval in force per person and partner; withdrawn ones stay as history beside a new one.
    uniqueIndex("secret_wall_approvals_unique")
      .on(t.userId, t.partnerId)
      .where(sql`${t.withdrawnAt} is null`),
  ],
);

/** The supervisor's recorded permission for a student to read 秘 items of a case (seed 003 名古屋大学). */
export const secretStudentPermissions = pgTable(
  "secret_student_permissions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    studentUserId: uuid("student_user_id")
      .notNull()
      .references(() => users.id),
    note: text("note").notNull().default(""),
    grantedBy: uuid("granted_by")
      .notNull()
      .references(() => users.id),
    grantedAt: ts("granted_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("secret_student_permissions_unique").on(t.caseId, t.studentUserId)],
);

/** Every view, download and refusal of a register item, on every read path (the leakage rules read it). */
export const secretAccessLog = pgTable(
  "secret_access_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    itemId: uuid("item_id").references(() => secretItems.id),
    caseId: uuid("case_id"),
    partnerId: uuid("partner_id"),
    level: integer("level").notNull(),
    action: text("action").notNull(),
    path: text("path").notNull(),
    at: ts("at").notNull().defaultNow(),
  },
  (t) => [
    check("secret_log_action_valid", oneOf(t.action, SECRET_LOG_ACTIONS)),
    check("secret_log_path_valid", oneOf(t.path, SECRET_READ_PATHS)),
    index("secret_log_time").on(t.institutionId, t.at),
    index("secret_log_user").on(t.userId, t.at),
  ],
);

/** An alert of a leakage rule, to the officer's resolve / escalate queue. */
export const secretAlerts = pgTable(
  "secret_alerts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    rule: text("rule").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** Same pattern, same person, same window → one alert (the job runs repeatedly). */
    dedupeKey: text("dedupe_key").notNull(),
    eventIds: uuid("event_ids").array().notNull(),
    reasons: jsonb("reasons").notNull(),
    status: text("status").notNull().default("open"),
    raisedAt: ts("raised_at").notNull().defaultNow(),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: ts("decided_at"),
    note: text("note").notNull().default(""),
  },
  (t) => [
    check("secret_alerts_rule_valid", oneOf(t.rule, LEAKAGE_RULES)),
    check("secret_alerts_status_valid", oneOf(t.status, ALERT_STATUSES)),
    uniqueIndex("secret_alerts_dedupe").on(t.institutionId, t.dedupeKey),
    index("secret_alerts_queue").on(t.institutionId, t.status, t.raisedAt),
  ],
);

/** Versioned pledge texts with the institution's policy (seed 003 誓約書); old versions stay readable. */
export const secretPledgeTexts = pgTable(
  "secret_pledge_texts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    version: integer("version").notNull(),
    bodyJa: text("body_ja").notNull(),
    bodyEn: text("body_en").notNull(),
    requirement: text("requirement").notNull(),
    publishedBy: uuid("published_by")
      .notNull()
      .references(() => users.id),
    publishedAt: ts("published_at").notNull().defaultNow(),
  },
  (t) => [
    check("secret_pledge_texts_body", sql`length(trim(${t.bodyJa})) > 0 and length(trim(${t.bodyEn})) > 0`),
    check(
      "secret_pledge_texts_requirement",
      oneOf(t.requirement, ["always", "when_partner_asks", "not_for_employed"]),
    ),
    uniqueIndex("secret_pledge_texts_version").on(t.institutionId, t.version),
  ],
);

/** A student's own consent and pledge for a case, against one version of the text (X7: self-signed). */
export const secretPledges = pgTable(
  "secret_pledges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    pledgeTextId: uuid("pledge_text_id")
      .notNull()
      .references(() => secretPledgeTexts.id),
    consented: boolean("consented").notNull(),
    signedAt: ts("signed_at").notNull().defaultNow(),
  },
  (t) => [
    check("secret_pledges_consented", sql`${t.consented}`),
    uniqueIndex("secret_pledges_unique").on(t.userId, t.caseId, t.pledgeTextId),
  ],
);

/** Yearly inventory review of each responsible person's items (seed 002 第4章 定期的な見直し). */
export const secretReviews = pgTable(
  "secret_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    responsibleUserId: uuid("responsible_user_id")
      .notNull()
      .references(() => users.id),
    year: integer("year").notNull(),
    dueOn: day("due_on").notNull(),
    itemCount: integer("item_count").notNull(),
    completedOn: day("completed_on"),
    completedBy: uuid("completed_by").references(() => users.id),
    note: text("note").notNull().default(""),
  },
  (t) => [
    uniqueIndex("secret_reviews_unique").on(t.institutionId, t.responsibleUserId, t.year),
    index("secret_reviews_open").on(t.institutionId, t.completedOn),
  ],
);
