import { TOUR_STATUSES } from "@renkei/domain";
import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { institutions } from "./institutions";
import { users } from "./users";
import { visitors } from "./visitors";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

/**
 * A facility tour / handout checklist for a short visit (issue 17 item 5; spec C7), linked to the
 * visitor intake by its own table so the intake's columns stay as they are.
 */
export const visitTours = pgTable(
  "visit_tours",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    visitorId: uuid("visitor_id")
      .notNull()
      .references(() => visitors.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    visitOn: date("visit_on", { mode: "string" }),
    hostUserId: uuid("host_user_id").references(() => users.id),
    status: text("status").notNull().default("draft"),
    /** [{kind, description, responsibleUserId, decision, conditions, done}] */
    items: jsonb("items").notNull().default(sql`'[]'::jsonb`),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: ts("decided_at"),
    decisionComment: text("decision_comment").notNull().default(""),
    completedBy: uuid("completed_by").references(() => users.id),
    completedAt: ts("completed_at"),
    createdBy: uuid("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check(
      "visit_tours_status_valid",
      sql`${t.status} in (${sql.raw(TOUR_STATUSES.map((s) => `'${s}'`).join(","))})`,
    ),
    index("visit_tours_visitor").on(t.institutionId, t.visitorId),
  ],
);
