import { DomainError, hasPermission, type Role } from "@renkei/domain";
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { Deps } from "../deps";
import { findSession, SESSION_COOKIE } from "../features/auth/sessions";
import type { AppEnv } from "./context";

/** Resolves the session cookie into an actor (or null) for every API request. */
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
        can: (p) => hasPermission(role, p),
      });
    } else {
      c.set("actor", null);
    }
    await next();
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF protection for cookie-authenticated writes: the client echoes the session's token in
 * `X-CSRF-Token` (synchroniser token pattern). Sign-in has no session yet; it is guarded by SameSite
 * cookies and an Origin check instead.
 */
export function csrfMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) {
      return next();
    }
    const origin = c.req.header("origin");
    const host = c.req.header("host");
    if (origin && host && new URL(origin).host !== host) {
      throw new DomainError("CSRF_FAILED", "Cross-origin request refused");
    }
    const actor = c.get("actor");
    if (actor && c.req.header("x-csrf-token") !== actor.csrfToken) {
      throw new DomainError("CSRF_FAILED", "Missing or wrong CSRF token");
    }
    await next();
  };
}
