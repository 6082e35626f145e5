import {
  AGREEMENT_KINDS,
  BAYH_DOLE_RECORD_KINDS,
  FILING_KINDS,
  FILING_STATUSES,
  FUNDING_KINDS,
  INCOME_KINDS,
  INVENTION_CATEGORIES,
  MODEL_TEXT_KINDS,
  MODEL_TEXT_SCOPES,
  NP_RESULT_DECISIONS,
  SECRECY_RESULTS,
  SECRECY_REVIEW_STATUSES,
  STANDARD_ACTIVITY_KINDS,
  STANDARD_ACTIVITY_STATUSES,
} from "@renkei/domain";
import { sql } from "drizzle-orm";
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
import { cases, oneOf } from "./cases";
import { institutions } from "./institutions";
import { partners } from "./partners";
import { users } from "./users";

/**
 * IP and agreements (issue 14): invention disclosures with their inventors and funding, the patent
 * docket, the 特許出願非公開 checks, Bayh-Dole records, licences / options / assignments with their
 * financial terms, income received and the licence-policy settings.
 */

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });
const day = (name: string) => date(name, { mode: "string" });
const yen = (name: string) => bigint(name, { mode: "number" });

export const inventions = pgTable(
  "inventions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    /** Human reference, e.g. `INV-2026-003` (per institution and year; earlier ones read `発明2026-003`). */
    ref: text("ref").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    /** Technical field as the inventors describe it (the 非公開 check decides whether it is listed). */
    field: text("field").notNull().default(""),
    caseId: uuid("case_id").references(() => cases.id),
    /** Cases into which the invention is brought as background IP (E7: Bayh-Dole notice and approval). */
    backgroundCaseIds: uuid("background_case_ids").array().notNull().default(sql`'{}'::uuid[]`),
    /** The agreement the invention arose under (e.g. a joint-research contract number). */
    agreementRef: text("agreement_ref"),
    /** 職務発明 / 自由発明, decided by legal/IP (Patent Act Art. 35); null until decided. */
    category: text("category"),
    /** The institution takes over the right to obtain a patent (承継). */
    institutionTakes: boolean("institution_takes"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedOn: day("decided_on"),
    decisionNote: text("decision_note").notNull().default(""),
    /** Denormalised from the funding rows: any Bayh-Dole funding makes the invention Bayh-Dole IP. */
    bayhDole: boolean("bayh_dole").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check(
      "inventions_category_valid",
      sql`${t.category} is null or ${oneOf(t.category, INVENTION_CATEGORIES)}`,
    ),
    check("inventions_title_present", sql`length(trim(${t.title})) > 0`),
    uniqueIndex("inventions_institution_ref").on(t.institutionId, t.ref),
    index("inventions_list").on(t.institutionId, t.createdAt.desc()),
  ],
);

export const inventionInventors = pgTable(
  "invention_inventors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inventionId: uuid("invention_id")
      .notNull()
      .references(() => inventions.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id),
    name: text("name").notNull(),
    affiliation: text("affiliation").notNull().default(""),
    /** Basis points of 100 % (the domain checks the sum is 10000). */
    shareBp: integer("share_bp").notNull(),
    position: integer("position").notNull(),
    confirmedAt: ts("confirmed_at"),
  },
  (t) => [
    check("invention_inventors_share", sql`${t.shareBp} > 0 and ${t.shareBp} <= 10000`),
    index("invention_inventors_invention").on(t.inventionId),
    index("invention_inventors_user").on(t.userId),
  ],
);

export const inventionFunding = pgTable(
  "invention_funding",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inventionId: uuid("invention_id")
      .notNull()
      .references(() => inventions.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    funder: text("funder").notNull(),
    programme: text("programme").notNull().default(""),
    bayhDole: boolean("bayh_dole").notNull().default(false),
  },
  (t) => [
    check("invention_funding_kind", oneOf(t.kind, FUNDING_KINDS)),
    index("invention_funding_inv").on(t.inventionId),
  ],
);

/** The 特許出願非公開 checks of an invention; the newest row is in force. */
export const ipSecrecyChecks = pgTable(
  "ip_secrecy_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    inventionId: uuid("invention_id")
      .notNull()
      .references(() => inventions.id),
    result: text("result").notNull(),
    reviewStatus: text("review_status").notNull().default("none"),
    checkedOn: day("checked_on").notNull(),
    evidence: text("evidence").notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedRole: text("recorded_role").notNull(),
    recordedAt: ts("recorded_at").notNull().defaultNow(),
  },
  (t) => [
    check("ip_secrecy_result", oneOf(t.result, SECRECY_RESULTS)),
    check("ip_secrecy_review", oneOf(t.reviewStatus, SECRECY_REVIEW_STATUSES)),
    check("ip_secrecy_evidence", sql`length(trim(${t.evidence})) > 0`),
    index("ip_secrecy_invention").on(t.inventionId, t.recordedAt.desc()),
  ],
);

