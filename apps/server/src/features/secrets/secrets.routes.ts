import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZAlertDecision,
  ZCompetitorInput,
  ZCompetitorPairs,
  ZGrantInput,
  ZMyPledges,
  ZPledgeSign,
  ZPledgeText,
  ZPledgeTextInput,
  ZReviewComplete,
  ZSecretAlerts,
  ZSecretEndInput,
  ZSecretItemDetail,
  ZSecretItemInput,
  ZSecretItemUpdate,
  ZSecretList,
  ZSecretListQuery,
  ZSecretReviews,
  ZSecretSettings,
  ZStudentPermissionInput,
  ZWallApprovalInput,
  ZWallApprovals,
  ZWallReport,
  ZWallWithdrawalInput,
} from "@renkei/contract";
import { ALERT_STATUSES, type Permission } from "@renkei/domain";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createSecretOversightService } from "./secret-oversight.service";
import { createSecretPledgesService } from "./secret-pledges.service";
import { registerPdf } from "./secret-print";
import { createSecretsService } from "./secrets.service";

const tags = ["secrets"];
const ZCreated = z.object({ id: z.uuid() });
const ZOk = z.object({ ok: z.literal(true) });
const ZPrintQuery = z.object({ caseId: z.uuid().optional(), departmentId: z.uuid().optional() });

