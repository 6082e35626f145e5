import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZPersonalDataExport,
  ZPersonalDataRule,
  ZPersonalDataRuleInput,
  ZRetentionRunResult,
} from "@renkei/contract";
import { PERSONAL_DATA_KINDS } from "@renkei/domain";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { exportPersonalData } from "./personal-data-export";
import { effectiveRules, runRetention, saveRule } from "./retention.service";

/** Personal data (issue 17 item 7): purposes and periods, the retention run, a person's own export. */
export function registerPersonalDataRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const tags = ["personal-data"];

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/personal-data/rules",
      permission: "personal_data.read",
      tags,
      summary: "Purpose and retention period of each kind of personal data",
      responses: { 200: { description: "Rules", ...json(z.object({ items: z.array(ZPersonalDataRule) })) } },
    }),
    async (c) => {
      const rules = await effectiveRules(deps.db, actorOf(c).institutionId);
      return c.json({ items: PERSONAL_DATA_KINDS.map((kind) => ({ kind, ...rules[kind] })) }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/personal-data/rules/{kind}",
      permission: "personal_data.manage",
      tags,
      summary: "Set the purpose and retention period of a kind of personal data",
      request: {
        params: z.object({ kind: z.enum(PERSONAL_DATA_KINDS) }),
        ...jsonBody(ZPersonalDataRuleInput),
      },
      responses: { 204: { description: "Saved" } },
    }),
    async (c) => {
      const actor = actorOf(c);
      await saveRule(
        deps,
        actor.institutionId,
        { userId: actor.userId, label: actor.displayName },
        c.req.valid("param").kind,
        c.req.valid("json"),
      );
      return c.body(null, 204);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/personal-data/retention-runs",
      permission: "personal_data.manage",
      tags,
      summary: "Run retention now (or a dry run that only counts what would be removed)",
      request: jsonBody(z.object({ dryRun: z.boolean().default(true) })),
      responses: { 200: { description: "Result", ...json(ZRetentionRunResult) } },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(
        await runRetention(deps, actor.institutionId, {
          trigger: "manual",
          dryRun: c.req.valid("json").dryRun,
          actor: { userId: actor.userId, label: actor.displayName },
        }),
        200,
      );
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/personal-data/me",
      permission: "self.manage",
      tags,
      summary: "Your own personal data (JSON and a readable summary)",
      responses: { 200: { description: "Export", ...json(ZPersonalDataExport) } },
    }),
    async (c) => c.json(await exportPersonalData(deps, actorOf(c), actorOf(c).userId), 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/personal-data/users/{id}",
      permission: "personal_data.manage",
      tags,
      summary: "A person's data on their request (for the administrator answering a disclosure request)",
      request: { params: z.object({ id: z.uuid() }) },
      responses: { 200: { description: "Export", ...json(ZPersonalDataExport) } },
    }),
    async (c) => c.json(await exportPersonalData(deps, actorOf(c), c.req.valid("param").id), 200),
  );
}
