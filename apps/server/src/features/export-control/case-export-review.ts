import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { ecTransactionReviews } from "../../db/schema";

export type CaseExportOutcome =
  | "NO_LICENCE"
  | "NO_LICENCE_EXEMPT"
  | "LICENCE_REQUIRED"
  | "MANUAL_REVIEW"
  | "PROHIBITED";

/**
 * The latest 取引審査 (transaction review) of a collaboration case, for the cases feature (seed 001
 * §IV.2-4: export control is checked before the contract). `outcome` is the engine's determination made on
 * submission (null while the review is a draft); `decidedAt` is set once the officer / committee decided.
 * Another institution's case id finds nothing (null), like a missing one.
 */
export async function exportReviewForCase(
  db: DbOrTx,
  institutionId: string,
  caseId: string,
): Promise<{
  reviewId: string;
  status: string;
  outcome: CaseExportOutcome | null;
  decidedAt: string | null;
} | null> {
  const [row] = await db
    .select({
      reviewId: ecTransactionReviews.id,
      status: ecTransactionReviews.status,
      outcome: ecTransactionReviews.outcome,
      decidedAt: ecTransactionReviews.decidedAt,
    })
    .from(ecTransactionReviews)
    .where(
      and(eq(ecTransactionReviews.institutionId, institutionId), eq(ecTransactionReviews.caseId, caseId)),
    )
    .orderBy(desc(ecTransactionReviews.createdAt), desc(ecTransactionReviews.id))
    .limit(1);
  if (!row) {
    return null;
  }
  return {
    reviewId: row.reviewId,
    status: row.status,
    outcome: row.outcome as CaseExportOutcome | null,
    decidedAt: row.decidedAt ? new Date(row.decidedAt).toISOString() : null,
  };
}
