import { DomainError, hasPermission, type Role } from "@renkei/domain";
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { Deps } from "../deps";
import { actorForApiToken, bearerToken } from "../features/api-tokens/api-token-auth";
import { findSession, SESSION_COOKIE } from "../features/auth/sessions";
import type { AppEnv } from "./context";

/**
 * Resolves the session cookie into an actor (or null) for every API request. Without a session, an
 * `Authorization: Bearer` API token is resolved too; `defineRoute` lets token actors through only on
 * routes declared with `allowToken` (e.g. the clearance check), everything else answers 401.
 */
export function sessionMiddleware(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await findSession(deps, token) : null;
    if (session) {
      const role = session.user.role as Role;
      c.set("actor", {
        userId: session.user.id,
        institutionId: session.user.institutionId,
        role,
        displayName: session.user.displayName,
        email: session.user.email,
        departmentId: session.user.departmentId,
        csrfToken: session.csrfToken,
        sessionHash: session.tokenHash,
        consultable: hasPermission(role, "institution.consult") ? session.consultable : [],
        hubScopes: hasPermission(role, "institution.consult") ? session.hubScopes : {},
        can: (p) => hasPermission(role, p),
      });
    } else {
      const raw = bearerToken(c.req.header("authorization"));
      c.set("actor", raw ? await actorForApiToken(deps, raw) : null);
    }
    await next();
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const SAML_ACS = /^\/api\/v1\/auth\/sso\/[^/]+\/saml\/acs$/;

/**
 * CSRF protection for cookie-authenticated writes: the client echoes the session's token in
 * `X-CSRF-Token` (synchroniser token pattern). Sign-in has no session yet; it is guarded by SameSite
 * cookies and an Origin check instead.
 */
export function csrfMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // The SAML ACS receives a cross-site POST from the identity provider by design (HTTP-POST binding);
    // it opens no session of the caller and its input is a signed assertion checked in full.
    if (SAFE_METHODS.has(c.req.method) || SAML_ACS.test(c.req.path)) {
      return next();
    }
    const origin = c.req.header("origin");
    const host = c.req.header("host");
    // `Origin: null` (sandboxed frames, file: pages, some redirects) or an unparsable value is no origin
    // this app serves: refused like a foreign one.
    if (origin) {
      const from = originHost(origin);
      if (from === null || (host && from !== host)) {
        throw new DomainError("CSRF_FAILED", "Cross-origin request refused");
      }
    }
    const actor = c.get("actor");
    // A bearer token is not sent automatically by browsers, so it needs no CSRF token.
    if (actor && !actor.apiToken && c.req.header("x-csrf-token") !== actor.csrfToken) {
      throw new DomainError("CSRF_FAILED", "Missing or wrong CSRF token");
    }
    await next();
  };
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
