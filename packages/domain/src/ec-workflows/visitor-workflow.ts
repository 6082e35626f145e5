import type { ExportControlResult } from "../export-control/result";
import { addMonths, compareDates, type IsoDate } from "../shared/dates";
import { DomainError } from "../shared/errors";
import type { PledgeKind } from "./pledge-texts";

/**
 * Who is being received (受入). Persons under the institution's direction — students, staff, accepted
 * visiting researchers — must give a self-declaration / pledge when they come under that direction and
 * report changes (spec §1.5, 役務通達 別紙1-3 via S26; S07 Tsukuba, S09 Osaka). Short visitors are not
 * under its direction: documents normally obtained are checked, no pledge is required.
 */
export const VISITOR_KINDS = ["student", "staff", "visiting_researcher", "short_visitor"] as const;
export type VisitorKind = (typeof VISITOR_KINDS)[number];

export function underInstitutionDirection(kind: VisitorKind): boolean {
  return kind !== "short_visitor";
}

export const VISITOR_STATUSES = ["pending_review", "more_info_requested", "accepted", "refused"] as const;
export type VisitorStatus = (typeof VISITOR_STATUSES)[number];

export const VISITOR_DECISIONS = ["accept", "refuse", "request_info"] as const;
export type VisitorDecision = (typeof VISITOR_DECISIONS)[number];

/** Why an assessment was opened again (spec §2.3 note [R], §11 maintenance rule 3). */
export const REOPEN_REASONS = ["facts_changed", "six_month_mark", "residency_changed"] as const;
export type ReopenReason = (typeof REOPEN_REASONS)[number];

const DECISION_STATUS: Record<VisitorDecision, VisitorStatus> = {
  accept: "accepted",
  refuse: "refused",
  request_info: "more_info_requested",
};

export interface PledgeOnFile {
  kind: PledgeKind;
  declarationVersion: number;
  signedOn: IsoDate;
  renewAfterMonths: number;
}

/**
 * The officer's decision on an intake. Only an open intake (pending review) can be decided; a refusal or
 * a request for more information needs a comment; accepting a person under the institution's direction
 * needs a 特定類型 pledge signed for the current declaration and not past its renewal date (§1.5), and an
 * undetermined 特定類型 status must be resolved first (§1.4 rule 4 [R]).
 */
export function decideVisitor(input: {
  status: VisitorStatus;
  kind: VisitorKind;
  decision: VisitorDecision;
  comment: string;
  declarationVersion: number;
  pledges: PledgeOnFile[];
  assessment: ExportControlResult;
  today: IsoDate;
}): VisitorStatus {
  if (input.status !== "pending_review") {
    throw new DomainError("RULE_VIOLATION", "Only an intake pending review can be decided", {
      reasons: ["visitor.not_pending"],
    });
  }
  if (input.decision !== "accept" && input.comment.trim() === "") {
    throw new DomainError("VALIDATION_FAILED", "A comment is required", {
      issues: [{ path: ["comment"], message: "validation.required" }],
    });
  }
  if (input.decision === "accept") {
    const reasons: string[] = [];
    if (underInstitutionDirection(input.kind) && !hasCurrentPledge(input, "tokutei_declaration")) {
      reasons.push("visitor.pledge_missing");
    }
    if (input.assessment.tokuteiStatus === "UNKNOWN") {
      reasons.push("visitor.tokutei_unknown");
    }
    if (reasons.length > 0) {
      throw new DomainError("RULE_VIOLATION", "The intake cannot be accepted yet", { reasons });
    }
  }
  return DECISION_STATUS[input.decision];
}

/** A pledge of `kind` signed against the current declaration version and not yet due for renewal. */
export function hasCurrentPledge(
  input: { pledges: PledgeOnFile[]; declarationVersion: number; today: IsoDate },
  kind: PledgeKind,
): boolean {
  return input.pledges.some(
    (p) =>
      p.kind === kind &&
      p.declarationVersion === input.declarationVersion &&
      compareDates(input.today, addMonths(p.signedOn, p.renewAfterMonths)) < 0,
  );
}

/**
 * The 特定類型 answer the person gave on the pledge, compared with the engine's categories for the
 * declared facts: a mismatch is shown to the officer (the pledge never overrides the facts).
 */
export function pledgeMatchesDetermination(
  answer: "none" | "T1" | "T2" | "T1_T2",
  categories: readonly string[],
): boolean {
  const declared = new Set<string>(answer === "none" ? [] : answer === "T1_T2" ? ["T1", "T2"] : [answer]);
  const engine = new Set<string>(categories.filter((c) => c === "T1" || c === "T2"));
  return declared.size === engine.size && [...declared].every((c) => engine.has(c));
}
