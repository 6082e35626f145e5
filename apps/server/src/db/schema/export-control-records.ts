import { sql } from "drizzle-orm";
import {
  bigserial,
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
import { departments, institutions } from "./institutions";
import { users } from "./users";

// Security export-control records of issue 4 (spec §6.3 該非判定・取引審査, §6.5 retention): 該非判定
// (classification) records with evidence files, and 取引審査 (transaction reviews) with their engine
// determinations and time-stamped events. Rows carry `retention_until`; a trigger in the
// export_control_records_extra migration refuses to delete a row before that date.

/** File contents stored in the database (no file store to back up separately). */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => value,
  fromDriver: (value) => Buffer.from(value),
});

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export const ecClassifications = pgTable(
  "ec_classifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    /** Human reference, e.g. 該非-2026-0001, unique per institution. */
    refNo: text("ref_no").notNull(),
    /** technology / goods / software / sample. */
    itemKind: text("item_kind").notNull(),
    name: text("name").notNull(),
    model: text("model"),
    manufacturer: text("manufacturer"),
    description: text("description").notNull().default(""),
    /** Item of 輸出令別表第1 / 外為令別表 ("1"…"15", "3-2", "16") or null. */
    listItem: text("list_item"),
    /** The clause compared, e.g. 輸出令別表第1 7項(1) / 貨物等省令第6条第1号. */
    listClause: text("list_clause"),
    /** applicable (該当) / not_applicable (非該当) / out_of_scope (対象外). */
    determination: text("determination").notNull(),
    /** Specification parameters compared with the list text, one row per clause. */
    parameters: jsonb("parameters").notNull().default(sql`'[]'::jsonb`),
    basis: text("basis").notNull().default(""),
    /** The date the list text was read as of (the 貨物等省令 in force then). */
    assessedOn: date("assessed_on", { mode: "string" }).notNull(),
    listVersion: text("list_version").notNull(),
    preparedBy: uuid("prepared_by")
      .notNull()
      .references(() => users.id),
    reviewStatus: text("review_status").notNull().default("draft"),
    reviewerId: uuid("reviewer_id").references(() => users.id),
    reviewComment: text("review_comment"),
    /** The approval's or return's own 理由 (issue 11 item 6). */
    decisionReason: text("decision_reason"),
    reviewedAt: timestamptz("reviewed_at"),
    retentionUntil: date("retention_until", { mode: "string" }).notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("ec_classifications_ref").on(t.institutionId, t.refNo),
    index("ec_classifications_institution").on(t.institutionId, t.createdAt),
    check("ec_classifications_kind", sql`${t.itemKind} in ('technology','goods','software','sample')`),
    check(
      "ec_classifications_determination",
      sql`${t.determination} in ('applicable','not_applicable','out_of_scope')`,
    ),
    check(
      "ec_classifications_review_status",
      sql`${t.reviewStatus} in ('draft','submitted','approved','returned')`,
    ),
    // 該当 means one of the list items 1–15 (spec §3); item 16 is the catch-all, i.e. 非該当 for the list.
    check(
      "ec_classifications_applicable_item",
      sql`${t.determination} <> 'applicable' or (${t.listItem} is not null and ${t.listItem} <> '16')`,
    ),
  ],
);

export const ecTransactionReviews = pgTable(
  "ec_transaction_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    refNo: text("ref_no").notNull(),
    /** Collaboration case this review belongs to (the cases feature lives on another branch: no FK). */
    caseId: uuid("case_id"),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** The researcher responsible (申請者). */
    applicantId: uuid("applicant_id")
      .notNull()
      .references(() => users.id),
    /** Who typed it in: the applicant, or an assistant entering on the applicant's behalf (代理入力). */
    enteredBy: uuid("entered_by")
      .notNull()
      .references(() => users.id),
    /** The applicant's department: its head approves the first stage. */
    departmentId: uuid("department_id").references(() => departments.id),
    counterpartyName: text("counterparty_name"),
    counterpartyCountry: text("counterparty_country"),
    /** Planned date of the provision / export: the default as-of date of the assessment. */
    plannedOn: date("planned_on", { mode: "string" }),
    status: text("status").notNull().default("draft"),
    /** The assess input (docs/export-control-assess.md). */
    facts: jsonb("facts").notNull().default(sql`'{}'::jsonb`),
    /** The researcher's plain-language self-check answers (自己チェック). */
    selfCheck: jsonb("self_check").notNull().default(sql`'{}'::jsonb`),
    /** Current determination (the one made on submission) and its outcome, denormalised for lists. */
    determinationId: uuid("determination_id"),
    outcome: text("outcome"),
    submittedAt: timestamptz("submitted_at"),
    deptApprovedBy: uuid("dept_approved_by").references(() => users.id),
    deptApprovedAt: timestamptz("dept_approved_at"),
    decision: text("decision"),
    decisionBody: text("decision_body"),
    decisionNote: text("decision_note"),
    /** The decision's own 理由 (issue 11 item 6), required by the contract; separate from the note. */
    decisionReason: text("decision_reason"),
    conditions: text("conditions"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamptz("decided_at"),
    retentionUntil: date("retention_until", { mode: "string" }).notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("ec_reviews_ref").on(t.institutionId, t.refNo),
    index("ec_reviews_institution").on(t.institutionId, t.createdAt),
    index("ec_reviews_case").on(t.institutionId, t.caseId, t.createdAt),
    check(
      "ec_reviews_status",
      sql`${t.status} in ('draft','dept_review','officer_review','returned','decided')`,
    ),
    check(
      "ec_reviews_decision",
      sql`${t.decision} is null or ${t.decision} in ('approved','licence_required','rejected')`,
    ),
    check(
      "ec_reviews_decision_body",
      sql`${t.decisionBody} is null or ${t.decisionBody} in ('officer','committee')`,
    ),
    check("ec_reviews_decided", sql`(${t.status} = 'decided') = (${t.decision} is not null)`),
    check(
      "ec_reviews_outcome",
      sql`${t.outcome} is null or ${t.outcome} in ('NO_LICENCE','NO_LICENCE_EXEMPT','LICENCE_REQUIRED','MANUAL_REVIEW','PROHIBITED')`,
    ),
  ],
);

