import {
  CASE_KINDS,
  CASE_SECTIONS,
  CASE_STAGES,
  CONTRACT_RED_FLAGS,
  EMERGING_TECH_CATEGORIES,
  FUNDING_KINDS,
  PARTICIPANT_KINDS,
  RESEARCH_AREAS,
} from "@renkei/domain";
import { type SQL, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
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
import { institutions } from "./institutions";
import { partners, people } from "./partners";
import { users } from "./users";

/**
 * Collaboration cases (issue 5; seed 001 §IV). One row per case, with the facts every gate reads kept
 * in columns and child tables; each step's record (scheme, negotiation, terms, …) is a JSON document in
 * `case_stage_records`, validated by the domain's stage schema before it is written.
 */

/** `col in ('a','b',…)` for a closed vocabulary from the domain, so the database backstops it. */
export function oneOf(col: SQL | unknown, values: readonly string[]): SQL {
  return sql`${col} in (${sql.raw(values.map((v) => `'${v}'`).join(","))})`;
}

/** Uploaded files are kept in the database so backups and tenancy cover them (limit in the CHECK). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** Largest document accepted (10 MiB): case files are contracts, minutes and reports, not data sets. */
export const MAX_CASE_DOCUMENT_BYTES = 10 * 1024 * 1024;

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });
const day = (name: string) => date(name, { mode: "string" });

export const cases = pgTable(
  "cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    /** Human reference shown on the board and in print, e.g. `2026-0042` (per institution and year). */
    ref: text("ref").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    stage: text("stage").notNull().default("intake"),
    stageEnteredAt: ts("stage_entered_at").notNull().defaultNow(),
    piUserId: uuid("pi_user_id").references(() => users.id),
    departmentIds: uuid("department_ids").array().notNull().default(sql`'{}'::uuid[]`),
    fieldArea: text("field_area"),
    /** Seed 001 §III.2 表6: the 14 emerging-technology categories. */
    emergingTech: text("emerging_tech").array().notNull().default(sql`'{}'::text[]`),
    keywords: text("keywords").array().notNull().default(sql`'{}'::text[]`),
    highRiskApprovedBy: uuid("high_risk_approved_by").references(() => users.id),
    highRiskApprovedOn: day("high_risk_approved_on"),
    highRiskNote: text("high_risk_note"),
    contractSignedOn: day("contract_signed_on"),
    /** Denormalised from the domain's `caseBlockers`, refreshed on every write and by a daily job. */
    blocked: boolean("blocked").notNull().default(false),
    blockerAction: text("blocker_action"),
    blockers: jsonb("blockers").notNull().default(sql`'[]'::jsonb`),
    blockersCheckedOn: day("blockers_checked_on"),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("cases_kind_valid", oneOf(t.kind, CASE_KINDS)),
    check("cases_stage_valid", oneOf(t.stage, CASE_STAGES)),
    check("cases_field_valid", sql`${t.fieldArea} is null or ${oneOf(t.fieldArea, RESEARCH_AREAS)}`),
    check(
      "cases_emerging_tech_valid",
      sql`${t.emergingTech} <@ array[${sql.raw(EMERGING_TECH_CATEGORIES.map((c) => `'${c}'`).join(","))}]::text[]`,
    ),
    check("cases_title_present", sql`length(trim(${t.title})) > 0`),
    // A signed contract is the only way into monitoring (seed 001 §IV.2-9 → §IV.3).
    check(
      "cases_signed_before_active",
      sql`${t.stage} not in ('active','closing','closed') or ${t.contractSignedOn} is not null`,
    ),
    uniqueIndex("cases_institution_ref").on(t.institutionId, t.ref),
    // The board reads the newest cases of each stage (bench: `npm run bench:cases`).
    index("cases_board").on(t.institutionId, t.stage, t.updatedAt.desc(), t.id.desc()),
    index("cases_pi").on(t.piUserId),
    index("cases_departments").using("gin", t.departmentIds),
  ],
);

/** Per-institution, per-year counter behind `cases.ref`. */
export const caseCounters = pgTable(
  "case_counters",
  {
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    year: integer("year").notNull(),
    last: integer("last").notNull(),
  },
  (t) => [primaryKey({ columns: [t.institutionId, t.year] })],
);

/** One JSON record per step of seed 001 §IV.2 (scheme, negotiation, plan, terms, …). */
export const caseStageRecords = pgTable(
  "case_stage_records",
  {
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    section: text("section").notNull(),
    institutionId: uuid("institution_id").notNull(),
    data: jsonb("data").notNull(),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.section] }),
    check("case_stage_records_section_valid", oneOf(t.section, CASE_SECTIONS)),
  ],
);

