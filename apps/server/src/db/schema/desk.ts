import { DESK_ABOUT_KINDS, DESK_CONVERSION_KINDS, DESK_STATUSES, DESK_TOPICS } from "@renkei/domain";
import { type SQL, sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { institutions } from "./institutions";
import { users } from "./users";

/**
 * The consultation desk (issue 17 item 2; seed 000 §3-2): questions to the office, their threads, what
 * the office turned them into, and each lab's standing export-control profile.
 */

function oneOf(col: SQL | unknown, values: readonly string[]): SQL {
  return sql`${col} in (${sql.raw(values.map((v) => `'${v}'`).join(","))})`;
}

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export const deskQuestions = pgTable(
  "desk_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    /** What people quote: DQ-2026-0001. */
    ref: text("ref").notNull(),
    topic: text("topic").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    askerId: uuid("asker_id").references(() => users.id),
    status: text("status").notNull().default("open"),
    /** The record the question was asked from; its label is read from the record when asked. */
    aboutKind: text("about_kind"),
    aboutId: uuid("about_id"),
    aboutLabel: text("about_label"),
    /** Set by the retention job (issue 17 item 7): the question's personal text is gone. */
    anonymisedAt: ts("anonymised_at"),
    closedAt: ts("closed_at"),
    version: integer("version").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("desk_questions_topic_valid", oneOf(t.topic, DESK_TOPICS)),
    check("desk_questions_status_valid", oneOf(t.status, DESK_STATUSES)),
    check(
      "desk_questions_about_valid",
      sql`${t.aboutKind} is null or ${oneOf(t.aboutKind, DESK_ABOUT_KINDS)}`,
    ),
    uniqueIndex("desk_questions_ref").on(t.institutionId, t.ref),
    index("desk_questions_inbox").on(t.institutionId, t.topic, t.status),
    index("desk_questions_asker").on(t.institutionId, t.askerId),
  ],
);

export const deskMessages = pgTable(
  "desk_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    questionId: uuid("question_id")
      .notNull()
      .references(() => deskQuestions.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id),
    /** Whether the author answered for the office (shown as the office's answer). */
    fromOffice: boolean("from_office").notNull().default(false),
    body: text("body").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("desk_messages_question").on(t.questionId, t.createdAt)],
);

/** A 該非判定, 取引審査 or case the office opened from a question (one of each kind at most). */
export const deskConversions = pgTable(
  "desk_conversions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    questionId: uuid("question_id")
      .notNull()
      .references(() => deskQuestions.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    recordId: uuid("record_id").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("desk_conversions_kind_valid", oneOf(t.kind, DESK_CONVERSION_KINDS)),
    uniqueIndex("desk_conversions_once").on(t.questionId, t.kind),
  ],
);

/** Per-institution counter for DQ references. */
export const deskCounters = pgTable(
  "desk_counters",
  {
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    year: integer("year").notNull(),
    last: integer("last").notNull().default(0),
  },
  (t) => [uniqueIndex("desk_counters_key").on(t.institutionId, t.year)],
);

/**
 * A lab's standing export-control profile (seed 000 §3-2): its fields, the listed technologies it
 * handles and its foreign members, kept by the lab's head and confirmed by the office; it pre-fills
 * later 該非判定 and 取引審査 forms.
 */
export const labProfiles = pgTable(
  "lab_profiles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    headUserId: uuid("head_user_id")
      .notNull()
      .references(() => users.id),
    labName: text("lab_name").notNull(),
    fields: text("fields").array().notNull().default(sql`'{}'::text[]`),
    /** [{listItem, clause, description}] */
    technologies: jsonb("technologies").notNull().default(sql`'[]'::jsonb`),
    /** [{name, country, residency, tokutei}] */
    foreignMembers: jsonb("foreign_members").notNull().default(sql`'[]'::jsonb`),
    notes: text("notes").notNull().default(""),
    /** The office's confirmation of this version of the profile (a person and a date, never a flag). */
    confirmedBy: uuid("confirmed_by").references(() => users.id),
    confirmedAt: ts("confirmed_at"),
    confirmedVersion: integer("confirmed_version"),
    version: integer("version").notNull().default(1),
    updatedBy: uuid("updated_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("lab_profiles_head").on(t.institutionId, t.headUserId)],
);
