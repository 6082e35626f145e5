import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { OpenAPIHono } from "@hono/zod-openapi";
import { DomainError, isDomainError } from "@renkei/domain";
import { HTTPException } from "hono/http-exception";
import type { Deps } from "./deps";
import { registerAccountAuthRoutes } from "./features/accounts/account-auth.routes";
import { registerAccountsRoutes } from "./features/accounts/accounts.routes";
import { registerSsoRoutes } from "./features/accounts/sso.routes";
import { registerAuditRoutes } from "./features/audit/audit.routes";
import { registerAuthRoutes } from "./features/auth/auth.routes";
import { registerCaseRoutes } from "./features/cases/cases.routes";
import { registerCoiRoutes } from "./features/coi/coi.routes";
import { registerCostRoutes } from "./features/cost/cost.routes";
import { registerCrmRoutes } from "./features/crm/crm.routes";
import { registerDeskRoutes } from "./features/desk/desk.routes";
import { registerEcReachRoutes } from "./features/ec-reach/ec-reach.routes";
import { registerEcWorkflowRoutes } from "./features/ec-workflow-routes";
import { registerExportRecordRoutes } from "./features/export-control/export-records.routes";
import { registerHomeRoutes } from "./features/home/home.routes";
import { registerHubRoutes } from "./features/insight/hub.routes";
import { registerInsightRoutes } from "./features/insight/insight.routes";
import { registerLibraryRoutes } from "./features/insight/library.routes";
import { registerIpRoutes } from "./features/ip/ip.routes";
import { registerNotificationRoutes } from "./features/notifications/notifications.routes";
import { registerPartnerRoutes } from "./features/partners/partners.routes";
import { registerPeopleRoutes } from "./features/people/people.routes";
import { registerPersonalDataRoutes } from "./features/personal-data/personal-data.routes";
import { registerPolicyRoutes } from "./features/policies/policies.routes";
import { registerScreeningRoutes } from "./features/screening/screening.routes";
import { registerSecretRoutes } from "./features/secrets/secrets.routes";
import { registerClearanceRoutes } from "./features/security-clearance/clearance.routes";
import { registerUserRoutes } from "./features/users/users.routes";
import { registerVisitTourRoutes } from "./features/visit-tours/visit-tours.routes";
import type { AppEnv } from "./http/context";
import {
  errorBody,
  fromDatabaseError,
  isDatabaseUnavailable,
  statusFor,
  validationError,
} from "./http/errors";
import { queryGuard } from "./http/request-guards";
import { securityHeaders } from "./http/security-headers";
import { csrfMiddleware, sessionMiddleware } from "./http/session-middleware";
import { serveFile } from "./http/static-files";
import { errorFields } from "./lib/logger";

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

/** Seconds a client is asked to wait while the database is away. */
const RETRY_AFTER_SECONDS = 5;

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
    securityHeaders(c, { secureCookies: deps.config.secureCookies });
  });
  app.use("/api/*", queryGuard(), sessionMiddleware(deps), csrfMiddleware());

  app.onError((err, c) => {
    const domainError = isDomainError(err) ? err : (fromHttpException(err) ?? fromDatabaseError(err));
    if (domainError) {
      const wait =
        domainError.details?.retryAfterSeconds ?? Number(domainError.details?.retryAfterMinutes ?? 0) * 60;
      if (domainError.code === "RATE_LIMITED" && Number(wait) > 0) {
        c.header("retry-after", String(wait));
      }
      return c.json(errorBody(domainError, c.get("requestId")), statusFor(domainError.code));
    }
    if (isDatabaseUnavailable(err)) {
      // The pool drops the broken connection and opens a new one on the next request (issue 10 item 6).
      deps.logger.warn("database unavailable", { requestId: c.get("requestId"), ...errorFields(err) });
      c.header("retry-after", String(RETRY_AFTER_SECONDS));
      return c.json(
        errorBody(
          new DomainError("UNAVAILABLE", "Database unavailable", { retryAfterSeconds: RETRY_AFTER_SECONDS }),
          c.get("requestId"),
        ),
        503,
      );
    }
    deps.logger.error("unhandled error", { requestId: c.get("requestId"), ...errorFields(err) });
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
  registerInsightRoutes(app, deps);
  registerHubRoutes(app, deps);
  registerLibraryRoutes(app, deps);
  registerAccountsRoutes(app, deps);
  registerAccountAuthRoutes(app, deps);
  registerSsoRoutes(app, deps);
  registerEcReachRoutes(app, deps);
  registerCoiRoutes(app, deps);
  registerIpRoutes(app, deps);
  registerSecretRoutes(app, deps);
  registerHomeRoutes(app, deps);
  registerDeskRoutes(app, deps);
  registerCrmRoutes(app, deps);
  registerCostRoutes(app, deps);
  registerVisitTourRoutes(app, deps);
  registerPolicyRoutes(app, deps);
  registerPersonalDataRoutes(app, deps);
  registerClearanceRoutes(app, deps);

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
  app.get("/api/docs/init.js", (c) => c.body(DOCS_INIT_JS, 200, { "content-type": "text/javascript" }));
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

/** Hono's own 4xx (malformed form data, a body its validator cannot read) in the API's error shape. */
function fromHttpException(err: unknown): DomainError | null {
  if (!(err instanceof HTTPException) || err.status >= 500) {
    return null;
  }
  if (err.status === 413) {
    return new DomainError("TOO_LARGE", "The request body is too large");
  }
  return new DomainError("VALIDATION_FAILED", err.message || "Invalid request", {
    issues: [{ path: "", message: "validation.malformed_body" }],
  });
}

const DOCS_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Renkei API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

/** A file, not an inline script, so the Content-Security-Policy needs no 'unsafe-inline' for scripts. */
const DOCS_INIT_JS = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#ui" });`;
