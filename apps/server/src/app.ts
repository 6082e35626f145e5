import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { OpenAPIHono } from "@hono/zod-openapi";
import { DomainError, isDomainError } from "@renkei/domain";
import type { Deps } from "./deps";
import { registerAuditRoutes } from "./features/audit/audit.routes";
import { registerAuthRoutes } from "./features/auth/auth.routes";
import { registerCaseRoutes } from "./features/cases/cases.routes";
import { registerEcWorkflowRoutes } from "./features/ec-workflow-routes";
import { registerExportRecordRoutes } from "./features/export-control/export-records.routes";
import { registerNotificationRoutes } from "./features/notifications/notifications.routes";
import { registerPartnerRoutes } from "./features/partners/partners.routes";
import { registerPeopleRoutes } from "./features/people/people.routes";
import { registerScreeningRoutes } from "./features/screening/screening.routes";
import { registerSecretRoutes } from "./features/secrets/secrets.routes";
import { registerUserRoutes } from "./features/users/users.routes";
import type { AppEnv } from "./http/context";
import { errorBody, fromDatabaseError, statusFor, validationError } from "./http/errors";
import { csrfMiddleware, sessionMiddleware } from "./http/session-middleware";
import { serveFile } from "./http/static-files";

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/dist");
const SWAGGER_DIR = path.dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

export const OPENAPI_INFO = {
  openapi: "3.1.0",
  info: {
    title: "Renkei API",
    version: "1",
    description:
      "Renkei (連携): partner registry, screening and export control for Japanese universities. " +
      "Sign in with POST /api/v1/auth/login; send the returned csrfToken as X-CSRF-Token on every write.",
  },
};

/** Builds the whole HTTP application; tests call it in-process with `app.request()`. */
export function createApp(deps: Deps, options: { webDir?: string | null } = {}) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw validationError(result.error.issues);
      }
    },
  });

  app.use("*", async (c, next) => {
    c.set("requestId", c.req.header("x-request-id") ?? randomUUID());
    await next();
    c.header("x-request-id", c.get("requestId"));
    c.header("x-content-type-options", "nosniff");
    c.header("referrer-policy", "same-origin");
    c.header("x-frame-options", "DENY");
  });
  app.use("/api/*", sessionMiddleware(deps), csrfMiddleware());

  app.onError((err, c) => {
    const domainError = isDomainError(err) ? err : fromDatabaseError(err);
    if (domainError) {
      return c.json(errorBody(domainError, c.get("requestId")), statusFor(domainError.code));
    }
    deps.logger.error("unhandled error", {
      requestId: c.get("requestId"),
      err: String(err),
      stack: (err as Error).stack,
    });
    return c.json(errorBody(new DomainError("INTERNAL", "Internal error"), c.get("requestId")), 500);
  });

  registerAuthRoutes(app, deps);
  registerPartnerRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerEcWorkflowRoutes(app, deps);
  registerExportRecordRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerScreeningRoutes(app, deps);
  registerCaseRoutes(app, deps);
  registerSecretRoutes(app, deps);

  app.openAPIRegistry.registerComponent("securitySchemes", "bearerToken", {
    type: "http",
    scheme: "bearer",
    description:
      "Institution API token (only on routes that accept tokens, e.g. GET /api/v1/clearances/{ref})",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "sessionCookie", {
    type: "apiKey",
    in: "cookie",
    name: "renkei_session",
  });
  app.doc31("/api/openapi.json", OPENAPI_INFO);
  app.get("/api/docs", (c) => c.html(DOCS_HTML));
  app.get(
    "/api/docs/assets/:file",
    async (c) => (await serveFile(c, SWAGGER_DIR, c.req.param("file"), 86_400)) ?? c.notFound(),
  );
  app.get("/healthz", (c) => c.json({ ok: true }));
  app.all("/api/*", () => {
    throw new DomainError("NOT_FOUND", "No such API route");
  });

  const webDir = options.webDir === undefined ? WEB_DIST : options.webDir;
  if (webDir) {
    app.get("*", async (c) => {
      const asset = await serveFile(
        c,
        webDir,
        c.req.path,
        c.req.path.startsWith("/assets/") ? 31_536_000 : 0,
      );
      // Client-side routes (/partners/…) get the SPA shell.
      return (
        asset ??
        (await serveFile(c, webDir, "index.html")) ??
        c.text("Web UI not built: run npm run build", 404)
      );
    });
  }
  return app;
}

export type App = ReturnType<typeof createApp>;

const DOCS_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Renkei API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#ui" });</script></body></html>`;
