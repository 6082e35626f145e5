import { describe, expect, it } from "vitest";
import { duePlanReminder, planMonitoringState } from "./management-plan";

/** Monitoring reminders of a management plan (seed 003 TMDU: the committee follows the plan up). */
describe("plan monitoring reminders", () => {
  it.each([
    ["30 days ahead: nothing", "2026-12-22", [], null],
    ["14 days ahead: first reminder", "2026-12-06", [], { threshold: 14, daysLeft: 14, markSent: [14] }],
    ["10 days ahead, 14 sent: nothing", "2026-12-02", [14], null],
    ["on the day", "2026-11-22", [14], { threshold: 0, daysLeft: 0, markSent: [0, 14] }],
    [
      "overdue, nothing sent (job was down): one reminder",
      "2026-11-01",
      [],
      { threshold: 0, daysLeft: -21, markSent: [0, 14] },
    ],
    ["overdue, already reminded", "2026-11-01", [0, 14], null],
  ] as const)("%s", (_n, monitoringOn, sent, expected) => {
    expect(duePlanReminder(monitoringOn, "2026-11-22", [...sent])).toEqual(expected);
  });
});

describe("plan monitoring state", () => {
  it.each([
    ["closed whatever the date", "closed", "2026-01-01", "closed"],
    ["past the date", "active", "2026-11-21", "overdue"],
    ["on the day", "active", "2026-11-22", "due_soon"],
    ["14 days ahead", "active", "2026-12-06", "due_soon"],
    ["15 days ahead", "active", "2026-12-07", "scheduled"],
  ] as const)("%s", (_n, status, monitoringOn, expected) => {
    expect(planMonitoringState(status, monitoringOn, "2026-11-22")).toBe(expected);
  });
});