/** A partner of the case, with the case-specific due-diligence facts (seed 001 §IV.2-3, §III.1). */
export const casePartners = pgTable(
  "case_partners",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    /** Business sectors, for "competing partner" conflicts (seed 001 case 26). */
    sectors: text("sectors").array().notNull().default(sql`'{}'::text[]`),
    /** Registry partners known to compete with this one. */
    competitorIds: uuid("competitor_ids").array().notNull().default(sql`'{}'::uuid[]`),
    /** Ownership known, military affiliation, partner country's rules, reputation notes. */
    dueDiligence: jsonb("due_diligence").notNull(),
    addedAt: ts("added_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("case_partners_unique").on(t.caseId, t.partnerId),
    index("case_partners_partner").on(t.partnerId),
    // Every secret read loads the institution's named competitors (issue 12 walls); only a few rows name any.
    index("case_partners_named_competitors")
      .on(t.institutionId)
      .where(sql`cardinality(${t.competitorIds}) > 0`),
  ],
);

/**
 * A person on the case: a user of the institution or a person of the registry (visiting or dispatched
 * researchers). Students confirm consent and pledge themselves (issue 12, X7: `secret_pledges`); the
 * staff-recorded dates stay for paper pledges, and the domain's student gate reads both.
 */
export const caseParticipants = pgTable(
  "case_participants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind").notNull(),
    userId: uuid("user_id").references(() => users.id),
    personId: uuid("person_id").references(() => people.id),
    roleOnCase: text("role_on_case").notNull().default(""),
    informedConsentOn: day("informed_consent_on"),
    pledgeOn: day("pledge_on"),
    employedByInstitution: boolean("employed_by_institution").notNull().default(false),
    /** The participant's visitor / student intake (residency, 特定類型), issue 15 (no FK: visitors feature). */
    visitorId: uuid("visitor_id"),
    /** Will receive the case's controlled technology: a non-resident or 特定類型 then needs a 取引審査. */
    receivesControlledTech: boolean("receives_controlled_tech").notNull().default(false),
    /** The participant's planned end on the case (graduation, end of employment): leakage rule before_end. */
    endsOn: day("ends_on"),
    addedAt: ts("added_at").notNull().defaultNow(),
  },
  (t) => [
    check("case_participants_kind_valid", oneOf(t.kind, PARTICIPANT_KINDS)),
    check("case_participants_one_link", sql`num_nonnulls(${t.userId}, ${t.personId}) = 1`),
    uniqueIndex("case_participants_user").on(t.caseId, t.userId),
    uniqueIndex("case_participants_person").on(t.caseId, t.personId),
    index("case_participants_user_id").on(t.userId),
  ],
);

/** Funding behind the research; government-commissioned money brings Japanese Bayh-Dole (§II.3.1). */
export const caseFunding = pgTable(
  "case_funding",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind").notNull(),
    funder: text("funder").notNull(),
    bayhDole: boolean("bayh_dole").notNull().default(false),
    restrictsForeignCollaboration: boolean("restricts_foreign_collaboration").notNull().default(false),
  },
  (t) => [
    check("case_funding_kind_valid", oneOf(t.kind, FUNDING_KINDS)),
    // 産業技術力強化法17条 applies to government-commissioned R&D: the flag follows the kind.
    check("case_funding_bayh_dole", sql`${t.kind} <> 'government_commissioned' or ${t.bayhDole}`),
    index("case_funding_case").on(t.caseId),
  ],
);

export const caseNdas = pgTable(
  "case_ndas",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    partnerIds: uuid("partner_ids").array().notNull(),
    signedOn: day("signed_on"),
    expiresOn: day("expires_on"),
    terminated: boolean("terminated").notNull().default(false),
    /** What the NDA covers (one-way / mutual, purpose, categories; seed 001 §IV.2-5, E4). */
    scope: jsonb("scope"),
    documentId: uuid("document_id"),
    note: text("note").notNull().default(""),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: ts("recorded_at").notNull().defaultNow(),
  },
  (t) => [
    check(
      "case_ndas_period",
      sql`${t.expiresOn} is null or ${t.signedOn} is null or ${t.signedOn} <= ${t.expiresOn}`,
    ),
    index("case_ndas_case").on(t.caseId),
  ],
);

/** A recorded waiver of a contract red flag by a role allowed to accept it (contract-checklist.ts). */
export const caseRedFlagWaivers = pgTable(
  "case_red_flag_waivers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    flag: text("flag").notNull(),
    approvedBy: uuid("approved_by")
      .notNull()
      .references(() => users.id),
    approvedByRole: text("approved_by_role").notNull(),
    justification: text("justification").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("case_waivers_flag_valid", oneOf(t.flag, CONTRACT_RED_FLAGS)),
    check("case_waivers_justified", sql`length(trim(${t.justification})) > 0`),
    index("case_waivers_case").on(t.caseId),
  ],
);

