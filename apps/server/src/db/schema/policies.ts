import { POLICY_KINDS } from "@renkei/domain";
import { sql } from "drizzle-orm";
import { check, date, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { institutions } from "./institutions";
import { users } from "./users";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

/**
 * Written policies (issue 17 item 3; seed 001 §IV.1-1): one document per kind, each with numbered
 * versions and the date each takes effect. Versions are only added, in date order, so the version that
 * applied on a past date never changes.
 */
export const policyVersions = pgTable(
  "policy_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    kind: text("kind").notNull(),
    versionNo: integer("version_no").notNull(),
    titleJa: text("title_ja").notNull(),
    titleEn: text("title_en").notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    body: text("body").notNull().default(""),
    changeNote: text("change_note").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check(
      "policy_versions_kind_valid",
      sql`${t.kind} in (${sql.raw(POLICY_KINDS.map((k) => `'${k}'`).join(","))})`,
    ),
    check("policy_versions_number_positive", sql`${t.versionNo} >= 1`),
    uniqueIndex("policy_versions_number").on(t.institutionId, t.kind, t.versionNo),
    uniqueIndex("policy_versions_effective").on(t.institutionId, t.kind, t.effectiveFrom),
  ],
);