/** Every run of the engine for a review: on submission, and re-runs for another date (spec §6.5, §11). */
export const ecReviewDeterminations = pgTable(
  "ec_review_determinations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    reviewId: uuid("review_id")
      .notNull()
      .references(() => ecTransactionReviews.id, { onDelete: "cascade" }),
    /** submission: made when the review was submitted; rerun: asked for another date or after a data change. */
    /** Insertion order (several runs can share one timestamp). */
    seq: bigserial("seq", { mode: "number" }).notNull(),
    purpose: text("purpose").notNull(),
    asOf: date("as_of", { mode: "string" }).notNull(),
    outcome: text("outcome").notNull(),
    exemption: text("exemption"),
    rulesFired: text("rules_fired").array().notNull(),
    /** The facts as assessed (including End User List categories filled from screening). */
    facts: jsonb("facts").notNull(),
    /** The whole engine result: reasons with sources, data versions, engine version. */
    result: jsonb("result").notNull(),
    assessedBy: uuid("assessed_by").references(() => users.id),
    assessedAt: timestamptz("assessed_at").notNull(),
  },
  (t) => [
    index("ec_determinations_review").on(t.reviewId, t.seq),
    check("ec_determinations_purpose", sql`${t.purpose} in ('submission','rerun')`),
  ],
);

/** The time-stamped trail of a review: every transition and comment (返却理由, 審査意見). */
export const ecReviewEvents = pgTable(
  "ec_review_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    reviewId: uuid("review_id")
      .notNull()
      .references(() => ecTransactionReviews.id, { onDelete: "cascade" }),
    /** Insertion order (several steps can share one timestamp). */
    seq: bigserial("seq", { mode: "number" }).notNull(),
    at: timestamptz("at").notNull(),
    actorId: uuid("actor_id").references(() => users.id),
    action: text("action").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    comment: text("comment"),
  },
  (t) => [index("ec_review_events_review").on(t.reviewId, t.seq)],
);

/** 該非判定 records used by a review: one record serves many reviews (and so many cases). */
export const ecReviewClassifications = pgTable(
  "ec_review_classifications",
  {
    reviewId: uuid("review_id")
      .notNull()
      .references(() => ecTransactionReviews.id, { onDelete: "cascade" }),
    classificationId: uuid("classification_id")
      .notNull()
      .references(() => ecClassifications.id),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
  },
  (t) => [
    primaryKey({ columns: [t.reviewId, t.classificationId] }),
    index("ec_review_classifications_cl").on(t.classificationId),
  ],
);

/** Evidence (spec sheets, catalogues, papers, e-mails) attached to a classification or a review. */
export const ecEvidenceFiles = pgTable(
  "ec_evidence_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    classificationId: uuid("classification_id").references(() => ecClassifications.id, {
      onDelete: "cascade",
    }),
    reviewId: uuid("review_id").references(() => ecTransactionReviews.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    note: text("note").notNull().default(""),
    data: bytea("data").notNull(),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamptz("uploaded_at").notNull(),
  },
  (t) => [
    index("ec_evidence_classification").on(t.classificationId),
    index("ec_evidence_review").on(t.reviewId),
    check("ec_evidence_one_owner", sql`(${t.classificationId} is null) <> (${t.reviewId} is null)`),
    check("ec_evidence_size", sql`${t.sizeBytes} = octet_length(${t.data})`),
  ],
);
