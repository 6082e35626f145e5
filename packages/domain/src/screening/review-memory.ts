// Review of screening hits and the memory of cleared false positives (issue 3 "Workflow";
// screening-research.md §2 "Whitelists / exclusions" and §6.4: suppression scoped to (subject, list
// entity, list version) with reviewer, reason and expiry). Pure: the server gathers the facts.
import { DomainError } from "../shared/errors";

/** State of one review item (a candidate at or above the threshold). */
export type HitStatus = "pending" | "escalated" | "true_match" | "false_positive" | "delisted";

/** What a reviewer may decide. */
export type HitDecision = "true_match" | "false_positive" | "escalate";

export const HIT_DECISIONS: readonly HitDecision[] = ["true_match", "false_positive", "escalate"];

/** Why a review item was opened. */
export type HitReason = "new" | "entry_changed" | "clearance_expired";

/** Overall screening status of a partner or person, as shown on its page and used by other features. */
export type SubjectStatus = "not_screened" | "clear" | "pending_review" | "escalated" | "true_match";

/** Default validity of a cleared false positive (days); configurable per deployment. */
export const DEFAULT_CLEARANCE_DAYS = 365;

/** A remembered false positive for one subject and one list entry. */
export interface ClearanceFact {
  /** Content hash of the list entry when it was cleared. */
  contentHash: string;
  /** ISO instant after which the clearance no longer applies. */
  expiresAt: string;
}

/** Outcome of checking a candidate against the review memory. */
export type MemoryVerdict =
  | { suppressed: true; clearance: ClearanceFact }
  | { suppressed: false; reason: HitReason };

/**
 * Decides whether a candidate (subject × list entry with `contentHash`) is suppressed by an earlier
 * false-positive decision. A clearance applies only to the same entry content and only until it expires;
 * a changed entry (different hash) is reconsidered, and so is an expired clearance.
 */
export function applyReviewMemory(
  clearances: readonly ClearanceFact[],
  contentHash: string,
  now: Date,
): MemoryVerdict {
  const sameContent = clearances.filter((c) => c.contentHash === contentHash);
  const valid = sameContent.find((c) => Date.parse(c.expiresAt) > now.getTime());
  if (valid) {
    return { suppressed: true, clearance: valid };
  }
  if (sameContent.length > 0) {
    return { suppressed: false, reason: "clearance_expired" };
  }
  return { suppressed: false, reason: clearances.length > 0 ? "entry_changed" : "new" };
}

/** Expiry instant of a clearance made at `now`, valid for `days`. */
export function clearanceExpiry(now: Date, days: number = DEFAULT_CLEARANCE_DAYS): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString();
}

/**
 * Applies a reviewer's decision. Pending items may be decided or escalated; escalated items may only be
 * decided (true match / false positive). Decided and delisted items are closed. A reason is required.
 */
export function decideHit(current: HitStatus, decision: HitDecision, reason: string): HitStatus {
  if (reason.trim() === "") {
    throw new DomainError("VALIDATION_FAILED", "A reason is required", {
      issues: [{ path: "reason", message: "validation.required" }],
    });
  }
  const open = current === "pending" || current === "escalated";
  if (!open || (decision === "escalate" && current === "escalated")) {
    throw new DomainError("RULE_VIOLATION", `A ${current} review item cannot be ${decision}d`, {
      reasons: [{ ruleId: "screening.review.closed", status: current, decision }],
    });
  }
  return decision === "escalate" ? "escalated" : decision;
}

/**
 * Status of a subject from its hits: a confirmed true match outranks an escalation, which outranks a
 * pending item; a screened subject with no open or confirmed hit is clear.
 */
export function subjectStatus(screened: boolean, hitStatuses: readonly HitStatus[]): SubjectStatus {
  if (hitStatuses.includes("true_match")) {
    return "true_match";
  }
  if (hitStatuses.includes("escalated")) {
    return "escalated";
  }
  if (hitStatuses.includes("pending")) {
    return "pending_review";
  }
  return screened || hitStatuses.length > 0 ? "clear" : "not_screened";
}
