import { addDays, addMonths, compareDates, type IsoDate } from "../shared/dates";
import { type Reason, reason } from "../shared/decision";
import { DomainError } from "../shared/errors";
import type { EntryRequestStatus } from "./crm-types";

/**
 * Rules of CRM depth (issue 17 item 1). Pure: the server gathers the facts and persists the outcome.
 */

export type EntryRequestAction = "start" | "complete" | "decline";

function refuse(ruleId: string, sourceId: string, ja: string, en: string): never {
  throw new DomainError("RULE_VIOLATION", en, { reasons: [reason(ruleId, sourceId, ja, en)] });
}

/**
 * A department's request to enter a partner or contact (seed 001 事例20: the business-development team
 * enters what researchers ask for). Done only with the registry record that was entered — the link is the
 * evidence; declining needs a note the requester reads. Done and declined are final.
 */
export function nextEntryRequestStatus(
  status: EntryRequestStatus,
  action: EntryRequestAction,
  outcome: { linked: boolean; note: string },
): EntryRequestStatus {
  const src = "seed001§V.case20";
  if (status === "done" || status === "declined") {
    refuse("CRM-REQUEST-FINAL", src, "この依頼は対応を終えています", "This request is already finished");
  }
  if (action === "start") {
    if (status !== "open") {
      refuse("CRM-REQUEST-STARTED", src, "この依頼はすでに対応中です", "This request is already in progress");
    }
    return "in_progress";
  }
  if (action === "complete") {
    if (!outcome.linked) {
      refuse(
        "CRM-REQUEST-LINK",
        src,
        "登録した連携先または担当者を選んでください",
        "Choose the partner or person that was entered",
      );
    }
    return "done";
  }
  if (outcome.note.trim() === "") {
    refuse(
      "CRM-REQUEST-DECLINE-NOTE",
      src,
      "見送る理由を書いてください（依頼者に伝わります）",
      "Write why the request is declined (the requester reads it)",
    );
  }
  return "declined";
}

/** Days before a membership ends when the office is reminded to renew it (seed 001 事例19). */
export const MEMBERSHIP_REMINDER_DAYS = 60;

/** A term is a whole number of years from its start (MIT ILP memberships are annual). */
export function membershipExpiry(from: IsoDate, years: number): IsoDate {
  return addMonths(from, years * 12);
}

/** The reminder is due once per term, from {@link MEMBERSHIP_REMINDER_DAYS} before the end. */
export function renewalReminderDue(
  m: { status: string; expiresOn: IsoDate; remindedFor: IsoDate | null },
  today: IsoDate,
): boolean {
  return (
    m.status === "active" &&
    m.remindedFor !== m.expiresOn &&
    compareDates(addDays(today, MEMBERSHIP_REMINDER_DAYS), m.expiresOn) >= 0
  );
}

/** A renewal extends the current term: from its end, not from the day it is recorded. */
export function renewedExpiry(expiresOn: IsoDate, years: number): IsoDate {
  return membershipExpiry(expiresOn, years);
}

export interface MoveOnCase {
  caseRef: string;
  closed: boolean;
  /** Live secret items on the case (seed 002 §3-1: who may access is limited and known). */
  activeSecretItems: number;
  personName: string;
  fromPartnerName: string | null;
  toPartnerName: string;
}

/**
 * A person on a case who received its secrets moved to another organisation: the coordinator must
 * review what they know (seed 003 名古屋大学・三重大学: 職員等の異動により持ち込まれた秘密情報 are managed
 * secrets; seed 002 §3-1: access is limited to named people). Returns the reasons of the alert, or none
 * when the case holds no live secrets or is closed.
 */
export function mobilityAlertReasons(m: MoveOnCase): Reason[] {
  if (m.closed || m.activeSecretItems === 0) {
    return [];
  }
  const from = m.fromPartnerName ?? "—";
  return [
    reason(
      "CRM-MOBILITY-SECRETS",
      "seed003§名古屋大学・三重大学",
      `${m.personName} が ${from} から ${m.toPartnerName} へ移籍。案件 ${m.caseRef} の秘密情報（${m.activeSecretItems} 件）を知る立場です`,
      `${m.personName} moved from ${from} to ${m.toPartnerName} and knows the secrets of case ${m.caseRef} (${m.activeSecretItems} items)`,
    ),
    reason(
      "CRM-MOBILITY-ACCESS",
      "seed002§3-1",
      "アクセス権者と秘密保持義務の継続を確認してください",
      "Check who may access the secrets and that the duty of confidentiality continues",
    ),
  ];
}
