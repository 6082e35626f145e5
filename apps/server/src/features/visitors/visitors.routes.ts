import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZPledgeInput,
  ZVisitorDecisionInput,
  ZVisitorDetail,
  ZVisitorFactsUpdate,
  ZVisitorInput,
  ZVisitorListQuery,
  ZVisitorSummary,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { listVisitors, visitorDetail } from "./visitors.queries";
import { createVisitorsService } from "./visitors.service";

const ZId = z.object({ id: z.uuid() });
const ZCreated = z.object({ id: z.uuid() });

export function registerVisitorRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const service = createVisitorsService(deps);
  const tags = ["visitors"];
  const detail = (c: { get(k: "actor"): AppEnv["Variables"]["actor"] }, id: string) =>
    visitorDetail(deps.db, actorOf(c), id, deps.clock.today());

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/visitors",
      permission: "visitor.read",
      tags,
      summary: "Visitor and student intakes: mine (filed or hosted), or all for the export-control office",
      request: { query: ZVisitorListQuery },
      responses: { 200: { description: "Intakes", ...json(z.object({ items: z.array(ZVisitorSummary) })) } },
    }),
    async (c) => c.json({ items: await listVisitors(deps.db, actorOf(c), c.req.valid("query")) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visitors",
      permission: "visitor.file",
      tags,
      summary: "File an intake with the residency / 特定類型 self-declaration; the engine assesses it",
      request: jsonBody(ZVisitorInput),
      responses: { 201: { description: "Filed", ...json(ZCreated) } },
    }),
    async (c) => c.json({ id: await service.create(actorOf(c), c.req.valid("json")) }, 201),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/visitors/{id}",
      permission: "visitor.read",
      tags,
      summary: "An intake with its determination, reasons, declarations, pledges and reviews",
      request: { params: ZId },
      responses: { 200: { description: "Intake", ...json(ZVisitorDetail) } },
    }),
    async (c) => c.json(await detail(c, c.req.valid("param").id), 200),
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/visitors/{id}/declaration",
      permission: "visitor.file",
      tags,
      summary: "Report changed facts (a new declaration); the assessment is re-opened",
      request: { params: ZId, ...jsonBody(ZVisitorFactsUpdate) },
      responses: { 200: { description: "Updated", ...json(ZVisitorDetail) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await service.updateFacts(actorOf(c), id, c.req.valid("json"));
      return c.json(await detail(c, id), 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visitors/{id}/pledges",
      permission: "visitor.file",
      tags,
      summary: "Record a signed pledge (誓約書) against the current declaration and text version",
      request: { params: ZId, ...jsonBody(ZPledgeInput) },
      responses: { 201: { description: "Recorded", ...json(ZVisitorDetail) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await service.recordPledge(actorOf(c), id, c.req.valid("json"));
      return c.json(await detail(c, id), 201);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visitors/{id}/decision",
      permission: "visitor.review",
      tags,
      summary: "Accept, refuse, or ask for more information",
      request: { params: ZId, ...jsonBody(ZVisitorDecisionInput) },
      responses: { 200: { description: "Decided", ...json(ZVisitorDetail) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await service.decide(actorOf(c), id, c.req.valid("json"));
      return c.json(await detail(c, id), 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/visitors/{id}",
      permission: "visitor.review",
      tags,
      summary: "Delete an intake record — refused until its retention date has passed",
      request: { params: ZId },
      responses: { 204: { description: "Deleted" } },
    }),
    async (c) => {
      await service.remove(actorOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
}
