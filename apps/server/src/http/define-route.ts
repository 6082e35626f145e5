import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import { ZErrorResponse } from "@renkei/contract";
import { DomainError, type Permission } from "@renkei/domain";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./context";
import { bodyGuard, DEFAULT_BODY_BYTES, MULTIPART_OVERHEAD_BYTES } from "./request-guards";

/** Every route says who may call it: a permission, or `public: true` (architecture §8.4). */
type Access = (
  | { permission: Permission; public?: never; allowToken?: true }
  | { public: true; permission?: never; allowToken?: never }
) & {
  /**
   * A route that takes files names its largest legitimate file; the body is cut off while it streams in
   * beyond that (plus the multipart envelope). Every other route accepts `DEFAULT_BODY_BYTES` of JSON.
   */
  maxFileBytes?: number;
};

const errorContent = { "application/json": { schema: ZErrorResponse } };

/** Routes registered so far, so a test can prove that each one refuses an anonymous caller. */
export const registeredRoutes: {
  method: string;
  path: string;
  permission: Permission | "public";
  allowToken: boolean;
  /** The request's zod schemas, so a test can walk every input field (e.g. every country field). */
  request: RouteConfig["request"];
}[] = [];

/**
 * Wraps `createRoute` so that the permission check runs before input validation (an anonymous caller
 * gets 401, not a 400 about its body) and the error responses are documented on every route.
 */
export function defineRoute<const R extends Omit<RouteConfig, "middleware">>(spec: R & Access) {
  const { permission, public: isPublic, allowToken, maxFileBytes, ...route } = spec;
  registeredRoutes.push({
    method: route.method.toUpperCase(),
    path: route.path,
    permission: isPublic ? "public" : (permission as Permission),
    allowToken: allowToken === true,
    request: route.request,
  });
  // Permission first (an anonymous caller's body is never read), then the body guard.
  const guard = bodyGuard(maxFileBytes ? maxFileBytes + MULTIPART_OVERHEAD_BYTES : DEFAULT_BODY_BYTES);
  const middleware: MiddlewareHandler<AppEnv>[] = isPublic
    ? [guard]
    : [requirePermission(permission as Permission, { allowToken: allowToken === true }), guard];
  const security = allowToken ? [{ sessionCookie: [] }, { bearerToken: [] }] : [{ sessionCookie: [] }];
  return createRoute({
    ...route,
    middleware,
    ...(isPublic ? {} : { security }),
    responses: {
      ...route.responses,
      400: { description: "Invalid input", content: errorContent },
      401: { description: "Not signed in", content: errorContent },
      403: { description: "Not allowed", content: errorContent },
    },
  } as unknown as R);
}

export function requirePermission(
  permission: Permission,
  options: { allowToken?: boolean } = {},
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get("actor");
    if (!actor) {
      throw new DomainError("UNAUTHENTICATED", "Sign in first");
    }
    // API tokens are credentials only where a route says so; elsewhere they count as no credentials.
    if (actor.apiToken && !options.allowToken) {
      throw new DomainError("UNAUTHENTICATED", "API tokens are not accepted on this route");
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
