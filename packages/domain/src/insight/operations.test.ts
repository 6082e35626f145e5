import { describe, expect, it } from "vitest";
import {
  daysElapsed,
  median,
  overdueMonitoring,
  reviewFigures,
  screeningFigures,
  stageFigures,
  withEntryTimes,
} from "./operations";

// Operational figures of issue 16 §3 from hand-made rows (every number worked out by hand).
const NOW = "2026-11-21T00:00:00Z";

describe("median and days", () => {
  it.each([
    [[], null],
    [[5], 5],
    [[9, 1, 5], 5],
    [[1, 2, 3, 10], 2.5],
  ])("median(%j) = %s", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
  it("counts whole days and never goes negative", () => {
    expect(daysElapsed("2026-11-01T00:00:00Z", "2026-11-15T23:00:00Z")).toBe(14);
    expect(daysElapsed("2026-11-15T00:00:00Z", "2026-11-01T00:00:00Z")).toBe(0);
  });
});

describe("stage lead time and backlog", () => {
  const created = new Map([
    ["C1", "2026-10-01T00:00:00Z"],
    ["C2", "2026-10-11T00:00:00Z"],
  ]);
  // C1: intake 10 days, internal_check 20 days, now in due_diligence. C2: intake 4 days, in internal_check.
  const changes = withEntryTimes(
    [
      { caseId: "C1", from: "internal_check", to: "due_diligence", at: "2026-10-31T00:00:00Z" },
      { caseId: "C1", from: "intake", to: "internal_check", at: "2026-10-11T00:00:00Z" },
      { caseId: "C2", from: "intake", to: "internal_check", at: "2026-10-15T00:00:00Z" },
    ],
    created,
  );

  it("pairs each change with when the case entered the stage it leaves, in time order", () => {
    const c1 = changes.filter((c) => c.caseId === "C1");
    expect(c1.map((c) => [c.from, c.enteredFromAt])).toEqual([
      ["intake", "2026-10-01T00:00:00Z"],
      ["internal_check", "2026-10-11T00:00:00Z"],
    ]);
  });

  it("gives each open stage its backlog, age and lead time; terminal stages are left out", () => {
    const figures = stageFigures(
      ["intake", "internal_check", "due_diligence", "closed"],
      [
        { stage: "due_diligence", stageEnteredAt: "2026-10-31T00:00:00Z" },
        { stage: "internal_check", stageEnteredAt: "2026-10-15T00:00:00Z" },
        { stage: "internal_check", stageEnteredAt: "2026-11-20T00:00:00Z" },
      ],
      changes,
      NOW,
    );
    expect(figures).toEqual([
      { stage: "intake", open: 0, medianAgeDays: null, medianLeadDays: 7, left: 2 },
      { stage: "internal_check", open: 2, medianAgeDays: 19, medianLeadDays: 20, left: 1 },
      { stage: "due_diligence", open: 1, medianAgeDays: 21, medianLeadDays: null, left: 0 },
    ]);
  });
});

describe("review timeliness", () => {
  const r = (status: string, submittedAt: string | null, decidedAt: string | null) => ({
    status,
    submittedAt,
    decidedAt,
  });
  it("counts what waits where and the share decided within N days", () => {
    const f = reviewFigures(
      [
        r("decided", "2026-10-01T00:00:00Z", "2026-10-05T00:00:00Z"), // 4 days
        r("decided", "2026-10-01T00:00:00Z", "2026-10-15T00:00:00Z"), // 14 days: still within
        r("decided", "2026-10-01T00:00:00Z", "2026-10-31T00:00:00Z"), // 30 days
        r("officer_review", "2026-11-01T00:00:00Z", null),
        r("dept_review", "2026-11-01T00:00:00Z", null),
        r("returned", "2026-11-01T00:00:00Z", null),
        r("draft", null, null),
      ],
      14,
    );
    expect(f).toEqual({
      waiting: { dept_review: 1, officer_review: 1, returned: 1 },
      decided: 3,
      decidedWithin: 2,
      withinDays: 14,
      withinShare: 0.667,
      medianDecisionDays: 14,
    });
  });
  it("has no share when nothing was decided", () => {
    expect(reviewFigures([]).withinShare).toBe(0);
  });
});

describe("screening and monitoring", () => {
  it("hit rate is runs with a hit over all runs", () => {
    expect(screeningFigures({ clear: 7, hit: 1 }, 2)).toEqual({
      runs: 8,
      hits: 1,
      hitRate: 0.125,
      openItems: 2,
    });
    expect(screeningFigures({ clear: 0, hit: 0 }, 0).hitRate).toBe(0);
  });
  it("overdue monitoring ignores completed and cancelled items", () => {
    expect(
      overdueMonitoring(
        [
          { dueOn: "2026-11-20", completedOn: null, cancelled: false }, // 1 day late
          { dueOn: "2026-09-01", completedOn: null, cancelled: false }, // 81 days late
          { dueOn: "2026-09-01", completedOn: "2026-09-02", cancelled: false },
          { dueOn: "2026-09-01", completedOn: null, cancelled: true },
          { dueOn: "2026-12-01", completedOn: null, cancelled: false },
        ],
        "2026-11-21",
      ),
    ).toEqual({ overdue: 2, over30Days: 1, dueOpen: 3 });
  });
});
