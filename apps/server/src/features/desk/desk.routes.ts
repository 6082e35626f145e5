import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZDeskAsk,
  ZDeskConvert,
  ZDeskListQuery,
  ZDeskQuestion,
  ZDeskQuestionSummary,
  ZDeskReply,
  ZDeskStateChange,
  ZLabPrefill,
  ZLabPrefillQuery,
  ZLabProfile,
  ZLabProfileSave,
} from "@renkei/contract";
import { DESK_CONVERSION_KINDS } from "@renkei/domain";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { listQuestions, questionDetail } from "./desk.queries";
import { createDeskService } from "./desk.service";
import { convertQuestion } from "./desk-convert";
import { createLabProfilesService } from "./lab-profiles.service";

const ZId = z.object({ id: z.uuid() });
const ZUserId = z.object({ userId: z.uuid() });

/** The consultation desk and lab profiles (issue 17 item 2; seed 000 §3-2). */
export function registerDeskRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const service = createDeskService(deps);
  const labs = createLabProfilesService(deps);
  const tags = ["desk"];

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/desk/questions",
      permission: "desk.read",
      tags,
      summary: "My questions, or my office's inbox (only the questions this reader may read)",
      request: { query: ZDeskListQuery },
      responses: {
        200: { description: "Questions", ...json(z.object({ items: z.array(ZDeskQuestionSummary) })) },
      },
    }),
    async (c) => c.json({ items: await listQuestions(deps.db, actorOf(c), c.req.valid("query")) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/desk/questions",
      permission: "desk.ask",
      tags,
      summary: "Ask the office a question, on its own or from a record",
      request: jsonBody(ZDeskAsk),
      responses: { 201: { description: "Asked", ...json(z.object({ id: z.uuid() })) } },
    }),
    async (c) => c.json({ id: await service.ask(actorOf(c), c.req.valid("json")) }, 201),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/desk/questions/{id}",
      permission: "desk.read",
      tags,
      summary: "One question with its thread and the records opened from it",
      request: { params: ZId },
      responses: { 200: { description: "Question", ...json(ZDeskQuestion) } },
    }),
    async (c) => c.json(await questionDetail(deps.db, actorOf(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/desk/questions/{id}/replies",
      permission: "desk.read",
      tags,
      summary: "Reply: the office answers, the asker follows up",
      request: { params: ZId, ...jsonBody(ZDeskReply) },
      responses: { 204: { description: "Replied" } },
    }),
    async (c) => {
      await service.reply(actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.body(null, 204);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/desk/questions/{id}/state",
      permission: "desk.read",
      tags,
      summary: "Close or re-open a question",
      request: { params: ZId, ...jsonBody(ZDeskStateChange) },
      responses: { 204: { description: "Changed" } },
    }),
    async (c) => {
      await service.changeState(actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.body(null, 204);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/desk/questions/{id}/conversions",
      permission: "desk.answer",
      tags,
      summary: "Open a 該非判定, 取引審査 or case from the question, pre-filled and linked back",
      request: { params: ZId, ...jsonBody(ZDeskConvert) },
      responses: {
        201: {
          description: "Opened",
          ...json(z.object({ kind: z.enum(DESK_CONVERSION_KINDS), recordId: z.uuid() })),
        },
      },
    }),
    async (c) =>
      c.json(await convertQuestion(deps, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/lab-profiles",
      permission: "lab_profile.read",
      tags,
      summary: "Lab export-control profiles (the office: every lab; a lab head: their own)",
      responses: { 200: { description: "Profiles", ...json(z.object({ items: z.array(ZLabProfile) })) } },
    }),
    async (c) => c.json({ items: await labs.list(actorOf(c)) }, 200),
  );

  // Registered before `/lab-profiles/{userId}` so "prefill" is not read as a user id.
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/lab-profiles/prefill",
      permission: "lab_profile.read",
      tags,
      summary: "What a new 該非判定 / 取引審査 form starts from: your lab's profile (or a chosen lab's)",
      request: { query: ZLabPrefillQuery },
      responses: {
        200: {
          description: "Pre-fill (null when no profile)",
          ...json(z.object({ prefill: ZLabPrefill.nullable() })),
        },
      },
    }),
    async (c) => c.json({ prefill: await labs.prefill(actorOf(c), c.req.valid("query").headUserId) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/lab-profiles/{userId}",
      permission: "lab_profile.read",
      tags,
      summary: "The lab profile of one lab head (null when none yet), with what it pre-fills",
      request: { params: ZUserId },
      responses: { 200: { description: "Profile", ...json(z.object({ profile: ZLabProfile.nullable() })) } },
    }),
    async (c) => c.json({ profile: await labs.get(actorOf(c), c.req.valid("param").userId) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/lab-profiles",
      permission: "lab_profile.write",
      tags,
      summary: "Save a lab profile (your own, or any lab for the export-control office)",
      request: jsonBody(ZLabProfileSave),
      responses: { 200: { description: "Saved", ...json(ZLabProfile) } },
    }),
    async (c) => c.json(await labs.save(actorOf(c), c.req.valid("json")), 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/lab-profiles/{userId}/confirmation",
      permission: "lab_profile.confirm",
      tags,
      summary: "The export-control office confirms this version of the profile",
      request: { params: ZUserId, ...jsonBody(z.object({ version: z.number().int().min(1) })) },
      responses: { 200: { description: "Confirmed", ...json(ZLabProfile) } },
    }),
    async (c) =>
      c.json(await labs.confirm(actorOf(c), c.req.valid("param").userId, c.req.valid("json").version), 200),
  );
}
