import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZApiToken, ZApiTokenCreated, ZApiTokenInput } from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createApiToken, listApiTokens, revokeApiToken, tokenView } from "./api-tokens.service";

const ZId = z.object({ id: z.uuid() });

export function registerApiTokenRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const tags = ["api-tokens"];
  const permission = "api_token.manage" as const;
  const auditActor = (a: { userId: string; displayName: string }) => ({
    userId: a.userId,
    label: a.displayName,
  });

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/api-tokens",
      permission,
      tags,
      summary: "API tokens of the institution (never the tokens themselves)",
      responses: { 200: { description: "Tokens", ...json(z.object({ items: z.array(ZApiToken) })) } },
    }),
    async (c) => c.json({ items: await listApiTokens(deps.db, actorOf(c).institutionId) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/api-tokens",
      permission,
      tags,
      summary: "Create an institution-scoped token with one permission; the token is shown once",
      request: jsonBody(ZApiTokenInput),
      responses: { 201: { description: "Created", ...json(ZApiTokenCreated) } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid("json");
      const { token, row } = await deps.db.transaction((tx) =>
        createApiToken(tx, deps, auditActor(actor), { ...body, institutionId: actor.institutionId }),
      );
      return c.json({ token, item: tokenView({ ...row, createdByName: actor.displayName }) }, 201);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/api-tokens/{id}/revoke",
      permission,
      tags,
      summary: "Revoke a token; requests with it are refused from now on",
      request: { params: ZId },
      responses: { 200: { description: "Revoked", ...json(ZApiToken) } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const row = await deps.db.transaction((tx) =>
        revokeApiToken(tx, deps, auditActor(actor), actor.institutionId, c.req.valid("param").id),
      );
      return c.json(tokenView(row), 200);
    },
  );
}
