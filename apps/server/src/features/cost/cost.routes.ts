import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZCostComponentsInput,
  ZCostComponentsView,
  ZQuotationView,
  ZSecrecyAgreementInput,
  ZSecrecyWithdrawInput,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createCostService } from "./cost.service";

const tags = ["cost"];
const ZQuotationParams = z.object({ id: z.uuid(), quotationId: z.uuid() });
const ZTotal = z.object({ totalYen: z.number().int() });

/** Cost components (issue 17 item 4): settings, the quotation's lines, the partner's secrecy-cost agreement. */
export function registerCostRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const cost = createCostService(deps);

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/cost/settings",
      permission: "cost.configure",
      tags,
      summary: "The institution's split of the indirect cost and secrecy cost per level",
      responses: { 200: { description: "Settings", ...json(ZCostComponentsView) } },
    }),
    async (c) => c.json(await cost.settings(actorOf(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/cost/settings",
      permission: "cost.configure",
      tags,
      summary: "Change the split of the indirect cost (shares add up to 100) and the secrecy cost per level",
      request: jsonBody(ZCostComponentsInput),
      responses: { 200: { description: "Saved", ...json(ZCostComponentsView) } },
    }),
    async (c) => c.json(await cost.saveSettings(actorOf(c), c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/cases/{id}/quotations/{quotationId}",
      permission: "case.read",
      tags,
      summary: "A quotation with the indirect split, the secrecy line and the partner's agreement",
      request: { params: ZQuotationParams },
      responses: { 200: { description: "The quotation", ...json(ZQuotationView) } },
    }),
    async (c) => {
      const { id, quotationId } = c.req.valid("param");
      return c.json(await cost.view(actorOf(c), id, quotationId), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/cases/{id}/quotations/{quotationId}/secrecy-agreement",
      permission: "quotation.secrecy_agree",
      tags,
      summary: "Record the partner's agreement to the secrecy cost (seed 000 §3-2(1)); 409 when recorded",
      request: { params: ZQuotationParams, ...jsonBody(ZSecrecyAgreementInput) },
      responses: { 201: { description: "Recorded; the new total", ...json(ZTotal) } },
    }),
    async (c) => {
      const { id, quotationId } = c.req.valid("param");
      return c.json(await cost.agree(actorOf(c), id, quotationId, c.req.valid("json")), 201);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/cases/{id}/quotations/{quotationId}/secrecy-agreement/withdraw",
      permission: "quotation.secrecy_agree",
      tags,
      summary: "Withdraw the recorded agreement with a reason (to correct it)",
      request: { params: ZQuotationParams, ...jsonBody(ZSecrecyWithdrawInput) },
      responses: { 200: { description: "Withdrawn; the new total", ...json(ZTotal) } },
    }),
    async (c) => {
      const { id, quotationId } = c.req.valid("param");
      return c.json(await cost.withdraw(actorOf(c), id, quotationId, c.req.valid("json")), 200);
    },
  );
}
