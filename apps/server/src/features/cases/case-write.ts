import type { TCaseSettings } from "@renkei/contract";
import {
  type AuditAction,
  type CaseMembership,
  type CaseSection,
  type CaseStage,
  caseBlockers,
  DomainError,
  sectionEditReasons,
} from "@renkei/domain";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { cases } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { loadCaseBundle } from "./case-facts";
import { type CaseMessage, notifyCase } from "./case-notify";
import { loadCaseSettings } from "./case-settings";
import { type CaseRow, lockCaseRow } from "./cases.repo";
import { assertCaseAccess, type CaseAccess } from "./cases.scope";

/** One audit event about a case (entity `case`, so the case's history is one index lookup). */
export interface CaseChange {
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

export interface CaseWriteContext {
  tx: Tx;
  row: CaseRow;
  membership: CaseMembership;
  settings: TCaseSettings;
  today: string;
  now: Date;
}

export interface CaseWriteOutcome<T> {
  result: T;
  changes: CaseChange[];
  /** Notifications queued in the same transaction (in-app + mail outbox). */
  messages?: CaseMessage[];
}

export function auditActor(actor: Actor) {
  return { userId: actor.userId, label: actor.displayName };
}

/**
 * Recomputes the denormalised blocker columns from the domain's `caseBlockers` (the board's "blocked"
 * filter), and bumps the version so optimistic edits see any change to the case.
 */
export async function refreshCase(
  tx: Tx,
  institutionId: string,
  caseId: string,
  settings: TCaseSettings,
  today: string,
  now: Date,
  opts: { touch: boolean } = { touch: true },
): Promise<void> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId));
  if (!row) {
    return;
  }
  const bundle = await loadCaseBundle(tx, institutionId, row, settings.policy, today);
  const b = caseBlockers(bundle.facts, today, settings.policy);
  await tx
    .update(cases)
    .set({
      blocked: b.blocked,
      blockerAction: b.action,
      blockers: b.reasons,
      blockersCheckedOn: today,
      ...(opts.touch ? { version: sql`${cases.version} + 1`, updatedAt: now.toISOString() } : {}),
    })
    .where(eq(cases.id, caseId));
}

/**
 * Runs one change to a case in one transaction (architecture §8.6): lock the row, check visibility and
 * the right to change it, check that the section may change in the current stage (domain
 * `sectionEditReasons`), apply, write the audit events, refresh blockers, queue notifications.
 */
export async function writeCase<T>(
  deps: Deps,
  actor: Actor,
  caseId: string,
  opts: { access: CaseAccess; section: CaseSection | null },
  fn: (ctx: CaseWriteContext) => Promise<CaseWriteOutcome<T>>,
): Promise<T> {
  const now = deps.clock.now();
  const today = deps.clock.today();
  return deps.db.transaction(async (tx) => {
    const row = await lockCaseRow(tx, actor.institutionId, caseId);
    const membership = await assertCaseAccess(tx, actor, row, opts.access);
    const locked = row as CaseRow;
    if (opts.section) {
      const reasons = sectionEditReasons(locked.stage as CaseStage, opts.section);
      if (reasons.length > 0) {
        throw new DomainError("RULE_VIOLATION", `Section ${opts.section} is not editable now`, {
          section: opts.section,
          reasons,
        });
      }
    }
    const settings = await loadCaseSettings(tx, actor.institutionId);
    const out = await fn({ tx, row: locked, membership, settings, today, now });
    for (const change of out.changes) {
      await appendAudit(tx, {
        institutionId: actor.institutionId,
        actor: auditActor(actor),
        action: change.action,
        entityType: "case",
        entityId: caseId,
        before: change.before,
        after: change.after,
        at: now,
      });
    }
    await refreshCase(tx, actor.institutionId, caseId, settings, today, now);
    for (const message of out.messages ?? []) {
      await notifyCase(tx, actor.institutionId, message, now);
    }
    return out.result;
  });
}
