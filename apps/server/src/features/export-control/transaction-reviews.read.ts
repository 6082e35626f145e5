import type { TAssessResponse, TReviewDetail, TReviewSummary } from "@renkei/contract";
import {
  type DecisionBody,
  type ExportControlOutcome,
  REVIEW_ACTIONS,
  type ReviewDecision,
  type ReviewStatus,
  reviewActionReasons,
} from "@renkei/domain";
import { and, count, desc, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import {
  departments,
  ecClassifications,
  ecReviewClassifications,
  ecReviewDeterminations,
  ecReviewEvents,
  ecTransactionReviews,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { caseForReview, reviewSubjectOf } from "./case-export-review";
import { classificationSummaries } from "./classifications.service";
import { listEvidence } from "./evidence.service";
import { iso, userRefs } from "./records-common";
import { findReadableReview, type ReviewRow, reviewActor, reviewState } from "./transaction-reviews.service";

export interface ReviewListInput {
  status?: ReviewStatus | undefined;
  q?: string | undefined;
  todo?: "true" | "false" | undefined;
  page: number;
  pageSize: number;
}

/**
 * Which reviews the actor sees in lists (the same rule as canReadReview): the office everything in its
 * institution; a department head their department's; everyone their own (applicant or entered by).
 */
function visibleWhere(actor: Actor): SQL {
  const inst = eq(ecTransactionReviews.institutionId, actor.institutionId);
  if (actor.can("export.review.read_all")) {
    return inst;
  }
  const own = or(
    eq(ecTransactionReviews.applicantId, actor.userId),
    eq(ecTransactionReviews.enteredBy, actor.userId),
  )!;
  const dept =
    actor.can("export.review.department") && actor.departmentId
      ? or(own, eq(ecTransactionReviews.departmentId, actor.departmentId))!
      : own;
  return and(inst, dept)!;
}

/** "Waiting for me": the department stage for a head, the officer stage for the office, drafts for others. */
function todoWhere(actor: Actor): SQL {
  const parts: SQL[] = [];
  if (actor.can("export.review.department") && actor.departmentId) {
    parts.push(
      and(
        eq(ecTransactionReviews.status, "dept_review"),
        eq(ecTransactionReviews.departmentId, actor.departmentId),
      )!,
    );
  }
  if (actor.can("export.review.decide")) {
    parts.push(eq(ecTransactionReviews.status, "officer_review"));
  }
  parts.push(
    and(
      inArray(ecTransactionReviews.status, ["draft", "returned"]),
      or(
        eq(ecTransactionReviews.applicantId, actor.userId),
        eq(ecTransactionReviews.enteredBy, actor.userId),
      ),
    )!,
  );
  return or(...parts)!;
}

async function summaries(db: DbOrTx, rows: ReviewRow[]): Promise<TReviewSummary[]> {
  const ref = await userRefs(
    db,
    rows.flatMap((r) => [r.applicantId, r.enteredBy]),
  );
  const deptIds = [...new Set(rows.map((r) => r.departmentId).filter((d): d is string => Boolean(d)))];
  const deptRows = deptIds.length
    ? await db
        .select({ id: departments.id, name: departments.nameJa })
        .from(departments)
        .where(inArray(departments.id, deptIds))
    : [];
  const deptName = new Map(deptRows.map((d) => [d.id, d.name]));
  return rows.map((r) => ({
    id: r.id,
    refNo: r.refNo,
    title: r.title,
    status: r.status as ReviewStatus,
    outcome: r.outcome as ExportControlOutcome | null,
    applicant: ref(r.applicantId)!,
    enteredBy: ref(r.enteredBy)!,
    departmentName: r.departmentId ? (deptName.get(r.departmentId) ?? null) : null,
    counterpartyName: r.counterpartyName,
    counterpartyCountry: r.counterpartyCountry,
    plannedOn: r.plannedOn,
    caseId: r.caseId,
    decision: r.decision as ReviewDecision | null,
    decidedAt: iso(r.decidedAt),
    updatedAt: iso(r.updatedAt)!,
  }));
}

export function createReviewReader(deps: Deps) {
  const { db } = deps;
  return {
    async list(actor: Actor, input: ReviewListInput) {
      const where: SQL[] = [visibleWhere(actor)];
      if (input.status) {
        where.push(eq(ecTransactionReviews.status, input.status));
      }
      if (input.todo === "true") {
        where.push(todoWhere(actor));
      }
      if (input.q) {
        const like = `%${input.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
        where.push(
          or(
            ilike(ecTransactionReviews.title, like),
            ilike(ecTransactionReviews.refNo, like),
            ilike(ecTransactionReviews.counterpartyName, like),
          )!,
        );
      }
      const cond = and(...where);
      const rows = await db
        .select()
        .from(ecTransactionReviews)
        .where(cond)
        .orderBy(desc(ecTransactionReviews.updatedAt), desc(ecTransactionReviews.id))
        .limit(input.pageSize)
        .offset((input.page - 1) * input.pageSize);
      const [total] = await db.select({ n: count() }).from(ecTransactionReviews).where(cond);
      return {
        items: await summaries(db, rows),
        total: Number(total?.n ?? 0),
        page: input.page,
        pageSize: input.pageSize,
      };
    },

    async get(actor: Actor, id: string): Promise<TReviewDetail> {
      const row = await findReadableReview(db, actor, id);
      const [summary] = await summaries(db, [row]);
      const dets = await db
        .select()
        .from(ecReviewDeterminations)
        .where(eq(ecReviewDeterminations.reviewId, id))
        .orderBy(desc(ecReviewDeterminations.seq));
      const events = await db
        .select()
        .from(ecReviewEvents)
        .where(eq(ecReviewEvents.reviewId, id))
        .orderBy(ecReviewEvents.seq);
      const linked = await db
        .select({ c: ecClassifications })
        .from(ecReviewClassifications)
        .innerJoin(ecClassifications, eq(ecClassifications.id, ecReviewClassifications.classificationId))
        .where(eq(ecReviewClassifications.reviewId, id));
      const ref = await userRefs(db, [
        row.deptApprovedBy,
        row.decidedBy,
        ...dets.map((d) => d.assessedBy),
        ...events.map((e) => e.actorId),
      ]);
      // The current determination (made on submission) first, then the others newest first.
      const ordered = [
        ...dets.filter((d) => d.id === row.determinationId),
        ...dets.filter((d) => d.id !== row.determinationId),
      ];
      const state = reviewState(row);
      const who = reviewActor(actor);
      return {
        ...summary!,
        case: row.caseId ? await caseForReview(db, actor.institutionId, row.caseId) : null,
        caseSubject: row.caseId ? await reviewSubjectOf(db, actor.institutionId, row.id) : null,
        description: row.description,
        facts: row.facts as Record<string, unknown>,
        selfCheck: row.selfCheck as Record<string, unknown>,
        departmentId: row.departmentId,
        submittedAt: iso(row.submittedAt),
        deptApprovedBy: ref(row.deptApprovedBy),
        deptApprovedAt: iso(row.deptApprovedAt),
        decisionBody: row.decisionBody as DecisionBody | null,
        decisionNote: row.decisionNote,
        decisionReason: row.decisionReason,
        conditions: row.conditions,
        decidedBy: ref(row.decidedBy),
        retentionUntil: row.retentionUntil,
        version: row.version,
        createdAt: iso(row.createdAt)!,
        determinations: ordered.map((d) => ({
          id: d.id,
          purpose: d.purpose as "submission" | "rerun",
          asOf: d.asOf,
          outcome: d.outcome as ExportControlOutcome,
          exemption: d.exemption,
          rulesFired: d.rulesFired,
          result: d.result as TAssessResponse,
          assessedAt: iso(d.assessedAt)!,
          assessedBy: ref(d.assessedBy),
        })),
        events: events.map((e) => ({
          id: e.id,
          at: iso(e.at)!,
          actor: ref(e.actorId),
          action: e.action,
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          comment: e.comment,
        })),
        classifications: await classificationSummaries(
          db,
          linked.map((l) => l.c),
        ),
        evidence: await listEvidence(db, { reviewId: id }),
        // Availability by stage and role only: notes and decisions are checked when the form is sent.
        actions: REVIEW_ACTIONS.map((action) => {
          const reasons = reviewActionReasons(state, action, who, {}, { checkInput: false });
          if (action === "submit" && reasons.length === 0 && !state.selfCheckConfirmed) {
            reasons.push(...reviewActionReasons(state, action, who));
          }
          return { action, allowed: reasons.length === 0, reasons };
        }),
      };
    },
  };
}
