import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZContactInput,
  ZCreditCheckInput,
  ZDuplicateCandidate,
  ZDuplicateQuery,
  ZImportReport,
  ZMergeRequest,
  ZPartnerDetail,
  ZPartnerInput,
  ZPartnerList,
  ZPartnerListQuery,
  ZPartnerUpdate,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createPartnerHistoryService } from "./partner-history.service";
import { exportCsv, exportXlsx, importPartners, readUploadedTable } from "./partners.import";
import { createPartnersService } from "./partners.service";

const ZId = z.object({ id: z.uuid() });
const ZCreated = z.object({ id: z.uuid() });
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export function registerPartnerRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const partnersService = createPartnersService(deps);
  const history = createPartnerHistoryService(deps);
  const tags = ["partners"];

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/partners",
      permission: "partner.read",
      tags,
      summary: "Search partners by any name form, with filters and pagination",
      request: { query: ZPartnerListQuery },
      responses: { 200: { description: "A page of partners", ...json(ZPartnerList) } },
    }),
    async (c) => c.json(await partnersService.list(actorOf(c), c.req.valid("query")), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/partners",
      permission: "partner.write",
      tags,
      summary: "Register a partner organisation",
      request: jsonBody(ZPartnerInput),
      responses: { 201: { description: "Created", ...json(ZCreated) } },
    }),
    async (c) => c.json({ id: await partnersService.create(actorOf(c), c.req.valid("json")) }, 201),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/partners/duplicates",
      permission: "partner.read",
      tags,
      summary: "Likely duplicates of a partner about to be saved (names across scripts, country, 法人番号)",
      request: jsonBody(ZDuplicateQuery),
      responses: {
        200: { description: "Candidates", ...json(z.object({ candidates: z.array(ZDuplicateCandidate) })) },
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const candidates = await partnersService.findDuplicates(actorOf(c), body);
      return c.json({ candidates }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/partners/import",
      permission: "partner.import",
      maxFileBytes: MAX_UPLOAD_BYTES,
      tags,
      summary: "Import partners from CSV or .xlsx (preview, then all-or-nothing commit)",
      request: {
        query: z.object({ mode: z.enum(["preview", "commit"]).default("preview") }),
        body: {
          content: {
            "multipart/form-data": { schema: z.object({ file: z.any().meta({ format: "binary" }) }) },
          },
        },
      },
      responses: { 200: { description: "Import report", ...json(ZImportReport) } },
    }),
    async (c) => {
      const table = await readUploadedTable(c, MAX_UPLOAD_BYTES);
      const report = await importPartners(
        deps,
        partnersService,
        actorOf(c),
        table,
        c.req.valid("query").mode,
      );
      return c.json(report, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/partners/export",
      permission: "partner.export",
      tags,
      summary: "Export the filtered partner list as CSV or Excel",
      request: {
        query: ZPartnerListQuery.omit({ page: true, pageSize: true }).extend({
          format: z.enum(["csv", "xlsx"]).default("csv"),
        }),
      },
      responses: { 200: { description: "The file" } },
    }),
    async (c) => {
      const { format, ...filters } = c.req.valid("query");
      const rows = await partnersService.listAll(actorOf(c), filters);
      const stamp = deps.clock.today();
      if (format === "xlsx") {
        return c.body(await exportXlsx(rows), 200, {
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "content-disposition": `attachment; filename="partners-${stamp}.xlsx"`,
        });
      }
      return c.body(exportCsv(rows), 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="partners-${stamp}.csv"`,
      });
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/partners/{id}",
      permission: "partner.read",
      tags,
      summary: "A partner with people, contact history and credit checks",
      request: { params: ZId },
      responses: { 200: { description: "The partner", ...json(ZPartnerDetail) } },
    }),
    async (c) => c.json(await partnersService.get(actorOf(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/partners/{id}",
      permission: "partner.write",
      tags,
      summary: "Edit a partner (optimistic: send the version you read)",
      request: { params: ZId, ...jsonBody(ZPartnerUpdate) },
      responses: { 200: { description: "Saved", ...json(ZCreated) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      await partnersService.update(actorOf(c), id, body.version, body.partner);
      return c.json({ id }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/partners/{id}/merge",
      permission: "partner.merge",
      tags,
      summary: "Merge a duplicate into this partner, keeping all history",
      request: { params: ZId, ...jsonBody(ZMergeRequest) },
      responses: { 200: { description: "Merged", ...json(ZCreated) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await partnersService.merge(actorOf(c), id, c.req.valid("json").duplicateId);
      return c.json({ id }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/partners/{id}/contacts",
      permission: "contact.write",
      tags,
      summary: "Record a contact (meeting, event, introduction, donation, …)",
      request: { params: ZId, ...jsonBody(ZContactInput) },
      responses: { 201: { description: "Recorded", ...json(ZCreated) } },
    }),
    async (c) => {
      const id = await history.addContact(actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.json({ id }, 201);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/partners/{id}/credit-checks",
      permission: "credit.write",
      tags,
      summary: "Record a credit / due-diligence check (与信)",
      request: { params: ZId, ...jsonBody(ZCreditCheckInput) },
      responses: { 201: { description: "Recorded", ...json(ZCreated) } },
    }),
    async (c) => {
      const id = await history.addCreditCheck(actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.json({ id }, 201);
    },
  );
}
