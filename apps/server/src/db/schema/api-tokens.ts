import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { institutions } from "./institutions";
import { users } from "./users";

const tz = { withTimezone: true } as const;

/**
 * Institution-scoped API tokens for external systems (issue 4). Only the sha256 of the token is stored;
 * the token is shown once. One permission per token; revoked tokens are kept for the record.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    name: text("name").notNull(),
    permission: text("permission").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    /** The first characters of the token, so an admin can tell tokens apart. */
    tokenPrefix: text("token_prefix").notNull(),
    /** Null when created from the command line. */
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", tz).notNull(),
    lastUsedAt: timestamp("last_used_at", tz),
    revokedAt: timestamp("revoked_at", tz),
    revokedBy: uuid("revoked_by").references(() => users.id),
  },
  (t) => [
    check("api_tokens_permission_valid", sql`${t.permission} in ('clearance.read')`),
    index("api_tokens_institution").on(t.institutionId),
  ],
);
