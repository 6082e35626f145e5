import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Deps } from "../deps";
import type { AppEnv } from "../http/context";
import { registerApiTokenRoutes } from "./api-tokens/api-tokens.routes";
import { registerLicenceRoutes } from "./licences/licences.routes";
import { registerTripRoutes } from "./trips/trips.routes";
import { registerVisitorRoutes } from "./visitors/visitors.routes";
import { registerWebhookRoutes } from "./webhooks/webhooks.routes";

/** Export-control workflows of issue 4: intake, trips and clearances, licences, API tokens, webhooks. */
export function registerEcWorkflowRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  registerVisitorRoutes(app, deps);
  registerTripRoutes(app, deps);
  registerLicenceRoutes(app, deps);
  registerApiTokenRoutes(app, deps);
  registerWebhookRoutes(app, deps);
}
