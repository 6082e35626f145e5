import { createHash, randomBytes } from "node:crypto";
import {
  ACCOUNT_POLICY,
  DEFAULT_SIGN_IN_SETTINGS,
  DomainError,
  nextSignInStep,
  type Role,
  type SignInMethod,
  type SignInSettings,
} from "@renkei/domain";
import { and, eq, isNotNull, lt } from "drizzle-orm";
import type { Context } from "hono";
import { setCookie } from "hono/cookie";
import type { DbOrTx } from "../../db/client";
import { authChallenges, institutionAuthSettings, users, userTotp } from "../../db/schema";
import type { Deps } from "../../deps";
import { appendAudit } from "../audit/audit.writer";
import { createSession, SESSION_COOKIE } from "../auth/sessions";

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
export const randomToken = () => randomBytes(32).toString("base64url");

type UserRow = typeof users.$inferSelect;

export type SignInOutcome =
  | { kind: "session"; userId: string; token: string; csrfToken: string; expiresAt: Date }
  | { kind: "challenge"; challenge: string; mode: "verify" | "enrol" }
  | { kind: "refused"; reason: "deactivated" | "method_disabled" };

export async function loadSignInSettings(db: DbOrTx, institutionId: string): Promise<SignInSettings> {
  const [row] = await db
    .select()
    .from(institutionAuthSettings)
    .where(eq(institutionAuthSettings.institutionId, institutionId));
  if (!row) {
    return DEFAULT_SIGN_IN_SETTINGS;
  }
  return {
    passwordEnabled: row.passwordEnabled,
    oidcEnabled: row.oidcEnabled,
    samlEnabled: row.samlEnabled,
    totpRequiredRoles: row.totpRequiredRoles as Role[],
  };
}

export async function totpConfirmed(db: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: userTotp.userId })
    .from(userTotp)
    .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt)));
  return Boolean(row);
}

/**
 * The one way every first factor (password, OIDC, SAML) ends: the domain decides whether a session
 * opens now, a TOTP code is asked for, or the sign-in is refused (`nextSignInStep`). `sso` settings
 * override the stored flags when the identity provider is configured by environment variables.
 */
export async function completeSignIn(
  tx: DbOrTx,
  deps: Deps,
  user: UserRow,
  method: SignInMethod,
  options: { ip?: string; settings?: SignInSettings } = {},
): Promise<SignInOutcome> {
  const settings = options.settings ?? (await loadSignInSettings(tx, user.institutionId));
  const step = nextSignInStep({
    method,
    role: user.role as Role,
    disabled: user.disabled,
    totpConfirmed: await totpConfirmed(tx, user.id),
    settings,
  });
  const now = deps.clock.now();
  if (step.step === "refused") {
    return { kind: "refused", reason: step.reason };
  }
  if (step.step === "totp_verify" || step.step === "totp_enrol") {
    const challenge = randomToken();
    await tx.delete(authChallenges).where(lt(authChallenges.expiresAt, now));
    await tx.insert(authChallenges).values({
      key: sha256(challenge),
      kind: "totp",
      institutionId: user.institutionId,
      userId: user.id,
      data: { method, mode: step.step === "totp_verify" ? "verify" : "enrol", ip: options.ip ?? null },
      createdAt: now,
      expiresAt: new Date(now.getTime() + ACCOUNT_POLICY.totpChallengeMinutes * 60_000),
    });
    return { kind: "challenge", challenge, mode: step.step === "totp_verify" ? "verify" : "enrol" };
  }
  return openSession(tx, deps, user, method, options.ip);
}

/** Creates the session, records the sign-in time and audits it (after every factor passed). */
export async function openSession(
  tx: DbOrTx,
  deps: Deps,
  user: Pick<UserRow, "id" | "institutionId" | "displayName">,
  method: SignInMethod,
  ip?: string | null,
): Promise<Extract<SignInOutcome, { kind: "session" }>> {
  const now = deps.clock.now();
  const session = await createSession(tx, deps, user.id);
  await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  await appendAudit(tx, {
    institutionId: user.institutionId,
    actor: { userId: user.id, label: user.displayName },
    action: method === "password" ? "auth.login" : "auth.sso_login",
    entityType: "user",
    entityId: user.id,
    after: { method, ...(ip ? { ip } : {}) },
    at: now,
  });
  return { kind: "session", userId: user.id, ...session };
}

export function setSessionCookie(c: Context, deps: Deps, session: { token: string; expiresAt: Date }) {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: deps.config.secureCookies,
    path: "/",
    expires: session.expiresAt,
  });
}

/** The answer to a first factor that did not open a session: ask for the code, or refuse. */
export function signInStepResponse(c: Context, outcome: Exclude<SignInOutcome, { kind: "session" }>) {
  if (outcome.kind === "refused") {
    throw new DomainError("UNAUTHENTICATED", "This sign-in method is not allowed for the account", {
      reason: outcome.reason,
    });
  }
  return c.json({ secondFactor: { challenge: outcome.challenge, mode: outcome.mode } }, 200);
}
