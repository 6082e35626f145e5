import type { AuditAction } from "@renkei/domain";
import { DomainError } from "@renkei/domain";
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";

/** Shared pieces of the CRM feature's services. */
export const auditActor = (a: Actor) => ({ userId: a.userId, label: a.displayName });

export async function audit(
  tx: DbOrTx,
  actor: Actor,
  now: Date,
  e: { action: AuditAction; entityType: string; entityId: string; before?: unknown; after?: unknown },
) {
  await appendAudit(tx, {
    institutionId: actor.institutionId,
    actor: auditActor(actor),
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
    at: now,
  });
}

export function notFound(what: string): never {
  throw new DomainError("NOT_FOUND", `${what} not found`);
}

export function conflict(what: string): never {
  throw new DomainError("CONFLICT", `The ${what} changed since it was read`);
}

export const ref = (id: string | null, label: string | null | undefined) =>
  id ? { id, label: label ?? "?" } : null;
