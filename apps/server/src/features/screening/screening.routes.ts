import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZHitDecision,
  ZHitQueue,
  ZHitQueueQuery,
  ZListDiff,
  ZListDiffQuery,
  ZListImportFields,
  ZListImportReport,
  ZListVersion,
  ZScreeningBatchRequest,
  ZScreeningBatchResponse,
  ZScreeningHit,
  ZScreeningList,
  ZScreeningSearchRequest,
  ZScreeningSearchResponse,
  ZSubjectScreening,
} from "@renkei/contract";
import { DomainError } from "@renkei/domain";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { validationError } from "../../http/errors";
import { json, jsonBody } from "../../http/openapi-helpers";
import { readForm } from "../../http/request-guards";
import { createListsService } from "./lists.service";
import { createReviewService } from "./review.service";
import { createScreeningService } from "./screening.service";

const ZId = z.object({ id: z.uuid() });
const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
const ZRunSummary = z.object({
  runId: z.uuid(),
  outcome: z.enum(["clear", "hit"]),
  hitCount: z.number().int(),
  suppressed: z.number().int(),
  newHits: z.number().int(),
});

export function registerScreeningRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const screening = createScreeningService(deps);
  const review = createReviewService(deps);
  const lists = createListsService(deps);
  const tags = ["screening"];

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/screening/search",
      permission: "screening.search",
      tags,
      summary: "Screen one name against the institution's lists (explained candidates, best first)",
      request: jsonBody(ZScreeningSearchRequest),
      responses: { 200: { description: "Candidates", ...json(ZScreeningSearchResponse) } },
    }),
    async (c) => c.json(await screening.search(actorOf(c), c.req.valid("json")), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/screening/batch",
      permission: "screening.search",
      tags,
      summary: "Screen many names; each result is { id, matches } as in `renkei screen batch`",
      request: jsonBody(ZScreeningBatchRequest),
      responses: { 200: { description: "Results in request order", ...json(ZScreeningBatchResponse) } },
    }),
    async (c) => c.json(await screening.batch(actorOf(c), c.req.valid("json").queries), 200),
  );

  for (const [kind, segment] of [
    ["partner", "partners"],
    ["person", "people"],
  ] as const) {
    app.openapi(
      defineRoute({
        method: "get",
        path: `/api/v1/${segment}/{id}/screening`,
        permission: "screening.read",
        tags,
        summary: `Screening status, review items and history of a ${kind}`,
        request: { params: ZId },
        responses: { 200: { description: "Status and history", ...json(ZSubjectScreening) } },
      }),
      async (c) => c.json(await screening.subject(actorOf(c), kind, c.req.valid("param").id), 200),
    );
    app.openapi(
      defineRoute({
        method: "post",
        path: `/api/v1/${segment}/{id}/screening`,
        permission: "screening.search",
        tags,
        summary: `Screen a ${kind} now against the current lists`,
        request: { params: ZId },
        responses: { 200: { description: "The run", ...json(ZRunSummary) } },
      }),
      async (c) => {
        const r = await screening.screenNow(actorOf(c), kind, c.req.valid("param").id);
        return c.json(
          {
            runId: r.runId,
            outcome: r.outcome,
            hitCount: r.hitCount,
            suppressed: r.suppressed,
            newHits: r.newHits.length,
          },
          200,
        );
      },
    );
  }

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/screening/hits",
      permission: "screening.read",
      tags,
      summary: "The review queue (open items by default)",
      request: { query: ZHitQueueQuery },
      responses: { 200: { description: "A page of review items", ...json(ZHitQueue) } },
    }),
    async (c) => c.json(await review.queue(actorOf(c), c.req.valid("query")), 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/screening/hits/{id}",
      permission: "screening.read",
      tags,
      summary: "One review item with the list entry it refers to",
      request: { params: ZId },
      responses: { 200: { description: "The item", ...json(ZScreeningHit) } },
    }),
    async (c) => c.json(await review.get(actorOf(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/screening/hits/{id}/decision",
      permission: "screening.review",
      tags,
      summary: "Decide a review item: true match, false positive (remembered until it expires) or escalate",
      request: { params: ZId, ...jsonBody(ZHitDecision) },
      responses: { 200: { description: "The decided item", ...json(ZScreeningHit) } },
    }),
    async (c) => c.json(await review.decide(actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/screening/lists",
      permission: "screening.read",
      tags,
      summary: "The institution's watch lists with the version in force",
      responses: { 200: { description: "Lists", ...json(z.object({ items: z.array(ZScreeningList) })) } },
    }),
    async (c) => c.json({ items: await lists.lists(actorOf(c)) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/screening/lists/import",
      permission: "list.manage",
      maxFileBytes: MAX_UPLOAD_BYTES,
      tags,
      summary: "Import a list version from file(s): preview the counts and diff, then commit",
      request: {
        query: z.object({ mode: z.enum(["preview", "commit"]).default("preview") }),
        body: {
          content: {
            "multipart/form-data": {
              schema: ZListImportFields.extend({
                // One or several files (OFAC: sdn.csv, alt.csv, add.csv) in repeated `files` fields.
                files: z.union([
                  z.array(z.any().meta({ format: "binary" })).max(20),
                  z.any().meta({ format: "binary" }),
                ]),
              }),
            },
          },
        },
      },
      responses: { 200: { description: "Import report", ...json(ZListImportReport) } },
    }),
    async (c) => {
      const form = await readForm(c);
      const files = form.getAll("files").filter((f) => typeof f !== "string");
      if (files.length === 0) {
        throw new DomainError("VALIDATION_FAILED", "Attach the list file(s) in the `files` field", {
          issues: [{ path: "files", message: "validation.required" }],
        });
      }
      if (files.reduce((n, f) => n + f.size, 0) > MAX_UPLOAD_BYTES) {
        throw new DomainError("IMPORT_FAILED", "The files are larger than 100 MB", { reason: "too_large" });
      }
      const fields = ZListImportFields.safeParse(
        Object.fromEntries(
          [...form.entries()].filter(([k, v]) => k !== "files" && typeof v === "string" && v !== ""),
        ),
      );
      if (!fields.success) {
        throw validationError(fields.error.issues);
      }
      const input = {
        ...fields.data,
        files: await Promise.all(
          files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
        ),
      };
      return c.json(await lists.import(actorOf(c), input, c.req.valid("query").mode), 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/screening/lists/{id}/versions",
      permission: "screening.read",
      tags,
      summary: "Every imported version of a list, newest first",
      request: { params: ZId },
      responses: {
        200: {
          description: "Versions",
          ...json(
            z.object({
              list: z.object({ id: z.uuid(), name: z.string(), format: z.string(), source: z.string() }),
              versions: z.array(ZListVersion),
            }),
          ),
        },
      },
    }),
    async (c) => c.json(await lists.versions(actorOf(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/screening/versions/{id}/changes",
      permission: "screening.read",
      tags,
      summary: "What a version added, changed and removed compared with the previous one",
      request: { params: ZId, query: ZListDiffQuery },
      responses: { 200: { description: "A page of changes", ...json(ZListDiff) } },
    }),
    async (c) => c.json(await lists.diff(actorOf(c), c.req.valid("param").id, c.req.valid("query")), 200),
  );
}
