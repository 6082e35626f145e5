import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZCommentRequest,
  ZReviewDecisionRequest,
  ZReviewDetail,
  ZReviewInput,
  ZReviewList,
  ZReviewListQuery,
  ZReviewRerunRequest,
  ZReviewUpdate,
} from "@renkei/contract";
import type { Permission } from "@renkei/domain";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { readForm } from "../../http/request-guards";
import type { EndUserLookup } from "./end-user-lookup";
import { createEvidenceActions, ZUploadForm } from "./evidence.routes";
import { MAX_EVIDENCE_BYTES } from "./evidence.service";
import { createRetentionService } from "./retention.service";
import { createReviewReader } from "./transaction-reviews.read";
import { createTransactionReviewsService } from "./transaction-reviews.service";

const ZId = z.object({ id: z.uuid() });
const ZCreated = z.object({ id: z.uuid() });
const tags = ["export-control"];
const BASE = "/api/v1/export-control/reviews";

/** 取引審査: self-check → department head → export-control officer / committee (spec §6.3). */
export function registerTransactionReviewRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: Deps,
  lookup?: EndUserLookup,
) {
  const service = createTransactionReviewsService(deps, lookup);
  const reader = createReviewReader(deps);
  const retention = createRetentionService(deps);
  const evidence = createEvidenceActions(deps);

  app.openapi(
    defineRoute({
      method: "get",
      path: BASE,
      permission: "export.read",
      tags,
      summary: "Transaction reviews the caller may see (own, own department for heads, all for the office)",
      request: { query: ZReviewListQuery },
      responses: { 200: { description: "A page of reviews", ...json(ZReviewList) } },
    }),
    async (c) => c.json(await reader.list(actorOf(c), c.req.valid("query")), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: BASE,
      permission: "export.review.submit",
      tags,
      summary:
        "Create a transaction review (draft); give applicantId to enter it for a researcher (代理入力)",
      request: jsonBody(ZReviewInput),
      responses: { 201: { description: "Created", ...json(ZCreated) } },
    }),
    async (c) => c.json({ id: await service.create(actorOf(c), c.req.valid("json")) }, 201),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: `${BASE}/{id}`,
      permission: "export.read",
      tags,
      summary: "A review with its determinations, time-stamped events, 該非判定 records and allowed actions",
      request: { params: ZId },
      responses: { 200: { description: "The review", ...json(ZReviewDetail) } },
    }),
    async (c) => c.json(await reader.get(actorOf(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: `${BASE}/{id}`,
      permission: "export.review.submit",
      tags,
      summary: "Edit a draft or returned review (send the version you read)",
      request: { params: ZId, ...jsonBody(ZReviewUpdate) },
      responses: { 200: { description: "Saved", ...json(ZCreated) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      await service.update(actorOf(c), id, body.version, body.review);
      return c.json({ id }, 200);
    },
  );

  const steps: [string, Permission, string, "submit" | "approve" | "return" | "comment"][] = [
    [
      "submit",
      "export.review.submit",
      "Submit the self-check: runs the engine and sends it to the department head",
      "submit",
    ],
    [
      "department-approval",
      "export.review.department",
      "Department head approves; goes to the export-control officer",
      "approve",
    ],
    [
      "return",
      "export.read",
      "Return for correction with a comment (department head or officer at their stage)",
      "return",
    ],
    ["comments", "export.review.comment", "Add a comment to the review's trail", "comment"],
  ];
  for (const [verb, permission, summary, op] of steps) {
    app.openapi(
      defineRoute({
        method: "post",
        path: `${BASE}/{id}/${verb}`,
        permission,
        tags,
        summary,
        request: { params: ZId, ...jsonBody(ZCommentRequest) },
        responses: { 200: { description: "Done", ...json(ZCreated) } },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        const { comment } = c.req.valid("json");
        const actor = actorOf(c);
        if (op === "submit") {
          await service.submit(actor, id);
        } else if (op === "approve") {
          await service.approveAtDepartment(actor, id, comment);
        } else if (op === "return") {
          await service.returnForCorrection(actor, id, comment);
        } else {
          await service.comment(actor, id, comment);
        }
        return c.json({ id }, 200);
      },
    );
  }

  app.openapi(
    defineRoute({
      method: "post",
      path: `${BASE}/{id}/decision`,
      permission: "export.review.decide",
      tags,
      summary: "Export-control officer / committee decides (approved, licence_required, rejected)",
      request: { params: ZId, ...jsonBody(ZReviewDecisionRequest) },
      responses: { 200: { description: "Decided", ...json(ZCreated) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await service.decide(actorOf(c), id, c.req.valid("json"));
      return c.json({ id }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: `${BASE}/{id}/assessments`,
      permission: "export.review.decide",
      tags,
      summary:
        "Re-run the engine on the review's facts for another date (kept beside the current determination)",
      request: { params: ZId, ...jsonBody(ZReviewRerunRequest) },
      responses: { 201: { description: "Stored determination", ...json(ZCreated) } },
    }),
    async (c) => {
      const id = await service.rerun(actorOf(c), c.req.valid("param").id, c.req.valid("json").asOf);
      return c.json({ id }, 201);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: `${BASE}/{id}/evidence`,
      permission: "export.read",
      maxFileBytes: MAX_EVIDENCE_BYTES,
      tags,
      summary: "Attach an evidence file to a review (applicant while editable; officer while reviewing)",
      request: { params: ZId, body: { content: { "multipart/form-data": { schema: ZUploadForm } } } },
      responses: { 201: { description: "Stored", ...json(ZCreated) } },
    }),
    async (c) => {
      const id = await evidence.upload(actorOf(c), { reviewId: c.req.valid("param").id }, await readForm(c));
      return c.json({ id }, 201);
    },
  );

  app.openapi(
    defineRoute({
      method: "delete",
      path: `${BASE}/{id}`,
      permission: "export.records.delete",
      tags,
      summary: "Delete a review whose retention period has ended (refused before; spec §6.5)",
      request: { params: ZId },
      responses: { 200: { description: "Deleted", ...json(ZCreated) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await retention.deleteReview(actorOf(c), id);
      return c.json({ id }, 200);
    },
  );
}
