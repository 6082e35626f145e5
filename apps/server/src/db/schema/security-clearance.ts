import { SECURITY_CLEARANCE_SCHEMES } from "@renkei/domain";
import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { institutions } from "./institutions";
import { users } from "./users";

/**
 * The security-clearance register (J9; 重要経済安保情報保護活用法 適性評価): a separate, purpose-limited
 * register. Only its own feature reads these tables — no search, export, home count or hub view joins
 * them — and only a designated officer holding `clearance.register` may (security-clearance-access.ts).
 */

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });
const day = (name: string) => date(name, { mode: "string" });

/** Who the institution designated to keep the register (an admin designates, but does not read it). */
export const securityClearanceOfficers = pgTable(
  "security_clearance_officers",
  {
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    designatedBy: uuid("designated_by").references(() => users.id),
    designatedAt: ts("designated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.institutionId, t.userId] })],
);

export const securityClearances = pgTable(
  "security_clearances",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    subjectUserId: uuid("subject_user_id")
      .notNull()
      .references(() => users.id),
    scheme: text("scheme").notNull(),
    /** The purpose the fact is kept for (a named project or programme); required, never blank. */
    purpose: text("purpose").notNull(),
    assessedOn: day("assessed_on").notNull(),
    validUntil: day("valid_until").notNull(),
    assessingBody: text("assessing_body").notNull().default(""),
    status: text("status").notNull().default("valid"),
    notes: text("notes").notNull().default(""),
    recordedBy: uuid("recorded_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check(
      "security_clearances_scheme",
      sql.raw(`scheme in (${SECURITY_CLEARANCE_SCHEMES.map((v) => `'${v}'`).join(",")})`),
    ),
    check("security_clearances_status", sql`${t.status} in ('valid','revoked')`),
    check("security_clearances_dates", sql`${t.validUntil} >= ${t.assessedOn}`),
    index("security_clearances_institution").on(t.institutionId),
  ],
);
