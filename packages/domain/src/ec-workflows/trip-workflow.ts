import type { ExportControlOutcome } from "../export-control/result";
import { compareDates, type IsoDate } from "../shared/dates";
import { DomainError } from "../shared/errors";

/** Trip states. A trip is cleared as a whole by the export-control officer (spec §6.2, §6.3). */
export const TRIP_STATUSES = ["submitted", "more_info_requested", "cleared", "refused", "withdrawn"] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];

export const TRIP_DECISIONS = ["clear", "refuse", "request_info"] as const;
export type TripDecision = (typeof TRIP_DECISIONS)[number];

/** What an external travel / expense system sees (issue 4: cleared, pending, refused). */
export const CLEARANCE_STATUSES = ["cleared", "pending", "refused"] as const;
export type ClearanceStatus = (typeof CLEARANCE_STATUSES)[number];

/**
 * Anything not cleared must stop payment: a withdrawn trip answers `refused`, never `pending`, so an
 * expense system cannot wait for it forever.
 */
export function clearanceStatusOf(status: TripStatus): ClearanceStatus {
  switch (status) {
    case "cleared":
      return "cleared";
    case "refused":
    case "withdrawn":
      return "refused";
    case "submitted":
    case "more_info_requested":
      return "pending";
  }
}

/** A licence as far as clearing a trip needs it (spec §6.3 LICENCE_GRANTED before EXECUTION). */
export interface LicenceForTrip {
  status: string;
  validFrom: IsoDate | null;
  validUntil: IsoDate | null;
}

const DECISION_STATUS: Record<TripDecision, TripStatus> = {
  clear: "cleared",
  refuse: "refused",
  request_info: "more_info_requested",
};

/**
 * The officer's decision. Only a submitted trip is decided; refusing or asking for more needs a comment;
 * clearing follows the engine: never when PROHIBITED (sanctions, §4.6), only with a granted licence
 * covering the whole trip when LICENCE_REQUIRED (§1.3 step 5), and with the officer's written reasoning
 * when the engine asked for manual review (§5.1 [R]).
 */
export function decideTrip(input: {
  status: TripStatus;
  decision: TripDecision;
  comment: string;
  outcome: ExportControlOutcome;
  departOn: IsoDate;
  returnOn: IsoDate;
  licences: LicenceForTrip[];
}): TripStatus {
  if (input.status !== "submitted") {
    throw new DomainError("RULE_VIOLATION", "Only a submitted trip can be decided", {
      reasons: ["trip.not_submitted"],
    });
  }
  const comment = input.comment.trim();
  const needsComment =
    input.decision !== "clear" || input.outcome === "MANUAL_REVIEW" || input.outcome === "LICENCE_REQUIRED";
  if (needsComment && comment === "") {
    throw new DomainError("VALIDATION_FAILED", "A comment is required", {
      issues: [{ path: ["comment"], message: "validation.required" }],
    });
  }
  if (input.decision === "clear") {
    if (input.outcome === "PROHIBITED") {
      throw new DomainError("RULE_VIOLATION", "A prohibited trip cannot be cleared", {
        reasons: ["trip.prohibited"],
      });
    }
    if (input.outcome === "LICENCE_REQUIRED" && !input.licences.some((l) => coversTrip(l, input))) {
      throw new DomainError("RULE_VIOLATION", "A granted licence covering the trip is required", {
        reasons: ["trip.licence_required"],
      });
    }
  }
  return DECISION_STATUS[input.decision];
}

function coversTrip(l: LicenceForTrip, trip: { departOn: IsoDate; returnOn: IsoDate }): boolean {
  return (
    l.status === "granted" &&
    (l.validFrom === null || compareDates(l.validFrom, trip.departOn) <= 0) &&
    l.validUntil !== null &&
    compareDates(trip.returnOn, l.validUntil) <= 0
  );
}

/** The researcher may revise a trip unless it was withdrawn; a revised trip is reviewed again. */
export function canReviseTrip(status: TripStatus): boolean {
  return status !== "withdrawn";
}

/** `TRP-2026-0001`: the year the trip was filed (JST) and a per-institution sequence in that year. */
export function formatClearanceRef(year: number, seq: number): string {
  return `TRP-${year}-${String(seq).padStart(4, "0")}`;
}

export const CLEARANCE_REF_PATTERN = /^TRP-\d{4}-\d{4,}$/;
