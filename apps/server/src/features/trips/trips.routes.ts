import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZClearance,
  ZTripDecisionInput,
  ZTripDetail,
  ZTripInput,
  ZTripListQuery,
  ZTripSummary,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { clearanceByRef, listTrips, tripDetail } from "./trips.queries";
import { createTripsService } from "./trips.service";

const ZId = z.object({ id: z.uuid() });

export function registerTripRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const service = createTripsService(deps);
  const tags = ["trips"];

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/trips",
      permission: "trip.read",
      tags,
      summary: "Overseas trips: mine, or all for the export-control office",
      request: { query: ZTripListQuery },
      responses: { 200: { description: "Trips", ...json(z.object({ items: z.array(ZTripSummary) })) } },
    }),
    async (c) => c.json({ items: await listTrips(deps.db, actorOf(c), c.req.valid("query")) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/trips",
      permission: "trip.file",
      tags,
      summary:
        "File a trip; the engine assesses every item with every counterpart; a clearance ref is issued",
      request: jsonBody(ZTripInput),
      responses: {
        201: { description: "Filed", ...json(z.object({ id: z.uuid(), ref: z.string() })) },
      },
    }),
    async (c) => c.json(await service.create(actorOf(c), c.req.valid("json")), 201),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/trips/{id}",
      permission: "trip.read",
      tags,
      summary: "A trip with its assessment, reasons, reviews and linked licences",
      request: { params: ZId },
      responses: { 200: { description: "Trip", ...json(ZTripDetail) } },
    }),
    async (c) => c.json(await tripDetail(deps.db, actorOf(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/trips/{id}",
      permission: "trip.file",
      tags,
      summary: "Revise a trip (e.g. to answer a request for more); it is assessed and reviewed again",
      request: {
        params: ZId,
        ...jsonBody(
          z.object({
            version: z.number().int(),
            plan: ZTripInput,
            note: z.string().trim().max(5000, "validation.too_long").default(""),
          }),
        ),
      },
      responses: { 200: { description: "Revised", ...json(ZTripDetail) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await service.revise(actorOf(c), id, c.req.valid("json"));
      return c.json(await tripDetail(deps.db, actorOf(c), id), 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/trips/{id}/decision",
      permission: "trip.review",
      tags,
      summary: "Clear, refuse, or ask for more information",
      request: { params: ZId, ...jsonBody(ZTripDecisionInput) },
      responses: { 200: { description: "Decided", ...json(ZTripDetail) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await service.decide(actorOf(c), id, c.req.valid("json"));
      return c.json(await tripDetail(deps.db, actorOf(c), id), 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/trips/{id}/withdraw",
      permission: "trip.file",
      tags,
      summary: "Withdraw (cancel) a trip; its clearance answers `refused`",
      request: {
        params: ZId,
        ...jsonBody(z.object({ comment: z.string().trim().max(5000, "validation.too_long").default("") })),
      },
      responses: { 200: { description: "Withdrawn", ...json(ZTripDetail) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await service.withdraw(actorOf(c), id, c.req.valid("json").comment);
      return c.json(await tripDetail(deps.db, actorOf(c), id), 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/trips/{id}",
      permission: "trip.review",
      tags,
      summary: "Delete a trip record — refused until its retention date has passed",
      request: { params: ZId },
      responses: { 204: { description: "Deleted" } },
    }),
    async (c) => {
      await service.remove(actorOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/clearances/{ref}",
      permission: "clearance.read",
      allowToken: true,
      tags: ["clearances"],
      summary: "Trip clearance for an external travel / expense system (API token or officer session)",
      description:
        "Send `Authorization: Bearer <token>` with an institution API token holding `clearance.read`. " +
        "Approve payment only when `status` is `cleared` and the trip ends on or before `validUntil`.",
      request: { params: z.object({ ref: z.string().min(1).max(40) }) },
      responses: {
        200: { description: "Clearance", ...json(ZClearance) },
        404: { description: "Unknown reference" },
      },
    }),
    async (c) => c.json(await clearanceByRef(deps.db, actorOf(c), c.req.valid("param").ref), 200),
  );
}
