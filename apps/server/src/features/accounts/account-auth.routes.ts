import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZAccount,
  ZPasswordResetRequest,
  ZPasswordTokenInfo,
  ZPasswordTokenQuery,
  ZPreferences,
  ZSessionResponse,
  ZSetPasswordRequest,
  ZSignInMethods,
  ZTotpChallengeRequest,
  ZTotpCode,
  ZTotpConfirmed,
  ZTotpEnrolment,
  ZTotpEnrolStart,
} from "@renkei/contract";
import { DomainError, type Role } from "@renkei/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { institutions, users, userTotp } from "../../db/schema";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { appendAudit } from "../audit/audit.writer";
import { clientIp, trustedProxies } from "../auth/auth.routes";
import { createAuthService } from "../auth/auth.service";
import { findSession } from "../auth/sessions";
import { describeToken, requestPasswordReset, setPasswordWithToken } from "./account-tokens";
import { effectiveSso } from "./institution-settings";
import { loadSignInSettings, setSessionCookie } from "./sign-in";
import { answerChallenge, confirmEnrolment, loadChallenge, removeSecondFactor, startEnrolment } from "./totp";

const ok = json(z.object({ ok: z.literal(true) }));

/**
 * Public steps of signing in and recovering an account (no session yet), and the signed-in user's
 * own settings: language and the TOTP second factor.
 */
