import { compareDates, type IsoDate } from "../shared/dates";
import { DomainError } from "../shared/errors";
import { daysUntil, dueThresholdReminder } from "../shared/reminders";

/** 許可申請 states (spec §6.3: LICENCE_APPLICATION → LICENCE_GRANTED | LICENCE_DENIED). */
export const LICENCE_APPLICATION_STATUSES = ["drafting", "filed", "granted", "refused", "expired"] as const;
export type LicenceApplicationStatus = (typeof LICENCE_APPLICATION_STATUSES)[number];

/** What a licence authorises or is linked to: a trip (TRP-…), a transaction review, or something else. */
export const LICENCE_LINK_KINDS = ["trip", "transaction", "other"] as const;
export type LicenceLinkKind = (typeof LICENCE_LINK_KINDS)[number];

const NEXT: Record<LicenceApplicationStatus, readonly LicenceApplicationStatus[]> = {
  drafting: ["filed"],
  filed: ["granted", "refused"],
  granted: ["expired"],
  refused: [],
  expired: [],
};

export interface LicenceFields {
  metiNumber: string | null;
  filedOn: IsoDate | null;
  validFrom: IsoDate | null;
  validUntil: IsoDate | null;
}

/**
 * A status change, with the facts each state needs: filing needs the filing date; a grant needs METI's
 * licence number and the validity period (a licence is always time-limited).
 */
export function transitionLicence(
  from: LicenceApplicationStatus,
  to: LicenceApplicationStatus,
  f: LicenceFields,
): LicenceApplicationStatus {
  if (!NEXT[from].includes(to)) {
    throw new DomainError("RULE_VIOLATION", `A licence cannot go from ${from} to ${to}`, {
      reasons: ["licence.transition_not_allowed"],
    });
  }
  const missing: string[] = [];
  if (to === "filed" && !f.filedOn) {
    missing.push("filedOn");
  }
  if (to === "granted") {
    if (!f.metiNumber) {
      missing.push("metiNumber");
    }
    if (!f.validUntil) {
      missing.push("validUntil");
    }
  }
  if (missing.length > 0) {
    throw new DomainError("VALIDATION_FAILED", "Missing licence details", {
      issues: missing.map((m) => ({ path: [m], message: "validation.required" })),
    });
  }
  if (f.validFrom && f.validUntil && compareDates(f.validUntil, f.validFrom) < 0) {
    throw new DomainError("VALIDATION_FAILED", "Validity ends before it starts", {
      issues: [{ path: ["validUntil"], message: "validation.end_before_start" }],
    });
  }
  return to;
}

/** Days before expiry at which the holder and the office are reminded [R]. */
export const LICENCE_REMINDER_DAYS = [90, 30, 7] as const;

export const daysBetween = daysUntil;

/**
 * The reminder due today for a granted licence, if any: the tightest threshold already reached and not
 * yet sent. Wider thresholds are marked sent with it, so a licence entered 20 days before expiry gets
 * one reminder (30 days), then the 7-day one — never three at once.
 */
export function dueLicenceReminder(
  validUntil: IsoDate,
  today: IsoDate,
  sent: readonly number[],
): { threshold: number; daysLeft: number; markSent: number[] } | null {
  return dueThresholdReminder(validUntil, today, sent, LICENCE_REMINDER_DAYS, false);
}

/** A granted licence whose validity ended before today has expired (the daily job applies this). */
export function licenceHasExpired(
  status: LicenceApplicationStatus,
  validUntil: IsoDate | null,
  today: IsoDate,
): boolean {
  return status === "granted" && validUntil !== null && compareDates(validUntil, today) < 0;
}

/** A warning level for lists: expired, within 30 days, within 90 days. */
export function licenceExpiryLevel(
  status: LicenceApplicationStatus,
  validUntil: IsoDate | null,
  today: IsoDate,
): "expired" | "soon" | "upcoming" | null {
  if (status === "expired" || licenceHasExpired(status, validUntil, today)) {
    return "expired";
  }
  if (status !== "granted" || !validUntil) {
    return null;
  }
  const left = daysBetween(today, validUntil);
  return left <= 30 ? "soon" : left <= 90 ? "upcoming" : null;
}
