import { daysBetween } from "../ec-workflows/licence-workflow";
import type { IsoDate } from "../shared/dates";
import { dueThresholdReminder } from "../shared/reminders";

/** Days before a plan's monitoring date when the monitor and the declarant are reminded (0 = on the day). */
export const DEFAULT_PLAN_REMINDER_DAYS = [14, 0] as const;

/**
 * The reminder due today for a management plan's monitoring date (seed 003 TMDU: the committee monitors
 * the plan): the nearest threshold reached and not yet sent. Sending marks every threshold at or above
 * it, so a job that was down for a week sends one reminder, not several. Past the date it keeps saying
 * "overdue" once (threshold 0).
 */
export function duePlanReminder(
  monitoringOn: IsoDate,
  today: IsoDate,
  sent: number[],
  thresholds: readonly number[] = DEFAULT_PLAN_REMINDER_DAYS,
): { threshold: number; daysLeft: number; markSent: number[] } | null {
  const due = dueThresholdReminder(monitoringOn, today, sent, thresholds, true);
  return due && { ...due, markSent: [...due.markSent].sort((a, b) => a - b) };
}

export type PlanMonitoringState = "closed" | "overdue" | "due_soon" | "scheduled";

/** Where a plan stands against its monitoring date: the committee's monitoring list sorts and colours by it. */
export function planMonitoringState(
  status: "active" | "closed",
  monitoringOn: IsoDate,
  today: IsoDate,
  soonDays = DEFAULT_PLAN_REMINDER_DAYS[0],
): PlanMonitoringState {
  if (status === "closed") {
    return "closed";
  }
  const daysLeft = daysBetween(today, monitoringOn);
  return daysLeft < 0 ? "overdue" : daysLeft <= soonDays ? "due_soon" : "scheduled";
}
