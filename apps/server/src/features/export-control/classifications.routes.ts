import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZClassificationDecisionRequest,
  ZClassificationDetail,
  ZClassificationInput,
  ZClassificationList,
  ZClassificationListQuery,
  ZClassificationUpdate,
  ZCommentRequest,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { readForm } from "../../http/request-guards";
import { createClassificationsService } from "./classifications.service";
import { createEvidenceActions, ZUploadForm } from "./evidence.routes";
import { MAX_EVIDENCE_BYTES } from "./evidence.service";
import { createRetentionService } from "./retention.service";

const ZId = z.object({ id: z.uuid() });
const ZCreated = z.object({ id: z.uuid() });
const tags = ["export-control"];

/** 該非判定 records: list, detail, create, edit, submit → approve / return, evidence, delete after retention. */
export function registerClassificationRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const service = createClassificationsService(deps);
  const retention = createRetentionService(deps);
  const evidence = createEvidenceActions(deps);

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/export-control/classifications",
      permission: "export.read",
      tags,
      summary: "該非判定 records of the institution (reusable across reviews and cases)",
      request: { query: ZClassificationListQuery },
      responses: { 200: { description: "A page of records", ...json(ZClassificationList) } },
    }),
    async (c) => c.json(await service.list(actorOf(c), c.req.valid("query")), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/export-control/classifications",
      permission: "export.classify",
      tags,
      summary: "Create a 該非判定 record (draft)",
      request: jsonBody(ZClassificationInput),
      responses: { 201: { description: "Created", ...json(ZCreated) } },
    }),
    async (c) => c.json({ id: await service.create(actorOf(c), c.req.valid("json")) }, 201),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/export-control/classifications/{id}",
      permission: "export.read",
      tags,
      summary: "A 該非判定 record with its parameters, evidence and the reviews that use it",
      request: { params: ZId },
      responses: { 200: { description: "The record", ...json(ZClassificationDetail) } },
    }),
    async (c) => c.json(await service.get(actorOf(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/export-control/classifications/{id}",
      permission: "export.classify",
      tags,
      summary: "Edit a draft or returned 該非判定 record (send the version you read)",
      request: { params: ZId, ...jsonBody(ZClassificationUpdate) },
      responses: { 200: { description: "Saved", ...json(ZCreated) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      await service.update(actorOf(c), id, body.version, body.classification);
      return c.json({ id }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/export-control/classifications/{id}/submit",
      permission: "export.classify",
      tags,
      summary: "Send the record to the export-control office for review",
      request: { params: ZId, ...jsonBody(ZCommentRequest) },
      responses: { 200: { description: "Done", ...json(ZCreated) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await service.submit(actorOf(c), id);
      return c.json({ id }, 200);
    },
  );

  // Approving and returning are decisions: each states its own required reason (issue 11 item 6).
  const decisions = [
    ["approve", "Approve the record with a reason (export-control office; not the preparer)"],
    ["return", "Return the record for correction with a reason"],
  ] as const;
  for (const [verb, summary] of decisions) {
    app.openapi(
      defineRoute({
        method: "post",
        path: `/api/v1/export-control/classifications/{id}/${verb}`,
        permission: "export.classify.approve",
        tags,
        summary,
        request: { params: ZId, ...jsonBody(ZClassificationDecisionRequest) },
        responses: { 200: { description: "Done", ...json(ZCreated) } },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        const body = c.req.valid("json");
        const actor = actorOf(c);
        if (verb === "approve") {
          await service.approve(actor, id, body);
        } else {
          await service.returnForCorrection(actor, id, body);
        }
        return c.json({ id }, 200);
      },
    );
  }

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/export-control/classifications/{id}/evidence",
      permission: "export.classify",
      maxFileBytes: MAX_EVIDENCE_BYTES,
      tags,
      summary: "Attach an evidence file (PDF, image, Office, text, e-mail; at most 10 MB) to a draft record",
      request: { params: ZId, body: { content: { "multipart/form-data": { schema: ZUploadForm } } } },
      responses: { 201: { description: "Stored", ...json(ZCreated) } },
    }),
    async (c) => {
      const id = await evidence.upload(
        actorOf(c),
        { classificationId: c.req.valid("param").id },
        await readForm(c),
      );
      return c.json({ id }, 201);
    },
  );

  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/export-control/classifications/{id}",
      permission: "export.records.delete",
      tags,
      summary: "Delete a record whose retention period has ended (refused before; spec §6.5)",
      request: { params: ZId },
      responses: { 200: { description: "Deleted", ...json(ZCreated) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await retention.deleteClassification(actorOf(c), id);
      return c.json({ id }, 200);
    },
  );
}
