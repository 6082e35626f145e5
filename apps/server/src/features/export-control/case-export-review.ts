import {
  type ExportControlOutcome,
  japanDate,
  type LinkedTransactionReview,
  type ReviewDecision,
  type ReviewStatus,
} from "@renkei/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { cases, ecTransactionReviews } from "../../db/schema";

/** The latest 取引審査 of a collaboration case, as the cases feature reads it. */
export interface CaseTransactionReview extends LinkedTransactionReview {
  reviewId: string;
  refNo: string;
  title: string;
  decidedAt: string | null;
}

/**
 * The latest 取引審査 (transaction review) of each given collaboration case, in one query (seed 001
 * §IV.2-4 / §IV.2-9: export control is settled before the contract). `outcome` is the engine's
 * determination made on submission (null while a draft); `decision` the officer's, once decided.
 * Another institution's case id finds nothing, like a missing one.
 */
export async function exportReviewsForCases(
  db: DbOrTx,
  institutionId: string,
  caseIds: string[],
): Promise<Map<string, CaseTransactionReview>> {
  if (caseIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectDistinctOn([ecTransactionReviews.caseId], {
      caseId: ecTransactionReviews.caseId,
      reviewId: ecTransactionReviews.id,
      refNo: ecTransactionReviews.refNo,
      title: ecTransactionReviews.title,
      status: ecTransactionReviews.status,
      outcome: ecTransactionReviews.outcome,
      decision: ecTransactionReviews.decision,
      decidedAt: ecTransactionReviews.decidedAt,
    })
    .from(ecTransactionReviews)
    .where(
      and(
        eq(ecTransactionReviews.institutionId, institutionId),
        inArray(ecTransactionReviews.caseId, caseIds),
      ),
    )
    .orderBy(
      ecTransactionReviews.caseId,
      sql`${ecTransactionReviews.createdAt} desc`,
      sql`${ecTransactionReviews.id} desc`,
    );
  return new Map(
    rows.map((r) => {
      const decidedAt = r.decidedAt ? new Date(r.decidedAt) : null;
      return [
        r.caseId as string,
        {
          reviewId: r.reviewId,
          refNo: r.refNo,
          title: r.title,
          status: r.status as ReviewStatus,
          outcome: r.outcome as ExportControlOutcome | null,
          decision: r.decision as ReviewDecision | null,
          decidedAt: decidedAt?.toISOString() ?? null,
          decidedOn: decidedAt ? japanDate(decidedAt) : null,
        },
      ];
    }),
  );
}

/** The case a review is filed for, when it is one of the institution's (null otherwise). */
export async function caseForReview(
  db: DbOrTx,
  institutionId: string,
  caseId: string,
): Promise<{ id: string; ref: string; title: string } | null> {
  const [row] = await db
    .select({ id: cases.id, ref: cases.ref, title: cases.title })
    .from(cases)
    .where(and(eq(cases.institutionId, institutionId), eq(cases.id, caseId)));
  return row ?? null;
}