export function registerAccountAuthRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const auth = createAuthService(deps);

  const sessionBody = async (session: { userId: string; csrfToken: string; token: string }) =>
    auth.describeSession({
      userId: session.userId,
      csrfToken: session.csrfToken,
      consultable: (await findSession(deps, session.token))?.consultable ?? [],
    });

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/auth/methods",
      public: true,
      tags: ["auth"],
      summary: "Sign-in choices: the identity providers institutions switched on",
      responses: { 200: { description: "Methods", ...json(ZSignInMethods) } },
    }),
    async (c) => {
      const all = await deps.db.select({ code: institutions.code }).from(institutions);
      const sso: z.infer<typeof ZSignInMethods>["sso"] = [];
      for (const { code } of all) {
        const eff = await effectiveSso(deps, code);
        if (!eff) {
          continue;
        }
        const base = `/api/v1/auth/sso/${encodeURIComponent(code)}`;
        const names = {
          institutionNameJa: eff.institution.nameJa,
          institutionNameEn: eff.institution.nameEn,
        };
        if (eff.settings.samlEnabled) {
          sso.push({
            protocol: "saml",
            label: eff.saml?.label ?? "",
            startUrl: `${base}/saml/start`,
            ...names,
          });
        }
        if (eff.settings.oidcEnabled) {
          sso.push({
            protocol: "oidc",
            label: eff.oidc?.label ?? "",
            startUrl: `${base}/oidc/start`,
            ...names,
          });
        }
      }
      return c.json({ sso }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/auth/password-reset",
      public: true,
      tags: ["auth"],
      summary: "Ask for a password-reset mail; the same answer whether or not the address has an account",
      request: jsonBody(ZPasswordResetRequest),
      responses: { 202: { description: "Accepted", ...ok } },
    }),
    async (c) => {
      await requestPasswordReset(deps, c.req.valid("json").email, clientIp(c, trustedProxies(deps)));
      return c.json({ ok: true as const }, 202);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/auth/password-token",
      public: true,
      tags: ["auth"],
      summary: "Whether a set-password link is still valid, and for whom",
      request: { query: ZPasswordTokenQuery },
      responses: { 200: { description: "Valid link", ...json(ZPasswordTokenInfo) } },
    }),
    async (c) => c.json(await describeToken(deps, c.req.valid("query").token), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/auth/password-token",
      public: true,
      tags: ["auth"],
      summary: "Set the password with an invitation or reset link (used once; ends all sessions)",
      request: jsonBody(ZSetPasswordRequest),
      responses: { 200: { description: "Password set", ...ok } },
    }),
    async (c) => {
      const body = c.req.valid("json");
      await setPasswordWithToken(deps, body.token, body.password);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/auth/totp/verify",
      public: true,
      tags: ["auth"],
      summary: "Second step of a sign-in: the authenticator's code or a recovery code",
      request: jsonBody(ZTotpChallengeRequest),
      responses: { 200: { description: "Signed in", ...json(ZSessionResponse) } },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const { session } = await answerChallenge(deps, body.challenge, body.code, "verify");
      setSessionCookie(c, deps, session);
      return c.json(await sessionBody(session), 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/auth/totp/enrol",
      public: true,
      tags: ["auth"],
      summary: "During a sign-in that requires a second factor: the secret to add to an authenticator",
      request: jsonBody(ZTotpEnrolStart),
      responses: { 200: { description: "Enrolment", ...json(ZTotpEnrolment) } },
    }),
    async (c) => {
      const { challenge } = c.req.valid("json");
      const result = await deps.db.transaction(async (tx) => {
        const { challenge: ch, user } = await loadChallenge(tx, deps, challenge);
        if ((ch.data as { mode?: string }).mode !== "enrol") {
          throw new DomainError("UNAUTHENTICATED", "The sign-in expired; sign in again", {
            reason: "challenge_expired",
          });
        }
        return startEnrolment(tx, user, deps.clock.now());
      });
      return c.json(result, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/auth/totp/enrol/confirm",
      public: true,
      tags: ["auth"],
      summary: "Confirm the new second factor with its first code; signs in and returns recovery codes",
      request: jsonBody(ZTotpChallengeRequest),
      responses: { 200: { description: "Enrolled and signed in", ...json(ZTotpConfirmed) } },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const { session, recoveryCodes } = await answerChallenge(deps, body.challenge, body.code, "enrol");
      setSessionCookie(c, deps, session);
      return c.json({ recoveryCodes, session: await sessionBody(session) }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/account",
      permission: "self.manage",
      tags: ["account"],
      summary: "The signed-in user's language and second-factor state",
      responses: { 200: { description: "Account", ...json(ZAccount) } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const [row] = await deps.db
        .select({ locale: users.locale, totp: userTotp })
        .from(users)
        .leftJoin(userTotp, eq(userTotp.userId, users.id))
        .where(eq(users.id, actor.userId));
      const settings = await loadSignInSettings(deps.db, actor.institutionId);
      return c.json(
        {
          locale: row?.locale === "en" ? ("en" as const) : ("ja" as const),
          totpEnabled: Boolean(row?.totp?.confirmedAt),
          totpRequired: settings.totpRequiredRoles.includes(actor.role as Role),
          recoveryCodesLeft: row?.totp?.confirmedAt ? row.totp.recoveryCodeHashes.length : 0,
        },
        200,
      );
    },
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/account/preferences",
      permission: "self.manage",
      tags: ["account"],
      summary: "Set the user's language (screens and mail)",
      request: jsonBody(ZPreferences),
      responses: { 200: { description: "Saved", ...ok } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { locale } = c.req.valid("json");
      await deps.db.transaction(async (tx) => {
        const [before] = await tx
          .select({ locale: users.locale })
          .from(users)
          .where(eq(users.id, actor.userId));
        await tx.update(users).set({ locale }).where(eq(users.id, actor.userId));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: { userId: actor.userId, label: actor.displayName },
          action: "user.preferences_changed",
          entityType: "user",
          entityId: actor.userId,
          before: { locale: before?.locale },
          after: { locale },
          at: deps.clock.now(),
        });
      });
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/account/totp/start",
      permission: "self.manage",
      tags: ["account"],
      summary: "Begin adding a TOTP second factor: the secret and QR code",
      responses: { 200: { description: "Enrolment", ...json(ZTotpEnrolment) } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const result = await deps.db.transaction((tx) =>
        startEnrolment(tx, { id: actor.userId, email: actor.email }, deps.clock.now()),
      );
      return c.json(result, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/account/totp/confirm",
      permission: "self.manage",
      tags: ["account"],
      summary: "Confirm the second factor with its first code; returns recovery codes once",
      request: jsonBody(z.object({ code: ZTotpCode })),
      responses: { 200: { description: "Enrolled", ...json(ZTotpConfirmed) } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { code } = c.req.valid("json");
      const recoveryCodes = await deps.db.transaction((tx) =>
        confirmEnrolment(
          tx,
          deps,
          {
            id: actor.userId,
            email: actor.email,
            institutionId: actor.institutionId,
            displayName: actor.displayName,
          },
          code,
        ),
      );
      return c.json({ recoveryCodes, session: null }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/account/totp/disable",
      permission: "self.manage",
      tags: ["account"],
      summary: "Remove the own second factor (not where the institution requires it for the role)",
      responses: { 200: { description: "Removed", ...ok } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const settings = await loadSignInSettings(deps.db, actor.institutionId);
      if (settings.totpRequiredRoles.includes(actor.role as Role)) {
        throw new DomainError("RULE_VIOLATION", "The institution requires a second factor for this role", {
          reasons: [{ ruleId: "ACCOUNT-TOTP-REQUIRED", code: "accounts.rule.totp_required" }],
        });
      }
      await deps.db.transaction((tx) =>
        removeSecondFactor(
          tx,
          deps,
          { id: actor.userId, institutionId: actor.institutionId },
          { userId: actor.userId, label: actor.displayName },
        ),
      );
      return c.json({ ok: true as const }, 200);
    },
  );
}
