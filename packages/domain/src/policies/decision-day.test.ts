import { describe, expect, it } from "vitest";
import { caseDecisionDay, decisionDay } from "./decision-day";

describe("the day a decision applies a policy on (seed 001 §IV.1-1)", () => {
  it.each([
    ["2026-04-01", "2026-04-01"],
    // 08:00 JST on 1 April is still 31 March in UTC: the Japanese date is the decision's day.
    ["2026-03-31T23:00:00.000Z", "2026-04-01"],
    ["2026-04-01T14:59:59Z", "2026-04-01"],
    ["2026-04-01T15:00:00Z", "2026-04-02"],
    ["", null],
    [null, null],
    ["not a date", null],
  ])("%s → %s", (value, expected) => {
    expect(decisionDay(value)).toBe(expected);
  });

  it("reads a case's high-risk approval first, then its contract signing, and nothing while undecided", () => {
    expect(caseDecisionDay({ highRiskApprovedOn: "2026-05-10", contractSignedOn: "2026-06-01" })).toBe(
      "2026-05-10",
    );
    expect(caseDecisionDay({ highRiskApprovedOn: null, contractSignedOn: "2026-06-01" })).toBe("2026-06-01");
    expect(caseDecisionDay({ highRiskApprovedOn: null, contractSignedOn: null })).toBeNull();
  });
});
