import { addMonths, compareDates, type IsoDate } from "../shared/dates";
import { type Reason, reason } from "../shared/decision";

/** The first date on which a record last changed on `lastChange` may be deleted. */
export function retentionUntil(lastChange: IsoDate, years: number): IsoDate {
  return addMonths(lastChange, years * 12);
}

/** Why the record may not be deleted on `today` (empty = it may). */
export function retentionProblems(until: IsoDate, today: IsoDate): Reason[] {
  if (compareDates(today, until) < 0) {
    return [
      reason(
        "EC-RETENTION",
        "spec§6.5",
        `保存期間中のため削除できません（${until} まで保存）`,
        `Cannot be deleted during its retention period (kept until ${until})`,
      ),
    ];
  }
  return [];
}
