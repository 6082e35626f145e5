import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZCompletionInput,
  ZCourseInput,
  ZFundingCreate,
  ZFundingPledge,
  ZFundingPrefill,
  ZFundingProgrammeOptions,
  ZFundingSave,
  ZFundingSummary,
  ZFundingView,
  ZPlanListItem,
  ZTrainingImportReport,
  ZTrainingOverview,
  ZTrainingRequirements,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json } from "../../http/openapi-helpers";
import { readUploadedTable } from "../partners/partners.import";
import { createCoiFundingService } from "./coi-funding.service";
import { listPlans } from "./coi-plans";
import { coiRoute } from "./coi-route";
import { createCoiTrainingService } from "./coi-training.service";

const ZId = z.object({ id: z.uuid() });
const ZOk = z.object({ ok: z.literal(true) });
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Funding applications (J2) and training records (M1–M5): issue 13 items 7 and 10. */
export function registerCoiIntegrityRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const funding = createCoiFundingService(deps);
  const training = createCoiTrainingService(deps);
  const route = coiRoute(app);

  route({
    method: "get",
    path: "/api/v1/coi/funding-applications",
    permission: "coi.declare",
    summary: "My funding applications (and those of researchers I keep the profile for)",
    response: z.object({ items: z.array(ZFundingSummary) }),
    handler: async ({ actor }) => ({ items: await funding.list(actor) }),
  });
  route({
    method: "get",
    path: "/api/v1/coi/funding-applications/prefill",
    permission: "coi.declare",
    summary: "A new application's lists, taken from the researcher's current profile",
    query: z.object({ userId: z.uuid().optional() }),
    response: ZFundingPrefill,
    handler: ({ actor, query }) => funding.prefill(actor, (query as { userId?: string }).userId ?? null),
  });
  route({
    method: "get",
    path: "/api/v1/coi/funding-applications/programmes",
    permission: "coi.declare",
    summary: "The programmes an application can be made under (names only)",
    response: ZFundingProgrammeOptions,
    handler: ({ actor }) => funding.programmeOptions(actor),
  });
  route({
    method: "post",
    path: "/api/v1/coi/funding-applications",
    permission: "coi.declare",
    summary: "Record a funding application: current and pending support, affiliations, talent programmes",
    body: ZFundingCreate,
    response: ZFundingView,
    status: 201,
    handler: ({ actor, body }) => funding.create(actor, body),
  });
  route<{ id: string }>({
    method: "get",
    path: "/api/v1/coi/funding-applications/{id}",
    permission: "coi.read",
    summary: "One application with the check against the profile (researcher, delegate, committee, auditors)",
    params: ZId,
    response: ZFundingView,
    handler: ({ actor, params }) => funding.get(actor, params.id),
  });
  route<{ id: string }>({
    method: "put",
    path: "/api/v1/coi/funding-applications/{id}",
    permission: "coi.declare",
    summary: "Edit an application (the pledge is cleared: the researcher pledges again)",
    params: ZId,
    body: ZFundingSave,
    response: ZFundingView,
    handler: ({ actor, params, body }) => funding.save(actor, params.id, body),
  });
  route<{ id: string }>({
    method: "post",
    path: "/api/v1/coi/funding-applications/{id}/pledge",
    permission: "coi.declare",
    summary: "The researcher's own pledge that everything listed was reported to the institution",
    params: ZId,
    body: ZFundingPledge,
    response: ZFundingView,
    handler: ({ actor, params, body }) => funding.pledge(actor, params.id, body),
  });
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/coi/funding-applications/{id}/export",
      permission: "coi.read",
      tags: ["coi"],
      summary: "The e-Rad entry sheet of an application as CSV or Excel",
      request: { params: ZId, query: z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }) },
      responses: { 200: { description: "The file" } },
    }),
    async (c) => {
      const format = c.req.valid("query").format;
      const file = await funding.exportSheet(actorOf(c), c.req.valid("param").id, format);
      return c.body(file.body, 200, {
        "content-type":
          format === "csv"
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="${file.name}"`,
      });
    },
  );

  route({
    method: "get",
    path: "/api/v1/coi/plans",
    permission: "coi.review",
    summary: "Management plans to monitor (the committee: all; an external member: those they monitor)",
    response: z.object({ items: z.array(ZPlanListItem) }),
    handler: async ({ actor }) => ({ items: await listPlans(deps, actor) }),
  });

  route({
    method: "get",
    path: "/api/v1/coi/training",
    permission: "coi.declare",
    summary: "Courses, the institution's requirements, my completions and whether they are current",
    response: ZTrainingOverview,
    handler: ({ actor }) => training.overview(actor),
  });
  route({
    method: "post",
    path: "/api/v1/coi/training/courses",
    permission: "coi.configure",
    summary: "Add a training course (topic and months a completion stays current)",
    body: ZCourseInput,
    response: z.object({ id: z.uuid() }),
    status: 201,
    handler: ({ actor, body }) => training.addCourse(actor, body),
  });
  route({
    method: "put",
    path: "/api/v1/coi/training/requirements",
    permission: "coi.configure",
    summary: "Which training must be current before a trip, joining a case or declaring",
    body: ZTrainingRequirements,
    response: ZOk,
    handler: ({ actor, body }) => training.setRequirements(actor, body),
  });
  route({
    method: "post",
    path: "/api/v1/coi/training/completions",
    permission: "training.manage",
    summary: "Record a completion (the expiry follows from the course)",
    body: ZCompletionInput,
    response: z.object({ id: z.uuid() }),
    status: 201,
    handler: ({ actor, body }) => training.record(actor, body),
  });
  route<{ id: string }>({
    method: "delete",
    path: "/api/v1/coi/training/completions/{id}",
    permission: "training.manage",
    summary: "Remove a completion recorded in error (the audit log keeps it)",
    params: ZId,
    response: ZOk,
    handler: ({ actor, params }) => training.remove(actor, params.id),
  });
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/coi/training/import",
      permission: "training.manage",
      maxFileBytes: MAX_UPLOAD_BYTES,
      tags: ["coi"],
      summary:
        "Import e-learning results (email, course, completed_on) from CSV or .xlsx: preview, then all or nothing",
      request: {
        query: z.object({ mode: z.enum(["preview", "commit"]).default("preview") }),
        body: {
          content: {
            "multipart/form-data": { schema: z.object({ file: z.any().meta({ format: "binary" }) }) },
          },
        },
      },
      responses: { 200: { description: "Import report", ...json(ZTrainingImportReport) } },
    }),
    async (c) => {
      const table = await readUploadedTable(c, MAX_UPLOAD_BYTES);
      return c.json(await training.importCompletions(actorOf(c), table, c.req.valid("query").mode), 200);
    },
  );
}
