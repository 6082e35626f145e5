import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZCreateUserRequest } from "@renkei/contract";
import { ROLES } from "@renkei/domain";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createUser, listUsers } from "./users.service";

const ZUserItem = z.object({ id: z.uuid(), displayName: z.string(), role: z.enum(ROLES), email: z.string() });

export function registerUserRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/users",
      permission: "partner.read",
      tags: ["users"],
      summary: "Staff of the caller's institution (for owner and participant pickers)",
      responses: { 200: { description: "Users", ...json(z.object({ items: z.array(ZUserItem) })) } },
    }),
    async (c) => {
      const items = await listUsers(deps.db, actorOf(c).institutionId);
      return c.json({ items: items.map((u) => ({ ...u, role: u.role as (typeof ROLES)[number] })) }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/users",
      permission: "user.manage",
      tags: ["users"],
      summary: "Create an account in the caller's institution",
      request: jsonBody(ZCreateUserRequest),
      responses: { 201: { description: "Created", ...json(z.object({ id: z.uuid() })) } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid("json");
      const row = await deps.db.transaction((tx) =>
        createUser(
          tx,
          deps,
          { userId: actor.userId, label: actor.displayName },
          { ...body, institutionId: actor.institutionId },
        ),
      );
      return c.json({ id: row.id }, 201);
    },
  );
}