export const ipFilings = pgTable(
  "ip_filings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    inventionId: uuid("invention_id")
      .notNull()
      .references(() => inventions.id),
    kind: text("kind").notNull(),
    country: text("country").notNull(),
    applicationNo: text("application_no").notNull().default(""),
    filedOn: day("filed_on").notNull(),
    priorityDate: day("priority_date"),
    examinationRequestedOn: day("examination_requested_on"),
    registeredOn: day("registered_on"),
    patentNo: text("patent_no"),
    paidThroughYear: integer("paid_through_year").notNull().default(0),
    status: text("status").notNull().default("filed"),
    /** Reminders sent per deadline key (`kind:year:dueOn` → days before), so the job sends each once. */
    remindersSent: jsonb("reminders_sent").notNull().default(sql`'{}'::jsonb`),
    /** Co-owners and who bears the costs under the agreement (E16). */
    coOwners: jsonb("co_owners").notNull().default(sql`'[]'::jsonb`),
    costNote: text("cost_note").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("ip_filings_kind", oneOf(t.kind, FILING_KINDS)),
    check("ip_filings_status", oneOf(t.status, FILING_STATUSES)),
    check("ip_filings_priority", sql`${t.priorityDate} is null or ${t.priorityDate} <= ${t.filedOn}`),
    index("ip_filings_invention").on(t.inventionId),
    index("ip_filings_institution").on(t.institutionId, t.status),
  ],
);

export const ipAgreements = pgTable(
  "ip_agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    inventionId: uuid("invention_id")
      .notNull()
      .references(() => inventions.id),
    kind: text("kind").notNull(),
    partnerId: uuid("partner_id").references(() => partners.id),
    counterpartyName: text("counterparty_name").notNull(),
    counterpartyCountry: text("counterparty_country").notNull(),
    counterpartyIsCoOwner: boolean("counterparty_is_co_owner").notNull().default(false),
    optionGrantsExclusive: boolean("option_grants_exclusive").notNull().default(false),
    territory: text("territory").notNull().default(""),
    fieldOfUse: text("field_of_use").notNull().default(""),
    exceptionIds: text("exception_ids").array().notNull().default(sql`'{}'::text[]`),
    exceptionReason: text("exception_reason").notNull().default(""),
    exceptionApprovedBy: uuid("exception_approved_by").references(() => users.id),
    exceptionApprovedRole: text("exception_approved_role"),
    exceptionApprovedOn: day("exception_approved_on"),
    status: text("status").notNull().default("draft"),
    signedOn: day("signed_on"),
    startsOn: day("starts_on"),
    endsOn: day("ends_on"),
    /** FinancialTerms of the domain (upfront, tiers, milestones, minimum annual royalty), in yen. */
    terms: jsonb("terms").notNull(),
    /** The licensee's forecast net sales per fiscal year, for expected income. */
    forecast: jsonb("forecast").notNull().default(sql`'[]'::jsonb`),
    caseId: uuid("case_id").references(() => cases.id),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("ip_agreements_kind", oneOf(t.kind, AGREEMENT_KINDS)),
    check("ip_agreements_status", oneOf(t.status, ["draft", "signed", "terminated"])),
    check("ip_agreements_signed", sql`${t.status} = 'draft' or ${t.signedOn} is not null`),
    index("ip_agreements_invention").on(t.inventionId),
  ],
);

/** Bayh-Dole records (産業技術力強化法第17条): made by legal/IP only, with evidence and date. */
export const ipBayhDoleRecords = pgTable(
  "ip_bayh_dole_records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    inventionId: uuid("invention_id").references(() => inventions.id),
    agreementId: uuid("agreement_id").references(() => ipAgreements.id),
    caseId: uuid("case_id").references(() => cases.id),
    kind: text("kind").notNull(),
    /** Date of the act (report sent, approval received, notice given). */
    actedOn: day("acted_on").notNull(),
    /** The approval number, letter or report reference. */
    evidence: text("evidence").notNull(),
    note: text("note").notNull().default(""),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedRole: text("recorded_role").notNull(),
    recordedAt: ts("recorded_at").notNull().defaultNow(),
    /** A wrong record is withdrawn (kept for the audit trail), never deleted. */
    withdrawnAt: ts("withdrawn_at"),
    withdrawnBy: uuid("withdrawn_by").references(() => users.id),
  },
  (t) => [
    check("ip_bd_kind", oneOf(t.kind, BAYH_DOLE_RECORD_KINDS)),
    check("ip_bd_subject", sql`${t.inventionId} is not null or ${t.caseId} is not null`),
    check("ip_bd_evidence", sql`length(trim(${t.evidence})) > 0`),
    check("ip_bd_role", sql`${t.recordedRole} = 'legal_ip'`),
    index("ip_bd_invention").on(t.inventionId),
    index("ip_bd_case").on(t.caseId),
  ],
);

