import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { institutions } from "./institutions";
import { partners } from "./partners";
import { users } from "./users";

/**
 * Agreements coded for the MEXT survey when they are entered (issue 16 §1, kpi-survey.md): the survey
 * kind and the partner type are recorded on the agreement itself, as the person entering it saw them.
 */
export const surveyAgreements = pgTable(
  "survey_agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    caseId: uuid("case_id").references(() => cases.id),
    partnerId: uuid("partner_id").references(() => partners.id),
    title: text("title").notNull(),
    kind: text("kind").notNull(),
    partnerType: text("partner_type").notNull(),
    startOn: date("start_on", { mode: "string" }).notNull(),
    endOn: date("end_on", { mode: "string" }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("survey_agreements_inst_idx").on(t.institutionId, t.kind, t.startOn),
    check(
      "survey_agreements_kind",
      sql`${t.kind} in ('joint_research','contract_research','clinical_trial','endowed_chair')`,
    ),
    check("survey_agreements_period", sql`${t.endOn} is null or ${t.endOn} >= ${t.startOn}`),
  ],
);

/** Money received, coded at entry with what the survey needs; the fiscal year is the year of receipt. */
export const receipts = pgTable(
  "receipts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    agreementId: uuid("agreement_id").references(() => surveyAgreements.id),
    partnerId: uuid("partner_id").references(() => partners.id),
    kind: text("kind").notNull(),
    ipIncomeKind: text("ip_income_kind"),
    partnerType: text("partner_type").notNull(),
    partnerCountry: text("partner_country"),
    direct: bigint("direct", { mode: "number" }).notNull(),
    indirect: bigint("indirect", { mode: "number" }).notNull().default(0),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
    fiscalYear: integer("fiscal_year").notNull(),
    note: text("note").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("receipts_inst_fy_idx").on(t.institutionId, t.fiscalYear, t.kind),
    index("receipts_agreement_idx").on(t.agreementId),
    check("receipts_amounts", sql`${t.direct} >= 0 and ${t.indirect} >= 0`),
    check("receipts_ip_kind", sql`(${t.kind} = 'ip_income') = (${t.ipIncomeKind} is not null)`),
  ],
);

/** Yearly targets per indicator (seed 003: targets and a PDCA cycle). */
export const indicatorTargets = pgTable(
  "indicator_targets",
  {
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    fiscalYear: integer("fiscal_year").notNull(),
    indicatorId: text("indicator_id").notNull(),
    target: numeric("target", { mode: "number" }).notNull(),
    setBy: uuid("set_by").references(() => users.id),
    setAt: timestamp("set_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.institutionId, t.fiscalYear, t.indicatorId] })],
);

/** Anonymised risk cases every institution on the server may read once released (seed 000 §4-2②). */
export const libraryEntries = pgTable(
  "library_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    sourceCaseId: uuid("source_case_id")
      .notNull()
      .references(() => cases.id),
    status: text("status").notNull().default("draft"),
    entry: jsonb("entry").notNull(),
    preparedBy: uuid("prepared_by").references(() => users.id),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    releasedAt: timestamp("released_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("library_entries_status_idx").on(t.status, t.releasedAt),
    check("library_entries_status", sql`${t.status} in ('draft','released','withdrawn')`),
  ],
);

/** A member asks its hub for advice on a review or classification; the hub officer answers on the record. */
export const hubAdvice = pgTable(
  "hub_advice",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberInstitutionId: uuid("member_institution_id")
      .notNull()
      .references(() => institutions.id),
    hubInstitutionId: uuid("hub_institution_id")
      .notNull()
      .references(() => institutions.id),
    subjectKind: text("subject_kind").notNull(),
    subjectId: uuid("subject_id").notNull(),
    question: text("question").notNull(),
    requestedBy: uuid("requested_by").references(() => users.id),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    answer: text("answer"),
    answeredBy: uuid("answered_by").references(() => users.id),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [
    index("hub_advice_subject_idx").on(t.memberInstitutionId, t.subjectKind, t.subjectId),
    check("hub_advice_subject_kind", sql`${t.subjectKind} in ('review','classification')`),
  ],
);
