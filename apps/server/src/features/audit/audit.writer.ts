import { createHash } from "node:crypto";
import type { AuditAction } from "@renkei/domain";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { auditEvents, auditHeads } from "../../db/schema";
import { canonicalJson } from "../../lib/canonical-json";

export const GENESIS_HASH = "0".repeat(64);

export interface AuditActor {
  userId: string | null;
  label: string;
}

export interface AuditInput {
  institutionId: string;
  actor: AuditActor;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  at: Date;
}

export interface HashedFields {
  institutionId: string;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** The hash of one event: its canonical content chained to the previous event's hash. */
export function eventHash(prevHash: string, fields: HashedFields): string {
  return createHash("sha256").update(prevHash).update("\n").update(canonicalJson(fields)).digest("hex");
}

/**
 * Appends one event inside the caller's transaction. The institution's chain is serialised with a
 * transaction-scoped advisory lock so concurrent writers (several processes on PostgreSQL) cannot fork it.
 */
export async function appendAudit(tx: DbOrTx, input: AuditInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${input.institutionId}))`);
  const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.institutionId, input.institutionId));
  const prevHash = head?.lastHash ?? GENESIS_HASH;
  const fields: HashedFields = {
    institutionId: input.institutionId,
    at: input.at.toISOString(),
    actorId: input.actor.userId,
    actorLabel: input.actor.label,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: normalise(input.before),
    after: normalise(input.after),
  };
  const hash = eventHash(prevHash, fields);
  const [row] = await tx
    .insert(auditEvents)
    .values({ ...fields, prevHash, hash })
    .returning({ seq: auditEvents.seq });
  await tx
    .insert(auditHeads)
    .values({ institutionId: input.institutionId, lastSeq: row!.seq, lastHash: hash })
    .onConflictDoUpdate({ target: auditHeads.institutionId, set: { lastSeq: row!.seq, lastHash: hash } });
}

/** Round-trips through JSON so the hashed value equals what jsonb gives back (no undefined, no Dates). */
function normalise(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
