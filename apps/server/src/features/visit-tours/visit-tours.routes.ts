import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZVisitTour,
  ZVisitTourCompletion,
  ZVisitTourDecision,
  ZVisitTourInput,
  ZVisitTourUpdate,
  ZVisitTourVersion,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createVisitToursService } from "./visit-tours.service";

const ZId = z.object({ id: z.uuid() });

/** Facility tour / handout checklists of a visit (issue 17 item 5; spec C7). */
export function registerVisitTourRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const service = createVisitToursService(deps);
  const tags = ["visit-tours"];
  const one = { 200: { description: "Checklist", ...json(ZVisitTour) } };

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/visitors/{id}/tours",
      permission: "visit_tour.read",
      tags,
      summary: "The tour / handout checklists of a visit",
      request: { params: ZId },
      responses: { 200: { description: "Checklists", ...json(z.object({ items: z.array(ZVisitTour) })) } },
    }),
    async (c) => c.json({ items: await service.list(actorOf(c), c.req.valid("param").id) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visitors/{id}/tours",
      permission: "visit_tour.write",
      tags,
      summary: "List what the visitor will be shown or handed out, and by whom",
      request: { params: ZId, ...jsonBody(ZVisitTourInput) },
      responses: { 201: { description: "Created", ...json(ZVisitTour) } },
    }),
    async (c) => c.json(await service.create(actorOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/visit-tours/{id}",
      permission: "visit_tour.write",
      tags,
      summary: "Edit a draft or returned checklist (its lines go back undecided)",
      request: { params: ZId, ...jsonBody(ZVisitTourUpdate) },
      responses: one,
    }),
    async (c) => c.json(await service.update(actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visit-tours/{id}/submission",
      permission: "visit_tour.write",
      tags,
      summary: "Ask the export-control office to decide the checklist",
      request: { params: ZId, ...jsonBody(ZVisitTourVersion) },
      responses: one,
    }),
    async (c) =>
      c.json(await service.submit(actorOf(c), c.req.valid("param").id, c.req.valid("json").version), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visit-tours/{id}/decision",
      permission: "visit_tour.decide",
      tags,
      summary: "The office decides every line (allowed / on conditions / refused) or returns the checklist",
      request: { params: ZId, ...jsonBody(ZVisitTourDecision) },
      responses: one,
    }),
    async (c) => c.json(await service.decide(actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visit-tours/{id}/completion",
      permission: "visit_tour.write",
      tags,
      summary: "After the visit: record what was actually shown or handed out",
      request: { params: ZId, ...jsonBody(ZVisitTourCompletion) },
      responses: one,
    }),
    async (c) =>
      c.json(await service.complete(actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
}
