import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { institutions } from "./institutions";
import { users } from "./users";

const tz = { withTimezone: true } as const;

/**
 * The institution's self-audit checklist (issue 15 item 7, C12): seeded from the headings of the
 * compliance standards (輸出者等遵守基準 基準1・基準2, spec §6.1) and extended by the institution.
 * Items are retired, never deleted or reworded, so a past year's answers keep their question.
 */
export const ecSelfAuditItems = pgTable(
  "ec_self_audit_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    /** Stable key the yearly answers use (a seeded heading's id, or `own-…` for the institution's). */
    code: text("code").notNull(),
    position: integer("position").notNull(),
    textJa: text("text_ja").notNull(),
    textEn: text("text_en").notNull(),
    /** Citation key of a seeded heading (citation catalogue); null for the institution's own items. */
    sourceId: text("source_id"),
    /** The institution's own basis for an item it added (its internal rules, an audit finding…). */
    basis: text("basis").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    retiredAt: timestamp("retired_at", tz),
  },
  (t) => [uniqueIndex("ec_self_audit_items_code").on(t.institutionId, t.code)],
);

/**
 * A finding of a yearly self-audit and its follow-up (是正措置): who does it by when, and when it was
 * closed with what result. Findings outlive the year's completion: they are followed up afterwards.
 */
export const ecSelfAuditFindings = pgTable(
  "ec_self_audit_findings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    fiscalYear: integer("fiscal_year").notNull(),
    itemCode: text("item_code").notNull(),
    finding: text("finding").notNull(),
    followUp: text("follow_up").notNull(),
    ownerUserId: uuid("owner_user_id").references(() => users.id),
    dueDate: date("due_date", { mode: "string" }),
    status: text("status").notNull().default("open"),
    closedAt: timestamp("closed_at", tz),
    closedBy: uuid("closed_by").references(() => users.id),
    closedNote: text("closed_note").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    check("ec_self_audit_findings_status", sql`${t.status} in ('open','closed')`),
    index("ec_self_audit_findings_year").on(t.institutionId, t.fiscalYear),
  ],
);
