import { PERSONAL_DATA_KINDS, RETENTION_ACTIONS, RETENTION_TRIGGERS } from "@renkei/domain";
import { sql } from "drizzle-orm";
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

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(","));

/**
 * Purposes and retention periods per kind of personal data (issue 17 item 7; 個人情報保護法 §17, §22),
 * set by the institution; a kind without a row uses the domain's default.
 */
export const personalDataRules = pgTable(
  "personal_data_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    kind: text("kind").notNull(),
    purposeJa: text("purpose_ja").notNull(),
    purposeEn: text("purpose_en").notNull(),
    retentionMonths: integer("retention_months").notNull(),
    action: text("action").notNull(),
    updatedBy: uuid("updated_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("personal_data_rules_kind_valid", sql`${t.kind} in (${inList(PERSONAL_DATA_KINDS)})`),
    check("personal_data_rules_action_valid", sql`${t.action} in (${inList(RETENTION_ACTIONS)})`),
    check("personal_data_rules_months_valid", sql`${t.retentionMonths} between 1 and 1200`),
    uniqueIndex("personal_data_rules_kind").on(t.institutionId, t.kind),
  ],
);

/** Each run of the retention job: what it removed, anonymised and kept, per kind. */
export const retentionRuns = pgTable(
  "retention_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    trigger: text("trigger").notNull(),
    dryRun: boolean("dry_run").notNull().default(false),
    asOf: text("as_of").notNull(),
    result: jsonb("result").notNull(),
    ranBy: uuid("ran_by").references(() => users.id),
    ranAt: ts("ran_at").notNull().defaultNow(),
  },
  (t) => [
    check("retention_runs_trigger_valid", sql`${t.trigger} in (${inList(RETENTION_TRIGGERS)})`),
    index("retention_runs_institution").on(t.institutionId, t.ranAt),
  ],
);

/**
 * Records the retention job removed or anonymised (kind, id, when, which run): the record itself no
 * longer says whose it was, this row says that it was erased and why it looks empty.
 */
export const personalDataErasures = pgTable(
  "personal_data_erasures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    kind: text("kind").notNull(),
    recordId: uuid("record_id").notNull(),
    action: text("action").notNull(),
    runId: uuid("run_id").references(() => retentionRuns.id),
    erasedAt: ts("erased_at").notNull().defaultNow(),
  },
  (t) => [
    check("personal_data_erasures_kind_valid", sql`${t.kind} in (${inList(PERSONAL_DATA_KINDS)})`),
    check("personal_data_erasures_action_valid", sql`${t.action} in (${inList(RETENTION_ACTIONS)})`),
    uniqueIndex("personal_data_erasures_record").on(t.kind, t.recordId),
  ],
);
