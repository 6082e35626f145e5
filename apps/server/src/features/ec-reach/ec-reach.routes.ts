import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZAppointment,
  ZAppointmentEnd,
  ZAppointmentInput,
  ZLabVisitor,
  ZListKindInput,
  ZListSource,
  ZListSourceInput,
  ZOwnershipInput,
  ZOwnershipView,
  ZPartyMatchDecision,
  ZPaymentReconciliation,
  ZPaymentsImport,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { reconfirmReview } from "../cases/case-review-subjects";
import { decideTripMatch } from "../trips/trip-screening.service";
import { decideVisitorMatch, labView } from "../visitors/visitor-screening.service";
import { setListKind } from "./list-kind.service";
import { createListSourcesService } from "./list-sources.service";
import { createOwnershipService } from "./ownership.service";
import { createRecordsService } from "./records.service";
import { registerSelfAuditRoutes } from "./self-audit.routes";

const ZOk = z.object({ ok: z.literal(true) });

/** Issue 15: export control and screening reach every person and party. */
export function registerEcReachRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const ownership = createOwnershipService(deps);
  const ZPartnerId = z.object({ id: z.uuid() });
  const records = createRecordsService(deps);
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/cases/{id}/export-reviews/{reviewId}/reconfirm",
      permission: "export.review.decide",
      tags: ["cases"],
      summary:
        "The officer reconfirms a decided 取引審査 on the case as it now stands (clears its staleness)",
      request: { params: z.object({ id: z.uuid(), reviewId: z.uuid() }) },
      responses: { 200: { description: "Reconfirmed", ...json(ZOk) } },
    }),
    async (c) => {
      const p = c.req.valid("param");
      await reconfirmReview(deps, actorOf(c), p.id, p.reviewId);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/screening/lists/{id}/kind",
      permission: "list.manage",
      tags: ["screening"],
      summary: "What a confirmed hit on this list means: sanctions, End User List, US list, own, other",
      request: { params: z.object({ id: z.uuid() }), ...jsonBody(ZListKindInput) },
      responses: { 200: { description: "Set", ...json(ZOk) } },
    }),
    async (c) => {
      await setListKind(deps, actorOf(c), c.req.valid("param").id, c.req.valid("json").kind);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/trips/{id}/screening/decision",
      permission: "ec.party_screening.decide",
      tags: ["trips"],
      summary: "Confirm or clear a counterpart's screening match; the trip is assessed again",
      request: { params: z.object({ id: z.uuid() }), ...jsonBody(ZPartyMatchDecision) },
      responses: { 200: { description: "Decided", ...json(ZOk) } },
    }),
    async (c) => {
      await decideTripMatch(deps, actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visitors/{id}/screening/decision",
      permission: "ec.party_screening.decide",
      tags: ["visitors"],
      summary: "Confirm or clear a match of the visitor or their home institution",
      request: { params: z.object({ id: z.uuid() }), ...jsonBody(ZPartyMatchDecision) },
      responses: { 200: { description: "Decided", ...json(ZOk) } },
    }),
    async (c) => {
      await decideVisitorMatch(deps, actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/lab/visitors",
      permission: "ec.lab_view",
      tags: ["visitors"],
      summary:
        "Visitors and foreign students staying now or later: determination, residency, 特定類型, screening, training",
      responses: { 200: { description: "Lab view", ...json(z.object({ items: z.array(ZLabVisitor) })) } },
    }),
    async (c) => c.json({ items: await labView(deps, actorOf(c)) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/partners/{id}/ownership",
      permission: "partner.read",
      tags: ["partners"],
      summary:
        "Owners and controllers of the partner; flagged when listed parties own ≥ 50 % or a foreign state controls it",
      request: { params: ZPartnerId },
      responses: { 200: { description: "Ownership", ...json(ZOwnershipView) } },
    }),
    async (c) => c.json(await ownership.view(actorOf(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/partners/{id}/ownership",
      permission: "ec.records.manage",
      tags: ["partners"],
      summary: "Enter an ownership or control edge (owner, share, dates, source)",
      request: { params: ZPartnerId, ...jsonBody(ZOwnershipInput) },
      responses: { 201: { description: "Added", ...json(z.object({ id: z.uuid() })) } },
    }),
    async (c) =>
      c.json({ id: await ownership.add(actorOf(c), c.req.valid("param").id, c.req.valid("json")) }, 201),
  );

  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/partners/{id}/ownership/{edgeId}",
      permission: "ec.records.manage",
      tags: ["partners"],
      summary: "Withdraw an entered edge (kept, marked withdrawn)",
      request: { params: z.object({ id: z.uuid(), edgeId: z.uuid() }) },
      responses: { 200: { description: "Withdrawn", ...json(ZOk) } },
    }),
    async (c) => {
      const p = c.req.valid("param");
      await ownership.withdraw(actorOf(c), p.id, p.edgeId);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/export-control/appointments",
      permission: "ec.records.read",
      tags: ["export-control"],
      summary: "Who holds 統括責任者 and 該非確認責任者, and who held them (history)",
      responses: {
        200: { description: "Appointments", ...json(z.object({ items: z.array(ZAppointment) })) },
      },
    }),
    async (c) => c.json({ items: await records.appointments(actorOf(c)) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/export-control/appointments",
      permission: "ec.records.manage",
      tags: ["export-control"],
      summary: "Appoint a holder from a date; the previous holder's term ends the day before",
      request: jsonBody(ZAppointmentInput),
      responses: { 201: { description: "Appointed", ...json(z.object({ id: z.uuid() })) } },
    }),
    async (c) => c.json({ id: await records.appoint(actorOf(c), c.req.valid("json")) }, 201),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/export-control/appointments/{id}/end",
      permission: "ec.records.manage",
      tags: ["export-control"],
      summary: "End a term without a successor yet (the post is vacant from the day after)",
      request: { params: z.object({ id: z.uuid() }), ...jsonBody(ZAppointmentEnd) },
      responses: { 200: { description: "Ended", ...json(ZOk) } },
    }),
    async (c) => {
      await records.endAppointment(actorOf(c), c.req.valid("param").id, c.req.valid("json").untilDate);
      return c.json({ ok: true as const }, 200);
    },
  );

  registerSelfAuditRoutes(app, deps);

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/export-control/travel-payments/import",
      permission: "ec.payments.import",
      tags: ["export-control"],
      summary:
        "Import the finance system's travel payments (CSV text, at most 5 MB); a bad row rejects the file",
      request: jsonBody(ZPaymentsImport),
      responses: {
        201: { description: "Imported", ...json(z.object({ importId: z.uuid(), rows: z.number() })) },
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      return c.json(await records.importPayments(actorOf(c), body.fileName, body.csv), 201);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/export-control/travel-payments",
      permission: "ec.records.read",
      tags: ["export-control"],
      summary: "Travel payments with their clearance; those without one are listed and counted",
      responses: { 200: { description: "Reconciliation", ...json(ZPaymentReconciliation) } },
    }),
    async (c) => c.json(await records.reconciliation(actorOf(c)), 200),
  );

  const sources = createListSourcesService(deps);
  const ZFetchOutcome = z.object({
    sourceId: z.uuid(),
    listName: z.string(),
    status: z.enum(["imported", "unchanged", "failed"]),
    error: z.string().optional(),
  });
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/screening/list-sources",
      permission: "screening.read",
      tags: ["screening"],
      summary: "Where each list is fetched from, how often, and how the last fetch went",
      responses: { 200: { description: "Sources", ...json(z.array(ZListSource)) } },
    }),
    async (c) => c.json(await sources.list(actorOf(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/screening/list-sources",
      permission: "list.manage",
      tags: ["screening"],
      summary: "Configure a list to be fetched on a schedule from file paths or URLs the server can reach",
      request: jsonBody(ZListSourceInput),
      responses: { 201: { description: "Created", ...json(z.object({ id: z.uuid() })) } },
    }),
    async (c) => c.json({ id: await sources.create(actorOf(c), c.req.valid("json")) }, 201),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/screening/list-sources/{id}",
      permission: "list.manage",
      tags: ["screening"],
      summary: "Change a list source (locations, interval, on/off)",
      request: { params: z.object({ id: z.uuid() }), ...jsonBody(ZListSourceInput) },
      responses: { 200: { description: "Saved", ...json(ZOk) } },
    }),
    async (c) => {
      await sources.update(actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.json({ ok: true as const }, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/screening/list-sources/{id}/fetch",
      permission: "list.manage",
      tags: ["screening"],
      summary:
        "Fetch the source now: import what changed and re-screen; a failure keeps the version in force",
      request: { params: z.object({ id: z.uuid() }) },
      responses: { 200: { description: "Fetched", ...json(ZFetchOutcome) } },
    }),
    async (c) => c.json(await sources.fetchNow(actorOf(c), c.req.valid("param").id), 200),
  );
}
