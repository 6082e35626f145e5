import type { TReviewValues } from "@renkei/contract";
import {
  type AuditAction,
  applyReviewAction,
  canReadReview,
  type DecisionBody,
  DomainError,
  type ExportControlOutcome,
  hasPermission,
  type ReviewAction,
  type ReviewActor,
  type ReviewDecision,
  type ReviewState,
  type ReviewStatus,
  type Role,
} from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx, Tx } from "../../db/client";
import { assertInInstitution } from "../../db/institution-refs";
import {
  ecClassifications,
  ecReviewClassifications,
  ecReviewDeterminations,
  ecReviewEvents,
  ecTransactionReviews,
  users,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { type CaseReviewStep, onCaseReviewStep } from "../cases/case-export-link";
import { caseParty, recordCaseSubject } from "../cases/case-review-subjects";
import { createAssessService } from "./assess.service";
import { caseForReview } from "./case-export-review";
import type { EndUserLookup } from "./end-user-lookup";
import { auditActor, nextRefNo, retentionFromToday } from "./records-common";
import { reviewAssessInput, validateReviewFacts } from "./review-facts";
import { noticeForStep } from "./review-notices";

export type ReviewRow = typeof ecTransactionReviews.$inferSelect;

export function reviewActor(actor: Actor): ReviewActor {
  return { userId: actor.userId, departmentId: actor.departmentId, can: (p) => actor.can(p) };
}

export function reviewState(row: ReviewRow): ReviewState {
  return {
    status: row.status as ReviewStatus,
    applicantId: row.applicantId,
    enteredBy: row.enteredBy,
    departmentId: row.departmentId,
    outcome: row.outcome as ExportControlOutcome | null,
    selfCheckConfirmed: (row.selfCheck as { confirmedAccurate?: unknown }).confirmedAccurate === true,
  };
}

/** A review of the actor's institution (another institution's id looks missing). */
export async function findReview(db: DbOrTx, institutionId: string, id: string): Promise<ReviewRow> {
  const [row] = await db
    .select()
    .from(ecTransactionReviews)
    .where(and(eq(ecTransactionReviews.id, id), eq(ecTransactionReviews.institutionId, institutionId)));
  if (!row) {
    throw new DomainError("NOT_FOUND", "Transaction review not found");
  }
  return row;
}

/** A review the actor may read; one it may not read looks missing (architecture §8.5). */
export async function findReadableReview(db: DbOrTx, actor: Actor, id: string): Promise<ReviewRow> {
  const row = await findReview(db, actor.institutionId, id);
  if (!canReadReview(reviewState(row), reviewActor(actor))) {
    throw new DomainError("NOT_FOUND", "Transaction review not found");
  }
  return row;
}

function snapshot(row: ReviewRow) {
  return {
    refNo: row.refNo,
    title: row.title,
    status: row.status,
    caseId: row.caseId,
    applicantId: row.applicantId,
    enteredBy: row.enteredBy,
    counterpartyName: row.counterpartyName,
    counterpartyCountry: row.counterpartyCountry,
    plannedOn: row.plannedOn,
    facts: row.facts,
    outcome: row.outcome,
    decision: row.decision,
    retentionUntil: row.retentionUntil,
  };
}

const ACTION_AUDIT: Record<"submit" | "department_approve" | "return" | "decide", AuditAction> = {
  submit: "export.review.submitted",
  department_approve: "export.review.department_approved",
  return: "export.review.returned",
  decide: "export.review.decided",
};

export interface DecisionInput {
  decision: ReviewDecision;
  decisionBody: DecisionBody;
  /** The decision's own required 理由 (issue 11 item 6). */
  reason: string;
  comment?: string | undefined;
  conditions?: string | null | undefined;
}

/**
 * 取引審査 writes (spec §6.3): create / edit by the applicant or an assistant (代理入力), then the route
 * self-check → department head → export-control officer, returns with comments, and engine runs that store
 * the determination with its rules, sources, data versions and as-of date.
 */
export function createTransactionReviewsService(deps: Deps, lookup?: EndUserLookup) {
  const { db, clock } = deps;
  // The engine runs inside the caller's transaction: the End User List lookup must read through the
  // same connection (PGlite has only one, so a second reader would wait on the open transaction forever).
  const assessorIn = (tx: DbOrTx) => createAssessService({ ...deps, db: tx as Db }, lookup);

  /** A review is filed for one of the institution's own collaboration cases (or none). */
  async function checkCase(tx: DbOrTx, actor: Actor, caseId: string | null | undefined) {
    if (caseId && !(await caseForReview(tx, actor.institutionId, caseId))) {
      throw new DomainError("VALIDATION_FAILED", "Unknown case", {
        issues: [{ path: "caseId", message: "validation.unknown_record" }],
      });
    }
  }

  async function applicantOf(tx: DbOrTx, actor: Actor, applicantId: string | null | undefined) {
    const id = applicantId ?? actor.userId;
    if (id !== actor.userId && !actor.can("export.review.proxy")) {
      throw new DomainError("FORBIDDEN", "Entering a review for someone else needs export.review.proxy");
    }
    const [user] = await tx
      .select({ id: users.id, role: users.role, departmentId: users.departmentId, disabled: users.disabled })
      .from(users)
      .where(and(eq(users.id, id), eq(users.institutionId, actor.institutionId)));
    const issue = (message: string) =>
      new DomainError("VALIDATION_FAILED", "Invalid applicant", {
        issues: [{ path: "applicantId", message }],
      });
    if (!user || user.disabled) {
      throw issue("validation.unknown_user");
    }
    if (!hasPermission(user.role as Role, "export.review.submit")) {
      throw issue("validation.applicant_not_researcher");
    }
    if (!user.departmentId) {
      // The first stage is the head of the applicant's department (spec §6.3): it must exist.
      throw issue("validation.applicant_without_department");
    }
    return user;
  }

  async function linkClassifications(tx: DbOrTx, actor: Actor, reviewId: string, ids: string[]) {
    const wanted = [...new Set(ids)];
    await assertInInstitution(tx, actor.institutionId, { classifications: { classificationIds: wanted } });
    await tx.delete(ecReviewClassifications).where(eq(ecReviewClassifications.reviewId, reviewId));
    if (wanted.length > 0) {
      await tx.insert(ecReviewClassifications).values(
        wanted.map((classificationId) => ({
          reviewId,
          classificationId,
          institutionId: actor.institutionId,
        })),
      );
    }
  }

  async function event(
    tx: DbOrTx,
    row: ReviewRow,
    actor: Actor,
    action: string,
    to: ReviewStatus | null,
    comment: string | null,
  ) {
    await tx.insert(ecReviewEvents).values({
      institutionId: row.institutionId,
      reviewId: row.id,
      at: clock.now().toISOString(),
      actorId: actor.userId,
      action,
      fromStatus: row.status,
      toStatus: to,
      comment,
    });
  }

  /** Runs the engine on the review's facts and stores the determination. */
  async function determine(
    tx: DbOrTx,
    actor: Actor,
    row: ReviewRow,
    purpose: "submission" | "rerun",
    asOf?: string,
  ) {
    const records = await tx
      .select({ determination: ecClassifications.determination, listItem: ecClassifications.listItem })
      .from(ecReviewClassifications)
      .innerJoin(ecClassifications, eq(ecClassifications.id, ecReviewClassifications.classificationId))
      .where(eq(ecReviewClassifications.reviewId, row.id));
    const input = reviewAssessInput(
      {
        facts: row.facts as Record<string, unknown>,
        plannedOn: row.plannedOn,
        counterpartyName: row.counterpartyName,
        counterpartyCountry: row.counterpartyCountry,
      },
      records,
    );
    const { facts, result } = await assessorIn(tx).assess(actor.institutionId, input, asOf);
    const [det] = await tx
      .insert(ecReviewDeterminations)
      .values({
        institutionId: row.institutionId,
        reviewId: row.id,
        purpose,
        asOf: result.asOf,
        outcome: result.outcome,
        exemption: result.exemption,
        rulesFired: result.rulesFired,
        facts,
        result,
        assessedBy: actor.userId,
        assessedAt: clock.now().toISOString(),
      })
      .returning({ id: ecReviewDeterminations.id });
    return { id: det!.id, result };
  }

  async function act(
    actor: Actor,
    id: string,
    action: ReviewAction,
    input: { comment?: string | undefined; decision?: DecisionInput | undefined } = {},
  ) {
    await db.transaction(async (tx) => {
      const before = await findReadableReview(tx, actor, id);
      const comment = input.comment?.trim() || null;
      const reasonText = input.decision?.reason.trim() || null;
      const next = applyReviewAction(reviewState(before), action, reviewActor(actor), {
        // A decision's explanation is its reason (issue 11 item 6); other steps explain in the comment.
        comment: action === "decide" ? reasonText : comment,
        decision: input.decision?.decision,
      });
      // The trail keeps a decision's reason first, then any further comment.
      const trail = action === "decide" ? [reasonText, comment].filter(Boolean).join("\n") || null : comment;
      const now = clock.now().toISOString();
      const set: Partial<typeof ecTransactionReviews.$inferInsert> = {
        status: next,
        version: before.version + 1,
        updatedAt: now,
        retentionUntil: retentionFromToday(deps),
      };
      let determination: {
        outcome: string;
        rulesFired: string[];
        asOf: string;
        dataVersions: unknown;
      } | null = null;
      if (action === "submit") {
        const det = await determine(tx, actor, before, "submission");
        set.determinationId = det.id;
        set.outcome = det.result.outcome;
        set.submittedAt = now;
        set.deptApprovedBy = null;
        set.deptApprovedAt = null;
        determination = {
          outcome: det.result.outcome,
          rulesFired: det.result.rulesFired,
          asOf: det.result.asOf,
          dataVersions: det.result.dataVersions,
        };
      } else if (action === "department_approve") {
        set.deptApprovedBy = actor.userId;
        set.deptApprovedAt = now;
      } else if (action === "decide" && input.decision) {
        set.decision = input.decision.decision;
        set.decisionBody = input.decision.decisionBody;
        set.decisionNote = comment;
        set.decisionReason = reasonText;
        set.conditions = input.decision.conditions?.trim() || null;
        set.decidedBy = actor.userId;
        set.decidedAt = now;
      }
      const [after] = await tx
        .update(ecTransactionReviews)
        .set(set)
        .where(and(eq(ecTransactionReviews.id, id), eq(ecTransactionReviews.version, before.version)))
        .returning();
      if (!after) {
        throw new DomainError("CONFLICT", "Someone else changed this review; reload and try again");
      }
      await event(tx, before, actor, action, next, trail);
      await noticeForStep(
        tx,
        after,
        action as "submit" | "department_approve" | "return" | "decide",
        trail,
        clock.now(),
      );
      await appendAudit(tx, {
        institutionId: actor.institutionId,
        actor: auditActor(actor),
        action: ACTION_AUDIT[action as keyof typeof ACTION_AUDIT],
        entityType: "ec_transaction_review",
        entityId: id,
        before: { status: before.status },
        after: {
          status: after.status,
          comment,
          ...(determination ? { determination } : {}),
          ...(action === "decide"
            ? {
                decision: after.decision,
                decisionBody: after.decisionBody,
                reason: after.decisionReason,
                conditions: after.conditions,
              }
            : {}),
        },
        at: clock.now(),
      });
      await caseStep(tx, actor, after, action as CaseReviewStep["step"]);
    });
  }

  /** Tells the collaboration case the review is filed for, if any (its history, blockers, members). */
  async function caseStep(
    tx: Tx,
    actor: Actor,
    row: typeof ecTransactionReviews.$inferSelect,
    step: CaseReviewStep["step"],
    caseId = row.caseId,
  ) {
    if (!caseId) {
      return;
    }
    await onCaseReviewStep(
      tx,
      actor.institutionId,
      caseId,
      {
        reviewId: row.id,
        refNo: row.refNo,
        title: row.title,
        step,
        status: row.status as ReviewStatus,
        decision: row.decision as ReviewDecision | null,
      },
      auditActor(actor),
      clock.now(),
      clock.today(),
    );
  }

  return {
    async create(actor: Actor, values: TReviewValues): Promise<string> {
      validateReviewFacts(values.facts);
      return db.transaction(async (tx) => {
        const applicant = await applicantOf(tx, actor, values.applicantId);
        await checkCase(tx, actor, values.caseId);
        const party = await caseParty(tx, actor.institutionId, values);
        const now = clock.now().toISOString();
        const refNo = await nextRefNo(
          tx,
          actor.institutionId,
          "TR",
          clock.today().slice(0, 4),
          ecTransactionReviews,
        );
        const [row] = await tx
          .insert(ecTransactionReviews)
          .values({
            institutionId: actor.institutionId,
            refNo,
            caseId: values.caseId ?? null,
            title: values.title,
            description: values.description,
            applicantId: applicant.id,
            enteredBy: actor.userId,
            departmentId: applicant.departmentId,
            counterpartyName: values.counterpartyName,
            counterpartyCountry: values.counterpartyCountry,
            ...party,
            plannedOn: values.plannedOn ?? null,
            facts: values.facts,
            selfCheck: values.selfCheck,
            retentionUntil: retentionFromToday(deps),
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        await linkClassifications(tx, actor, row!.id, values.classificationIds);
        await recordCaseSubject(tx, actor.institutionId, row!.id, values);
        await tx.insert(ecReviewEvents).values({
          institutionId: actor.institutionId,
          reviewId: row!.id,
          at: now,
          actorId: actor.userId,
          action: applicant.id === actor.userId ? "create" : "create_proxy",
          fromStatus: null,
          toStatus: "draft",
          comment: null,
        });
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "export.review.created",
          entityType: "ec_transaction_review",
          entityId: row!.id,
          after: { ...snapshot(row!), classificationIds: values.classificationIds },
          at: clock.now(),
        });
        await caseStep(tx, actor, row!, "created");
        return row!.id;
      });
    },

    async update(actor: Actor, id: string, version: number, values: TReviewValues) {
      validateReviewFacts(values.facts);
      await db.transaction(async (tx) => {
        const before = await findReadableReview(tx, actor, id);
        applyReviewAction(reviewState(before), "edit", reviewActor(actor));
        await checkCase(tx, actor, values.caseId);
        const party = await caseParty(tx, actor.institutionId, values);
        if (before.version !== version) {
          throw new DomainError("CONFLICT", "Someone else changed this review; reload and try again", {
            currentVersion: before.version,
          });
        }
        // The applicant stays who it was: a different researcher files a new review.
        const [after] = await tx
          .update(ecTransactionReviews)
          .set({
            caseId: values.caseId ?? null,
            title: values.title,
            description: values.description,
            counterpartyName: values.counterpartyName,
            counterpartyCountry: values.counterpartyCountry,
            ...party,
            plannedOn: values.plannedOn ?? null,
            facts: values.facts,
            selfCheck: values.selfCheck,
            version: before.version + 1,
            updatedAt: clock.now().toISOString(),
            retentionUntil: retentionFromToday(deps),
          })
          .where(and(eq(ecTransactionReviews.id, id), eq(ecTransactionReviews.version, version)))
          .returning();
        if (!after) {
          throw new DomainError("CONFLICT", "Someone else changed this review; reload and try again");
        }
        await linkClassifications(tx, actor, id, values.classificationIds);
        await recordCaseSubject(tx, actor.institutionId, id, values);
        await event(tx, before, actor, "edit", null, null);
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "export.review.updated",
          entityType: "ec_transaction_review",
          entityId: id,
          before: snapshot(before),
          after: { ...snapshot(after), classificationIds: values.classificationIds },
          at: clock.now(),
        });
        if (before.caseId !== after.caseId) {
          await caseStep(tx, actor, after, "unlinked", before.caseId);
          await caseStep(tx, actor, after, "linked");
        }
      });
    },

    submit: (actor: Actor, id: string) => act(actor, id, "submit"),
    approveAtDepartment: (actor: Actor, id: string, comment?: string) =>
      act(actor, id, "department_approve", { comment }),
    returnForCorrection: (actor: Actor, id: string, comment?: string) =>
      act(actor, id, "return", { comment }),
    decide: (actor: Actor, id: string, decision: DecisionInput) =>
      act(actor, id, "decide", { comment: decision.comment, decision }),

    async comment(actor: Actor, id: string, text: string | undefined) {
      await db.transaction(async (tx) => {
        const row = await findReadableReview(tx, actor, id);
        const comment = text?.trim() ?? "";
        applyReviewAction(reviewState(row), "comment", reviewActor(actor), { comment });
        await event(tx, row, actor, "comment", null, comment);
        await tx
          .update(ecTransactionReviews)
          .set({ updatedAt: clock.now().toISOString(), retentionUntil: retentionFromToday(deps) })
          .where(eq(ecTransactionReviews.id, id));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "export.review.commented",
          entityType: "ec_transaction_review",
          entityId: id,
          after: { comment },
          at: clock.now(),
        });
      });
    },

    /** Re-runs the engine for another date (e.g. the visitor's month 6); the current determination stays. */
    async rerun(actor: Actor, id: string, asOf: string): Promise<string> {
      return db.transaction(async (tx) => {
        const row = await findReadableReview(tx, actor, id);
        applyReviewAction(reviewState(row), "rerun", reviewActor(actor));
        const det = await determine(tx, actor, row, "rerun", asOf);
        await event(tx, row, actor, "rerun", null, `${asOf}: ${det.result.outcome}`);
        await tx
          .update(ecTransactionReviews)
          .set({ updatedAt: clock.now().toISOString(), retentionUntil: retentionFromToday(deps) })
          .where(eq(ecTransactionReviews.id, id));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "export.review.reassessed",
          entityType: "ec_transaction_review",
          entityId: id,
          after: {
            determinationId: det.id,
            asOf: det.result.asOf,
            outcome: det.result.outcome,
            rulesFired: det.result.rulesFired,
            dataVersions: det.result.dataVersions,
          },
          at: clock.now(),
        });
        return det.id;
      });
    },

    /** For evidence uploads: the review must be editable by the actor (draft or returned, a party). */
    async requireEditable(tx: DbOrTx, actor: Actor, id: string) {
      const row = await findReadableReview(tx, actor, id);
      applyReviewAction(reviewState(row), "edit", reviewActor(actor));
      return row;
    },
  };
}

export type TransactionReviewsService = ReturnType<typeof createTransactionReviewsService>;
