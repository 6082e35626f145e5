import { AUDIT_ACTION_NAMES } from "@renkei/domain";
import { z } from "zod";
import { ZPageQuery } from "./common";

export const ZAuditQuery = ZPageQuery.extend({
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  action: z.enum(AUDIT_ACTION_NAMES as [string, ...string[]]).optional(),
  format: z.enum(["json", "csv"]).default("json"),
});

export const ZAuditEvent = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    hash: z.string(),
  })
  .meta({ id: "AuditEvent" });
export type TAuditEvent = z.infer<typeof ZAuditEvent>;
