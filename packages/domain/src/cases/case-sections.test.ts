import { describe, expect, it } from "vitest";
import { CASE_SECTIONS, SECTION_STAGES, sectionEditReasons } from "./case-sections";
import { CASE_STAGES, isTerminalStage } from "./case-types";

describe("which parts of a case file may change in which stage (seed 001 §IV.2)", () => {
  it.each([
    ["intake", "partners", true],
    ["scheme_design", "partners", true],
    ["nda", "partners", false],
    ["scheme_design", "scheme", true],
    ["negotiation", "scheme", false],
    ["contract_terms", "contract_terms", true],
    ["agreement_confirmation", "contract_terms", false],
    ["contract_terms", "research_plan", true],
    ["active", "monitoring", true],
    ["negotiation", "monitoring", false],
    ["export_risk_review", "export_licence", true],
    ["active", "export_licence", true],
    ["closing", "closing", true],
    ["active", "participants", true],
  ] as const)("%s / %s: %s", (stage, section, editable) => {
    expect(sectionEditReasons(stage, section).length === 0).toBe(editable);
  });

  it("freezes every section of a closed, declined or withdrawn case", () => {
    for (const stage of CASE_STAGES.filter(isTerminalStage)) {
      for (const section of CASE_SECTIONS) {
        const reasons = sectionEditReasons(stage, section);
        expect(reasons.map((r) => r.ruleId)).toEqual(["CASE-EDIT-CLOSED"]);
      }
    }
  });

  it("names the stages where a section can be changed", () => {
    const [r] = sectionEditReasons("negotiation", "scheme");
    expect(r?.ruleId).toBe("CASE-EDIT-STAGE");
    expect(r?.text.ja).toContain("連携スキームの検討");
    expect(SECTION_STAGES.scheme).toEqual(["scheme_design"]);
  });
});
