import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZMitigationUpdate,
  ZProgrammeCaseLink,
  ZProgrammeInput,
  ZProgrammeReview,
  ZProgrammeReviewCreate,
  ZProgrammeSummary,
  ZProgrammeView,
} from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { createCoiProgrammesService } from "./coi-programmes.service";
import { coiRoute } from "./coi-route";

const ZId = z.object({ id: z.uuid() });
const ZLink = z.object({ id: z.uuid(), caseId: z.uuid() });

/** The flagged-programme register and its research-security reviews (issue 13 item 9; J7, J8). */
export function registerCoiProgrammeRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const programmes = createCoiProgrammesService(deps);
  const route = coiRoute(app);

  route({
    method: "get",
    path: "/api/v1/coi/programmes",
    permission: "security.review",
    summary: "Flagged programmes with their technology fields and review counts",
    response: z.object({ items: z.array(ZProgrammeSummary) }),
    handler: async ({ actor }) => ({ items: await programmes.list(actor) }),
  });
  route({
    method: "post",
    path: "/api/v1/coi/programmes",
    permission: "security.review",
    summary: "Register a programme (flag and technology-field tags)",
    body: ZProgrammeInput,
    response: z.object({ id: z.uuid() }),
    status: 201,
    handler: ({ actor, body }) => programmes.save(actor, null, body),
  });
  route<{ id: string }>({
    method: "get",
    path: "/api/v1/coi/programmes/{id}",
    permission: "security.review",
    summary: "A programme: its cases, funding applications, the people to review and their reviews",
    params: ZId,
    response: ZProgrammeView,
    handler: ({ actor, params }) => programmes.get(actor, params.id),
  });
  route<{ id: string }>({
    method: "put",
    path: "/api/v1/coi/programmes/{id}",
    permission: "security.review",
    summary: "Change a programme's name, flag or technology fields",
    params: ZId,
    body: ZProgrammeInput,
    response: z.object({ id: z.uuid() }),
    handler: ({ actor, params, body }) => programmes.save(actor, params.id, body),
  });
  route<{ id: string }>({
    method: "post",
    path: "/api/v1/coi/programmes/{id}/cases",
    permission: "security.review",
    summary: "Link a case to the programme",
    params: ZId,
    body: ZProgrammeCaseLink,
    response: ZProgrammeView,
    handler: ({ actor, params, body }) =>
      programmes.linkCase(actor, params.id, (body as { caseId: string }).caseId),
  });
  route<{ id: string; caseId: string }>({
    method: "delete",
    path: "/api/v1/coi/programmes/{id}/cases/{caseId}",
    permission: "security.review",
    summary: "Remove a case from the programme",
    params: ZLink,
    response: ZProgrammeView,
    handler: ({ actor, params }) => programmes.linkCase(actor, params.id, params.caseId, true),
  });
  route<{ id: string }>({
    method: "post",
    path: "/api/v1/coi/programmes/{id}/reviews",
    permission: "security.review",
    summary: "Review one person of the programme (evidence read from screening and the profile)",
    params: ZId,
    body: ZProgrammeReviewCreate,
    response: ZProgrammeView,
    status: 201,
    handler: ({ actor, params, body }) => programmes.review(actor, params.id, body),
  });
  route<{ id: string }>({
    method: "put",
    path: "/api/v1/coi/security-reviews/{id}/mitigations",
    permission: "security.review",
    summary: "Mark a mitigation condition met or open again",
    params: ZId,
    body: ZMitigationUpdate,
    response: ZProgrammeReview,
    handler: ({ actor, params, body }) => programmes.updateMitigation(actor, params.id, body),
  });
}
