import { describe, expect, it } from "vitest";
import { HUB_KEY_FIGURES, hubFigureTable } from "./hub-figures";
import { computeSurvey } from "./mext-survey";
import type { SurveyRecords } from "./survey-records";

const none: SurveyRecords = { agreements: [], receipts: [], patents: [], licences: [] };
const withJoint: SurveyRecords = {
  ...none,
  agreements: [{ id: "A", kind: "joint_research", partnerType: "sme", startOn: "2026-04-01", endOn: null }],
  receipts: [
    {
      id: "R",
      agreementId: "A",
      kind: "joint_research",
      ipIncomeKind: null,
      partnerType: "sme",
      direct: 3_000_000,
      indirect: 900_000,
      receivedOn: "2026-06-01",
    },
  ],
};

describe("hub figures side by side (issue 16 §5)", () => {
  it("one column per member with its survey figures; rows labelled in words even with no member", () => {
    const empty = hubFigureTable(2026, []);
    expect(empty.rows.map((r) => r.id)).toEqual([...HUB_KEY_FIGURES]);
    expect(empty.rows.every((r) => r.label.ja !== r.id && r.label.en !== r.id)).toBe(true);
    const table = hubFigureTable(2026, [
      { institutionId: "M1", name: { ja: "一", en: "One" }, survey: computeSurvey(2026, withJoint) },
      { institutionId: "M2", name: { ja: "二", en: "Two" }, survey: computeSurvey(2026, none) },
    ]);
    expect(table.members.map((m) => m.values["joint_research.amount"])).toEqual([3_900_000, 0]);
    expect(table.members[0]?.values["joint_research.count"]).toBe(1);
    expect(table.rows.find((r) => r.id === "total.amount")?.unit).toBe("yen");
  });
});
