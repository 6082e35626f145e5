import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { institutions } from "./institutions";
import { users } from "./users";

/**
 * Accounts (issue 11): single-use e-mailed tokens, sign-in challenges, second factors and each
 * institution's sign-in settings. Tokens are stored only as sha256 hashes, like session cookies.
 */

/** Set-password links of invitations and password resets: single use, with an expiry. */
export const accountTokens = pgTable(
  "account_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => institutions.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    purpose: text("purpose").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [
    index("account_tokens_user").on(t.userId),
    check("account_tokens_purpose_valid", sql`${t.purpose} in ('invite','reset')`),
  ],
);

/**
 * Every password-reset request, known address or not: throttling counts these, so an attacker learns
 * nothing from being throttled either.
 */
export const passwordResetRequests = pgTable(
  "password_reset_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("password_reset_requests_email_at").on(t.email, t.at),
    index("password_reset_requests_ip_at").on(t.ip, t.at),
  ],
);

/**
 * Short-lived state between two steps of a sign-in, shared by all app processes: an OIDC
 * authorisation request (state, nonce, PKCE verifier), a SAML AuthnRequest id (InResponseTo), or a
 * password / SSO sign-in waiting for its TOTP code. Keyed by the sha256 of the secret handle.
 */
export const authChallenges = pgTable(
  "auth_challenges",
  {
    key: text("key").primaryKey(),
    kind: text("kind").notNull(),
    institutionId: uuid("institution_id").references(() => institutions.id),
    userId: uuid("user_id").references(() => users.id),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    attempts: integer("attempts").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("auth_challenges_expires").on(t.expiresAt),
    check("auth_challenges_kind_valid", sql`${t.kind} in ('oidc','saml','totp')`),
  ],
);

/** A user's TOTP second factor; `confirmedAt` null while enrolment waits for the first code. */
export const userTotp = pgTable("user_totp", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id),
  /** Base32 secret (RFC 4226 shared secret); the authenticator app holds the same one. */
  secret: text("secret").notNull(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  /** sha256 of each unused recovery code; a used one is removed. */
  recoveryCodeHashes: jsonb("recovery_code_hashes").$type<string[]>().notNull().default([]),
  /** The last accepted time step, so one code cannot be replayed within its window. */
  lastStep: integer("last_step"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Sign-in settings of one institution, edited by its administrators (absent row = defaults). */
export const institutionAuthSettings = pgTable("institution_auth_settings", {
  institutionId: uuid("institution_id")
    .primaryKey()
    .references(() => institutions.id),
  passwordEnabled: boolean("password_enabled").notNull().default(true),
  oidcEnabled: boolean("oidc_enabled").notNull().default(false),
  samlEnabled: boolean("saml_enabled").notNull().default(false),
  totpRequiredRoles: jsonb("totp_required_roles").$type<string[]>().notNull().default([]),
  jitEnabled: boolean("jit_enabled").notNull().default(false),
  jitDefaultRole: text("jit_default_role"),
  /** { issuer, clientId, clientSecret, label } — environment variables take precedence. */
  oidc: jsonb("oidc").$type<Record<string, string>>().notNull().default({}),
  /** { entryPoint, idpCert, idpIssuer, label } — environment variables take precedence. */
  saml: jsonb("saml").$type<Record<string, string>>().notNull().default({}),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
