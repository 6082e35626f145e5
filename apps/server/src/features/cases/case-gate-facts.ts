import type { Screening } from "@renkei/domain";
import type { DbOrTx } from "../../db/client";
import { type CaseTransactionReview, exportReviewsForCases } from "../export-control/case-export-review";
import { type SubjectScreeningStatus, screeningStatusOf } from "../screening/screening-status";

/**
 * The one place where cases read facts owned by other features: restricted-party screening
 * (features/screening) and the export-control review (features/export-control). Gates need both
 * (seed 001 §IV.2-9, case 25): no contract before every partner and every registry person on the case
 * is screened clear and the export-control review has an outcome that allows it.
 */

/** A subject the screening feature knows: a registry partner or a registry person. */
export interface ScreeningSubject {
  kind: "partner" | "person";
  id: string;
}

/** Statuses as the screening feature reports them (`screeningStatusOf`). */
export type RegistryScreeningStatus = SubjectScreeningStatus;

/** The case's latest 取引審査 (`exportReviewsForCases`). */
export type CaseExportReviewFact = CaseTransactionReview;

export function subjectKey(s: ScreeningSubject): string {
  return `${s.kind}:${s.id}`;
}

/**
 * The case's view of a screening status. Only `clear` passes; a hit under review (`pending_review`,
 * `escalated`) is not yet a result (seed 001 case 25 asks for the check to be completed); a confirmed
 * hit is a match. The screening feature does not say which list matched, so a match counts against
 * "other lists" in the risk assessment; its own page has the details.
 * `screenedOn` is today for a current `clear`: the screening feature owns re-screening, and reports
 * `clear` only while its result is current.
 */
export function toCaseScreening(status: RegistryScreeningStatus | undefined, today: string): Screening {
  switch (status) {
    case "clear":
      return { status: "clear", screenedOn: today, matchedLists: [] };
    case "pending_review":
    case "escalated":
      return { status: "pending", screenedOn: null, matchedLists: [] };
    case "true_match":
      return { status: "match", screenedOn: today, matchedLists: ["other"] };
    default:
      return { status: "not_screened", screenedOn: null, matchedLists: [] };
  }
}

/** Screening status of every subject (one round trip for all of them). */
export async function screeningStatuses(
  db: DbOrTx,
  institutionId: string,
  subjects: ScreeningSubject[],
): Promise<Map<string, RegistryScreeningStatus>> {
  if (subjects.length === 0) {
    return new Map();
  }
  return screeningStatusOf(db, institutionId, subjects);
}

/** The latest 取引審査 of each case (one round trip for all of them); a case without one is absent. */
export async function exportReviewsOf(
  db: DbOrTx,
  institutionId: string,
  caseIds: string[],
): Promise<Map<string, CaseExportReviewFact>> {
  return exportReviewsForCases(db, institutionId, caseIds);
}
