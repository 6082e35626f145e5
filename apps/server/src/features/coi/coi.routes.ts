import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZAssignExternal,
  ZBulkApprove,
  ZCoiProfileSave,
  ZCoiProfileView,
  ZCycle,
  ZCycleInput,
  ZDeclarationApprove,
  ZDeclarationCreate,
  ZDeclarationReturn,
  ZDeclarationSave,
  ZDeclarationSubmit,
  ZDeclarationSummary,
  ZDeclarationView,
  ZDeterminationInput,
  ZFlaggedCase,
  ZInstitutionalDecisionInput,
  ZMyCoi,
  ZPlanMonitor,
  ZRegisterEntry,
  ZRegisterInput,
  ZSecurityReview,
  ZSecurityReviewCreate,
} from "@renkei/contract";
import { DECLARATION_STATES } from "@renkei/domain";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { createCoiAdminService } from "./coi-admin.service";
import { createCoiDeclarationsService } from "./coi-declarations.service";
import { registerCoiIntegrityRoutes } from "./coi-integrity.routes";
import { createCoiProfileService } from "./coi-profile.service";
import { registerCoiProgrammeRoutes } from "./coi-programmes.routes";
import { createCoiReviewService } from "./coi-review.service";
import { coiRoute } from "./coi-route";
import { createCoiSecurityService } from "./coi-security.service";

const ZId = z.object({ id: z.uuid() });
const ZOk = z.object({ ok: z.literal(true) });

