import { type AuditAction, DomainError, type Reason } from "@renkei/domain";
import type { Tx } from "../../db/client";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";

/** One audited change: the caller's writes and its audit event commit together or not at all. */
export async function auditIp(
  tx: Tx,
  actor: Actor,
  action: AuditAction,
  entity: { type: string; id: string },
  change: { before?: unknown; after?: unknown },
  now: Date,
): Promise<void> {
  await appendAudit(tx, {
    institutionId: actor.institutionId,
    actor: { userId: actor.userId, label: actor.displayName },
    action,
    entityType: entity.type,
    entityId: entity.id,
    ...change,
    at: now,
  });
}

/** A refusal by a rule: 422 with the reasons, nothing written. */
export function refused(message: string, reasons: Reason[]): DomainError {
  return new DomainError("RULE_VIOLATION", message, { reasons });
}

/** Optimistic concurrency: the client sends the version it read. */
export function assertVersion(current: number, sent: number): void {
  if (current !== sent) {
    throw new DomainError("CONFLICT", "The record changed since you read it");
  }
}

export function txOf(deps: Deps) {
  return <T>(fn: (tx: Tx) => Promise<T>) => deps.db.transaction(fn);
}
