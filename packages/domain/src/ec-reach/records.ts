// The Japanese fiscal year (April–March) is shared with the indicators (insight/fiscal-year.ts).
export { fiscalYearOf } from "../insight/fiscal-year";

import { compareDates, type IsoDate } from "../shared/dates";

/**
 * Records the law expects (issue 15 item 7; seed 000 p.53, spec §6.1 輸出者等遵守基準): who is appointed
 * 統括責任者 and 該非確認責任者 and since when (基準1 (1), 基準2 (1)); the yearly self-audit is in
 * `self-audit.ts`.
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