/** Conflict of interest and research integrity (issue 13). Every route names its permission. */
export function registerCoiRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const profiles = createCoiProfileService(deps);
  const decls = createCoiDeclarationsService(deps);
  const review = createCoiReviewService(deps);
  const admin = createCoiAdminService(deps);
  const security = createCoiSecurityService(deps);

  const route = coiRoute(app);
  registerCoiIntegrityRoutes(app, deps);
  registerCoiProgrammeRoutes(app, deps);

  // The declarant
  route({
    method: "get",
    path: "/api/v1/coi/me",
    permission: "coi.declare",
    summary: "My declarations, the open cycle, my management plans and cases",
    response: ZMyCoi,
    handler: ({ actor }) => decls.mine(actor),
  });
  route<{ id: string }>({
    method: "get",
    path: "/api/v1/coi/profiles/{id}",
    permission: "coi.declare",
    summary:
      "A researcher's current profile with its history (the person, their delegate, the committee, auditors)",
    params: ZId,
    response: ZCoiProfileView,
    handler: ({ actor, params }) => profiles.get(actor, params.id),
  });
  route<{ id: string }>({
    method: "put",
    path: "/api/v1/coi/profiles/{id}",
    permission: "coi.declare",
    summary: "Save a new version of the profile (history kept)",
    params: ZId,
    body: ZCoiProfileSave,
    response: ZCoiProfileView,
    handler: ({ actor, params, body }) => profiles.save(actor, params.id, body),
  });
  route({
    method: "post",
    path: "/api/v1/coi/declarations",
    permission: "coi.declare",
    summary: "Start a declaration (periodic cycle or a trigger)",
    body: ZDeclarationCreate,
    response: ZDeclarationView,
    status: 201,
    handler: ({ actor, body }) => decls.create(actor, body),
  });
  route<{ id: string }>({
    method: "put",
    path: "/api/v1/coi/declarations/{id}",
    permission: "coi.declare",
    summary: "Save the self-check and the full declaration (draft or returned)",
    params: ZId,
    body: ZDeclarationSave,
    response: ZDeclarationView,
    handler: ({ actor, params, body }) => decls.save(actor, params.id, body),
  });
  route<{ id: string }>({
    method: "post",
    path: "/api/v1/coi/declarations/{id}/submit",
    permission: "coi.declare",
    summary: "Attest and submit to the committee",
    params: ZId,
    body: ZDeclarationSubmit,
    response: ZDeclarationView,
    handler: ({ actor, params, body }) => decls.submit(actor, params.id, body),
  });

  // Reading a declaration: the service decides (declarant, committee, assigned external member, auditor).
  route<{ id: string }>({
    method: "get",
    path: "/api/v1/coi/declarations/{id}",
    permission: "coi.read",
    summary:
      "One declaration's content (only the declarant, the committee, assigned external members, auditors)",
    params: ZId,
    response: ZDeclarationView,
    handler: ({ actor, params }) => decls.get(actor, params.id),
  });

  // The committee
  route({
    method: "get",
    path: "/api/v1/coi/queue",
    permission: "coi.review",
    summary: "The committee's queue (institution-wide; external members: assigned only)",
    query: z.object({ status: z.enum(DECLARATION_STATES).optional() }),
    response: z.object({ items: z.array(ZDeclarationSummary) }),
    handler: async ({ actor, query }) => ({ items: await review.queue(actor, query) }),
  });
  route<{ id: string }>({
    method: "post",
    path: "/api/v1/coi/declarations/{id}/assign",
    permission: "coi.decide",
    summary: "Assign an external committee member",
    params: ZId,
    body: ZAssignExternal,
    response: ZOk,
    handler: ({ actor, params, body }) =>
      review.assign(actor, params.id, (body as { userId: string }).userId),
  });
  route<{ id: string }>({
    method: "post",
    path: "/api/v1/coi/declarations/{id}/determinations",
    permission: "coi.review",
    summary: "Record a determination for an interest × case (manageable → management plan)",
    params: ZId,
    body: ZDeterminationInput,
    response: ZOk,
    handler: ({ actor, params, body }) => review.determine(actor, params.id, body),
  });
  route<{ id: string }>({
    method: "post",
    path: "/api/v1/coi/declarations/{id}/return",
    permission: "coi.decide",
    summary: "Return to the declarant with a comment",
    params: ZId,
    body: ZDeclarationReturn,
    response: ZOk,
    handler: ({ actor, params, body }) => review.returnToDeclarant(actor, params.id, body),
  });
  route<{ id: string }>({
    method: "post",
    path: "/api/v1/coi/declarations/{id}/approve",
    permission: "coi.decide",
    summary: "Approve (every interest × case determined); archived unchanged from then on",
    params: ZId,
    body: ZDeclarationApprove,
    response: ZOk,
    handler: ({ actor, params, body }) => review.approve(actor, params.id, body),
  });
  route({
    method: "post",
    path: "/api/v1/coi/declarations/bulk-approve",
    permission: "coi.decide",
    summary: "Approve several declarations that declare nothing (all or nothing)",
    body: ZBulkApprove,
    response: z.object({ approved: z.number().int() }),
    handler: ({ actor, body }) => review.bulkApprove(actor, (body as { ids: string[] }).ids),
  });
  route<{ id: string }>({
    method: "post",
    path: "/api/v1/coi/plans/{id}/monitor",
    permission: "coi.review",
    summary: "Record a plan's monitoring: notes, the next date, or close it",
    params: ZId,
    body: ZPlanMonitor,
    response: ZOk,
    handler: ({ actor, params, body }) => admin.monitorPlan(actor, params.id, body),
  });
  route({
    method: "get",
    path: "/api/v1/coi/cycles",
    permission: "coi.review",
    summary: "Declaration cycles",
    response: z.object({ items: z.array(ZCycle) }),
    handler: async ({ actor }) => ({ items: await admin.cycles(actor) }),
  });
  route({
    method: "post",
    path: "/api/v1/coi/cycles",
    permission: "coi.configure",
    summary: "Open a periodic declaration cycle (researchers are notified)",
    body: ZCycleInput,
    response: z.object({ id: z.uuid() }),
    status: 201,
    handler: ({ actor, body }) => admin.openCycle(actor, body),
  });
  route({
    method: "get",
    path: "/api/v1/coi/register",
    permission: "coi.decide",
    summary: "The institutional COI register",
    response: z.object({ items: z.array(ZRegisterEntry) }),
    handler: async ({ actor }) => ({ items: await admin.register(actor) }),
  });
  route({
    method: "post",
    path: "/api/v1/coi/register",
    permission: "coi.configure",
    summary: "Add an entry to the institutional COI register",
    body: ZRegisterInput,
    response: z.object({ id: z.uuid() }),
    status: 201,
    handler: ({ actor, body }) => admin.addRegisterEntry(actor, body),
  });
  route({
    method: "get",
    path: "/api/v1/coi/flagged-cases",
    permission: "coi.decide",
    summary: "Cases whose partner touches the institutional register",
    response: z.object({ items: z.array(ZFlaggedCase) }),
    handler: async ({ actor }) => ({ items: await admin.flaggedCases(actor) }),
  });
  route<{ id: string }>({
    method: "post",
    path: "/api/v1/coi/flagged-cases/{id}/decision",
    permission: "coi.decide",
    summary: "The committee's decision on a case's institutional conflict",
    params: ZId,
    body: ZInstitutionalDecisionInput,
    response: ZOk,
    handler: ({ actor, params, body }) => admin.decideInstitutional(actor, params.id, body),
  });

  route({
    method: "post",
    path: "/api/v1/coi/security-reviews",
    permission: "security.review",
    summary:
      "Record a research-security review of a flagged programme's participant (nationality never an input)",
    body: ZSecurityReviewCreate,
    response: ZSecurityReview,
    status: 201,
    handler: ({ actor, body }) => security.create(actor, body),
  });
  route<{ id: string }>({
    method: "get",
    path: "/api/v1/coi/security-reviews/{id}",
    permission: "security.review",
    summary: "One research-security review with its cited reasons and mitigation conditions",
    params: ZId,
    response: ZSecurityReview,
    handler: ({ actor, params }) => security.get(actor, params.id),
  });
}
