import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json } from "../../http/openapi-helpers";
import { reconfirmReview } from "../cases/case-review-subjects";

const ZOk = z.object({ ok: z.literal(true) });

/** Issue 15: export control and screening reach every person and party. */
export function registerEcReachRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/cases/{id}/export-reviews/{reviewId}/reconfirm",
      permission: "export.review.decide",
      tags: ["cases"],
      summary: "The officer reconfirms a decided 取引審査 on the case as it now stands (clears its staleness)",
      request: { params: z.object({ id: z.uuid(), reviewId: z.uuid() }) },
      responses: { 200: { description: "Reconfirmed", ...json(ZOk) } },
    }),
    async (c) => {
      const p = c.req.valid("param");
      await reconfirmReview(deps, actorOf(c), p.id, p.reviewId);
      return c.json({ ok: true as const }, 200);
    },
  );
}
