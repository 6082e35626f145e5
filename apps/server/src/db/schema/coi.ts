import {
  AMOUNT_BANDS,
  DECLARATION_KINDS,
  DECLARATION_STATES,
  DECLARATION_TRIGGERS,
  DETERMINATIONS,
  INSTITUTIONAL_COI_KINDS,
  SECURITY_SUBJECT_ROLES,
  SECURITY_TIERS,
  TRAINING_TOPICS,
} from "@renkei/domain";
import { type SQL, sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { institutions } from "./institutions";
import { partners, people } from "./partners";
import { users } from "./users";

/**
 * Conflict of interest and research integrity (issue 13): dated researcher profiles (every save a new
 * version), declarations with the committee's determinations and management plans, the institutional
 * register, funding applications, research-security reviews and training records. Declaration content
 * (`self_check`, `interests`) is read only through the COI feature's access function.
 */

function oneOf(col: SQL | unknown, values: readonly string[]): SQL {
  return sql`${col} in (${sql.raw(values.map((v) => `'${v}'`).join(","))})`;
}
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });
const day = (name: string) => date(name, { mode: "string" });
const institution = () =>
  uuid("institution_id")
    .notNull()
    .references(() => institutions.id);

/** The institution's COI rules: outside-effort limit, reminder days, training required per purpose. */
export const coiSettings = pgTable("coi_settings", {
  institutionId: uuid("institution_id")
    .primaryKey()
    .references(() => institutions.id),
  outsideEffortLimit: integer("outside_effort_limit").notNull().default(20),
  reminderDaysBefore: integer("reminder_days_before").array().notNull().default(sql`'{14,0}'::int[]`),
  /** `{ trip?: topic[], join_case?: topic[], declare?: topic[] }` (training.ts TrainingPurpose). */
  trainingRequirements: jsonb("training_requirements").notNull().default({}),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** A periodic declaration cycle (seed 000 審議経過): opened by the committee for one fiscal year. */
export const coiCycles = pgTable(
  "coi_cycles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: institution(),
    title: text("title").notNull(),
    opensOn: day("opens_on").notNull(),
    dueOn: day("due_on").notNull(),
    /** Declarations approved in this cycle are valid until this date (never open-ended: X2). */
    validUntil: day("valid_until").notNull(),
    openedBy: uuid("opened_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("coi_cycles_dates", sql`${t.dueOn} >= ${t.opensOn} and ${t.validUntil} >= ${t.dueOn}`),
    index("coi_cycles_institution").on(t.institutionId, t.opensOn),
  ],
);

/** One version of a researcher's profile (J1); the newest version is current, older ones are history. */
export const coiProfiles = pgTable(
  "coi_profiles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: institution(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    version: integer("version").notNull(),
    /** The domain's `CoiProfile`, validated by `ZCoiProfile` before it is written. */
    data: jsonb("data").notNull(),
    /** A colleague (e.g. a secretary) the researcher allows to keep the profile current. */
    delegateUserId: uuid("delegate_user_id").references(() => users.id),
    savedBy: uuid("saved_by").references(() => users.id),
    savedAt: ts("saved_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("coi_profiles_user_version").on(t.userId, t.version)],
);

export const coiDeclarations = pgTable(
  "coi_declarations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: institution(),
    declarantUserId: uuid("declarant_user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
    trigger: text("trigger").notNull(),
    cycleId: uuid("cycle_id").references(() => coiCycles.id),
    /** For a case-triggered declaration: the case joined. */
    caseId: uuid("case_id").references(() => cases.id),
    status: text("status").notNull().default("draft"),
    selfCheck: jsonb("self_check").notNull().default({}),
    interests: jsonb("interests").notNull().default([]),
    profileVersion: integer("profile_version"),
    attestedAt: ts("attested_at"),
    submittedAt: ts("submitted_at"),
    returnComment: text("return_comment"),
    returnedAt: ts("returned_at"),
    approvedOn: day("approved_on"),
    approvedBy: uuid("approved_by").references(() => users.id),
    validUntil: day("valid_until"),
    /** sha256 of the content at approval: the archived declaration can be shown to be unchanged. */
    contentHash: text("content_hash"),
    version: integer("version").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("coi_declarations_kind", oneOf(t.kind, DECLARATION_KINDS)),
    check("coi_declarations_trigger", oneOf(t.trigger, DECLARATION_TRIGGERS)),
    check("coi_declarations_status", oneOf(t.status, DECLARATION_STATES)),
    check(
      "coi_declarations_approved_valid",
      sql`${t.status} not in ('approved','expired') or (${t.validUntil} is not null and ${t.approvedOn} is not null)`,
    ),
    index("coi_declarations_declarant").on(t.declarantUserId, t.createdAt),
    index("coi_declarations_queue").on(t.institutionId, t.status),
  ],
);

/** External committee members see and review only the declarations assigned to them. */
export const coiAssignments = pgTable(
  "coi_assignments",
  {
    declarationId: uuid("declaration_id")
      .notNull()
      .references(() => coiDeclarations.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    assignedBy: uuid("assigned_by").references(() => users.id),
    assignedAt: ts("assigned_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.declarationId, t.userId] }), index("coi_assignments_user").on(t.userId)],
);

/** Management plans (seed 003 TMDU): conditions, a monitoring date with reminders, open until closed. */
export const coiManagementPlans = pgTable(
  "coi_management_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: institution(),
    declarationId: uuid("declaration_id")
      .notNull()
      .references(() => coiDeclarations.id),
    declarantUserId: uuid("declarant_user_id")
      .notNull()
      .references(() => users.id),
    conditions: jsonb("conditions").notNull(),
    startsOn: day("starts_on").notNull(),
    monitoringOn: day("monitoring_on").notNull(),
    monitorUserId: uuid("monitor_user_id").references(() => users.id),
    status: text("status").notNull().default("active"),
    lastMonitoredOn: day("last_monitored_on"),
    monitoringNotes: text("monitoring_notes").notNull().default(""),
    /** Reminder thresholds (days before the monitoring date) already sent for the current date. */
    remindersSent: integer("reminders_sent").array().notNull().default(sql`'{}'::int[]`),
    createdBy: uuid("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("coi_plans_status", oneOf(t.status, ["active", "closed"])),
    index("coi_plans_monitoring").on(t.status, t.monitoringOn),
  ],
);

/** The committee's determination per interest × case (case null = the interest in general). */
export const coiDeterminations = pgTable(
  "coi_determinations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: institution(),
    declarationId: uuid("declaration_id")
      .notNull()
      .references(() => coiDeclarations.id),
    interestId: text("interest_id").notNull(),
    caseId: uuid("case_id").references(() => cases.id),
    outcome: text("outcome").notNull(),
    planId: uuid("plan_id").references(() => coiManagementPlans.id),
    notes: text("notes").notNull().default(""),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: ts("decided_at").notNull().defaultNow(),
  },
  (t) => [
    check("coi_determinations_outcome", oneOf(t.outcome, DETERMINATIONS)),
    check("coi_determinations_plan", sql`${t.outcome} <> 'manageable' or ${t.planId} is not null`),
    uniqueIndex("coi_determinations_pair").on(
      t.declarationId,
      t.interestId,
      sql`coalesce(${t.caseId}::text, '')`,
    ),
    index("coi_determinations_case").on(t.caseId),
  ],
);

/** Institutional COI register (seed 003 TMDU 組織): what the institution itself holds or receives. */
export const coiRegister = pgTable(
  "coi_register",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: institution(),
    kind: text("kind").notNull(),
    entityName: text("entity_name").notNull(),
    partnerId: uuid("partner_id").references(() => partners.id),
    amountBand: text("amount_band").notNull().default("none"),
    fromOn: day("from_on").notNull(),
    untilOn: day("until_on"),
    notes: text("notes").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("coi_register_kind", oneOf(t.kind, INSTITUTIONAL_COI_KINDS)),
    check("coi_register_band", oneOf(t.amountBand, AMOUNT_BANDS)),
    index("coi_register_institution").on(t.institutionId),
  ],
);

/** The committee's decision on a case flagged by the institutional register. */
export const coiInstitutionalDecisions = pgTable(
  "coi_institutional_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: institution(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    outcome: text("outcome").notNull(),
    notes: text("notes").notNull().default(""),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: ts("decided_at").notNull().defaultNow(),
  },
  (t) => [check("coi_inst_outcome", oneOf(t.outcome, DETERMINATIONS)), index("coi_inst_case").on(t.caseId)],
);

/** A funding application (J2): what the funder was told, the pledge, and the check against the profile. */
export const coiFundingApplications = pgTable(
  "coi_funding_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: institution(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    data: jsonb("data").notNull(),
    pledgedOn: day("pledged_on"),
    /** The pledge is the researcher's own act (J2): nobody else can record it, the database agrees. */
    pledgedBy: uuid("pledged_by").references(() => users.id),
    /** The 特定研究開発プログラム the application is made under, when flagged (J7). */
    programmeId: uuid("programme_id").references(() => securityProgrammes.id),
    profileVersion: integer("profile_version"),
    createdBy: uuid("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("coi_funding_user").on(t.userId),
    check(
      "coi_funding_pledge_self",
      sql`(${t.pledgedOn} is null and ${t.pledgedBy} is null) or (${t.pledgedOn} is not null and ${t.pledgedBy} = ${t.userId})`,
    ),
  ],
);

/** Programmes flagged as 特定研究開発プログラム with technology-field tags (J7). */
export const securityProgrammes = pgTable(
  "security_programmes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: institution(),
    name: text("name").notNull(),
    /** The funder's programme (e.g. 経済安全保障重要技術育成プログラム), shown beside the name. */
    funder: text("funder").notNull().default(""),
    flagged: boolean("flagged").notNull().default(true),
    technologyFields: text("technology_fields").array().notNull().default(sql`'{}'::text[]`),
    notes: text("notes").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("security_programmes_name").on(t.institutionId, t.name)],
);

/** Cases run under a programme: their researchers are the ones a review covers (J7). */
export const securityProgrammeCases = pgTable(
  "security_programme_cases",
  {
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => securityProgrammes.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    institutionId: institution(),
    linkedBy: uuid("linked_by").references(() => users.id),
    linkedAt: ts("linked_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.caseId] }),
    index("security_programme_cases_case").on(t.caseId),
  ],
);

/** One research-security review of a PI, student or partner senior researcher; nationality is not stored. */
export const securityReviews = pgTable(
  "security_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: institution(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => securityProgrammes.id),
    subjectRole: text("subject_role").notNull(),
    subjectName: text("subject_name").notNull(),
    subjectUserId: uuid("subject_user_id").references(() => users.id),
    subjectPersonId: uuid("subject_person_id").references(() => people.id),
    input: jsonb("input").notNull(),
    tier: text("tier"),
    reasons: jsonb("reasons").notNull(),
    /** `[{ condition, status: 'open' | 'met', metOn }]`: mitigation conditions tracked to completion. */
    mitigations: jsonb("mitigations").notNull().default([]),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    reviewedAt: ts("reviewed_at").notNull().defaultNow(),
    version: integer("version").notNull().default(1),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("security_reviews_role", oneOf(t.subjectRole, SECURITY_SUBJECT_ROLES)),
    check("security_reviews_tier", sql`${t.tier} is null or ${oneOf(t.tier, SECURITY_TIERS)}`),
    index("security_reviews_programme").on(t.programmeId),
  ],
);

export const trainingCourses = pgTable(
  "training_courses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: institution(),
    code: text("code").notNull(),
    title: text("title").notNull(),
    topic: text("topic").notNull(),
    /** Months a completion stays current; null = does not expire. */
    validityMonths: integer("validity_months"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("training_courses_topic", oneOf(t.topic, TRAINING_TOPICS)),
    uniqueIndex("training_courses_code").on(t.institutionId, t.code),
  ],
);

export const trainingCompletions = pgTable(
  "training_completions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: institution(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    courseId: uuid("course_id")
      .notNull()
      .references(() => trainingCourses.id),
    completedOn: day("completed_on").notNull(),
    expiresOn: day("expires_on"),
    source: text("source").notNull().default("manual"),
    recordedBy: uuid("recorded_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("training_completions_source", oneOf(t.source, ["manual", "csv"])),
    uniqueIndex("training_completions_once").on(t.userId, t.courseId, t.completedOn),
  ],
);

/**
 * A triggered declaration requirement (J3): joining a case as PI or member, a funding application or a
 * new outside activity asks the researcher to declare. Open until a declaration submitted after it is
 * approved by the committee; the case's COI gate shows it as waiting meanwhile.
 */
export const coiDeclarationRequirements = pgTable(
  "coi_declaration_requirements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: institution(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    trigger: text("trigger").notNull(),
    caseId: uuid("case_id").references(() => cases.id),
    fundingApplicationId: uuid("funding_application_id").references(() => coiFundingApplications.id),
    /** The trigger rule's reasons (bilingual), as `declarationRequired` returned them. */
    reasons: jsonb("reasons").notNull(),
    requestedAt: ts("requested_at").notNull().defaultNow(),
    satisfiedByDeclarationId: uuid("satisfied_by_declaration_id").references(() => coiDeclarations.id),
    satisfiedAt: ts("satisfied_at"),
  },
  (t) => [
    check("coi_requirements_trigger", oneOf(t.trigger, DECLARATION_TRIGGERS)),
    index("coi_requirements_user").on(t.userId, t.satisfiedAt),
  ],
);
