import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZClearanceCreate,
  ZClearanceOfficer,
  ZClearanceOfficers,
  ZClearanceRevoke,
  ZClearanceView,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { coiRoute } from "../coi/coi-route";
import { createClearanceService } from "./clearance.service";

const ZId = z.object({ id: z.uuid() });

/** The security-clearance register (J9): its own routes and permissions; nothing else reads it. */
export function registerClearanceRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const service = createClearanceService(deps);
  const route = coiRoute(app);
  route({
    method: "get",
    path: "/api/v1/security-clearances",
    permission: "clearance.register",
    summary: "The clearance register (designated officer only)",
    response: z.object({ items: z.array(ZClearanceView) }),
    handler: async ({ actor }) => ({ items: await service.list(actor) }),
  });
  route({
    method: "post",
    path: "/api/v1/security-clearances",
    permission: "clearance.register",
    summary: "Record a clearance with its purpose",
    body: ZClearanceCreate,
    response: ZClearanceView,
    status: 201,
    handler: ({ actor, body }) => service.create(actor, body),
  });
  route<{ id: string }>({
    method: "post",
    path: "/api/v1/security-clearances/{id}/revoke",
    permission: "clearance.register",
    summary: "Revoke a clearance record",
    params: ZId,
    body: ZClearanceRevoke,
    response: ZClearanceView,
    handler: ({ actor, params, body }) =>
      service.revoke(actor, params.id, (body as { version: number }).version),
  });
  route({
    method: "get",
    path: "/api/v1/security-clearances/officers",
    permission: "clearance.designate",
    summary: "Who is designated to keep the register",
    response: ZClearanceOfficers,
    handler: ({ actor }) => service.officers(actor),
  });
  route({
    method: "post",
    path: "/api/v1/security-clearances/officers",
    permission: "clearance.designate",
    summary: "Designate a keeper of the register",
    body: ZClearanceOfficer,
    response: ZClearanceOfficers,
    handler: ({ actor, body }) => service.designate(actor, (body as { userId: string }).userId),
  });
}
