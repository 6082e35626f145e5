import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZLicence,
  ZLicenceInput,
  ZLicenceListQuery,
  ZLicenceTransition,
  ZLicenceUpdate,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createLicencesService } from "./licences.service";

const ZId = z.object({ id: z.uuid() });

export function registerLicenceRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const service = createLicencesService(deps);
  const tags = ["licences"];

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/licences",
      permission: "licence.read",
      tags,
      summary: "Licence applications, soonest expiry first, with expiry warnings",
      request: { query: ZLicenceListQuery },
      responses: { 200: { description: "Licences", ...json(z.object({ items: z.array(ZLicence) })) } },
    }),
    async (c) => c.json({ items: await service.list(actorOf(c), c.req.valid("query")) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/licences",
      permission: "licence.manage",
      tags,
      summary: "Start a licence application (drafting)",
      request: jsonBody(ZLicenceInput),
      responses: { 201: { description: "Created", ...json(ZLicence) } },
    }),
    async (c) => c.json(await service.create(actorOf(c), c.req.valid("json")), 201),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/licences/{id}",
      permission: "licence.read",
      tags,
      summary: "One licence application",
      request: { params: ZId },
      responses: { 200: { description: "Licence", ...json(ZLicence) } },
    }),
    async (c) => c.json(await service.get(actorOf(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/licences/{id}",
      permission: "licence.manage",
      tags,
      summary: "Edit the details (number, validity, conditions, link)",
      request: { params: ZId, ...jsonBody(ZLicenceUpdate) },
      responses: { 200: { description: "Updated", ...json(ZLicence) } },
    }),
    async (c) => c.json(await service.update(actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/licences/{id}/status",
      permission: "licence.manage",
      tags,
      summary: "Move the application: drafting → filed → granted | refused; granted → expired",
      request: { params: ZId, ...jsonBody(ZLicenceTransition) },
      responses: { 200: { description: "Changed", ...json(ZLicence) } },
    }),
    async (c) =>
      c.json(await service.transition(actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/licences/{id}",
      permission: "licence.manage",
      tags,
      summary: "Delete a licence record — refused until its retention date has passed",
      request: { params: ZId },
      responses: { 204: { description: "Deleted" } },
    }),
    async (c) => {
      await service.remove(actorOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
}
