import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { ecTransactionReviews } from "./export-control-records";
import { institutions } from "./institutions";
import { partners } from "./partners";
import { screeningLists, screeningListVersions } from "./screening";
import { users } from "./users";

const tz = { withTimezone: true } as const;

/**
 * Export control and screening reach every person and party (issue 15). Which party of a case each
 * 取引審査 covers (seed 001 §IV.2-9: every foreign partner and every non-resident / 特定類型 participant
 * who receives controlled technology), and the case's scope when the review was decided: a later change
 * in partners, participants, disclosure items or classifications makes the decision stale.
 */
export const caseReviewSubjects = pgTable(
  "case_review_subjects",
  {
    reviewId: uuid("review_id")
      .primaryKey()
      .references(() => ecTransactionReviews.id),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    /** partner: a registry partner id; participant: a case participant id; null: the case as a whole. */
    subjectKind: text("subject_kind"),
    subjectId: uuid("subject_id"),
    /** The case's export scope (`caseExportScope`) when the review was decided; null until then. */
    decidedScope: jsonb("decided_scope"),
    decidedScopeAt: timestamp("decided_scope_at", tz),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [
    check(
      "case_review_subjects_kind",
      sql`(${t.subjectKind} is null and ${t.subjectId} is null) or (${t.subjectKind} in ('partner','participant') and ${t.subjectId} is not null)`,
    ),
    index("case_review_subjects_case").on(t.institutionId, t.caseId),
  ],
);

/**
 * Ownership and control edges (FollowTheMoney `Ownership`, `Directorship`): imported with a list that
 * carries them (owner / owned are list entry keys) or entered on a registry partner by an officer.
 */
export const ownershipEdges = pgTable(
  "ownership_edges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    relation: text("relation").notNull(),
    /** list: imported with `listVersionId`; manual: entered by a person. */
    origin: text("origin").notNull(),
    listId: uuid("list_id").references(() => screeningLists.id),
    listVersionId: uuid("list_version_id").references(() => screeningListVersions.id),
    ownerName: text("owner_name").notNull(),
    ownerCountry: text("owner_country"),
    /** organisation / person / government (a state or a state body). */
    ownerKind: text("owner_kind").notNull().default("organisation"),
    ownerEntryKey: text("owner_entry_key"),
    /**
     * For list edges: the owner is itself a target of the list (FtM `target`, or a sanctions / export
     * topic), not merely a related entity the export carries along.
     */
    ownerListed: boolean("owner_listed").notNull().default(false),
    /** The owner as a registry partner, when it is one: its confirmed hits make it a listed owner. */
    ownerPartnerId: uuid("owner_partner_id").references(() => partners.id),
    ownedPartnerId: uuid("owned_partner_id").references(() => partners.id),
    ownedEntryKey: text("owned_entry_key"),
    ownedName: text("owned_name").notNull(),
    /** Percentage 0–100 for ownership; null when the source does not say. */
    share: numeric("share", { precision: 5, scale: 2, mode: "number" }),
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    source: text("source").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    /** Manual edges are withdrawn, never deleted (the flag they raised stays explainable). */
    withdrawnAt: timestamp("withdrawn_at", tz),
  },
  (t) => [
    check("ownership_edges_relation", sql`${t.relation} in ('ownership','directorship')`),
    check("ownership_edges_origin", sql`${t.origin} in ('list','manual')`),
    check("ownership_edges_owner_kind", sql`${t.ownerKind} in ('organisation','person','government')`),
    check("ownership_edges_share", sql`${t.share} is null or (${t.share} >= 0 and ${t.share} <= 100)`),
    index("ownership_edges_partner").on(t.institutionId, t.ownedPartnerId),
    index("ownership_edges_version").on(t.listVersionId),
  ],
);

