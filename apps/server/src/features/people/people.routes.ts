import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZMovePersonRequest, ZPerson, ZPersonInput } from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createPeopleService } from "./people.service";

const ZId = z.object({ id: z.uuid() });

export function registerPeopleRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const service = createPeopleService(deps);
  const tags = ["people"];

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/people",
      permission: "partner.read",
      tags,
      summary: "Search people at partner organisations by any name form",
      request: { query: z.object({ q: z.string().max(200).optional() }) },
      responses: { 200: { description: "People", ...json(z.object({ items: z.array(ZPerson) })) } },
    }),
    async (c) => c.json({ items: await service.search(actorOf(c), c.req.valid("query").q) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/people",
      permission: "partner.write",
      tags,
      summary: "Register a person, optionally with a first affiliation",
      request: jsonBody(ZPersonInput),
      responses: { 201: { description: "Created", ...json(z.object({ id: z.uuid() })) } },
    }),
    async (c) => c.json({ id: await service.create(actorOf(c), c.req.valid("json")) }, 201),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/people/{id}",
      permission: "partner.read",
      tags,
      summary: "A person with affiliation history",
      request: { params: ZId },
      responses: { 200: { description: "The person", ...json(ZPerson) } },
    }),
    async (c) => c.json(await service.get(actorOf(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/people/{id}/move",
      permission: "partner.write",
      tags,
      summary: "Record that a person moved to another organisation (history kept)",
      request: { params: ZId, ...jsonBody(ZMovePersonRequest) },
      responses: { 200: { description: "Moved", ...json(z.object({ id: z.uuid() })) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await service.move(actorOf(c), id, c.req.valid("json"));
      return c.json({ id }, 200);
    },
  );
}
