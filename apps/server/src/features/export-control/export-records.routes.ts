import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { registerAssessRoutes } from "./assess.routes";
import { registerClassificationRoutes } from "./classifications.routes";
import { registerDocumentRoutes } from "./documents/documents.routes";
import { defaultEndUserLookup, type EndUserLookup } from "./end-user-lookup";
import { registerEvidenceRoutes } from "./evidence.routes";
import { registerTransactionReviewRoutes } from "./transaction-reviews.routes";

/** Assessment, 該非判定 records and 取引審査 (issue 4). `lookup` screens end users (End User List). */
export function registerExportRecordRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: Deps,
  lookup: EndUserLookup = defaultEndUserLookup,
) {
  registerAssessRoutes(app, deps, lookup);
  registerClassificationRoutes(app, deps);
  registerTransactionReviewRoutes(app, deps, lookup);
  registerEvidenceRoutes(app, deps);
  registerDocumentRoutes(app, deps);
}
