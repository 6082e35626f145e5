// The Japanese fiscal year (April–March) is shared with the indicators (insight/fiscal-year.ts).
export { fiscalYearOf } from "../insight/fiscal-year";

import { compareDates, type IsoDate } from "../shared/dates";

/**
 * Records the law expects (issue 15 item 7; seed 000 p.53, spec §6.1 輸出者等遵守基準): who is appointed
 * 統括責任者 and 該非確認責任者 and since when (基準1 (1), 基準2 (1)); a yearly self-audit (基準2 (6),
 * 特別一般包括 annual self-check list).
 */

export const EC_POSTS = ["chief_officer", "classification_officer"] as const;
export type EcPost = (typeof EC_POSTS)[number];

export const EC_POST_LABELS: Record<EcPost, { ja: string; en: string }> = {
  chief_officer: { ja: "輸出管理統括責任者", en: "Chief export-control officer" },
  classification_officer: { ja: "該非確認責任者", en: "Classification officer" },
};

export interface Appointment {
  post: EcPost;
  userId: string;
  fromDate: IsoDate;
  untilDate: IsoDate | null;
}

/** Who holds the post on `day` (the latest appointment that started and has not ended), or null. */
export function holderOn<T extends Appointment>(appointments: T[], post: EcPost, day: IsoDate): T | null {
  const current = appointments
    .filter(
      (a) =>
        a.post === post &&
        compareDates(a.fromDate, day) <= 0 &&
        (a.untilDate === null || compareDates(day, a.untilDate) <= 0),
    )
    .sort((a, b) => compareDates(b.fromDate, a.fromDate));
  return current[0] ?? null;
}

/**
 * A new appointment ends the previous holder's term the day before (history kept, never overwritten).
 * Returns the until-date to set on the open appointment it supersedes, or null when there is none; an
 * appointment that starts on or before the open one's start is refused (it would rewrite history).
 */
export function supersede(
  open: Appointment | null,
  fromDate: IsoDate,
): { ok: true; endPrevious: IsoDate | null } | { ok: false } {
  if (open === null) {
    return { ok: true, endPrevious: null };
  }
  if (compareDates(fromDate, open.fromDate) <= 0) {
    return { ok: false };
  }
  const d = new Date(`${fromDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return { ok: true, endPrevious: d.toISOString().slice(0, 10) };
}

export const SELF_AUDIT_ANSWERS = ["yes", "no", "na"] as const;
export type SelfAuditAnswer = (typeof SELF_AUDIT_ANSWERS)[number];

/** The yearly self-audit checklist (spec §6.1 基準1/基準2; seed 001 p.53 旅費支払の年1回監査). */
export const SELF_AUDIT_ITEMS = [
  {
    id: "appoint-classification",
    ja: "該非確認責任者が選任され、記録されている",
    en: "A classification officer is appointed and recorded",
  },
  {
    id: "appoint-chief",
    ja: "輸出管理統括責任者が選任され、記録されている",
    en: "A chief export-control officer is appointed and recorded",
  },
  {
    id: "rules-current",
    ja: "輸出管理内部規程が最新の法令に合っている",
    en: "The internal export-control rules match current law",
  },
  {
    id: "classification-procedure",
    ja: "該非判定の手続が定められ、実施されている",
    en: "The classification procedure is defined and followed",
  },
  {
    id: "end-user-checks",
    ja: "用途・需要者の確認（特定類型を含む）が行われている",
    en: "End-use and end-user checks (incl. 特定類型) are done",
  },
  {
    id: "shipment-match",
    ja: "出荷・提供時に該非判定との一致を確認している",
    en: "Shipments and provisions are checked against the classification",
  },
  { id: "training", ja: "教職員・学生への研修を実施した", en: "Staff and students were trained" },
  {
    id: "records-kept",
    ja: "関連文書を保存期間どおり保存している",
    en: "Related documents are kept for their retention period",
  },
  {
    id: "lists-current",
    ja: "スクリーニングリストが最新版に更新されている",
    en: "Screening lists are up to date",
  },
  {
    id: "travel-payments",
    ja: "旅費支払と出張の事前確認を照合した",
    en: "Travel payments were reconciled with trip clearances",
  },
  {
    id: "violations-reported",
    ja: "違反・疑義があれば経済産業省へ報告し再発防止策を講じた",
    en: "Any violation was reported to METI with measures against recurrence",
  },
] as const;
export type SelfAuditItemId = (typeof SELF_AUDIT_ITEMS)[number]["id"];

/** A self-audit can be completed only when every item has an answer; a "no" needs a note saying why. */
export function selfAuditGaps(answers: Record<string, { answer: SelfAuditAnswer; note: string }>): string[] {
  return SELF_AUDIT_ITEMS.filter((i) => {
    const a = answers[i.id];
    return !a || (a.answer === "no" && a.note.trim() === "");
  }).map((i) => i.id);
}
