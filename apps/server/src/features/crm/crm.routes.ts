import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZEntryRequest,
  ZEntryRequestAction,
  ZEntryRequestInput,
  ZEntryRequestListQuery,
  ZMatchInput,
  ZMembershipEnd,
  ZMembershipJoin,
  ZMembershipProgramme,
  ZMembershipRenew,
  ZMembershipTierInput,
  ZMobilityAck,
  ZMobilityAlert,
  ZReactionInput,
  ZSeedNeedEntryInput,
  ZSeedNeedEntryUpdate,
  ZSeedNeedRegister,
} from "@renkei/contract";
import type { Permission } from "@renkei/domain";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createEntryRequestsService } from "./entry-requests.service";
import { createMembershipService } from "./membership.service";
import { createMobilityService } from "./mobility.service";
import { createRegisterService } from "./register.service";

const ZId = z.object({ id: z.uuid() });
const ZCaseAlert = z.object({ id: z.uuid(), alertId: z.uuid() });
const created = { 201: { description: "Created", ...json(z.object({ id: z.uuid() })) } };
const done = { 204: { description: "Done" } };

/** CRM depth (issue 17 item 1): entry requests, seeds/needs, memberships, mobility alerts. */
export function registerCrmRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const requests = createEntryRequestsService(deps);
  const register = createRegisterService(deps);
  const members = createMembershipService(deps);
  const mobility = createMobilityService(deps);
  const tags = ["crm"];
  const post = <B extends z.ZodType>(path: string, permission: Permission, summary: string, body: B) =>
    defineRoute({
      method: "post",
      path,
      permission,
      tags,
      summary,
      request: jsonBody(body),
      responses: created,
    });

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/crm/requests",
      permission: "crm.request",
      tags,
      summary: "Entry requests: my own, or all of the institution for the office",
      request: { query: ZEntryRequestListQuery },
      responses: { 200: { description: "Requests", ...json(z.object({ items: z.array(ZEntryRequest) })) } },
    }),
    async (c) => c.json({ items: await requests.list(actorOf(c), c.req.valid("query").status) }, 200),
  );
  app.openapi(
    post(
      "/api/v1/crm/requests",
      "crm.request",
      "Ask the office to enter a partner or contact",
      ZEntryRequestInput,
    ),
    async (c) => c.json({ id: await requests.create(actorOf(c), c.req.valid("json")) }, 201),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/crm/requests/{id}/actions",
      permission: "crm.request_handle",
      tags,
      summary: "Start, complete (with the entered record) or decline a request",
      request: { params: ZId, ...jsonBody(ZEntryRequestAction) },
      responses: done,
    }),
    async (c) => {
      await requests.act(actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.body(null, 204);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/crm/register",
      permission: "partner.read",
      tags,
      summary: "Seeds, needs, matches and reactions at events",
      responses: { 200: { description: "Register", ...json(ZSeedNeedRegister) } },
    }),
    async (c) => c.json(await register.read(actorOf(c)), 200),
  );
  app.openapi(
    post("/api/v1/crm/register/entries", "crm.register_write", "Add a seed or a need", ZSeedNeedEntryInput),
    async (c) => c.json({ id: await register.addEntry(actorOf(c), c.req.valid("json")) }, 201),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/crm/register/entries/{id}",
      permission: "crm.register_write",
      tags,
      summary: "Correct or close a seed or a need (its author or the office)",
      request: { params: ZId, ...jsonBody(ZSeedNeedEntryUpdate) },
      responses: done,
    }),
    async (c) => {
      await register.updateEntry(actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.body(null, 204);
    },
  );
  app.openapi(
    post("/api/v1/crm/register/matches", "crm.register_write", "Match a seed with a need", ZMatchInput),
    async (c) => c.json({ id: await register.saveMatch(actorOf(c), c.req.valid("json")) }, 201),
  );
  app.openapi(
    post(
      "/api/v1/crm/register/reactions",
      "crm.register_write",
      "Record a reaction at an event",
      ZReactionInput,
    ),
    async (c) => c.json({ id: await register.addReaction(actorOf(c), c.req.valid("json")) }, 201),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/crm/memberships",
      permission: "partner.read",
      tags,
      summary: "The membership programme: tiers and members",
      request: { query: z.object({ partnerId: z.uuid().optional() }) },
      responses: { 200: { description: "Programme", ...json(ZMembershipProgramme) } },
    }),
    async (c) => c.json(await members.read(actorOf(c), c.req.valid("query").partnerId), 200),
  );
  app.openapi(
    post("/api/v1/crm/memberships/tiers", "membership.manage", "Add a tier", ZMembershipTierInput),
    async (c) => c.json({ id: await members.addTier(actorOf(c), c.req.valid("json")) }, 201),
  );
  app.openapi(
    post("/api/v1/crm/memberships", "membership.manage", "A partner joins the programme", ZMembershipJoin),
    async (c) => c.json({ id: await members.join(actorOf(c), c.req.valid("json")) }, 201),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/crm/memberships/{id}/renewals",
      permission: "membership.manage",
      tags,
      summary: "Renew a membership from the end of its term",
      request: { params: ZId, ...jsonBody(ZMembershipRenew) },
      responses: done,
    }),
    async (c) => {
      await members.renew(actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.body(null, 204);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/crm/memberships/{id}/end",
      permission: "membership.manage",
      tags,
      summary: "End a membership",
      request: { params: ZId, ...jsonBody(ZMembershipEnd) },
      responses: done,
    }),
    async (c) => {
      await members.end(actorOf(c), c.req.valid("param").id, c.req.valid("json").version);
      return c.body(null, 204);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/cases/{id}/mobility-alerts",
      permission: "case.read",
      tags,
      summary: "Alerts that a person who knows the case's secrets changed employer",
      request: { params: ZId },
      responses: { 200: { description: "Alerts", ...json(z.object({ items: z.array(ZMobilityAlert) })) } },
    }),
    async (c) => c.json({ items: await mobility.list(actorOf(c), c.req.valid("param").id) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/cases/{id}/mobility-alerts/{alertId}/acknowledge",
      permission: "mobility.acknowledge",
      tags,
      summary: "Record what was done about the move",
      request: { params: ZCaseAlert, ...jsonBody(ZMobilityAck) },
      responses: done,
    }),
    async (c) => {
      const p = c.req.valid("param");
      await mobility.acknowledge(actorOf(c), p.id, p.alertId, c.req.valid("json").note);
      return c.body(null, 204);
    },
  );
}
