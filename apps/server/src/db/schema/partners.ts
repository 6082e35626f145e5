import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { institutions } from "./institutions";
import { users } from "./users";

const PARTNER_TYPE_CHECK = sql.raw(
  "'company','university','government','research_institute','venture','other'",
);

export const partners = pgTable(
  "partners",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    /** Legal name in its original script (e.g. 株式会社…, 华为技术有限公司). */
    legalName: text("legal_name").notNull(),
    nameEn: text("name_en"),
    nameRomanized: text("name_romanized"),
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    type: text("type").notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text("country").notNull(),
    corporateNumber: text("corporate_number"),
    parentName: text("parent_name"),
    parentPartnerId: uuid("parent_partner_id"),
    controllingOwner: text("controlling_owner"),
    foreignGovControl: boolean("foreign_gov_control").notNull().default(false),
    stateOwned: boolean("state_owned").notNull().default(false),
    japanPresence: text("japan_presence").notNull().default("unknown"),
    /** Contribution in Japan (seed 001 case 1: 雇用・納税); null until someone records it. */
    japanEmploys: boolean("japan_employs"),
    japanPaysTax: boolean("japan_pays_tax"),
    /** Countries where the partner does business besides its home country (seed 001 §IV.2-3). */
    operatingCountries: text("operating_countries").array().notNull().default(sql`'{}'::text[]`),
    /** The laws the office found apply to the partner (home and operating countries), in words. */
    applicableLaws: text("applicable_laws").notNull().default(""),
    /** A spin-off's originating university (seed 001 §IV.2-3: 大学等発ベンチャー). */
    originUniversity: text("origin_university"),
    /** 大企業 / 中小企業 for the MEXT survey (issue 16 §1); null until someone records it. */
    sizeClass: text("size_class"),
    website: text("website"),
    ownerUserId: uuid("owner_user_id").references(() => users.id),
    notes: text("notes").notNull().default(""),
    /** Every name form folded to one ASCII key (romaji / pinyin / Latin) for search; see domain partners. */
    searchKey: text("search_key").notNull(),
    latestCreditResult: text("latest_credit_result"),
    latestCreditExpiresOn: date("latest_credit_expires_on", { mode: "string" }),
    mergedIntoId: uuid("merged_into_id"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [
    check("partners_type_valid", sql`${t.type} in (${PARTNER_TYPE_CHECK})`),
    check("partners_size_class_valid", sql`${t.sizeClass} is null or ${t.sizeClass} in ('large','sme')`),
    check("partners_presence_valid", sql`${t.japanPresence} in ('subsidiary','office','none','unknown')`),
    check("partners_country_code", sql`${t.country} ~ '^[A-Z]{2}$'`),
    check(
      "partners_corpno_format",
      sql`${t.corporateNumber} is null or ${t.corporateNumber} ~ '^[0-9]{13}$'`,
    ),
    index("partners_institution_name").on(t.institutionId, t.legalName),
    index("partners_corpno").on(t.corporateNumber),
    index("partners_search_trgm").using("gin", sql`${t.searchKey} gin_trgm_ops`),
  ],
);

export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    name: text("name").notNull(),
    nameEn: text("name_en"),
    nameKana: text("name_kana"),
    nationality: text("nationality"),
    email: text("email"),
    notes: text("notes").notNull().default(""),
    searchKey: text("search_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [index("people_institution").on(t.institutionId)],
);

/** A person's positions over time: moving to another organisation ends one row and starts another. */
export const affiliations = pgTable(
  "affiliations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    role: text("role").notNull().default(""),
    startedOn: date("started_on", { mode: "string" }),
    endedOn: date("ended_on", { mode: "string" }),
  },
  (t) => [index("affiliations_partner").on(t.partnerId), index("affiliations_person").on(t.personId)],
);

export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    kind: text("kind").notNull(),
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    visibility: text("visibility").notNull().default("institution"),
    /** Staff of our institution who took part (user ids) and partner-side people (person ids). */
    staffIds: uuid("staff_ids").array().notNull().default(sql`'{}'::uuid[]`),
    personIds: uuid("person_ids").array().notNull().default(sql`'{}'::uuid[]`),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [
    check("contacts_visibility_valid", sql`${t.visibility} in ('institution','restricted')`),
    index("contacts_partner").on(t.partnerId, t.occurredOn),
  ],
);

export const creditChecks = pgTable(
  "credit_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    checkedBy: uuid("checked_by").notNull(),
    checkedOn: date("checked_on", { mode: "string" }).notNull(),
    sources: text("sources").notNull(),
    result: text("result").notNull(),
    expiresOn: date("expires_on", { mode: "string" }),
    notes: text("notes").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [
    check("credit_result_valid", sql`${t.result} in ('clear','caution','reject')`),
    index("credit_partner").on(t.partnerId, t.checkedOn),
  ],
);
