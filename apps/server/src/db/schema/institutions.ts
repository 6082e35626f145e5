import { sql } from "drizzle-orm";
import { boolean, check, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const institutions = pgTable("institutions", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  nameJa: text("name_ja").notNull(),
  nameEn: text("name_en").notNull(),
  /** A hub institution may be granted consulting access to members (seed 000, footnote 16). */
  isHub: boolean("is_hub").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Read-only consulting access of a hub to a member institution's data, granted by the member. */
export const consultingGrants = pgTable(
  "consulting_grants",
  {
    hubInstitutionId: uuid("hub_institution_id")
      .notNull()
      .references(() => institutions.id),
    memberInstitutionId: uuid("member_institution_id")
      .notNull()
      .references(() => institutions.id),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** What the member lets the hub see (domain insight/hub-scope.ts); the registry alone by default. */
    scopes: text("scopes").array().notNull().default(sql`'{registry}'::text[]`),
    grantedBy: uuid("granted_by"),
    revokedBy: uuid("revoked_by"),
  },
  (t) => [
    primaryKey({ columns: [t.hubInstitutionId, t.memberInstitutionId] }),
    check("consulting_not_self", sql`${t.hubInstitutionId} <> ${t.memberInstitutionId}`),
  ],
);

export const departments = pgTable("departments", {
  id: uuid("id").primaryKey().defaultRandom(),
  institutionId: uuid("institution_id")
    .notNull()
    .references(() => institutions.id),
  nameJa: text("name_ja").notNull(),
  nameEn: text("name_en").notNull(),
  /** A deactivated department keeps its history but is no longer offered for new assignments. */
  active: boolean("active").notNull().default(true),
});
