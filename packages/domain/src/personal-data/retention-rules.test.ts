import { describe, expect, it } from "vitest";
import {
  DEFAULT_PERSONAL_DATA_RULES,
  decideRetention,
  laterDate,
  type PersonalDataRule,
  type RetentionSubject,
} from "./retention-rules";

const rule: PersonalDataRule = {
  ...DEFAULT_PERSONAL_DATA_RULES.people,
  retentionMonths: 12,
  action: "anonymise",
};
const subject = (over: Partial<RetentionSubject> = {}): RetentionSubject => ({
  referenceDate: "2024-06-30",
  legalHoldUntil: null,
  inUse: false,
  alreadyErased: false,
  ...over,
});

describe("retention of personal data (個人情報保護法 §22; spec H15)", () => {
  it.each<[string, Partial<RetentionSubject>, string, string, string]>([
    ["within the period", {}, "2025-06-30", "keep", "PD-NOT-EXPIRED"],
    ["the day after the period", {}, "2025-07-01", "anonymise", "PD-EXPIRED"],
    [
      "a legal hold outlasting the period",
      { legalHoldUntil: "2031-06-30" },
      "2026-01-01",
      "keep",
      "PD-LEGAL-HOLD",
    ],
    ["the legal hold's last day", { legalHoldUntil: "2026-01-01" }, "2026-01-01", "keep", "PD-LEGAL-HOLD"],
    [
      "after the legal hold and the period",
      { legalHoldUntil: "2025-12-31" },
      "2026-01-01",
      "anonymise",
      "PD-EXPIRED",
    ],
    ["a record still in use", { inUse: true }, "2030-01-01", "keep", "PD-IN-USE"],
    ["a period not started", { referenceDate: null }, "2030-01-01", "keep", "PD-NOT-STARTED"],
    ["an erased record", { alreadyErased: true }, "2030-01-01", "keep", "PD-ERASED"],
    [
      "a legal hold before use",
      { legalHoldUntil: "2031-01-01", inUse: true },
      "2030-01-01",
      "keep",
      "PD-LEGAL-HOLD",
    ],
  ])("%s → %s", (_name, over, today, outcome, ruleId) => {
    const d = decideRetention(subject(over), rule, today);
    expect(d.outcome).toBe(outcome);
    expect(d.reasons[0]!.ruleId).toBe(ruleId);
    expect(d.reasons[0]!.sourceId).toBeTruthy();
  });

  it("deletes when the rule says so, and says when the period ended", () => {
    const d = decideRetention(subject(), { ...rule, action: "delete" }, "2026-01-01");
    expect(d).toMatchObject({ outcome: "delete", expiresOn: "2025-06-30" });
    expect(d.reasons[0]!.text.ja).toContain("削除");
  });

  it("has a purpose in both languages and a period for every kind", () => {
    for (const r of Object.values(DEFAULT_PERSONAL_DATA_RULES)) {
      expect(r.purposeJa).not.toBe("");
      expect(r.purposeEn).not.toBe("");
      expect(r.retentionMonths).toBeGreaterThan(0);
    }
  });

  it("takes the later of two dates", () => {
    expect(laterDate("2024-01-01", "2025-01-01")).toBe("2025-01-01");
    expect(laterDate(null, "2025-01-01")).toBe("2025-01-01");
    expect(laterDate("2024-01-01", null)).toBe("2024-01-01");
  });
});
