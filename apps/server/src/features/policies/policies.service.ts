import type { TAppliedPolicies, TPolicyVersion } from "@renkei/contract";
import {
  nextPolicyVersion,
  POLICIES_APPLIED_BY,
  type PolicyDecisionKind,
  type PolicyKind,
  policyInForce,
} from "@renkei/domain";
import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { policyVersions } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { userRefs } from "../export-control/records-common";

type Row = typeof policyVersions.$inferSelect;

async function views(db: DbOrTx, rows: Row[]): Promise<TPolicyVersion[]> {
  const ref = await userRefs(
    db,
    rows.map((r) => r.createdBy),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as PolicyKind,
    versionNo: r.versionNo,
    titleJa: r.titleJa,
    titleEn: r.titleEn,
    effectiveFrom: r.effectiveFrom,
    body: r.body,
    changeNote: r.changeNote,
    createdAt: new Date(r.createdAt).toISOString(),
    createdBy: ref(r.createdBy),
  }));
}

/** Written policies as versioned documents (issue 17 item 3; seed 001 §IV.1-1, seed 002). */
export function createPoliciesService(deps: Deps) {
  const { db, clock } = deps;

  async function all(tx: DbOrTx, institutionId: string) {
    return tx
      .select()
      .from(policyVersions)
      .where(eq(policyVersions.institutionId, institutionId))
      .orderBy(asc(policyVersions.kind), asc(policyVersions.versionNo));
  }

  return {
    async list(actor: Actor) {
      return views(db, await all(db, actor.institutionId));
    },

    /** The versions a kind of decision applied on a date (pure: `policyInForce`). */
    async applied(actor: Actor, decision: PolicyDecisionKind, on: string): Promise<TAppliedPolicies> {
      const rows = await views(db, await all(db, actor.institutionId));
      return {
        on,
        items: POLICIES_APPLIED_BY[decision].map((kind) => {
          const v = policyInForce(rows, kind, on);
          if (!v) {
            return { kind, version: null };
          }
          const { body: _b, ...rest } = v;
          return { kind, version: rest };
        }),
      };
    },

    async addVersion(
      actor: Actor,
      kind: PolicyKind,
      input: { titleJa: string; titleEn: string; effectiveFrom: string; body: string; changeNote: string },
    ) {
      return db.transaction(async (tx) => {
        // One writer per policy at a time, so two new versions cannot take the same number.
        await tx.execute(
          sql`select pg_advisory_xact_lock(hashtext(${`policy:${actor.institutionId}:${kind}`}))`,
        );
        const existing = await all(tx, actor.institutionId);
        const versionNo = nextPolicyVersion(
          existing.map((r) => ({ ...r, kind: r.kind as PolicyKind })),
          kind,
          input.effectiveFrom,
        );
        const [row] = await tx
          .insert(policyVersions)
          .values({ ...input, institutionId: actor.institutionId, kind, versionNo, createdBy: actor.userId })
          .returning();
        const { institutionId: _i, body: _b, ...snapshot } = row!;
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: { userId: actor.userId, label: actor.displayName },
          action: "policy.version_added",
          entityType: "policy_version",
          entityId: row!.id,
          after: { ...snapshot, bodyChars: row!.body.length },
          at: clock.now(),
        });
        return (await views(tx, [row!]))[0]!;
      });
    },
  };
}