export const caseDocuments = pgTable(
  "case_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    category: text("category").notNull().default("other"),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    uploadedAt: ts("uploaded_at").notNull().defaultNow(),
    /**
     * When the file's bytes were deleted because its confidential item was returned or destroyed (issue
     * 12 item 7, seed 002 第3章): the row, its name, size and hash stay as the record; `content` is empty.
     */
    contentDeletedAt: ts("content_deleted_at"),
  },
  (t) => [
    check(
      "case_documents_category_valid",
      oneOf(t.category, ["nda", "contract", "minutes", "report", "quotation", "correspondence", "other"]),
    ),
    check(
      "case_documents_size",
      sql`(${t.sizeBytes} = octet_length(${t.content}) or (${t.contentDeletedAt} is not null and octet_length(${t.content}) = 0)) and ${t.sizeBytes} <= ${sql.raw(String(MAX_CASE_DOCUMENT_BYTES))}`,
    ),
    index("case_documents_case").on(t.caseId),
  ],
);

export const caseComments = pgTable(
  "case_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("case_comments_body", sql`length(trim(${t.body})) > 0`),
    index("case_comments_case").on(t.caseId, t.createdAt),
  ],
);

export const caseTasks = pgTable(
  "case_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    title: text("title").notNull(),
    detail: text("detail").notNull().default(""),
    assigneeId: uuid("assignee_id").references(() => users.id),
    dueOn: day("due_on"),
    doneAt: ts("done_at"),
    doneBy: uuid("done_by").references(() => users.id),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("case_tasks_title", sql`length(trim(${t.title})) > 0`),
    index("case_tasks_case").on(t.caseId),
    index("case_tasks_open_assignee").on(t.assigneeId).where(sql`${t.doneAt} is null`),
  ],
);

/**
 * Monitoring of an active case (seed 001 §IV.3, case 28). `dueOn` is the meeting date, milestone or
 * report due date, or the visitor's arrival; `completedOn` is when minutes were recorded, the milestone
 * reached, the report submitted or the visit's acceptance approved. `alertLevel` remembers the last
 * alert sent, so the daily job tells people once per escalation, not every day.
 */
export const caseMonitoringItems = pgTable(
  "case_monitoring_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    dueOn: day("due_on").notNull(),
    completedOn: day("completed_on"),
    cancelled: boolean("cancelled").notNull().default(false),
    visitorName: text("visitor_name"),
    minutes: text("minutes").notNull().default(""),
    /** The research plan's milestone this item tracks (so closing sees it completed). */
    planMilestoneId: text("plan_milestone_id"),
    /**
     * The number of a quarterly progress report the system scheduled (seed 001 case 23 ①): readers see
     * its title in their own language from kind + number; `title` keeps the Japanese for exports.
     */
    reportNo: integer("report_no"),
    alertLevel: text("alert_level"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("case_monitoring_kind_valid", oneOf(t.kind, ["meeting", "milestone", "progress_report", "visit"])),
    check(
      "case_monitoring_alert_valid",
      sql`${t.alertLevel} is null or ${oneOf(t.alertLevel, ["due_soon", "overdue", "escalated"])}`,
    ),
    index("case_monitoring_case").on(t.caseId, t.dueOn),
    index("case_monitoring_open")
      .on(t.institutionId, t.dueOn)
      .where(sql`${t.completedOn} is null and not ${t.cancelled}`),
  ],
);

/** Confidential information actually given to a partner, each checked by `canDisclose` (§IV.2-4/5). */
export const caseDisclosures = pgTable(
  "case_disclosures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    itemId: text("item_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    disclosedOn: day("disclosed_on").notNull(),
    documentId: uuid("document_id"),
    note: text("note").notNull().default(""),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: ts("recorded_at").notNull().defaultNow(),
  },
  (t) => [index("case_disclosures_case").on(t.caseId)],
);

/** Quotations (見積書) computed by the domain's `buildQuotation`; the input is kept to reproduce it. */
export const caseQuotations = pgTable(
  "case_quotations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    input: jsonb("input").notNull(),
    rates: jsonb("rates").notNull(),
    totalYen: bigint("total_yen", { mode: "number" }).notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("case_quotations_case").on(t.caseId)],
);

/** Institution settings of the case rules (cost rates, case policy, monitoring policy); defaults apply. */
export const caseSettings = pgTable("case_settings", {
  institutionId: uuid("institution_id")
    .primaryKey()
    .references(() => institutions.id),
  costRates: jsonb("cost_rates"),
  policy: jsonb("policy"),
  monitoringPolicy: jsonb("monitoring_policy"),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});
