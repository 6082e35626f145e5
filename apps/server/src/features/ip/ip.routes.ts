import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZAgreementInput,
  ZAgreementSign,
  ZBayhDoleInput,
  ZDocketEntry,
  ZExceptionApproval,
  ZFilingInput,
  ZFilingUpdate,
  ZIncomeInput,
  ZIncomeReport,
  ZInventionDecision,
  ZInventionDetail,
  ZInventionInput,
  ZInventionSummary,
  ZInventionUpdate,
  ZSecrecyCheckInput,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json } from "../../http/openapi-helpers";
import { createInventionsService } from "./inventions.service";
import { createAgreementsService } from "./ip-agreements.service";
import { createDocketService } from "./ip-docket.service";
import { registerIpLibraryRoutes } from "./ip-library.routes";
import { jsonWriteRoute } from "./ip-route-kit";

const tags = ["ip"];

/** IP and agreements (issue 14): inventions, docket, 非公開 checks, Bayh-Dole records, licences, income. */
export function registerIpRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const inventions = createInventionsService(deps);
  const docket = createDocketService(deps);
  const agreements = createAgreementsService(deps);

  const write = jsonWriteRoute(app, tags);

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/ip/inventions",
      permission: "ip.read",
      tags,
      summary: "Inventions the caller may see, newest first, with the next deadline",
      responses: {
        200: { description: "Inventions", ...json(z.object({ items: z.array(ZInventionSummary) })) },
      },
    }),
    async (c) => c.json({ items: await inventions.list(actorOf(c)) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/ip/inventions/{id}",
      permission: "ip.read",
      tags,
      summary: "One invention: inventors, 非公開 check, docket, agreements, Bayh-Dole obligations, income",
      request: { params: z.object({ id: z.uuid() }) },
      responses: { 200: { description: "Invention", ...json(ZInventionDetail) } },
    }),
    async (c) => c.json(await inventions.detail(actorOf(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/ip/docket",
      permission: "ip.read",
      tags,
      summary: "Open deadlines of every application the caller may see, soonest first",
      request: { query: z.object({ days: z.coerce.number().int().min(1).max(3650).default(365) }) },
      responses: { 200: { description: "Docket", ...json(z.object({ items: z.array(ZDocketEntry) })) } },
    }),
    async (c) => c.json({ items: await docket.docket(actorOf(c), c.req.valid("query").days) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/ip/income",
      permission: "ip.read",
      tags,
      summary: "Income received by fiscal year (年度) and kind, over the inventions the caller may see",
      responses: { 200: { description: "Income", ...json(ZIncomeReport) } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const visible = (await inventions.list(actor)).map((i) => i.id);
      return c.json({ years: await agreements.incomeReport(actor, visible) }, 200);
    },
  );

  write(
    "post",
    "/api/v1/ip/inventions",
    "ip.disclose",
    "Disclose an invention (発明届)",
    ZInventionInput,
    (a, _p, b) => inventions.create(a, b),
  );
  write(
    "put",
    "/api/v1/ip/inventions/{id}",
    "ip.disclose",
    "Revise a disclosure before the decision",
    ZInventionUpdate,
    (a, p, b) => inventions.update(a, p.id!, b),
  );
  write(
    "post",
    "/api/v1/ip/inventions/{id}/confirm",
    "ip.disclose",
    "An inventor confirms the disclosure",
    null,
    (a, p) => inventions.confirm(a, p.id!),
  );
  write(
    "post",
    "/api/v1/ip/inventions/{id}/decision",
    "ip.manage",
    "Legal/IP decides 職務発明 or 自由発明 and whether the institution takes it over",
    ZInventionDecision,
    (a, p, b) => inventions.decide(a, p.id!, b),
  );
  write(
    "post",
    "/api/v1/ip/inventions/{id}/secrecy-checks",
    "ip.manage",
    "Record the 特許出願非公開 check (listed field, review status) with its evidence",
    ZSecrecyCheckInput,
    (a, p, b) => inventions.recordSecrecyCheck(a, p.id!, b),
  );
  write(
    "post",
    "/api/v1/ip/inventions/{id}/filings",
    "ip.manage",
    "Add an application to the docket; a foreign filing waits for the 非公開 check",
    ZFilingInput,
    (a, p, b) => docket.add(a, p.id!, b),
  );
  write(
    "put",
    "/api/v1/ip/inventions/{id}/filings/{filingId}",
    "ip.manage",
    "Update an application",
    ZFilingUpdate,
    (a, p, b) => docket.update(a, p.id!, p.filingId!, b),
  );
  write(
    "post",
    "/api/v1/ip/inventions/{id}/agreements",
    "ip.manage",
    "Register a licence, option or assignment under the licence policy",
    ZAgreementInput,
    (a, p, b) => agreements.create(a, p.id!, b),
  );
  write(
    "post",
    "/api/v1/ip/inventions/{id}/agreements/{agreementId}/exception-approval",
    "ip.approve_exception",
    "Approve an exception to the licence policy",
    ZExceptionApproval,
    (a, p, b) => agreements.approveException(a, p.id!, p.agreementId!, b),
  );
  write(
    "post",
    "/api/v1/ip/inventions/{id}/agreements/{agreementId}/sign",
    "ip.manage",
    "Record the signing (policy allowed and Bayh-Dole approval and notice on record)",
    ZAgreementSign,
    (a, p, b) => agreements.sign(a, p.id!, p.agreementId!, b),
  );
  write(
    "post",
    "/api/v1/ip/inventions/{id}/agreements/{agreementId}/income",
    "ip.manage",
    "Record income received (with the licensee's report for a royalty)",
    ZIncomeInput,
    (a, p, b) => agreements.addIncome(a, p.id!, p.agreementId!, b),
  );
  write(
    "post",
    "/api/v1/ip/bayh-dole-records",
    "ip.bayh_dole",
    "Record a Bayh-Dole step (report, prior approval, notice, the state's requests) — legal/IP only",
    ZBayhDoleInput,
    (a, _p, b) => agreements.recordBayhDole(a, b),
  );
  write(
    "post",
    "/api/v1/ip/bayh-dole-records/{recordId}/withdraw",
    "ip.bayh_dole",
    "Withdraw a wrong Bayh-Dole record (kept in the trail)",
    null,
    (a, p) => agreements.withdrawBayhDole(a, p.recordId!),
  );

  registerIpLibraryRoutes(app, deps);
}