/** Confidential information (issue 12): register, access lists, walls, alerts, pledges, reviews. */
export function registerSecretRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const items = createSecretsService(deps);
  const oversight = createSecretOversightService(deps);
  const pledges = createSecretPledgesService(deps);

  /** A JSON route; `out` null = `{ok:true}`, "created" = 201 `{id}`. */
  function route<B extends z.ZodType, Q extends z.ZodObject, O extends z.ZodType>(spec: {
    method: "get" | "post" | "put" | "delete";
    path: string;
    permission: Permission;
    summary: string;
    body?: B;
    query?: Q;
    out?: O | "created" | null;
    handler: (
      a: ReturnType<typeof actorOf>,
      p: Record<string, string>,
      b: z.output<B>,
      q: z.output<Q>,
    ) => Promise<unknown>;
  }) {
    const names = [...spec.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    const out = spec.out ?? null;
    const status = out === "created" ? 201 : 200;
    const schema = out === "created" ? ZCreated : out === null ? ZOk : out;
    app.openapi(
      defineRoute({
        method: spec.method,
        path: `/api/v1/secrets${spec.path}`,
        permission: spec.permission,
        tags,
        summary: spec.summary,
        request: {
          ...(names.length ? { params: z.object(Object.fromEntries(names.map((n) => [n, z.uuid()]))) } : {}),
          ...(spec.body ? jsonBody(spec.body) : {}),
          ...(spec.query ? { query: spec.query } : {}),
        },
        responses: { [status]: { description: "OK", ...json(schema) } },
      }),
      // biome-ignore lint/suspicious/noExplicitAny: the route's typed context differs per call site.
      async (c: any) => {
        const result = await spec.handler(
          actorOf(c),
          names.length ? c.req.valid("param") : {},
          spec.body ? c.req.valid("json") : undefined,
          spec.query ? c.req.valid("query") : undefined,
        );
        if (out === "created") {
          return c.json({ id: result }, 201);
        }
        if (out === null) {
          return c.json({ ok: true }, 200);
        }
        return c.json(result, 200);
      },
    );
  }

  route({
    method: "get",
    path: "/items",
    permission: "secret.read",
    summary: "The register and its search: only items the caller may see, with the count of the others",
    query: ZSecretListQuery,
    out: ZSecretList,
    handler: (a, _p, _b, q) => items.list(a, q),
  });
  route({
    method: "post",
    path: "/items",
    permission: "secret.write",
    summary: "Register an item received, created or provided (seed 002; H2–H4)",
    body: ZSecretItemInput,
    out: "created",
    handler: (a, _p, b) => items.create(a, b),
  });
  route({
    method: "get",
    path: "/items/{id}",
    permission: "secret.read",
    summary: "One item with what the caller may do (the one access decision) and its access list",
    out: ZSecretItemDetail,
    handler: (a, p) => items.get(a, p.id!),
  });
  route({
    method: "put",
    path: "/items/{id}",
    permission: "secret.write",
    summary: "Change an item (responsible person or officer; send the version you read)",
    body: ZSecretItemUpdate,
    handler: (a, p, b) => items.update(a, p.id!, b.version, b.item),
  });
  route({
    method: "post",
    path: "/items/{id}/grants",
    permission: "secret.write",
    summary: "Add a person to the access list (refused for students at 厳秘/機密 and across a wall)",
    body: ZGrantInput,
    out: "created",
    handler: (a, p, b) => items.grant(a, p.id!, b),
  });
  route({
    method: "delete",
    path: "/items/{id}/grants/{grantId}",
    permission: "secret.write",
    summary: "Remove a person from the access list",
    handler: (a, p) => items.revoke(a, p.id!, p.grantId!),
  });
  route({
    method: "post",
    path: "/items/{id}/end",
    permission: "secret.write",
    summary: "Record the return or destruction with a certificate or confirmation (H10); access ends",
    body: ZSecretEndInput,
    handler: (a, p, b) => items.end(a, p.id!, b),
  });

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/secrets/items/{id}/certificate",
      permission: "secret.read",
      tags,
      summary: "The uploaded return / destruction certificate",
      request: { params: z.object({ id: z.uuid() }) },
      responses: { 200: { description: "The file" } },
    }),
    async (c) => {
      const cert = await items.certificate(actorOf(c), c.req.valid("param").id);
      return c.body(new Uint8Array(cert.bytes), 200, {
        "content-type": "application/octet-stream",
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(cert.name)}`,
      });
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/secrets/items.csv",
      permission: "secret.read",
      tags,
      summary: "The register as CSV (only what the caller may see; logged)",
      request: { query: ZSecretListQuery },
      responses: { 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } } },
    }),
    async (c) => {
      const csv = await items.exportCsv(actorOf(c), c.req.valid("query"));
      return c.body(csv, 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="secret-register.csv"',
      });
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/secrets/register.pdf",
      permission: "secret.read",
      tags,
      summary: "The printable register, per case or per lab (H13)",
      request: { query: ZPrintQuery },
      responses: { 200: { description: "PDF", content: { "application/pdf": { schema: z.any() } } } },
    }),
    async (c) => {
      const pdf = await registerPdf(deps, actorOf(c), c.req.valid("query"));
      return c.body(new Uint8Array(pdf), 200, {
        "content-type": "application/pdf",
        "content-disposition": 'attachment; filename="secret-register.pdf"',
      });
    },
  );

  route({
    method: "get",
    path: "/competitors",
    permission: "secret.walls",
    summary: "Partners marked as competitors",
    out: ZCompetitorPairs,
    handler: (a) => oversight.competitors(a),
  });
  route({
    method: "post",
    path: "/competitors",
    permission: "secret.walls",
    summary: "Mark two partners as competitors (a wall between their secrets, seed 001 case 26)",
    body: ZCompetitorInput,
    out: "created",
    handler: (a, _p, b) => oversight.markCompetitors(a, b),
  });
  route({
    method: "delete",
    path: "/competitors/{id}",
    permission: "secret.walls",
    summary: "Remove a competitor mark",
    handler: (a, p) => oversight.unmarkCompetitors(a, p.id!),
  });
  route({
    method: "post",
    path: "/wall-approvals",
    permission: "secret.manage",
    summary: "The officer's recorded approval for a person to hold a competitor's secrets",
    body: ZWallApprovalInput,
    out: "created",
    handler: (a, _p, b) => oversight.approveWall(a, b),
  });
  route({
    method: "get",
    path: "/wall-approvals",
    permission: "secret.manage",
    summary: "Approvals to cross a wall, in force and withdrawn",
    out: ZWallApprovals,
    handler: (a) => oversight.wallApprovals(a),
  });
  route({
    method: "post",
    path: "/wall-approvals/{id}/withdraw",
    permission: "secret.manage",
    summary: "Withdraw an approval (with the reason): the wall closes again",
    body: ZWallWithdrawalInput,
    handler: (a, p, b) => oversight.withdrawWall(a, p.id!, b),
  });
  route({
    method: "get",
    path: "/walls",
    permission: "secret.manage",
    summary: "Walls report: people holding secrets of competing partners",
    out: ZWallReport,
    handler: (a) => oversight.wallsReport(a),
  });
  route({
    method: "post",
    path: "/student-permissions",
    permission: "secret.write",
    summary: "The supervisor permits a student on the case to read 秘 items (never 厳秘/機密)",
    body: ZStudentPermissionInput,
    out: "created",
    handler: (a, _p, b) => oversight.permitStudent(a, b),
  });
  route({
    method: "get",
    path: "/alerts",
    permission: "secret.manage",
    summary: "Leakage alerts with the events behind them",
    query: z.object({ status: z.enum(ALERT_STATUSES).optional() }),
    out: ZSecretAlerts,
    handler: (a, _p, _b, q) => oversight.alerts(a, q.status),
  });
  route({
    method: "put",
    path: "/alerts/{id}",
    permission: "secret.manage",
    summary: "Resolve or escalate an alert, with a note",
    body: ZAlertDecision,
    handler: (a, p, b) => oversight.decideAlert(a, p.id!, b),
  });
  route({
    method: "get",
    path: "/settings",
    permission: "secret.read",
    summary: "The institution's levels, handling rules, student rule and leakage thresholds",
    out: ZSecretSettings,
    handler: (a) => oversight.settings(a),
  });
  route({
    method: "put",
    path: "/settings",
    permission: "secret.manage",
    summary: "Change the scheme and leakage thresholds",
    body: ZSecretSettings,
    handler: (a, _p, b) => oversight.saveSettings(a, b),
  });
  route({
    method: "post",
    path: "/pledge-texts",
    permission: "secret.manage",
    summary: "Publish a new version of the pledge text with the institution's policy",
    body: ZPledgeTextInput,
    out: "created",
    handler: (a, _p, b) => pledges.publish(a, b),
  });
  route({
    method: "get",
    path: "/pledge-texts/current",
    permission: "secret.read",
    summary: "The pledge text in force",
    out: ZPledgeText.nullable(),
    handler: (a) => pledges.current(a),
  });
  route({
    method: "get",
    path: "/pledges/mine",
    permission: "secret.pledge",
    summary: "My cases, whether a pledge is needed and which version I signed",
    out: ZMyPledges,
    handler: (a) => pledges.mine(a),
  });
  route({
    method: "post",
    path: "/pledges",
    permission: "secret.pledge",
    summary: "Sign the current pledge for a case (the student's own consent, X7)",
    body: ZPledgeSign,
    out: "created",
    handler: (a, _p, b) => pledges.sign(a, b),
  });
  route({
    method: "get",
    path: "/reviews",
    permission: "secret.read",
    summary: "Yearly inventory reviews (mine; every one for the officer)",
    out: ZSecretReviews,
    handler: (a) => pledges.reviews(a),
  });
  route({
    method: "post",
    path: "/reviews/{id}/complete",
    permission: "secret.write",
    summary: "Complete my inventory review",
    body: ZReviewComplete,
    handler: (a, p, b) => pledges.completeReview(a, p.id!, b),
  });
}
