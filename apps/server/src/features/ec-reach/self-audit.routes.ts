import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZSelfAudit,
  ZSelfAuditFindingClose,
  ZSelfAuditFindingInput,
  ZSelfAuditInput,
  ZSelfAuditItemInput,
  ZSelfAuditYear,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createSelfAuditService } from "./self-audit.service";

const ZOk = z.object({ ok: z.literal(true) });
const ZYear = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const ZCreated = z.object({ id: z.uuid() });

/** The yearly self-audit (issue 15 item 7, C12): checklist, answers, findings, history of years. */
export function registerSelfAuditRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  const audits = createSelfAuditService(deps);
  const tags = ["export-control"];

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/export-control/self-audits",
      permission: "ec.records.read",
      tags,
      summary: "The history of yearly self-audits: status, answers counted, open findings",
      responses: { 200: { description: "Years", ...json(z.object({ items: z.array(ZSelfAuditYear) })) } },
    }),
    async (c) => c.json({ items: await audits.years(actorOf(c)) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/export-control/self-audits/{year}",
      permission: "ec.records.read",
      tags,
      summary:
        "The fiscal year's checklist, answers with evidence and dates, findings and what stops completion",
      request: { params: ZYear },
      responses: { 200: { description: "Self-audit", ...json(ZSelfAudit) } },
    }),
    async (c) => c.json(await audits.get(actorOf(c), c.req.valid("param").year), 200),
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/export-control/self-audits/{year}",
      permission: "ec.records.manage",
      tags,
      summary: "Save the answers; complete the year when every item has its answer, date and evidence",
      request: { params: ZYear, ...jsonBody(ZSelfAuditInput) },
      responses: { 200: { description: "Saved", ...json(ZOk) } },
    }),
    async (c) => {
      await audits.save(actorOf(c), c.req.valid("param").year, c.req.valid("json"));
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/export-control/self-audits/{year}/findings",
      permission: "ec.records.manage",
      tags,
      summary: "Record a finding of the year with its follow-up, owner and due date",
      request: { params: ZYear, ...jsonBody(ZSelfAuditFindingInput) },
      responses: { 201: { description: "Recorded", ...json(ZCreated) } },
    }),
    async (c) =>
      c.json(
        { id: await audits.addFinding(actorOf(c), c.req.valid("param").year, c.req.valid("json")) },
        201,
      ),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/export-control/self-audit-findings/{id}/close",
      permission: "ec.records.manage",
      tags,
      summary: "Close a finding with what was done",
      request: { params: z.object({ id: z.uuid() }), ...jsonBody(ZSelfAuditFindingClose) },
      responses: { 200: { description: "Closed", ...json(ZOk) } },
    }),
    async (c) => {
      await audits.closeFinding(actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/export-control/self-audit-items",
      permission: "ec.records.manage",
      tags,
      summary: "Add an item of the institution's own to the checklist",
      request: jsonBody(ZSelfAuditItemInput),
      responses: { 201: { description: "Added", ...json(ZCreated) } },
    }),
    async (c) => c.json({ id: await audits.addItem(actorOf(c), c.req.valid("json")) }, 201),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/export-control/self-audit-items/{code}/retire",
      permission: "ec.records.manage",
      tags,
      summary: "Retire an item from the coming years' checklists (past answers keep it)",
      request: { params: z.object({ code: z.string().min(1).max(50) }) },
      responses: { 200: { description: "Retired", ...json(ZOk) } },
    }),
    async (c) => {
      await audits.retireItem(actorOf(c), c.req.valid("param").code);
      return c.json({ ok: true as const }, 200);
    },
  );
}
