import { describe, expect, it } from "vitest";
import { DEFAULT_PERSONAL_DATA_RULES, decideRetention } from "../personal-data/retention-rules";
import { type DeclarationRetentionFacts, declarationRetentionSubject } from "./declaration-retention";

/** COI declarations under the retention rules: archived whole until the period ends, then erased. */
const rule = DEFAULT_PERSONAL_DATA_RULES.coi_declarations;
const base: DeclarationRetentionFacts = {
  status: "expired",
  validUntil: "2020-03-31",
  lastSavedOn: "2019-05-01",
  activePlan: false,
  alreadyErased: false,
};
const decide = (over: Partial<DeclarationRetentionFacts>, today: string) =>
  decideRetention(declarationRetentionSubject({ ...base, ...over }), rule, today);

describe("COI declaration retention", () => {
  it.each([
    ["expired, within the archive period", {}, "2025-03-31", "keep", "PD-LEGAL-HOLD"],
    ["expired, the day after the archive period", {}, "2025-04-01", "anonymise", "PD-EXPIRED"],
    ["expired but a plan still in force", { activePlan: true }, "2026-04-01", "keep", "PD-IN-USE"],
    ["approved, not yet expired by the job", { status: "approved" }, "2026-04-01", "keep", "PD-IN-USE"],
    ["awaiting the committee", { status: "submitted" }, "2030-01-01", "keep", "PD-IN-USE"],
    ["abandoned draft past the rule's period", { status: "draft" }, "2024-05-02", "anonymise", "PD-EXPIRED"],
    ["abandoned draft within the period", { status: "draft" }, "2024-05-01", "keep", "PD-NOT-EXPIRED"],
    ["already erased", { alreadyErased: true }, "2030-01-01", "keep", "PD-ERASED"],
  ] as const)("%s", (_n, over, today, outcome, ruleId) => {
    const d = decide(over, today);
    expect([d.outcome, d.reasons[0]!.ruleId]).toEqual([outcome, ruleId]);
  });

  it("a shorter institutional rule never erases an approved declaration before its archive period", () => {
    const d = decideRetention(
      declarationRetentionSubject(base),
      { ...rule, retentionMonths: 12 },
      "2021-06-01",
    );
    expect(d.outcome).toBe("keep");
  });
});
