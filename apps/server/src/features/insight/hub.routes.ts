import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZAdvice,
  ZAdviceAnswerInput,
  ZAdviceInboxItem,
  ZAdviceRequestInput,
  ZAdviceSubjectKind,
  ZFyQuery,
  ZHubFigures,
  ZHubGrant,
  ZHubGrantInput,
  ZHubOption,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createHubAdviceService } from "./hub-advice.service";
import { createHubFiguresService } from "./hub-figures.service";
import { createHubGrantsService } from "./hub-grants.service";
import { createSurveyService } from "./survey.service";

/** A member's grants of consulting access to hub institutions, with their scope, and advice (issue 16 §5–6). */
export function registerHubRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const service = createHubGrantsService(deps);
  const tags = ["hub"];
  registerAdviceRoutes(app, deps);
  const figures = createHubFiguresService(deps, createSurveyService(deps));
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/hub/figures",
      permission: "hub.figures",
      tags,
      summary: "Key figures of the members that granted this hub the figures scope, side by side (audited)",
      request: { query: ZFyQuery },
      responses: { 200: { description: "Figures", ...json(ZHubFigures) } },
    }),
    async (c) => c.json(await figures.get(actorOf(c), c.req.valid("query").fy), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/hub/hubs",
      permission: "hub.grant",
      tags,
      summary: "Hub institutions a member may grant access to",
      responses: { 200: { description: "Hubs", ...json(z.object({ items: z.array(ZHubOption) })) } },
    }),
    async (c) => c.json({ items: await service.hubs(actorOf(c)) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/hub/grants",
      permission: "hub.grant",
      tags,
      summary: "This institution's grants to hubs, current and revoked",
      responses: { 200: { description: "Grants", ...json(z.object({ items: z.array(ZHubGrant) })) } },
    }),
    async (c) => c.json({ items: await service.list(actorOf(c)) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/hub/grants",
      permission: "hub.grant",
      tags,
      summary: "Grant a hub access, or change what it covers",
      request: jsonBody(ZHubGrantInput),
      responses: { 204: { description: "Granted" } },
    }),
    async (c) => {
      const { hubInstitutionId, scopes } = c.req.valid("json");
      await service.grant(actorOf(c), hubInstitutionId, scopes);
      return c.body(null, 204);
    },
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/hub/grants/{hubInstitutionId}",
      permission: "hub.grant",
      tags,
      summary: "Revoke a hub's access (takes effect on its next request)",
      request: { params: z.object({ hubInstitutionId: z.uuid() }) },
      responses: { 204: { description: "Revoked" } },
    }),
    async (c) => {
      await service.revoke(actorOf(c), c.req.valid("param").hubInstitutionId);
      return c.body(null, 204);
    },
  );
}

function registerAdviceRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const advice = createHubAdviceService(deps);
  const tags = ["hub"];
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/hub/advice/hubs",
      permission: "hub.ask_advice",
      tags,
      summary: "Hubs this institution's grant lets advise",
      responses: { 200: { description: "Hubs", ...json(z.object({ items: z.array(ZHubOption) })) } },
    }),
    async (c) => c.json({ items: await advice.hubs(actorOf(c)) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/hub/advice",
      permission: "hub.ask_advice",
      tags,
      summary: "Ask the hub for advice on a transaction review or classification",
      request: jsonBody(ZAdviceRequestInput),
      responses: { 201: { description: "Asked", ...json(z.object({ id: z.uuid() })) } },
    }),
    async (c) => c.json(await advice.request(actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/hub/advice",
      permission: "export.read",
      tags,
      summary: "The hub's advice on one of this institution's records",
      request: { query: z.object({ subjectKind: ZAdviceSubjectKind, subjectId: z.uuid() }) },
      responses: { 200: { description: "Advice", ...json(z.object({ items: z.array(ZAdvice) })) } },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json({ items: await advice.forSubject(actorOf(c), q.subjectKind, q.subjectId) }, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/hub/advice/inbox",
      permission: "hub.advise",
      tags,
      summary: "Members' requests for advice, with the records they are about (hub reads, audited)",
      responses: {
        200: { description: "Requests", ...json(z.object({ items: z.array(ZAdviceInboxItem) })) },
      },
    }),
    async (c) => c.json({ items: await advice.inbox(actorOf(c)) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/hub/advice/{id}/answer",
      permission: "hub.advise",
      tags,
      summary: "Answer a member's request for advice",
      request: { params: z.object({ id: z.uuid() }), ...jsonBody(ZAdviceAnswerInput) },
      responses: { 204: { description: "Answered" } },
    }),
    async (c) => {
      await advice.answer(actorOf(c), c.req.valid("param").id, c.req.valid("json").answer);
      return c.body(null, 204);
    },
  );
}
