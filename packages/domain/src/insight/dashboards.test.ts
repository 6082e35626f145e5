import { describe, expect, it } from "vitest";
import { collaborationDashboard, executiveDashboard, exportControlDashboard } from "./dashboards";
import { computeIndicators } from "./indicators";
import { computeSurvey } from "./mext-survey";
import { reviewFigures, screeningFigures, stageFigures } from "./operations";
import type { SurveyRecords } from "./survey-records";

// The dashboards only arrange figures computed elsewhere: every row's number must be the survey's own,
// every drill-down must name a real survey figure, and every chart must draw series of one unit.
const records: SurveyRecords = {
  agreements: [
    { id: "A1", kind: "joint_research", partnerType: "large_company", startOn: "2025-04-01", endOn: null },
    { id: "A2", kind: "joint_research", partnerType: "sme", startOn: "2025-04-01", endOn: null },
  ],
  receipts: [
    {
      id: "R1",
      agreementId: "A1",
      kind: "joint_research",
      ipIncomeKind: null,
      partnerType: "large_company",
      direct: 3_000_000,
      indirect: 900_000,
      receivedOn: "2025-06-01",
    },
    {
      id: "R2",
      agreementId: null,
      kind: "ip_income",
      ipIncomeKind: "patent",
      partnerType: "sme",
      direct: 500_000,
      indirect: 0,
      receivedOn: "2025-07-01",
    },
  ],
  patents: [],
  licences: [],
  spinoffs: [],
};
const survey = computeSurvey(2025, records);
const reviews = reviewFigures([]);
const stages = stageFigures(
  ["intake", "active", "closed"],
  [{ stage: "intake", stageEnteredAt: "2025-05-01T00:00:00Z" }],
  [],
  "2025-05-11T00:00:00Z",
);
const boards = [
  executiveDashboard(survey, computeIndicators(2025, records, { "joint.count": 4 }), {
    openCases: 1,
    overdueMonitoring: 0,
    reviews,
  }),
  exportControlDashboard(2025, reviews, screeningFigures({ clear: 3, hit: 1 }, 1), [
    { status: "approved", count: 2 },
  ]),
  collaborationDashboard(survey, stages, { overdue: 0, over30Days: 0, dueOpen: 0 }),
];

describe("dashboards", () => {
  it("take the money panel's numbers from the survey and drill into real figures", () => {
    const money = boards[0]?.panels.find((p) => p.id === "money_by_kind");
    const joint = money?.rows.find((r) => r.key === "joint_research");
    expect(joint?.values.amount).toBe(3_900_000);
    expect(money?.rows.find((r) => r.key === "ip_income")?.values.amount).toBe(500_000);
    const ids = new Set(survey.figures.map((f) => f.id));
    for (const board of boards) {
      for (const row of board.panels.flatMap((p) => p.rows)) {
        if (row.figureId !== null) {
          expect(ids.has(row.figureId)).toBe(true);
        }
      }
    }
  });

  it("chart series of a single unit that the table also shows, and give each row every series", () => {
    for (const panel of boards.flatMap((b) => b.panels)) {
      const charted = panel.series.filter((s) => panel.charted.includes(s.id));
      expect(charted).toHaveLength(panel.charted.length);
      expect(new Set(charted.map((s) => s.unit)).size).toBe(1);
      for (const row of panel.rows) {
        expect(Object.keys(row.values).sort()).toEqual(panel.series.map((s) => s.id).sort());
      }
    }
  });

  it("show the indicator's achievement against its target, and backlog without terminal stages", () => {
    const ind = boards[0]?.panels.find((p) => p.id === "indicators");
    expect(ind?.rows.find((r) => r.key === "joint.count")?.values).toEqual({
      achieved: 0.5,
      actual: 2,
      target: 4,
    });
    const backlog = boards[2]?.panels.find((p) => p.id === "backlog");
    expect(backlog?.rows.map((r) => [r.key, r.values.open, r.values.age])).toEqual([
      ["intake", 1, 10],
      ["active", 0, null],
    ]);
    expect(boards[1]?.kpis.find((k) => k.id === "hit_rate")?.value).toBe(0.25);
  });
});
