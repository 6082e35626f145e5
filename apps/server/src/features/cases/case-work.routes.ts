import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZCasePartnerAdd,
  ZCasePartnerInput,
  ZCommentInput,
  ZDisclosureInput,
  ZFundingInput,
  ZMonitoringInput,
  ZMonitoringUpdate,
  ZNdaInput,
  ZParticipantInput,
  ZParticipantUpdate,
  ZQuotationRequest,
  ZTaskInput,
  ZTaskUpdate,
  ZWaiverInput,
} from "@renkei/contract";
import { DomainError, type Permission } from "@renkei/domain";
import { z } from "zod";
import { MAX_CASE_DOCUMENT_BYTES } from "../../db/schema";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { readForm } from "../../http/request-guards";
import { createCaseCollabService } from "./case-collab.service";
import { createCasePartiesService } from "./case-parties.service";

const ZCreated = z.object({ id: z.uuid() });
const ZOk = z.object({ ok: z.literal(true) });
const tags = ["cases"];
const DOCUMENT_CATEGORIES = [
  "nda",
  "contract",
  "minutes",
  "report",
  "quotation",
  "correspondence",
  "other",
] as const;

type Method = "post" | "put" | "delete";

/** Partners, participants, funding, NDAs, COI, waivers, disclosures, tasks, comments, documents, monitoring. */
export function registerCaseWorkRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const parties = createCasePartiesService(deps);
  const collab = createCaseCollabService(deps);

  /** A JSON write route under /cases/{id}/…; `sub` names the child id parameter, if any. */
  function write<B extends z.ZodType>(
    method: Method,
    path: string,
    permission: Permission,
    summary: string,
    body: B | null,
    handler: (
      actorId: ReturnType<typeof actorOf>,
      params: Record<string, string>,
      body: z.output<B>,
    ) => Promise<unknown>,
  ) {
    const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    const params = z.object(Object.fromEntries(names.map((n) => [n, z.uuid()])));
    const created = method === "post";
    app.openapi(
      defineRoute({
        method,
        path: `/api/v1/cases/{id}${path}`,
        permission,
        tags,
        summary,
        request: { params: params.extend({ id: z.uuid() }), ...(body ? jsonBody(body) : {}) },
        responses: created
          ? { 201: { description: "Created", ...json(ZCreated) } }
          : { 200: { description: "Done", ...json(ZOk) } },
      }),
      // biome-ignore lint/suspicious/noExplicitAny: the route's typed context differs per call site.
      async (c: any) => {
        const p = c.req.valid("param") as Record<string, string>;
        const b = body ? c.req.valid("json") : undefined;
        const result = await handler(actorOf(c), p, b);
        return created ? c.json({ id: result as string }, 201) : c.json({ ok: true as const }, 200);
      },
    );
  }

  write("post", "/partners", "case.edit", "Add a registry partner to the case", ZCasePartnerAdd, (a, p, b) =>
    parties.addPartner(a, p.id!, b),
  );
  write(
    "put",
    "/partners/{partnerId}",
    "case.edit",
    "Update a partner's due-diligence facts on this case (seed 001 §IV.2-3)",
    ZCasePartnerInput,
    (a, p, b) => parties.updatePartner(a, p.id!, p.partnerId!, b),
  );
  write(
    "delete",
    "/partners/{partnerId}",
    "case.edit",
    "Remove a partner (before the NDA only)",
    null,
    (a, p) => parties.removePartner(a, p.id!, p.partnerId!),
  );
  write(
    "post",
    "/participants",
    "case.edit",
    "Add a participant; a student needs recorded informed consent and pledge (seed 003)",
    ZParticipantInput,
    (a, p, b) => parties.addParticipant(a, p.id!, b),
  );
  write(
    "put",
    "/participants/{participantId}",
    "case.edit",
    "Update a participant's role and consent records",
    ZParticipantUpdate,
    (a, p, b) => parties.updateParticipant(a, p.id!, p.participantId!, b),
  );
  write("delete", "/participants/{participantId}", "case.edit", "Remove a participant", null, (a, p) =>
    parties.removeParticipant(a, p.id!, p.participantId!),
  );
  write(
    "post",
    "/funding",
    "case.edit",
    "Add a funding source (government-commissioned = Bayh-Dole)",
    ZFundingInput,
    (a, p, b) => parties.addFunding(a, p.id!, b),
  );
  write("delete", "/funding/{fundingId}", "case.edit", "Remove a funding source", null, (a, p) =>
    parties.removeFunding(a, p.id!, p.fundingId!),
  );
  write("post", "/ndas", "case.edit", "Record an NDA with partners of the case", ZNdaInput, (a, p, b) =>
    parties.saveNda(a, p.id!, null, b),
  );
  write("put", "/ndas/{ndaId}", "case.edit", "Update an NDA (dates, termination)", ZNdaInput, (a, p, b) =>
    parties.saveNda(a, p.id!, p.ndaId!, b),
  );
  write(
    "post",
    "/waivers",
    "case.edit",
    "Accept a contract red flag (only roles allowed for that flag)",
    ZWaiverInput,
    (a, p, b) => parties.waive(a, p.id!, b),
  );
  write(
    "post",
    "/disclosures",
    "case.edit",
    "Record confidential information given to a partner (refused before an NDA, seed 001 §IV.2-5)",
    ZDisclosureInput,
    (a, p, b) => collab.recordDisclosure(a, p.id!, b),
  );
  write(
    "post",
    "/tasks",
    "case.collaborate",
    "Create a task, optionally assigned with a due date",
    ZTaskInput,
    (a, p, b) => collab.addTask(a, p.id!, b),
  );
  write(
    "put",
    "/tasks/{taskId}",
    "case.collaborate",
    "Update a task (assignee, due date, done)",
    ZTaskUpdate,
    (a, p, b) => collab.updateTask(a, p.id!, p.taskId!, b),
  );
  write(
    "post",
    "/comments",
    "case.collaborate",
    "Comment on a case (members are notified)",
    ZCommentInput,
    (a, p, b) => collab.addComment(a, p.id!, b),
  );
  write(
    "post",
    "/monitoring",
    "case.edit",
    "Add a monitoring item: meeting, milestone, progress report or visit (seed 001 §IV.3)",
    ZMonitoringInput,
    (a, p, b) => collab.addMonitoring(a, p.id!, b),
  );
  write(
    "put",
    "/monitoring/{itemId}",
    "case.edit",
    "Complete, reschedule or cancel a monitoring item; record minutes",
    ZMonitoringUpdate,
    (a, p, b) => collab.updateMonitoring(a, p.id!, p.itemId!, b),
  );
  write(
    "post",
    "/quotations",
    "case.edit",
    "Compute and keep a quotation with the institution's rates (seed 003, seed 001 case 23)",
    ZQuotationRequest,
    async (a, p, b) => (await collab.addQuotation(a, p.id!, b)).id,
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/cases/{id}/documents",
      permission: "case.collaborate",
      maxFileBytes: MAX_CASE_DOCUMENT_BYTES,
      tags,
      summary: "Upload a document to the case (max 10 MB)",
      request: {
        params: z.object({ id: z.uuid() }),
        body: {
          content: {
            "multipart/form-data": {
              schema: z.object({
                file: z.any().meta({ format: "binary" }),
                category: z.enum(DOCUMENT_CATEGORIES).optional(),
                level: z.enum(["0", "1", "2", "3"]).optional(),
              }),
            },
          },
        },
      },
      responses: { 201: { description: "Stored", ...json(ZCreated) } },
    }),
    async (c) => {
      const form = await readForm(c);
      const file = form.get("file");
      if (!(file instanceof File)) {
        throw new DomainError("VALIDATION_FAILED", "Attach a file in the `file` field", {
          issues: [{ path: "file", message: "validation.required" }],
        });
      }
      const category = String(form.get("category") ?? "other");
      if (!(DOCUMENT_CATEGORIES as readonly string[]).includes(category)) {
        throw new DomainError("VALIDATION_FAILED", "Unknown category", {
          issues: [{ path: "category", message: "validation.invalid" }],
        });
      }
      const level = String(form.get("level") ?? "1");
      if (!["0", "1", "2", "3"].includes(level)) {
        throw new DomainError("VALIDATION_FAILED", "Unknown confidentiality level", {
          issues: [{ path: "level", message: "validation.invalid" }],
        });
      }
      const id = await collab.upload(actorOf(c), c.req.valid("param").id, {
        name: file.name,
        type: file.type,
        bytes: new Uint8Array(await file.arrayBuffer()),
        category,
        level: Number(level) as 0 | 1 | 2 | 3,
      });
      return c.json({ id }, 201);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/cases/{id}/documents/{documentId}",
      permission: "case.read",
      tags,
      summary: "Download a document (each download is logged)",
      request: { params: z.object({ id: z.uuid(), documentId: z.uuid() }) },
      responses: { 200: { description: "The file" } },
    }),
    async (c) => {
      const { id, documentId } = c.req.valid("param");
      const doc = await collab.download(actorOf(c), id, documentId);
      return c.body(new Uint8Array(doc.body), 200, {
        "content-type": doc.contentType,
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      });
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/cases/{id}/documents/{documentId}/view",
      permission: "case.read",
      tags,
      summary: "Show a document in the browser (view-only items of 厳秘/機密; PDFs stamped; logged)",
      request: { params: z.object({ id: z.uuid(), documentId: z.uuid() }) },
      responses: { 200: { description: "The file, inline" } },
    }),
    async (c) => {
      const { id, documentId } = c.req.valid("param");
      const doc = await collab.download(actorOf(c), id, documentId, "view");
      return c.body(new Uint8Array(doc.body), 200, {
        "content-type": doc.contentType,
        "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
    },
  );
}
