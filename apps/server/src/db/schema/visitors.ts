import { sql } from "drizzle-orm";
import {
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
import { departments, institutions } from "./institutions";
import { users } from "./users";

const tz = { withTimezone: true } as const;

/**
 * Visitor and student intake (受入, issue 4; spec §1.5, §2). The current facts and the engine's latest
 * determination live on the row; every declaration, pledge and review is kept in its own table.
 */
export const visitors = pgTable(
  "visitors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    kind: text("kind").notNull(),
    fullName: text("full_name").notNull(),
    nameEn: text("name_en"),
    email: text("email"),
    homeOrganisation: text("home_organisation").notNull().default(""),
    homeCountry: text("home_country"),
    /** The hosting researcher / supervisor; sees and updates the intake with the filer. */
    hostUserId: uuid("host_user_id").references(() => users.id),
    filedBy: uuid("filed_by")
      .notNull()
      .references(() => users.id),
    departmentId: uuid("department_id").references(() => departments.id),
    purpose: text("purpose").notNull().default(""),
    stayFrom: date("stay_from", { mode: "string" }),
    stayUntil: date("stay_until", { mode: "string" }),
    status: text("status").notNull(),
    declarationVersion: integer("declaration_version").notNull().default(1),
    /** The engine's recipient facts as last declared (export-control ZRecipientFacts). */
    declaration: jsonb("declaration").notNull(),
    /** The engine's determination (ExportControlResult) as of `assessed_as_of`. */
    assessment: jsonb("assessment").notNull(),
    assessedAsOf: date("assessed_as_of", { mode: "string" }).notNull(),
    residency: text("residency"),
    /** The visitor and their home institution screened against every list (issue 15, B4). */
    screening: jsonb("screening"),
    tokutei: text("tokutei").array().notNull().default(sql`'{}'::text[]`),
    tokuteiStatus: text("tokutei_status").notNull(),
    /** The next date the engine's residency changes (the 6-month mark), found by the daily job. */
    residencyChangeOn: date("residency_change_on", { mode: "string" }),
    reopenReason: text("reopen_reason"),
    reopenedAt: timestamp("reopened_at", tz),
    decidedAt: timestamp("decided_at", tz),
    decidedBy: uuid("decided_by").references(() => users.id),
    decisionComment: text("decision_comment").notNull().default(""),
    /** The decision's own 理由 (issue 11 item 6); null on visitors decided before it existed. */
    decisionReason: text("decision_reason"),
    /** Kept at least until this date (spec §6.5); deletion before it is refused here and in the database. */
    retainUntil: date("retain_until", { mode: "string" }).notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
  },
  (t) => [
    check("visitors_kind_valid", sql`${t.kind} in ('student','staff','visiting_researcher','short_visitor')`),
    check(
      "visitors_status_valid",
      sql`${t.status} in ('pending_review','more_info_requested','accepted','refused')`,
    ),
    check(
      "visitors_residency_valid",
      sql`${t.residency} is null or ${t.residency} in ('RESIDENT','NON_RESIDENT')`,
    ),
    index("visitors_institution_status").on(t.institutionId, t.status),
    index("visitors_residency_change").on(t.residencyChangeOn),
  ],
);

/** Every self-declaration of facts, in order; a change of facts is a new version (spec §1.5 reporting duty). */
export const visitorDeclarations = pgTable(
  "visitor_declarations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    visitorId: uuid("visitor_id")
      .notNull()
      .references(() => visitors.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    facts: jsonb("facts").notNull(),
    note: text("note").notNull().default(""),
    declaredBy: uuid("declared_by")
      .notNull()
      .references(() => users.id),
    declaredAt: timestamp("declared_at", tz).notNull(),
  },
  (t) => [uniqueIndex("visitor_declarations_version").on(t.visitorId, t.version)],
);

/** Pledges (誓約書): who signed, when, which version of the text, against which declaration. */
export const visitorPledges = pgTable(
  "visitor_pledges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    visitorId: uuid("visitor_id")
      .notNull()
      .references(() => visitors.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    textVersion: text("text_version").notNull(),
    declarationVersion: integer("declaration_version").notNull(),
    tokuteiAnswer: text("tokutei_answer"),
    signedName: text("signed_name").notNull(),
    signedOn: date("signed_on", { mode: "string" }).notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at", tz).notNull(),
  },
  (t) => [
    check("visitor_pledges_kind_valid", sql`${t.kind} in ('tokutei_declaration','fefta_compliance')`),
    check(
      "visitor_pledges_answer_valid",
      sql`${t.tokuteiAnswer} is null or ${t.tokuteiAnswer} in ('none','T1','T2','T1_T2')`,
    ),
    index("visitor_pledges_visitor").on(t.visitorId),
  ],
);

/** Decisions and re-openings, time-stamped, with the determination they were made on. */
export const visitorReviews = pgTable(
  "visitor_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    visitorId: uuid("visitor_id")
      .notNull()
      .references(() => visitors.id, { onDelete: "cascade" }),
    /** accept | refuse | request_info | reopen */
    action: text("action").notNull(),
    /** For re-openings: facts_changed | six_month_mark | residency_changed. */
    reason: text("reason"),
    comment: text("comment").notNull().default(""),
    /** Null when the daily job re-opened the assessment. */
    actorId: uuid("actor_id").references(() => users.id),
    at: timestamp("at", tz).notNull(),
    assessedAsOf: date("assessed_as_of", { mode: "string" }).notNull(),
    residency: text("residency"),
    tokutei: text("tokutei").array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [index("visitor_reviews_visitor").on(t.visitorId, t.at)],
);
