import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { departments, institutions } from "./institutions";
import { users } from "./users";

const tz = { withTimezone: true } as const;

/** Overseas trips (出張, issue 4): the plan, the engine's assessment and the officer's clearance. */
export const trips = pgTable(
  "trips",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    /** Clearance reference an external travel / expense system checks, e.g. TRP-2026-0001. */
    ref: text("ref").notNull(),
    travellerId: uuid("traveller_id")
      .notNull()
      .references(() => users.id),
    departmentId: uuid("department_id").references(() => departments.id),
    destinationCountry: text("destination_country").notNull(),
    destinationCity: text("destination_city").notNull().default(""),
    departOn: date("depart_on", { mode: "string" }).notNull(),
    returnOn: date("return_on", { mode: "string" }).notNull(),
    purpose: text("purpose").notNull(),
    meetings: jsonb("meetings").notNull(),
    items: jsonb("items").notNull(),
    /** The engine's TripAssessment (every item × counterpart run, with reasons and data versions). */
    assessment: jsonb("assessment").notNull(),
    outcome: text("outcome").notNull(),
    /** Counterparts screened against every list when filed / revised (issue 15, B3): name → result. */
    counterpartScreening: jsonb("counterpart_screening"),
    status: text("status").notNull(),
    revision: integer("revision").notNull().default(1),
    decidedAt: timestamp("decided_at", tz),
    decidedBy: uuid("decided_by").references(() => users.id),
    decisionComment: text("decision_comment").notNull().default(""),
    /** The clearance decision's own 理由 (issue 11 item 6); null on trips decided before it existed. */
    decisionReason: text("decision_reason"),
    /** Last day the clearance covers (the return date). */
    validUntil: date("valid_until", { mode: "string" }),
    retainUntil: date("retain_until", { mode: "string" }).notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
  },
  (t) => [
    check(
      "trips_status_valid",
      sql`${t.status} in ('submitted','more_info_requested','cleared','refused','withdrawn')`,
    ),
    check("trips_dates_ordered", sql`${t.returnOn} >= ${t.departOn}`),
    check("trips_country_code", sql`${t.destinationCountry} ~ '^[A-Z]{2}$'`),
    uniqueIndex("trips_institution_ref").on(t.institutionId, t.ref),
    index("trips_institution_status").on(t.institutionId, t.status),
    index("trips_traveller").on(t.travellerId),
  ],
);

/** Per-institution, per-year sequence behind the clearance references. */
export const tripRefCounters = pgTable(
  "trip_ref_counters",
  {
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    year: integer("year").notNull(),
    last: integer("last").notNull(),
  },
  (t) => [primaryKey({ columns: [t.institutionId, t.year] })],
);

/** Filing, revisions, decisions and withdrawal, time-stamped, with the outcome they saw. */
export const tripReviews = pgTable(
  "trip_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    tripId: uuid("trip_id")
      .notNull()
      .references(() => trips.id, { onDelete: "cascade" }),
    /** filed | revised | clear | refuse | request_info | withdraw */
    action: text("action").notNull(),
    comment: text("comment").notNull().default(""),
    actorId: uuid("actor_id").references(() => users.id),
    at: timestamp("at", tz).notNull(),
    outcome: text("outcome").notNull(),
    revision: integer("revision").notNull(),
  },
  (t) => [index("trip_reviews_trip").on(t.tripId, t.at)],
);