/** Income received under an agreement, with the licensee's report (period and net sales) when it is a royalty. */
export const ipIncome = pgTable(
  "ip_income",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => ipAgreements.id),
    kind: text("kind").notNull(),
    amount: yen("amount").notNull(),
    receivedOn: day("received_on").notNull(),
    periodFrom: day("period_from"),
    periodTo: day("period_to"),
    netSales: yen("net_sales"),
    note: text("note").notNull().default(""),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: ts("recorded_at").notNull().defaultNow(),
  },
  (t) => [
    check("ip_income_kind", oneOf(t.kind, INCOME_KINDS)),
    check("ip_income_amount", sql`${t.amount} >= 0`),
    check(
      "ip_income_period",
      sql`${t.periodFrom} is null or ${t.periodTo} is null or ${t.periodFrom} <= ${t.periodTo}`,
    ),
    index("ip_income_agreement").on(t.agreementId),
    index("ip_income_institution").on(t.institutionId, t.receivedOn),
  ],
);

/** The institution's licence policy (exception list, approvers) and Bayh-Dole settings, over the defaults. */
export const ipSettings = pgTable("ip_settings", {
  institutionId: uuid("institution_id")
    .primaryKey()
    .references(() => institutions.id),
  licencePolicy: jsonb("licence_policy"),
  bayhDolePolicy: jsonb("bayh_dole_policy"),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/**
 * The institution's library of its own model texts (E5, E14): each save of a kind × scope is a new
 * version; versions are never changed, so a contract can say which text it started from.
 */
export const ipModelTexts = pgTable(
  "ip_model_texts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    kind: text("kind").notNull(),
    scope: text("scope").notNull(),
    version: integer("version").notNull(),
    titleJa: text("title_ja").notNull(),
    titleEn: text("title_en").notNull(),
    bodyJa: text("body_ja").notNull(),
    bodyEn: text("body_en").notNull(),
    changeNote: text("change_note").notNull().default(""),
    effectiveOn: day("effective_on").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("ip_model_texts_kind", oneOf(t.kind, MODEL_TEXT_KINDS)),
    check("ip_model_texts_scope", oneOf(t.scope, MODEL_TEXT_SCOPES)),
    check("ip_model_texts_version", sql`${t.version} > 0`),
    uniqueIndex("ip_model_texts_version_unique").on(t.institutionId, t.kind, t.scope, t.version),
  ],
);

/** The institution's important-technology list (seed 004 §(4), G11), kept in versions. */
export const ipTechLists = pgTable(
  "ip_tech_lists",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    version: integer("version").notNull(),
    /** [{ code, labelJa, labelEn }] — codes stay stable across versions. */
    items: jsonb("items").notNull(),
    changeNote: text("change_note").notNull().default(""),
    effectiveOn: day("effective_on").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("ip_tech_lists_version_unique").on(t.institutionId, t.version)],
);

/**
 * A national project's IP records (seed 004, G9–G12, G4, G11), one row per case: the data-management
 * plan and the important technologies it handles, tagged against one version of the list.
 */
export const npProjectRecords = pgTable("np_project_records", {
  caseId: uuid("case_id")
    .primaryKey()
    .references(() => cases.id),
  institutionId: uuid("institution_id").notNull(),
  /** [{ name, access, reason, repository, manager }] (METI data-management guideline 2017). */
  datasets: jsonb("datasets").notNull().default(sql`'[]'::jsonb`),
  dataPolicyNote: text("data_policy_note").notNull().default(""),
  techListId: uuid("tech_list_id").references(() => ipTechLists.id),
  techCodes: text("tech_codes").array().notNull().default(sql`'{}'::text[]`),
  version: integer("version").notNull().default(1),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** A result of a national project and the publish / patent / keep-secret decision legal/IP makes (G9). */
export const npResults = pgTable(
  "np_results",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    inventionId: uuid("invention_id").references(() => inventions.id),
    decision: text("decision"),
    decisionReason: text("decision_reason").notNull().default(""),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedRole: text("decided_role"),
    decidedOn: day("decided_on"),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("np_results_decision", sql`${t.decision} is null or ${oneOf(t.decision, NP_RESULT_DECISIONS)}`),
    // The owner of the decision is the IP office; a decision without its reason and role is refused.
    check(
      "np_results_decided",
      sql`${t.decision} is null or (${t.decidedRole} = 'legal_ip' and length(trim(${t.decisionReason})) > 0 and ${t.decidedOn} is not null)`,
    ),
    index("np_results_case").on(t.caseId),
  ],
);

/** Subcontractors (再委託先) of a national project (G12), each a partner record so it is screened. */
export const npSubcontractors = pgTable(
  "np_subcontractors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    workScope: text("work_scope").notNull(),
    amount: yen("amount"),
    startsOn: day("starts_on"),
    endsOn: day("ends_on"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("np_subcontractors_amount", sql`${t.amount} is null or ${t.amount} >= 0`),
    uniqueIndex("np_subcontractors_unique").on(t.caseId, t.partnerId),
  ],
);

/** Standardisation activities of a national project (seed 004 §(3), G4). */
export const npStandardActivities = pgTable(
  "np_standard_activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind").notNull(),
    body: text("body").notNull(),
    title: text("title").notNull(),
    status: text("status").notNull().default("planned"),
    startsOn: day("starts_on"),
    note: text("note").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("np_standard_kind", oneOf(t.kind, STANDARD_ACTIVITY_KINDS)),
    check("np_standard_status", oneOf(t.status, STANDARD_ACTIVITY_STATUSES)),
    index("np_standard_case").on(t.caseId),
  ],
);
