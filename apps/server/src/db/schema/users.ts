import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { departments, institutions } from "./institutions";

const ROLE_CHECK = sql.raw(
  "'researcher','student','coordinator','export_control_officer','department_head','coi_reviewer','legal_ip','executive','auditor','admin','confidentiality_officer'",
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    departmentId: uuid("department_id").references(() => departments.id),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role").notNull(),
    /** scrypt$N$r$p$salt$hash; null for accounts that only sign in through SSO (seam for OIDC / SAML). */
    passwordHash: text("password_hash"),
    /** External identity for federated sign-in (e.g. `oidc:https://idp…|sub`), reserved for SSO. */
    externalId: text("external_id"),
    locale: text("locale").notNull().default("ja"),
    disabled: boolean("disabled").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(sql`lower(${t.email})`),
    check("users_role_valid", sql`${t.role} in (${ROLE_CHECK})`),
    check("users_locale_valid", sql`${t.locale} in ('ja','en')`),
  ],
);

/** Server-side sessions so several app processes can share them through PostgreSQL. */
export const sessions = pgTable(
  "sessions",
  {
    /** sha256 of the cookie token: a leaked table does not leak usable cookies. */
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    csrfToken: text("csrf_token").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/** Failed and successful sign-ins, for throttling across processes. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    success: boolean("success").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_attempts_email_at").on(t.email, t.at), index("login_attempts_ip_at").on(t.ip, t.at)],
);
