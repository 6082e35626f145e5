import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZListKindInput, ZPartyMatchDecision, ZVisitorSummary } from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { reconfirmReview } from "../cases/case-review-subjects";
import { decideTripMatch } from "../trips/trip-screening.service";
import { decideVisitorMatch, labView } from "../visitors/visitor-screening.service";
import { setListKind } from "./list-kind.service";

const ZOk = z.object({ ok: z.literal(true) });

/** Issue 15: export control and screening reach every person and party. */
export function registerEcReachRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/cases/{id}/export-reviews/{reviewId}/reconfirm",
      permission: "export.review.decide",
      tags: ["cases"],
      summary:
        "The officer reconfirms a decided 取引審査 on the case as it now stands (clears its staleness)",
      request: { params: z.object({ id: z.uuid(), reviewId: z.uuid() }) },
      responses: { 200: { description: "Reconfirmed", ...json(ZOk) } },
    }),
    async (c) => {
      const p = c.req.valid("param");
      await reconfirmReview(deps, actorOf(c), p.id, p.reviewId);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/screening/lists/{id}/kind",
      permission: "list.manage",
      tags: ["screening"],
      summary: "What a confirmed hit on this list means: sanctions, End User List, US list, own, other",
      request: { params: z.object({ id: z.uuid() }), ...jsonBody(ZListKindInput) },
      responses: { 200: { description: "Set", ...json(ZOk) } },
    }),
    async (c) => {
      await setListKind(deps, actorOf(c), c.req.valid("param").id, c.req.valid("json").kind);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/trips/{id}/screening/decision",
      permission: "ec.party_screening.decide",
      tags: ["trips"],
      summary: "Confirm or clear a counterpart's screening match; the trip is assessed again",
      request: { params: z.object({ id: z.uuid() }), ...jsonBody(ZPartyMatchDecision) },
      responses: { 200: { description: "Decided", ...json(ZOk) } },
    }),
    async (c) => {
      await decideTripMatch(deps, actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visitors/{id}/screening/decision",
      permission: "ec.party_screening.decide",
      tags: ["visitors"],
      summary: "Confirm or clear a match of the visitor or their home institution",
      request: { params: z.object({ id: z.uuid() }), ...jsonBody(ZPartyMatchDecision) },
      responses: { 200: { description: "Decided", ...json(ZOk) } },
    }),
    async (c) => {
      await decideVisitorMatch(deps, actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/lab/visitors",
      permission: "ec.lab_view",
      tags: ["visitors"],
      summary: "Visitors and foreign students staying now or later, with residency, 特定類型 and screening",
      responses: { 200: { description: "Lab view", ...json(z.object({ items: z.array(ZVisitorSummary) })) } },
    }),
    async (c) => c.json({ items: await labView(deps, actorOf(c)) }, 200),
  );
}
