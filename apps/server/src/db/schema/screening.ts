import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { institutions } from "./institutions";
import { users } from "./users";

// Restricted-party screening (issue 3; screening-research.md §6.4–6.5). Lists belong to an institution;
// every import is a new version stored beside the older ones with its entity-level diff; every screening
// stores its query, the list versions, engine + config version and the explained candidates; a hit is a
// review item; a cleared false positive is remembered per list entry and content hash until it expires.

const LIST_FORMATS = sql.raw("'meti-eul','mofa-text','ofac','us-csl','bis-dpl','un-xml','ftm','csv'");

/** One watch list of an institution (e.g. "METI 外国ユーザーリスト", "OFAC SDN", its own list). */
export const screeningLists = pgTable(
  "screening_lists",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    /** Name as used in results (`match.list`), unique within the institution. */
    name: text("name").notNull(),
    format: text("format").notNull(),
    /** Where the file came from (URL or a note), as given by the importer. */
    source: text("source").notNull().default(""),
    /** sanctions / eul / us / own / other; null: derived from the format (`listKindOf`). */
    kind: text("kind"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [
    check("screening_lists_format_valid", sql`${t.format} in (${LIST_FORMATS})`),
    check(
      "screening_lists_kind_valid",
      sql`${t.kind} is null or ${t.kind} in ('sanctions','eul','us','own','other')`,
    ),
    uniqueIndex("screening_lists_institution_name").on(t.institutionId, t.name),
  ],
);

/** One imported version of a list; older versions stay (with their entries) for audit and diffs. */
export const screeningListVersions = pgTable(
  "screening_list_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    listId: uuid("list_id")
      .notNull()
      .references(() => screeningLists.id),
    /** 1, 2, 3… per list; the highest is the version in force. */
    seq: integer("seq").notNull(),
    /** Publication version / date as the source states it (or the import date when it states none). */
    versionLabel: text("version_label").notNull(),
    publishedOn: date("published_on", { mode: "string" }),
    effectiveOn: date("effective_on", { mode: "string" }),
    source: text("source").notNull().default(""),
    /** SHA-256 of the imported file(s) (several files: of their hashes in argument order). */
    fileSha256: text("file_sha256").notNull(),
    fileNames: text("file_names").array().notNull().default(sql`'{}'::text[]`),
    entryCount: integer("entry_count").notNull(),
    addedCount: integer("added_count").notNull(),
    changedCount: integer("changed_count").notNull(),
    removedCount: integer("removed_count").notNull(),
    warnings: jsonb("warnings").$type<string[]>().notNull().default([]),
    /** Result of the re-screen run against the added / changed entries (subjects screened, new hits). */
    rescreen: jsonb("rescreen").$type<{ subjects: number; newHits: number } | null>(),
    importedBy: uuid("imported_by").references(() => users.id),
    importedByLabel: text("imported_by_label").notNull().default(""),
    importedAt: timestamp("imported_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("screening_list_versions_seq").on(t.listId, t.seq),
    index("screening_list_versions_institution").on(t.institutionId, t.listId),
  ],
);

/** One listed party in one version. `entryKey` is stable across versions; `sourceId` is the source's id. */
export const screeningListEntries = pgTable(
  "screening_list_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => screeningListVersions.id),
    /** Diff and review-memory key: the sourceId, or for renumbered lists (METI, MOFA) name + country. */
    entryKey: text("entry_key").notNull(),
    sourceId: text("source_id").notNull(),
    primaryName: text("primary_name").notNull(),
    /** EntryName[] of the domain engine (value, kind, script, lang). */
    names: jsonb("names").$type<{ value: string; kind: string; script: string; lang?: string }[]>().notNull(),
    schema: text("schema").notNull(),
    countries: text("countries").array().notNull().default(sql`'{}'::text[]`),
    addresses: text("addresses").array().notNull().default(sql`'{}'::text[]`),
    programs: text("programs").array().notNull().default(sql`'{}'::text[]`),
    /** METI End User List concern categories (B, C, M, N, CW); empty for other lists. */
    categories: text("categories").array().notNull().default(sql`'{}'::text[]`),
    /** Everything else the source said, raw. */
    details: jsonb("details").$type<Record<string, string>>().notNull(),
    contentHash: text("content_hash").notNull(),
  },
  (t) => [
    uniqueIndex("screening_list_entries_version_key").on(t.versionId, t.entryKey),
    index("screening_list_entries_source").on(t.versionId, t.sourceId),
  ],
);

/** The diff of a version against the previous one (added / changed / removed), one row per entry. */
export const screeningListChanges = pgTable(
  "screening_list_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => screeningListVersions.id),
    change: text("change").notNull(),
    entryKey: text("entry_key").notNull(),
    sourceId: text("source_id").notNull(),
    name: text("name").notNull(),
    /** For "changed": which parts moved (names, countries, programs, details…). */
    fields: text("fields").array().notNull().default(sql`'{}'::text[]`),
    beforeHash: text("before_hash"),
    afterHash: text("after_hash"),
  },
  (t) => [
    check("screening_list_changes_kind", sql`${t.change} in ('added','changed','removed')`),
    index("screening_list_changes_version").on(t.versionId, t.change),
  ],
);

