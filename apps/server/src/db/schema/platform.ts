import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { institutions } from "./institutions";
import { users } from "./users";

/** In-app notifications: one row per recipient, shown under the bell in the web header. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
    /** Japanese text (and the only text of notices written before both languages were kept). */
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** English text: the notice follows the reader's language setting even after it was sent. */
    titleEn: text("title_en"),
    bodyEn: text("body_en"),
    link: text("link"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_user_unread").on(t.userId, t.createdAt).where(sql`${t.readAt} is null`)],
);

/**
 * Outgoing mail, written in the same transaction as the change that caused it (transactional outbox):
 * a rolled-back change sends nothing. The `mail.deliver` job sends it by SMTP or to `.eml` files.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    kind: text("kind").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** `smtp` or `file:<path>` once delivered. */
    transport: text("transport"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [index("mail_outbox_pending").on(t.createdAt).where(sql`${t.sentAt} is null`)],
);

/** When each periodic job may next run; claiming a row is how several processes share the schedule. */
export const jobSchedule = pgTable("job_schedule", {
  name: text("name").primaryKey(),
  nextRunAt: timestamp("next_run_at", { withTimezone: true }).notNull(),
});

/** What every job run did, for the operator. */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    ok: boolean("ok"),
    summary: text("summary"),
  },
  (t) => [index("job_runs_name").on(t.name, t.startedAt)],
);
