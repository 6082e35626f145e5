import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZAppliedPolicies, ZAppliedPolicyQuery, ZPolicyVersion, ZPolicyVersionInput } from "@renkei/contract";
import { POLICY_KINDS } from "@renkei/domain";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createPoliciesService } from "./policies.service";

/** Written policies (issue 17 item 3): versions with effective dates, and which applied on a date. */
export function registerPolicyRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const service = createPoliciesService(deps);
  const tags = ["policies"];

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/policies",
      permission: "policy.read",
      tags,
      summary: "Every version of the institution's written policies",
      responses: { 200: { description: "Versions", ...json(z.object({ items: z.array(ZPolicyVersion) })) } },
    }),
    async (c) => c.json({ items: await service.list(actorOf(c)) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/policies/applied",
      permission: "policy.read",
      tags,
      summary: "The policy versions a kind of decision applied on a date",
      request: { query: ZAppliedPolicyQuery },
      responses: { 200: { description: "Applied", ...json(ZAppliedPolicies) } },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await service.applied(actorOf(c), q.decision, q.on), 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/policies/{kind}/versions",
      permission: "policy.manage",
      tags,
      summary: "Add a version of a policy, effective after the current one",
      request: { params: z.object({ kind: z.enum(POLICY_KINDS) }), ...jsonBody(ZPolicyVersionInput) },
      responses: { 201: { description: "Added", ...json(ZPolicyVersion) } },
    }),
    async (c) =>
      c.json(await service.addVersion(actorOf(c), c.req.valid("param").kind, c.req.valid("json")), 201),
  );
}
