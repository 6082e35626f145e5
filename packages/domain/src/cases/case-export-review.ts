import type { ExportControlOutcome } from "../export-control/result";
import type { ReviewDecision, ReviewStatus } from "../export-control/transaction-review";
import type { IsoDate } from "../shared/dates";
import type { ExportReview, LicenceRecord } from "./case-schemas";

/** The case's 取引審査 as the export-control feature keeps it. */
export interface LinkedTransactionReview {
  status: ReviewStatus;
  /** The engine's determination made on submission (null while a draft). */
  outcome: ExportControlOutcome | null;
  /** The officer's (or committee's) decision, set once the review is decided. */
  decision: ReviewDecision | null;
  decidedOn: IsoDate | null;
}

/**
 * What the contract gate reads from the case's 取引審査 (seed 001 §IV.2-9, spec §6.3): the officer's
 * decision, not the engine's proposal, settles it. Until the review is decided the outcome is null (in
 * review). `approved` keeps the engine's exemption when it found one and is otherwise "no licence" (the
 * officer's individual review settles a MANUAL_REVIEW); `licence_required` needs the licence recorded on
 * the case; `rejected` is a prohibited transaction.
 */
export function caseExportReview(
  review: LinkedTransactionReview,
  licence: LicenceRecord | null,
): ExportReview {
  if (review.status !== "decided" || review.decision === null) {
    return { outcome: null, reviewedOn: null, licence };
  }
  const outcome: ExportControlOutcome =
    review.decision === "rejected"
      ? "PROHIBITED"
      : review.decision === "licence_required"
        ? "LICENCE_REQUIRED"
        : review.outcome === "NO_LICENCE_EXEMPT"
          ? "NO_LICENCE_EXEMPT"
          : "NO_LICENCE";
  return { outcome, reviewedOn: review.decidedOn, licence };
}
