import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZAssessRequest, ZAssessResponse } from "@renkei/contract";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createAssessService } from "./assess.service";
import type { EndUserLookup } from "./end-user-lookup";

/** `POST /api/v1/export-control/assess`: the stable assessment interface of issue 4. */
export function registerAssessRoutes(app: OpenAPIHono<AppEnv>, deps: Deps, lookup?: EndUserLookup) {
  const service = createAssessService(deps, lookup);
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/export-control/assess",
      permission: "export.assess",
      tags: ["export-control"],
      summary:
        "Assess one technology provision or goods export (residency, 特定類型, list control, catch-all, exemptions, sanctions)",
      description:
        "Takes one JSON object of facts (docs/export-control-assess.md) and returns the determination with the " +
        "rules fired, their sources and the data versions. `asOf` defaults to today (JST). When `endUser.name` is " +
        "given without `endUser.eulCategories`, the End User List categories are filled from screening.",
      request: jsonBody(ZAssessRequest),
      responses: { 200: { description: "The determination", ...json(ZAssessResponse) } },
    }),
    async (c) => {
      const { result } = await service.assess(actorOf(c).institutionId, c.req.valid("json"));
      return c.json(result, 200);
    },
  );
}
