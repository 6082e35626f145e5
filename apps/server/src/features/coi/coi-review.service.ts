import { createHash } from "node:crypto";
import type { ZDeterminationInput } from "@renkei/contract";
import {
  coiReason,
  coiRefusal,
  type DeclarationState,
  DomainError,
  fiscalYearEnd,
  type Interest,
  transitionDeclaration,
} from "@renkei/domain";
import { and, desc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import {
  coiAssignments,
  coiCycles,
  coiDeclarations,
  coiDeterminations,
  coiManagementPlans,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { canonicalJson } from "../../lib/canonical-json";
import { appendAudit } from "../audit/audit.writer";
import { notify } from "../notifications/notify";
import { type DeclRow, declarationSnapshot, loadDeclaration, summaries } from "./coi-declarations.service";
import { auditActor, userInInstitution, userNames } from "./coi-store";
import { satisfyRequests } from "./coi-triggers";

/**
 * The committee (seed 003 TMDU: committee with external members; Kuali COI determinations and return to
 * reporter): an institution-wide queue for COI reviewers, external members limited to what is assigned,
 * a determination per interest × case with management plans, return with comments, approval (alone or
 * in bulk for declarations with nothing to determine). An approved declaration is archived unchanged.
 */

export function contentHash(r: Pick<DeclRow, "selfCheck" | "interests">): string {
  return createHash("sha256")
    .update(canonicalJson({ selfCheck: r.selfCheck, interests: r.interests }))
    .digest("hex");
}

export function createCoiReviewService(deps: Deps) {
  const { db, clock } = deps;

  async function reviewable(tx: DbOrTx, actor: Actor, id: string, decide: boolean) {
    const loaded = await loadDeclaration(tx, actor, id);
    if (!(decide ? loaded.canDecide : loaded.canReview)) {
      throw new DomainError("FORBIDDEN", decide ? "Only the committee decides" : "Not assigned to you");
    }
    return loaded.row;
  }

  async function approveRow(
    tx: DbOrTx,
    actor: Actor,
    before: DeclRow,
    validUntilInput: string | null,
    now: Date,
  ) {
    const today = clock.today();
    const dets = await tx
      .select()
      .from(coiDeterminations)
      .where(eq(coiDeterminations.declarationId, before.id));
    const [cycle] = before.cycleId
      ? await tx.select().from(coiCycles).where(eq(coiCycles.id, before.cycleId))
      : [];
    const validUntil = validUntilInput ?? cycle?.validUntil ?? fiscalYearEnd(today);
    if (validUntil < today) {
      throw coiRefusal([coiReason("COI-DECL-VALIDITY", validUntil)]);
    }
    const status = transitionDeclaration({
      action: "approve",
      actor: "committee",
      from: before.status as DeclarationState,
      validUntil,
      interests: before.interests as Interest[],
      determinations: dets.map((d) => ({
        interestId: d.interestId,
        caseId: d.caseId,
        outcome: d.outcome as "no_conflict",
        planId: d.planId,
      })),
    });
    const [after] = await tx
      .update(coiDeclarations)
      .set({
        status,
        approvedOn: today,
        approvedBy: actor.userId,
        validUntil,
        contentHash: contentHash(before),
        version: before.version + 1,
        updatedAt: now.toISOString(),
      })
      .where(and(eq(coiDeclarations.id, before.id), eq(coiDeclarations.version, before.version)))
      .returning();
    if (!after) {
      throw new DomainError("CONFLICT", "The declaration changed since it was read");
    }
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: auditActor(actor),
      action: "coi.declaration_approved",
      entityType: "coi_declaration",
      entityId: before.id,
      before: declarationSnapshot(before),
      after: declarationSnapshot(after),
      at: now,
    });
    await satisfyRequests(tx, after, now);
    await notify(
      tx,
      {
        institutionId: actor.institutionId,
        recipients: { userIds: [before.declarantUserId] },
        kind: "coi.declaration_approved",
        title: { ja: "利益相反申告が承認されました", en: "Your COI declaration was approved" },
        body: { ja: `有効期限: ${validUntil}`, en: `Valid until ${validUntil}.` },
        link: `/coi/declarations/${before.id}`,
      },
      now,
    );
  }

  return {
    /** The committee's queue: everything for reviewers and auditors; assigned ones for external members. */
    async queue(actor: Actor, query: { status?: DeclarationState | undefined }) {
      const conds: SQL[] = [eq(coiDeclarations.institutionId, actor.institutionId)];
      if (query.status) {
        conds.push(eq(coiDeclarations.status, query.status));
      }
      if (!actor.can("coi.read_all")) {
        const mine = await db
          .select({ id: coiAssignments.declarationId })
          .from(coiAssignments)
          .where(eq(coiAssignments.userId, actor.userId));
        conds.push(inArray(coiDeclarations.id, mine.length ? mine.map((m) => m.id) : [actor.userId]));
      }
      const rows = await db
        .select()
        .from(coiDeclarations)
        .where(and(...conds))
        .orderBy(desc(coiDeclarations.submittedAt), desc(coiDeclarations.createdAt))
        .limit(500);
      return summaries(db, rows);
    },

    async assign(actor: Actor, id: string, userId: string) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        await reviewable(tx, actor, id, true);
        const u = await userInInstitution(tx, actor.institutionId, userId);
        if (u.role !== "coi_external_member") {
          throw new DomainError("VALIDATION_FAILED", "Not an external member", {
            issues: [{ path: "userId", message: "validation.not_external_member" }],
          });
        }
        await tx
          .insert(coiAssignments)
          .values({ declarationId: id, userId, assignedBy: actor.userId })
          .onConflictDoNothing();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "coi.external_assigned",
          entityType: "coi_declaration",
          entityId: id,
          after: { userId },
          at: now,
        });
        await notify(
          tx,
          {
            institutionId: actor.institutionId,
            recipients: { userIds: [userId] },
            kind: "coi.assigned",
            title: { ja: "利益相反申告の審査依頼", en: "A COI declaration was assigned to you" },
            body: { ja: "委員会から審査の依頼があります。", en: "The committee asks for your review." },
            link: `/coi/declarations/${id}`,
          },
          now,
        );
      });
    },

    /** One determination per interest × case; "manageable" creates its management plan in the same step. */
    async determine(actor: Actor, id: string, input: z.output<typeof ZDeterminationInput>) {
      const now = clock.now();
      const today = clock.today();
      await db.transaction(async (tx) => {
        const decl = await reviewable(tx, actor, id, false);
        if (decl.status !== "submitted") {
          throw coiRefusal([coiReason("COI-DECL-TRANSITION", decl.status)]);
        }
        const interest = (decl.interests as Interest[]).find((i) => i.interestId === input.interestId);
        if (!interest) {
          throw new DomainError("VALIDATION_FAILED", "Unknown interest", {
            issues: [{ path: "interestId", message: "validation.unknown_interest" }],
          });
        }
        if (input.caseId !== null && !interest.relatedCaseIds.includes(input.caseId)) {
          throw new DomainError("VALIDATION_FAILED", "The interest is not related to that case", {
            issues: [{ path: "caseId", message: "validation.unknown_case" }],
          });
        }
        if (input.outcome === "manageable" && input.plan === null) {
          throw coiRefusal([coiReason("COI-DET-PLAN", interest.entity)]);
        }
        if (input.plan?.monitorUserId) {
          await userInInstitution(tx, actor.institutionId, input.plan.monitorUserId, "plan.monitorUserId");
        }
        const pair = and(
          eq(coiDeterminations.declarationId, id),
          eq(coiDeterminations.interestId, input.interestId),
          input.caseId === null
            ? isNull(coiDeterminations.caseId)
            : eq(coiDeterminations.caseId, input.caseId),
        );
        const [old] = await tx.select().from(coiDeterminations).where(pair);
        if (old) {
          await tx.delete(coiDeterminations).where(eq(coiDeterminations.id, old.id));
          if (old.planId) {
            await tx
              .update(coiManagementPlans)
              .set({ status: "closed", updatedAt: now.toISOString() })
              .where(eq(coiManagementPlans.id, old.planId));
          }
        }
        const [plan] =
          input.outcome === "manageable" && input.plan
            ? await tx
                .insert(coiManagementPlans)
                .values({
                  institutionId: actor.institutionId,
                  declarationId: id,
                  declarantUserId: decl.declarantUserId,
                  conditions: input.plan.conditions,
                  startsOn: today,
                  monitoringOn: input.plan.monitoringOn,
                  monitorUserId: input.plan.monitorUserId,
                  createdBy: actor.userId,
                })
                .returning()
            : [];
        const [det] = await tx
          .insert(coiDeterminations)
          .values({
            institutionId: actor.institutionId,
            declarationId: id,
            interestId: input.interestId,
            caseId: input.caseId,
            outcome: input.outcome,
            planId: plan?.id ?? null,
            notes: input.reason,
            decidedBy: actor.userId,
            decidedAt: now.toISOString(),
          })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "coi.determination_recorded",
          entityType: "coi_declaration",
          entityId: id,
          before: old ?? undefined,
          after: det,
          at: now,
        });
        if (plan) {
          await appendAudit(tx, {
            institutionId: actor.institutionId,
            actor: auditActor(actor),
            action: "coi.plan_recorded",
            entityType: "coi_plan",
            entityId: plan.id,
            after: plan,
            at: now,
          });
        }
      });
    },

    async returnToDeclarant(actor: Actor, id: string, input: { version: number; comment: string }) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const before = await reviewable(tx, actor, id, true);
        if (before.version !== input.version) {
          throw new DomainError("CONFLICT", "The declaration changed since it was read");
        }
        const status = transitionDeclaration({
          action: "return",
          actor: "committee",
          from: before.status as DeclarationState,
          comment: input.comment,
        });
        const [after] = await tx
          .update(coiDeclarations)
          .set({
            status,
            returnComment: input.comment,
            returnedAt: now.toISOString(),
            version: before.version + 1,
            updatedAt: now.toISOString(),
          })
          .where(eq(coiDeclarations.id, id))
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "coi.declaration_returned",
          entityType: "coi_declaration",
          entityId: id,
          before: declarationSnapshot(before),
          after: declarationSnapshot(after!),
          at: now,
        });
        await notify(
          tx,
          {
            institutionId: actor.institutionId,
            recipients: { userIds: [before.declarantUserId] },
            kind: "coi.declaration_returned",
            title: { ja: "利益相反申告が差し戻されました", en: "Your COI declaration was returned" },
            body: {
              ja: `差し戻しの理由: ${input.comment}`,
              en: `Reason for returning: ${input.comment}`,
            },
            link: `/coi/declarations/${id}`,
          },
          now,
        );
      });
    },

    async approve(actor: Actor, id: string, input: { version: number; validUntil: string | null }) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const before = await reviewable(tx, actor, id, true);
        if (before.version !== input.version) {
          throw new DomainError("CONFLICT", "The declaration changed since it was read");
        }
        await approveRow(tx, actor, before, input.validUntil, now);
      });
    },

    /**
     * Bulk decision: approves declarations that declare nothing (all self-check answers "no"). All or
     * nothing: one with an interest, or not awaiting the committee, refuses the whole batch.
     */
    async bulkApprove(actor: Actor, ids: string[]) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const rows: DeclRow[] = [];
        for (const id of [...new Set(ids)]) {
          rows.push(await reviewable(tx, actor, id, true));
        }
        const blocked = rows.filter(
          (r) => r.status !== "submitted" || (r.interests as Interest[]).length > 0,
        );
        if (blocked.length > 0) {
          const names = await userNames(
            tx,
            blocked.map((r) => r.declarantUserId),
          );
          throw coiRefusal(
            blocked.map((r) =>
              coiReason(
                r.status !== "submitted" ? "COI-DECL-TRANSITION" : "COI-DECL-UNDETERMINED",
                names.get(r.declarantUserId) ?? "",
              ),
            ),
          );
        }
        for (const r of rows) {
          await approveRow(tx, actor, r, null, now);
        }
        return { approved: rows.length };
      });
    },
  };
}
