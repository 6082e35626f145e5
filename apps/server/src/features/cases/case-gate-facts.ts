import { type ConfirmedHit, caseListOf, type Screening, type ScreeningList } from "@renkei/domain";
import type { DbOrTx } from "../../db/client";
import { ownershipFindings } from "../ec-reach/ownership.service";
import {
  type CaseSubjectReview,
  classificationsByIds,
  subjectReviewsForCases,
} from "../export-control/case-export-review";
import { confirmedHitsOf } from "../screening/hit-lists";
import { type SubjectScreeningStatus, screeningStatusOf } from "../screening/screening-status";

/**
 * The one place where cases read facts owned by other features: restricted-party screening
 * (features/screening) and the export-control reviews and classifications (features/export-control).
 * Gates need both (seed 001 §IV.2-9, case 25): no contract before every partner and every registry
 * person on the case is screened clear and each party's export-control review allows it.
 */

/** A subject the screening feature knows: a registry partner or a registry person. */
export interface ScreeningSubject {
  kind: "partner" | "person";
  id: string;
}

/** Statuses as the screening feature reports them (`screeningStatusOf`), with the confirmed hits. */
export interface RegistryScreening {
  status: SubjectScreeningStatus;
  hits: ConfirmedHit[];
  /** Partners: foreign-government control found in the ownership graph (issue 15 item 5). */
  foreignGovernmentControl?: boolean;
}

/** The case's 取引審査, newest first, each with the party it covers (`subjectReviewsForCases`). */
export type CaseExportReviewFact = CaseSubjectReview;

export function subjectKey(s: ScreeningSubject): string {
  return `${s.kind}:${s.id}`;
}

/**
 * The case's view of a screening status. Only `clear` passes; a hit under review (`pending_review`,
 * `escalated`) is not yet a result (seed 001 case 25 asks for the check to be completed); a confirmed
 * hit is a match on the lists it was found on (issue 15, X5): sanctions, End User List, US lists, or
 * "other" for the institution's own and other lists.
 * `screenedOn` is today for a current `clear`: the screening feature owns re-screening, and reports
 * `clear` only while its result is current.
 */
export function toCaseScreening(
  status: SubjectScreeningStatus | undefined,
  today: string,
  hits: ConfirmedHit[] = [],
): Screening {
  switch (status) {
    case "clear":
      return { status: "clear", screenedOn: today, matchedLists: [] };
    case "pending_review":
    case "escalated":
      return { status: "pending", screenedOn: null, matchedLists: [] };
    case "true_match": {
      const lists: ScreeningList[] = [...new Set(hits.map((h) => caseListOf(h.kind)))];
      return { status: "match", screenedOn: today, matchedLists: lists.length > 0 ? lists : ["other"] };
    }
    default:
      return { status: "not_screened", screenedOn: null, matchedLists: [] };
  }
}

/**
 * Screening status and confirmed hits of every subject (two round trips for all of them). A partner
 * owned 50 % or more by listed parties counts as a match on the lists of those parties, with the
 * ownership path as the hit (issue 15 item 5; OFAC 50 % rule), even when its own name is on no list.
 */
export async function screeningStatuses(
  db: DbOrTx,
  institutionId: string,
  subjects: ScreeningSubject[],
  today: string,
): Promise<Map<string, RegistryScreening>> {
  const out = new Map<string, RegistryScreening>();
  if (subjects.length === 0) {
    return out;
  }
  const statuses = await screeningStatusOf(db, institutionId, subjects);
  const hits = await confirmedHitsOf(db, institutionId, subjects);
  const partnerIds = subjects.filter((s) => s.kind === "partner").map((s) => s.id);
  const owned = await ownershipFindings(db, institutionId, partnerIds, today);
  for (const [key, status] of statuses) {
    const finding = key.startsWith("partner:") ? owned.get(key.slice("partner:".length)) : undefined;
    const viaOwners: ConfirmedHit[] = finding?.listedOwnership
      ? finding.listedRoots.map((r) => ({
          list: r.list,
          kind: r.kind,
          entryName: finding.paths.map((p) => p.join(" → ")).join(" / "),
          sourceId: "ownership",
          categories: [],
        }))
      : [];
    out.set(key, {
      status: viaOwners.length > 0 ? "true_match" : status,
      hits: [...(hits.get(key) ?? []), ...viaOwners],
      foreignGovernmentControl: finding?.foreignGovernmentControl ?? false,
    });
  }
  return out;
}

/** Every 取引審査 of each case, newest first (one round trip for all of them); a case without one is absent. */
export async function exportReviewsOf(
  db: DbOrTx,
  institutionId: string,
  caseIds: string[],
): Promise<Map<string, CaseExportReviewFact[]>> {
  return subjectReviewsForCases(db, institutionId, caseIds);
}

/** The 該非判定 records the cases' disclosure items cite. */
export const classificationsOf = classificationsByIds;