/** Who holds 統括責任者 / 該非確認責任者 and since when (seed CP 体制; history kept, never overwritten). */
export const ecAppointments = pgTable(
  "ec_appointments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    post: text("post").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    fromDate: date("from_date", { mode: "string" }).notNull(),
    untilDate: date("until_date", { mode: "string" }),
    note: text("note").notNull().default(""),
    appointedBy: uuid("appointed_by").references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [
    check("ec_appointments_post", sql`${t.post} in ('chief_officer','classification_officer')`),
    check("ec_appointments_dates", sql`${t.untilDate} is null or ${t.untilDate} >= ${t.fromDate}`),
    index("ec_appointments_post").on(t.institutionId, t.post, t.fromDate),
  ],
);

/** The yearly self-audit (自己監査) checklist: one per institution and fiscal year. */
export const ecSelfAudits = pgTable(
  "ec_self_audits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    fiscalYear: integer("fiscal_year").notNull(),
    /** itemId → { answer: yes | no | na, note }. */
    answers: jsonb("answers").notNull().default(sql`'{}'::jsonb`),
    status: text("status").notNull().default("open"),
    completedBy: uuid("completed_by").references(() => users.id),
    completedAt: timestamp("completed_at", tz),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
  },
  (t) => [
    check("ec_self_audits_status", sql`${t.status} in ('open','completed')`),
    uniqueIndex("ec_self_audits_year").on(t.institutionId, t.fiscalYear),
  ],
);

/** One CSV of travel payments from the finance system, kept with its hash. */
export const travelPaymentImports = pgTable("travel_payment_imports", {
  id: uuid("id").primaryKey().defaultRandom(),
  institutionId: uuid("institution_id")
    .notNull()
    .references(() => institutions.id),
  fileName: text("file_name").notNull(),
  sha256: text("sha256").notNull(),
  rowCount: integer("row_count").notNull(),
  importedBy: uuid("imported_by").references(() => users.id),
  importedAt: timestamp("imported_at", tz).notNull().defaultNow(),
});

/** A payment for overseas travel (旅費) as the finance system reports it. */
export const travelPayments = pgTable(
  "travel_payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    importId: uuid("import_id")
      .notNull()
      .references(() => travelPaymentImports.id),
    paymentRef: text("payment_ref").notNull(),
    travellerEmail: text("traveller_email").notNull(),
    travellerName: text("traveller_name").notNull().default(""),
    destinationCountry: text("destination_country").notNull(),
    departOn: date("depart_on", { mode: "string" }).notNull(),
    returnOn: date("return_on", { mode: "string" }).notNull(),
    /** The clearance reference the traveller quoted (TRP-…), if any. */
    tripRef: text("trip_ref"),
    amountYen: integer("amount_yen").notNull(),
    paidOn: date("paid_on", { mode: "string" }).notNull(),
  },
  (t) => [
    uniqueIndex("travel_payments_ref").on(t.institutionId, t.paymentRef),
    index("travel_payments_import").on(t.importId),
  ],
);

/**
 * Where a list is fetched from on a schedule (issue 15 item 6): one or more file paths or URLs the
 * server can reach (OFAC needs sdn + add + alt). Each fetch is diffed against the version in force and
 * imported only when the files changed; a failed fetch keeps that version and alerts the officers.
 */
export const screeningListSources = pgTable(
  "screening_list_sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    /** The list it feeds (`screening_lists.name`); created on the first successful fetch. */
    listName: text("list_name").notNull(),
    format: text("format").notNull(),
    /** File paths (absolute, on the server) or http(s) URLs, in the order the parser expects. */
    locations: text("locations").array().notNull(),
    intervalHours: integer("interval_hours").notNull().default(24),
    enabled: boolean("enabled").notNull().default(true),
    lastAttemptAt: timestamp("last_attempt_at", tz),
    lastSuccessAt: timestamp("last_success_at", tz),
    /** never / imported / unchanged / failed. */
    lastStatus: text("last_status").notNull().default("never"),
    lastError: text("last_error").notNull().default(""),
    lastSha256: text("last_sha256"),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    check("screening_list_sources_status", sql`${t.lastStatus} in ('never','imported','unchanged','failed')`),
    check("screening_list_sources_interval", sql`${t.intervalHours} between 1 and 8760`),
    uniqueIndex("screening_list_sources_list").on(t.institutionId, t.listName),
  ],
);
