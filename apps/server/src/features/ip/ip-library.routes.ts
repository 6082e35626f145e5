import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZIpContractPolicy,
  ZIpContractPolicyInput,
  ZLicencePolicySettings,
  ZModelText,
  ZModelTextDiff,
  ZModelTextInput,
  ZNpDataPlanInput,
  ZNpRecords,
  ZNpResultDecisionInput,
  ZNpResultInput,
  ZNpStandardInput,
  ZNpSubcontractorInput,
  ZNpTechTagsInput,
  ZTechList,
  ZTechListInput,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json } from "../../http/openapi-helpers";
import { createIpContractPolicyService } from "./ip-contract-policy.service";
import { createIpLibraryService } from "./ip-library.service";
import { jsonWriteRoute } from "./ip-route-kit";
import { createNpRecordsService } from "./np-records.service";

const tags = ["ip"];

/**
 * Issue 14 items 6–8 and issue 17 item 6: the model-text library, the licence-policy settings, the
 * important-technology list, and a national project's results, data plan, subcontractors and
 * standardisation activities.
 */
export function registerIpLibraryRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const library = createIpLibraryService(deps);
  const np = createNpRecordsService(deps);
  const contractPolicy = createIpContractPolicyService(deps);
  const write = jsonWriteRoute(app, tags);

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/ip/model-texts",
      permission: "ip.read",
      tags,
      summary:
        "Every version of the institution's model texts (NDAs by scope, research, MTA, option, licence)",
      responses: { 200: { description: "Texts", ...json(z.object({ items: z.array(ZModelText) })) } },
    }),
    async (c) => c.json({ items: await library.listTexts(actorOf(c)) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/ip/model-texts/compare",
      permission: "ip.read",
      tags,
      summary: "Line comparison of two versions of one model text, in Japanese and English",
      request: { query: z.object({ from: z.uuid(), to: z.uuid() }) },
      responses: { 200: { description: "Comparison", ...json(ZModelTextDiff) } },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await library.compare(actorOf(c), q.from, q.to), 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/ip/model-texts/{id}/download",
      permission: "ip.read",
      tags,
      summary: "A model text as a plain-text file in one language",
      request: {
        params: z.object({ id: z.uuid() }),
        query: z.object({ lang: z.enum(["ja", "en"]).default("ja") }),
      },
      responses: { 200: { description: "Text", content: { "text/plain": { schema: z.any() } } } },
    }),
    async (c) => {
      const f = await library.download(actorOf(c), c.req.valid("param").id, c.req.valid("query").lang);
      return c.text(f.text, 200, {
        "content-type": "text/plain; charset=utf-8",
        "content-disposition": `attachment; filename="${f.fileName}"`,
      });
    },
  );

  write(
    "post",
    "/api/v1/ip/model-texts",
    "ip.library",
    "Add a version of a model text",
    ZModelTextInput,
    (a, _p, b) => library.addText(a, b),
  );
  write(
    "post",
    "/api/v1/ip/model-texts/defaults",
    "ip.library",
    "Add Renkei's built-in texts for every kind and scope not yet written",
    null,
    async (a) => {
      await library.installDefaults(a);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/ip/settings",
      permission: "ip.read",
      tags,
      summary: "The licence-policy exceptions, who approves them, and the Bayh-Dole report period",
      responses: { 200: { description: "Settings", ...json(ZLicencePolicySettings) } },
    }),
    async (c) => c.json(await library.settings(actorOf(c)), 200),
  );
  write(
    "put",
    "/api/v1/ip/settings",
    "ip.configure",
    "Change the licence-policy settings",
    ZLicencePolicySettings,
    (a, _p, b) => library.saveSettings(a, b),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/ip/settings/contract-policy",
      permission: "ip.read",
      tags,
      summary:
        "Third-country arbitration policy (off / warn / require) and the indirect rates it sits beside",
      responses: { 200: { description: "Policy", ...json(ZIpContractPolicy) } },
    }),
    async (c) => c.json(await contractPolicy.get(actorOf(c)), 200),
  );
  write(
    "put",
    "/api/v1/ip/settings/contract-policy",
    "ip.configure",
    "Change the third-country arbitration policy (legal/IP only)",
    ZIpContractPolicyInput,
    (a, _p, b) => contractPolicy.save(a, b),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/ip/tech-lists",
      permission: "case.read",
      tags,
      summary: "Every version of the institution's important-technology list, newest first",
      responses: { 200: { description: "Lists", ...json(z.object({ items: z.array(ZTechList) })) } },
    }),
    async (c) => c.json({ items: await library.techLists(actorOf(c)) }, 200),
  );
  write(
    "post",
    "/api/v1/ip/tech-lists",
    "ip.configure",
    "Add a version of the important-technology list",
    ZTechListInput,
    (a, _p, b) => library.addTechList(a, b),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/ip/national-projects/{caseId}",
      permission: "case.read",
      tags,
      summary:
        "A national project's results and decisions, data plan, technologies, subcontractors and standards work",
      request: { params: z.object({ caseId: z.uuid() }) },
      responses: { 200: { description: "Records", ...json(ZNpRecords) } },
    }),
    async (c) => c.json(await np.get(actorOf(c), c.req.valid("param").caseId), 200),
  );
  const base = "/api/v1/ip/national-projects/{caseId}";
  write("post", `${base}/results`, "case.edit", "Add a result of the project", ZNpResultInput, (a, p, b) =>
    np.addResult(a, p.caseId!, b),
  );
  write(
    "post",
    `${base}/results/{resultId}/decision`,
    "ip.manage",
    "Legal/IP decides to publish, patent or keep a result secret, with the reason",
    ZNpResultDecisionInput,
    (a, p, b) => np.decideResult(a, p.caseId!, p.resultId!, b),
  );
  write(
    "put",
    `${base}/data-plan`,
    "case.edit",
    "Save the data-management plan",
    ZNpDataPlanInput,
    (a, p, b) => np.saveDataPlan(a, p.caseId!, b),
  );
  write(
    "put",
    `${base}/technologies`,
    "case.edit",
    "Tag the project's important technologies",
    ZNpTechTagsInput,
    (a, p, b) => np.saveTechTags(a, p.caseId!, b),
  );
  write(
    "post",
    `${base}/subcontractors`,
    "case.edit",
    "Add a subcontractor (a partner record)",
    ZNpSubcontractorInput,
    (a, p, b) => np.addSubcontractor(a, p.caseId!, b),
  );
  write("delete", `${base}/subcontractors/{id}`, "case.edit", "Remove a subcontractor", null, (a, p) =>
    np.removeSubcontractor(a, p.caseId!, p.id!),
  );
  write(
    "post",
    `${base}/standards`,
    "case.edit",
    "Add a standardisation activity",
    ZNpStandardInput,
    (a, p, b) => np.addStandard(a, p.caseId!, b),
  );
}
