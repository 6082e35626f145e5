import type { IsoDate } from "./dates";

export function daysUntil(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The one rule of date reminders (licence expiry, COI plan monitoring): the tightest threshold reached
 * and not yet sent is due; every wider threshold is marked sent with it, so a row entered late — or a
 * job that was down — sends one reminder, never several at once. `afterDue` says whether the reminder
 * still fires once the date has passed (a monitoring date overdue) or stops (a licence already expired).
 */
export function dueThresholdReminder(
  dueOn: IsoDate,
  today: IsoDate,
  sent: readonly number[],
  thresholds: readonly number[],
  afterDue: boolean,
): { threshold: number; daysLeft: number; markSent: number[] } | null {
  const daysLeft = daysUntil(today, dueOn);
  if (daysLeft < 0 && !afterDue) {
    return null;
  }
  const reached = thresholds.filter((d) => daysLeft <= d);
  const tightest = reached.length > 0 ? Math.min(...reached) : null;
  if (tightest === null || sent.includes(tightest)) {
    return null;
  }
  return { threshold: tightest, daysLeft, markSent: [...reached] };
}
