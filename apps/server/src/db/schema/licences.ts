import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { institutions } from "./institutions";
import { users } from "./users";

const tz = { withTimezone: true } as const;

/** Licence applications to METI (許可申請, spec §6.3) with validity, conditions and the linked record. */
export const licences = pgTable(
  "licences",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    title: text("title").notNull(),
    status: text("status").notNull(),
    /** METI's licence number once granted. */
    metiNumber: text("meti_number"),
    filedOn: date("filed_on", { mode: "string" }),
    decidedOn: date("decided_on", { mode: "string" }),
    validFrom: date("valid_from", { mode: "string" }),
    validUntil: date("valid_until", { mode: "string" }),
    conditions: text("conditions").notNull().default(""),
    linkKind: text("link_kind").notNull().default("other"),
    /** A trip reference (TRP-…), a transaction review id / reference, or free text. */
    linkRef: text("link_ref"),
    /** The researcher the licence is for; reminders go to them and to the office. */
    holderUserId: uuid("holder_user_id").references(() => users.id),
    notes: text("notes").notNull().default(""),
    /** Reminder thresholds (days before expiry) already sent. */
    remindersSent: integer("reminders_sent").array().notNull().default(sql`'{}'::int[]`),
    retainUntil: date("retain_until", { mode: "string" }).notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
  },
  (t) => [
    check("licences_status_valid", sql`${t.status} in ('drafting','filed','granted','refused','expired')`),
    check("licences_link_kind_valid", sql`${t.linkKind} in ('trip','transaction','other')`),
    check(
      "licences_validity_ordered",
      sql`${t.validFrom} is null or ${t.validUntil} is null or ${t.validUntil} >= ${t.validFrom}`,
    ),
    index("licences_institution_status").on(t.institutionId, t.status),
    index("licences_link").on(t.institutionId, t.linkRef),
  ],
);
