import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  CASE_RECORD_SECTIONS,
  type CaseRecordSection,
  ZCaseBoard,
  ZCaseBoardQuery,
  ZCaseCreate,
  ZCaseDetail,
  ZCaseHistory,
  ZCaseHistoryQuery,
  ZCaseSettings,
  ZCaseUpdate,
  ZStageRecordBody,
  ZTransitionRequest,
} from "@renkei/contract";
import { CASE_STAGES, DomainError } from "@renkei/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { departments } from "../../db/schema";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { appendAudit } from "../audit/audit.writer";
import { createCaseDetailService } from "./case-detail.service";
import { createCasePrintService } from "./case-print";
import { createCaseRecordsService } from "./case-records.service";
import { loadCaseSettings, saveCaseSettings } from "./case-settings";
import { createCaseTransitionService } from "./case-transition.service";
import { registerCaseWorkRoutes } from "./case-work.routes";
import { auditActor } from "./case-write";
import { createCasesService } from "./cases.service";

const ZId = z.object({ id: z.uuid() });
const ZCreated = z.object({ id: z.uuid() });
const tags = ["cases"];

/** Collaboration cases (issue 5): board, case file, workflow, records, and the work on a case. */
export function registerCaseRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const casesService = createCasesService(deps);
  const detail = createCaseDetailService(deps);
  const transitions = createCaseTransitionService(deps);
  const records = createCaseRecordsService(deps);
  const print = createCasePrintService(deps);

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/cases",
      permission: "case.read",
      tags,
      summary: "The case board: counts per stage and the newest cases of each stage, with filters",
      request: { query: ZCaseBoardQuery },
      responses: { 200: { description: "The board", ...json(ZCaseBoard) } },
    }),
    async (c) => c.json(await casesService.board(actorOf(c), c.req.valid("query")), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/cases",
      permission: "case.create",
      tags,
      summary: "Register a collaboration case (intake, seed 001 §IV.2-1)",
      request: jsonBody(ZCaseCreate),
      responses: { 201: { description: "Created", ...json(ZCreated) } },
    }),
    async (c) => c.json({ id: await casesService.create(actorOf(c), c.req.valid("json")) }, 201),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/cases/departments",
      permission: "case.read",
      tags,
      summary: "The institution's departments (case forms and the board filter)",
      responses: {
        200: {
          description: "Departments",
          ...json(
            z.object({ items: z.array(z.object({ id: z.uuid(), nameJa: z.string(), nameEn: z.string() })) }),
          ),
        },
      },
    }),
    async (c) => {
      const items = await deps.db
        .select({ id: departments.id, nameJa: departments.nameJa, nameEn: departments.nameEn })
        .from(departments)
        .where(eq(departments.institutionId, actorOf(c).institutionId))
        .orderBy(departments.nameJa);
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/cases/settings",
      permission: "case.configure",
      tags,
      summary: "The institution's case settings (cost rates, policy, monitoring)",
      responses: { 200: { description: "Settings", ...json(ZCaseSettings) } },
    }),
    async (c) => c.json(await loadCaseSettings(deps.db, actorOf(c).institutionId), 200),
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/cases/settings",
      permission: "case.configure",
      tags,
      summary: "Change the institution's case settings (e.g. indirect rates, seed 001 case 23)",
      request: jsonBody(ZCaseSettings),
      responses: { 200: { description: "Saved", ...json(ZCaseSettings) } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid("json");
      await deps.db.transaction(async (tx) => {
        const before = await loadCaseSettings(tx, actor.institutionId);
        // X4: third-country arbitration is the IP office's policy (PUT /api/v1/ip/settings/contract-policy).
        if (body.policy.thirdCountryArbitration !== before.policy.thirdCountryArbitration) {
          throw new DomainError(
            "FORBIDDEN",
            "Third-country arbitration is set by legal/IP in the IP settings",
          );
        }
        await saveCaseSettings(tx, actor.institutionId, body, actor.userId, deps.clock.now().toISOString());
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "case.settings_updated",
          entityType: "institution",
          entityId: actor.institutionId,
          before,
          after: body,
          at: deps.clock.now(),
        });
      });
      return c.json(body, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/cases/{id}",
      permission: "case.read",
      tags,
      summary: "The case page: facts, available actions with reasons, blockers, records and work",
      request: { params: ZId },
      responses: { 200: { description: "The case", ...json(ZCaseDetail) } },
    }),
    async (c) => c.json(await detail.get(actorOf(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/cases/{id}",
      permission: "case.edit",
      tags,
      summary: "Edit the case's core (optimistic: send the version you read)",
      request: { params: ZId, ...jsonBody(ZCaseUpdate) },
      responses: { 200: { description: "Saved", ...json(ZCreated) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      await casesService.updateCore(actorOf(c), id, body.version, body.case);
      return c.json({ id }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/cases/{id}/transitions",
      permission: "case.transition",
      tags,
      summary: "Take a workflow action; refused with the domain's reasons when a gate is closed",
      request: { params: ZId, ...jsonBody(ZTransitionRequest) },
      responses: {
        200: {
          description: "Done",
          ...json(z.object({ stage: z.enum(CASE_STAGES), events: z.array(z.string()) })),
        },
      },
    }),
    async (c) => {
      const { action, note } = c.req.valid("json");
      return c.json(await transitions.transition(actorOf(c), c.req.valid("param").id, action, note), 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/cases/{id}/records/{section}",
      permission: "case.edit",
      tags,
      summary: "Save a stage record (validated by the domain's stage schema)",
      request: {
        params: z.object({
          id: z.uuid(),
          section: z.enum(CASE_RECORD_SECTIONS as [CaseRecordSection, ...CaseRecordSection[]]),
        }),
        ...jsonBody(ZStageRecordBody),
      },
      responses: { 200: { description: "Saved", ...json(z.object({ data: z.unknown() })) } },
    }),
    async (c) => {
      const { id, section } = c.req.valid("param");
      const data = await records.save(actorOf(c), id, section, c.req.valid("json").data);
      return c.json({ data }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/cases/{id}/history",
      permission: "case.read",
      tags,
      summary: "The case's audit history, newest first",
      request: { params: ZId, query: ZCaseHistoryQuery },
      responses: { 200: { description: "History", ...json(ZCaseHistory) } },
    }),
    async (c) => c.json(await detail.history(actorOf(c), c.req.valid("param").id, c.req.valid("query")), 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/cases/{id}/history.pdf",
      permission: "case.read",
      tags,
      summary: "The whole case file and history as one PDF, for an inspection",
      request: { params: ZId },
      responses: { 200: { description: "PDF", content: { "application/pdf": { schema: z.any() } } } },
    }),
    async (c) => {
      const { pdf, ref } = await print.historyPdf(actorOf(c), c.req.valid("param").id);
      return c.body(new Uint8Array(pdf), 200, {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="case-${ref}.pdf"`,
      });
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/cases/{id}/quotations/{quotationId}/document",
      permission: "case.read",
      tags,
      summary: "A quotation (見積書) as PDF or plain text, in Japanese or English",
      request: {
        params: z.object({ id: z.uuid(), quotationId: z.uuid() }),
        query: z.object({
          lang: z.enum(["ja", "en"]).default("ja"),
          format: z.enum(["pdf", "txt"]).default("pdf"),
        }),
      },
      responses: { 200: { description: "The quotation" } },
    }),
    async (c) => {
      const { id, quotationId } = c.req.valid("param");
      const { lang, format } = c.req.valid("query");
      const q = await print.quotationPdf(actorOf(c), id, quotationId, lang);
      if (format === "txt") {
        return c.body(q.text, 200, { "content-type": "text/plain; charset=utf-8" });
      }
      return c.body(new Uint8Array(q.pdf), 200, {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="quotation-${q.ref}.pdf"`,
      });
    },
  );

  registerCaseWorkRoutes(app, deps);
}
