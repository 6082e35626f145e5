import { describe, expect, it } from "vitest";
import { detectOverdue, type MonitoringItems, progressReportDueDates } from "./monitoring";

const TODAY = "2026-11-22";
const empty: MonitoringItems = { meetings: [], milestones: [], progressReports: [], visits: [] };
const items = (over: Partial<MonitoringItems>): MonitoringItems => ({ ...empty, ...over });
const milestone = (dueOn: string, completedOn: string | null = null, cancelled = false) => ({
  milestoneId: `m-${dueOn}`,
  title: "試作",
  dueOn,
  completedOn,
  cancelled,
});

describe("monitoring (seed 001 §IV.3, case 28)", () => {
  it.each([
    [
      "§IV.3 minutes due 14 days after the meeting, overdue on day 15",
      items({ meetings: [{ meetingId: "mt", heldOn: "2026-11-07", minutesRecordedOn: null }] }),
      [["minutes", "overdue", "2026-11-21", 1]],
    ],
    [
      "§IV.3 minutes on their due date are due soon",
      items({ meetings: [{ meetingId: "mt", heldOn: "2026-11-08", minutesRecordedOn: null }] }),
      [["minutes", "due_soon", TODAY, 0]],
    ],
    [
      "§IV.3 recorded minutes raise nothing",
      items({ meetings: [{ meetingId: "mt", heldOn: "2026-01-01", minutesRecordedOn: "2026-01-05" }] }),
      [],
    ],
    [
      "case28 milestone past due",
      items({ milestones: [milestone("2026-11-01")] }),
      [["milestone", "overdue", "2026-11-01", 21]],
    ],
    [
      "case28 milestone due in 7 days",
      items({ milestones: [milestone("2026-11-29")] }),
      [["milestone", "due_soon", "2026-11-29", -7]],
    ],
    ["case28 milestone due in 8 days is quiet", items({ milestones: [milestone("2026-11-30")] }), []],
    ["case28 completed milestone", items({ milestones: [milestone("2026-11-01", "2026-10-30")] }), []],
    ["case28 cancelled milestone", items({ milestones: [milestone("2026-11-01", null, true)] }), []],
    [
      "§IV.3 progress report late",
      items({ progressReports: [{ reportId: "q1", dueOn: "2026-10-01", submittedOn: null }] }),
      [["progress_report", "overdue", "2026-10-01", 52]],
    ],
    [
      "§IV.3 progress report submitted",
      items({ progressReports: [{ reportId: "q1", dueOn: "2026-10-01", submittedOn: "2026-10-02" }] }),
      [],
    ],
    [
      "§IV.3 dispatched researcher arrives in 3 days, not accepted",
      items({
        visits: [{ visitId: "v", visitorName: "Dr. M", arrivesOn: "2026-11-25", acceptanceApprovedOn: null }],
      }),
      [["visit", "due_soon", "2026-11-25", -3]],
    ],
    [
      "§IV.3 dispatched researcher arrived without acceptance",
      items({
        visits: [{ visitId: "v", visitorName: "Dr. M", arrivesOn: "2026-11-20", acceptanceApprovedOn: null }],
      }),
      [["visit", "overdue", "2026-11-20", 2]],
    ],
    [
      "§IV.3 accepted visit",
      items({
        visits: [
          { visitId: "v", visitorName: "Dr. M", arrivesOn: "2026-11-20", acceptanceApprovedOn: "2026-11-01" },
        ],
      }),
      [],
    ],
  ] as const)("%s", (_n, i, expected) => {
    expect(detectOverdue(i, TODAY).map((a) => [a.kind, a.status, a.dueOn, a.daysOverdue])).toEqual(expected);
  });

  it("case28 alerts go to the coordinator and PI, and to the department head after 30 days", () => {
    const alerts = detectOverdue(
      items({ milestones: [milestone("2026-10-23"), milestone("2026-10-22")] }),
      TODAY,
    );
    expect(alerts.map((a) => [a.dueOn, a.notify])).toEqual([
      ["2026-10-22", ["coordinator", "researcher", "department_head"]],
      ["2026-10-23", ["coordinator", "researcher"]],
    ]);
    expect(alerts[0]?.reason).toMatchObject({ ruleId: "MON-MILESTONE", sourceId: "seed001§V.case28" });
  });

  it("sorts mixed items by due date and honours a custom policy", () => {
    const i = items({
      meetings: [{ meetingId: "mt", heldOn: "2026-11-15", minutesRecordedOn: null }],
      progressReports: [{ reportId: "q", dueOn: "2026-11-10", submittedOn: null }],
    });
    const policy = { minutesDueDays: 3, dueSoonDays: 0, escalateAfterDays: 5 };
    expect(detectOverdue(i, TODAY, policy).map((a) => [a.itemId, a.daysOverdue, a.notify.length])).toEqual([
      ["q", 12, 3],
      ["mt", 4, 2],
    ]);
  });

  it("case23 ① quarterly progress-report due dates within the period", () => {
    expect(progressReportDueDates("2027-01-31", "2027-12-31")).toEqual([
      "2027-04-30",
      "2027-07-31",
      "2027-10-31",
    ]);
    expect(progressReportDueDates("2027-01-01", "2027-03-31")).toEqual([]);
    expect(progressReportDueDates("2027-01-01", "2027-04-01", 1)).toEqual([
      "2027-02-01",
      "2027-03-01",
      "2027-04-01",
    ]);
  });

  it("counts calendar days across a leap day", () => {
    const alerts = detectOverdue(items({ milestones: [milestone("2028-02-28")] }), "2028-03-01");
    expect(alerts.map((a) => a.daysOverdue)).toEqual([2]);
  });
});
