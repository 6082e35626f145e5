import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZDashboard,
  ZDashboardKind,
  ZFigureRecord,
  ZFyQuery,
  ZIndicator,
  ZReceipt,
  ZReceiptInput,
  ZSurvey,
  ZSurveyAgreement,
  ZSurveyAgreementInput,
  ZTargetInput,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createDashboardService } from "./dashboard.service";
import { createInsightRecordsService } from "./insight-records.service";
import { createSurveyService } from "./survey.service";

const ZId = z.object({ id: z.uuid() });
const ZVersioned = z.object({ version: z.number().int(), agreement: ZSurveyAgreementInput });
const ok = { 204: { description: "Done" } };

/** Money and contracts coded for the survey, the MEXT survey and seed 002's indicators (issue 16 §1–3). */
export function registerInsightRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const records = createInsightRecordsService(deps);
  const survey = createSurveyService(deps);
  const dashboards = createDashboardService(deps, survey);
  const tags = ["insight"];

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/insight/dashboards/{kind}",
      permission: "insight.read",
      tags,
      summary: "Executive, export-control office or collaboration dashboard for a fiscal year",
      request: { params: z.object({ kind: ZDashboardKind }), query: ZFyQuery },
      responses: { 200: { description: "Dashboard", ...json(ZDashboard) } },
    }),
    async (c) =>
      c.json(await dashboards.get(actorOf(c), c.req.valid("param").kind, c.req.valid("query").fy), 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/insight/agreements",
      permission: "insight.read",
      tags,
      summary: "Agreements coded for the survey",
      responses: {
        200: { description: "Agreements", ...json(z.object({ items: z.array(ZSurveyAgreement) })) },
      },
    }),
    async (c) => c.json({ items: await records.listAgreements(actorOf(c)) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/insight/agreements",
      permission: "insight.record",
      tags,
      summary: "Code an agreement (kind, partner type, period)",
      request: jsonBody(ZSurveyAgreementInput),
      responses: { 201: { description: "Created", ...json(ZSurveyAgreement) } },
    }),
    async (c) => c.json(await records.createAgreement(actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/insight/agreements/{id}",
      permission: "insight.record",
      tags,
      summary: "Correct an agreement's coding",
      request: { params: ZId, ...jsonBody(ZVersioned) },
      responses: { 200: { description: "Updated", ...json(ZSurveyAgreement) } },
    }),
    async (c) => {
      const { version, agreement } = c.req.valid("json");
      return c.json(
        await records.updateAgreement(actorOf(c), c.req.valid("param").id, version, agreement),
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/insight/agreements/{id}",
      permission: "insight.record",
      tags,
      summary: "Delete an agreement without receipts",
      request: { params: ZId },
      responses: ok,
    }),
    async (c) => {
      await records.deleteAgreement(actorOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/insight/receipts",
      permission: "insight.read",
      tags,
      summary: "Receipts of a fiscal year",
      request: { query: ZFyQuery },
      responses: { 200: { description: "Receipts", ...json(z.object({ items: z.array(ZReceipt) })) } },
    }),
    async (c) => c.json({ items: await records.listReceipts(actorOf(c), c.req.valid("query").fy) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/insight/receipts",
      permission: "insight.record",
      tags,
      summary: "Record money received, coded for the survey",
      request: jsonBody(ZReceiptInput),
      responses: { 201: { description: "Created", ...json(z.object({ id: z.uuid() })) } },
    }),
    async (c) => c.json(await records.recordReceipt(actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/insight/receipts/{id}",
      permission: "insight.record",
      tags,
      summary: "Correct a receipt",
      request: { params: ZId, ...jsonBody(ZReceiptInput) },
      responses: ok,
    }),
    async (c) => {
      await records.correctReceipt(actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.body(null, 204);
    },
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/insight/receipts/{id}",
      permission: "insight.record",
      tags,
      summary: "Delete a receipt entered by mistake",
      request: { params: ZId },
      responses: ok,
    }),
    async (c) => {
      await records.deleteReceipt(actorOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/insight/survey",
      permission: "insight.read",
      tags,
      summary: "MEXT 産学連携等実施状況調査 for a fiscal year, computed from records",
      request: { query: ZFyQuery },
      responses: { 200: { description: "Survey", ...json(ZSurvey) } },
    }),
    async (c) => c.json(await survey.get(actorOf(c), c.req.valid("query").fy), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/insight/survey/figures/{figureId}",
      permission: "insight.read",
      tags,
      summary: "The records behind one survey figure",
      request: { params: z.object({ figureId: z.string().max(100) }), query: ZFyQuery },
      responses: { 200: { description: "Records", ...json(z.object({ items: z.array(ZFigureRecord) })) } },
    }),
    async (c) =>
      c.json(
        {
          items: await survey.figureRecords(
            actorOf(c),
            c.req.valid("query").fy,
            c.req.valid("param").figureId,
          ),
        },
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/insight/survey.xlsx",
      permission: "insight.read",
      tags,
      summary: "The survey in its table layout (Excel)",
      request: { query: ZFyQuery },
      responses: {
        200: {
          description: "Excel",
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.any() },
          },
        },
      },
    }),
    async (c) => {
      const fy = c.req.valid("query").fy;
      const body = await survey.exportXlsx(actorOf(c), fy);
      return c.body(new Uint8Array(body), 200, {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="mext-survey-${fy}.xlsx"`,
      });
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/insight/indicators",
      permission: "insight.read",
      tags,
      summary: "Seed 002 indicators with the year's targets",
      request: { query: ZFyQuery },
      responses: { 200: { description: "Indicators", ...json(z.object({ items: z.array(ZIndicator) })) } },
    }),
    async (c) => c.json({ items: await survey.indicators(actorOf(c), c.req.valid("query").fy) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/insight/targets",
      permission: "insight.target",
      tags,
      summary: "Set a yearly target for an indicator",
      request: jsonBody(ZTargetInput),
      responses: ok,
    }),
    async (c) => {
      const t = c.req.valid("json");
      await survey.setTarget(actorOf(c), t.fiscalYear, t.indicatorId, t.target);
      return c.body(null, 204);
    },
  );
}
