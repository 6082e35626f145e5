import type { BlockList } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZChangePasswordRequest, ZLoginRequest, ZSessionResponse, ZSignInResult } from "@renkei/contract";
import { DomainError } from "@renkei/domain";
import { deleteCookie } from "hono/cookie";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json } from "../../http/openapi-helpers";
import { clientAddress, parseProxyList } from "../../lib/client-address";
import { setSessionCookie, signInStepResponse } from "../accounts/sign-in";
import { createAuthService } from "./auth.service";
import { findSession, SESSION_COOKIE } from "./sessions";

/** The configured reverse proxies whose X-Forwarded-For is believed (RENKEI_TRUSTED_PROXIES). */
export function trustedProxies(deps: Deps): BlockList | null {
  return deps.config.trustedProxies.length > 0 ? parseProxyList(deps.config.trustedProxies).list : null;
}

/** The client's address, read through the configured trusted proxies. */
export function clientIp(c: Parameters<typeof getConnInfo>[0], trusted: BlockList | null): string {
  let remote: string;
  try {
    remote = getConnInfo(c).remote.address ?? "unknown";
  } catch {
    remote = "in-process";
  }
  return clientAddress(remote, c.req.header("x-forwarded-for"), trusted);
}

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const auth = createAuthService(deps);
  const trusted = trustedProxies(deps);

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/auth/login",
      public: true,
      tags: ["auth"],
      summary: "Sign in with e-mail and password; sets the session cookie",
      request: { body: { ...json(ZLoginRequest), required: true } },
      responses: {
        200: { description: "Signed in, or the second factor is asked for", ...json(ZSignInResult) },
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid("json");
      const session = await auth.login(email, password, clientIp(c, trusted));
      if (!session) {
        throw new DomainError("UNAUTHENTICATED", "E-mail or password is wrong", {
          reason: "bad_credentials",
        });
      }
      if (session.kind !== "session") {
        return signInStepResponse(c, session);
      }
      setSessionCookie(c, deps, session);
      const found = await findSession(deps, session.token);
      const body = await auth.describeSession({
        userId: session.userId,
        csrfToken: session.csrfToken,
        consultable: found?.consultable ?? [],
      });
      return c.json(body, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/auth/session",
      permission: "self.manage",
      tags: ["auth"],
      summary: "The signed-in user, permissions and CSRF token",
      responses: { 200: { description: "Current session", ...json(ZSessionResponse) } },
    }),
    async (c) => c.json(await auth.describeSession(actorOf(c)), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/auth/logout",
      permission: "self.manage",
      tags: ["auth"],
      summary: "Sign out (ends this session)",
      responses: { 200: { description: "Signed out", ...json(z.object({ ok: z.literal(true) })) } },
    }),
    async (c) => {
      await auth.logout(actorOf(c));
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/auth/password",
      permission: "self.manage",
      tags: ["auth"],
      summary: "Change own password (ends the user's other sessions)",
      request: { body: { ...json(ZChangePasswordRequest), required: true } },
      responses: { 200: { description: "Changed", ...json(z.object({ ok: z.literal(true) })) } },
    }),
    async (c) => {
      const body = c.req.valid("json");
      await auth.changePassword(actorOf(c), body.currentPassword, body.newPassword);
      return c.json({ ok: true as const }, 200);
    },
  );
}
