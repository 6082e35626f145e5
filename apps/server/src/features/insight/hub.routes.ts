import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZHubGrant, ZHubGrantInput, ZHubOption } from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createHubGrantsService } from "./hub-grants.service";

/** A member's grants of consulting access to hub institutions, with their scope (issue 16 §5). */
export function registerHubRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const service = createHubGrantsService(deps);
  const tags = ["hub"];
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