/** One screening of a subject (partner, person) or an ad-hoc name, with everything needed to reproduce it. */
export const screeningRuns = pgTable(
  "screening_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    subjectKind: text("subject_kind").notNull(),
    subjectId: uuid("subject_id"),
    trigger: text("trigger").notNull(),
    /** The names, country and schema screened. */
    query: jsonb("query").$type<{ names: string[]; country: string | null; schema: string }>().notNull(),
    /** list name → { versionId, label, seq } of the versions the index held. */
    listVersions: jsonb("list_versions")
      .$type<Record<string, { versionId: string; label: string; seq: number }>>()
      .notNull(),
    engineVersion: text("engine_version").notNull(),
    configVersion: text("config_version").notNull(),
    threshold: real("threshold").notNull(),
    /** Candidates (matches with explanations), best first, incl. near misses below the threshold. */
    candidates: jsonb("candidates").$type<unknown[]>().notNull(),
    /** clear: no candidate at or above the threshold needs review; hit: review items opened or open. */
    outcome: text("outcome").notNull(),
    hitCount: integer("hit_count").notNull().default(0),
    suppressedCount: integer("suppressed_count").notNull().default(0),
    performedBy: uuid("performed_by").references(() => users.id),
    performedAt: timestamp("performed_at", { withTimezone: true, mode: "string" }).notNull(),
  },
  (t) => [
    check("screening_runs_subject_kind", sql`${t.subjectKind} in ('partner','person','adhoc')`),
    check(
      "screening_runs_trigger",
      sql`${t.trigger} in ('created','updated','on_demand','list_import','periodic','adhoc')`,
    ),
    check("screening_runs_outcome", sql`${t.outcome} in ('clear','hit')`),
    index("screening_runs_subject").on(t.institutionId, t.subjectKind, t.subjectId, t.performedAt),
  ],
);

/** A candidate at or above the threshold awaiting (or having received) a reviewer's decision. */
export const screeningHits = pgTable(
  "screening_hits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    runId: uuid("run_id")
      .notNull()
      .references(() => screeningRuns.id),
    subjectKind: text("subject_kind").notNull(),
    subjectId: uuid("subject_id").notNull(),
    subjectName: text("subject_name").notNull(),
    listId: uuid("list_id")
      .notNull()
      .references(() => screeningLists.id),
    listName: text("list_name").notNull(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => screeningListVersions.id),
    entryKey: text("entry_key").notNull(),
    sourceId: text("source_id").notNull(),
    entryName: text("entry_name").notNull(),
    matchedName: text("matched_name").notNull(),
    queryName: text("query_name").notNull(),
    score: real("score").notNull(),
    contentHash: text("content_hash").notNull(),
    explanation: jsonb("explanation").notNull(),
    /** Why it was opened: new candidate, or a remembered false positive whose entry changed / expired. */
    reason: text("reason").notNull().default("new"),
    status: text("status").notNull().default("pending"),
    decisionReason: text("decision_reason"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedByLabel: text("decided_by_label"),
    decidedAt: timestamp("decided_at", { withTimezone: true, mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
  },
  (t) => [
    check("screening_hits_subject_kind", sql`${t.subjectKind} in ('partner','person')`),
    check(
      "screening_hits_status",
      sql`${t.status} in ('pending','escalated','true_match','false_positive','delisted')`,
    ),
    check("screening_hits_reason", sql`${t.reason} in ('new','entry_changed','clearance_expired')`),
    check(
      "screening_hits_decision_complete",
      sql`${t.status} in ('pending','delisted') or (${t.decidedAt} is not null and ${t.decisionReason} is not null)`,
    ),
    // One open review item per subject and list entry: re-screens refresh it instead of piling up.
    uniqueIndex("screening_hits_one_open")
      .on(t.institutionId, t.subjectKind, t.subjectId, t.listId, t.entryKey)
      .where(sql`${t.status} in ('pending','escalated')`),
    index("screening_hits_queue").on(t.institutionId, t.status, t.createdAt),
    index("screening_hits_subject").on(t.institutionId, t.subjectKind, t.subjectId),
  ],
);

/**
 * Review memory: "subject X is not list entry Y" as decided by a reviewer, valid for the entry's content
 * hash until `expiresAt` (screening-research.md §2 "Whitelists": per-(partner, entity) suppression with
 * reviewer, reason, expiry and list-version context). A changed entry no longer matches the hash and is
 * reconsidered.
 */
export const screeningClearances = pgTable(
  "screening_clearances",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    subjectKind: text("subject_kind").notNull(),
    subjectId: uuid("subject_id").notNull(),
    listId: uuid("list_id")
      .notNull()
      .references(() => screeningLists.id),
    entryKey: text("entry_key").notNull(),
    contentHash: text("content_hash").notNull(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => screeningListVersions.id),
    hitId: uuid("hit_id")
      .notNull()
      .references(() => screeningHits.id),
    reason: text("reason").notNull(),
    clearedBy: uuid("cleared_by").references(() => users.id),
    clearedAt: timestamp("cleared_at", { withTimezone: true, mode: "string" }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
  },
  (t) => [index("screening_clearances_subject").on(t.institutionId, t.subjectKind, t.subjectId)],
);
