import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import { ZErrorResponse } from "@renkei/contract";
import { DomainError, type Permission } from "@renkei/domain";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./context";

/** Every route says who may call it: a permission, or `public: true` (architecture §8.4). */
type Access = { permission: Permission; public?: never } | { public: true; permission?: never };

const errorContent = { "application/json": { schema: ZErrorResponse } };

/** Routes registered so far, so a test can prove that each one refuses an anonymous caller. */
export const registeredRoutes: { method: string; path: string; permission: Permission | "public" }[] = [];

/**
 * Wraps `createRoute` so that the permission check runs before input validation (an anonymous caller
 * gets 401, not a 400 about its body) and the error responses are documented on every route.
 */
export function defineRoute<const R extends Omit<RouteConfig, "middleware">>(spec: R & Access) {
  const { permission, public: isPublic, ...route } = spec;
  registeredRoutes.push({
    method: route.method.toUpperCase(),
    path: route.path,
    permission: isPublic ? "public" : (permission as Permission),
  });
  const middleware: MiddlewareHandler<AppEnv>[] = isPublic
    ? []
    : [requirePermission(permission as Permission)];
  return createRoute({
    ...route,
    middleware,
    ...(isPublic ? {} : { security: [{ sessionCookie: [] }] }),
    responses: {
      ...route.responses,
      400: { description: "Invalid input", content: errorContent },
      401: { description: "Not signed in", content: errorContent },
      403: { description: "Not allowed", content: errorContent },
    },
  } as unknown as R);
}

export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get("actor");
    if (!actor) {
      throw new DomainError("UNAUTHENTICATED", "Sign in first");
    }
    if (!actor.can(permission)) {
      throw new DomainError("FORBIDDEN", `Requires ${permission}`);
    }
    await next();
  };
}

/** The signed-in actor inside a handler whose route required a permission. */
export function actorOf(c: { get(key: "actor"): AppEnv["Variables"]["actor"] }) {
  const actor = c.get("actor");
  if (!actor) {
    throw new DomainError("UNAUTHENTICATED", "Sign in first");
  }
  return actor;
}
