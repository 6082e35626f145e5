import { describe, expect, it } from "vitest";
import { caseBlockers } from "./case-blockers";
import { partner, readyCase, TODAY } from "./case-fixtures";

describe("case blockers (board filter and case page)", () => {
  it("is not blocked when the main forward gate is open", () => {
    const b = caseBlockers(readyCase(), TODAY);
    expect(b).toEqual({ blocked: false, action: "sign_contract", reasons: [] });
  });

  it("reports the contract gate's reasons when screening is missing", () => {
    const f = readyCase({
      partners: [partner({ screening: { status: "not_screened", screenedOn: null, matchedLists: [] } })],
    });
    const b = caseBlockers(f, TODAY);
    expect(b.blocked).toBe(true);
    expect(b.action).toBe("sign_contract");
    expect(b.reasons.map((r) => r.ruleId)).toContain("GATE-SCREEN-PARTNER");
  });

  it("ignores who is looking: a case with open gates is not blocked for lack of a role", () => {
    const b = caseBlockers(readyCase({ stage: "contract_terms" }), TODAY);
    expect(b.blocked).toBe(false);
    expect(b.action).toBe("complete_contract_terms");
  });

  it("counts the NDA stage as open when either NDA or the public-information route is possible", () => {
    const noNda = readyCase({ stage: "nda", ndas: [] });
    const b = caseBlockers(noNda, TODAY);
    expect(b.action).toBe("record_nda");
    expect(b.reasons.map((r) => r.ruleId)).toEqual(["GATE-NDA"]);
    expect(b.blocked).toBe(true);
    const publicOnly = readyCase({
      stage: "nda",
      ndas: [],
      scheme: {
        ...readyCase().scheme!,
        methods: ["public_information_discussion"],
        disclosurePlan: [],
      },
    });
    expect(caseBlockers(publicOnly, TODAY).blocked).toBe(false);
  });

  it("never calls a terminal case blocked", () => {
    expect(caseBlockers(readyCase({ stage: "declined" }), TODAY).blocked).toBe(false);
  });

  it("calls an intake without partners blocked with the intake reasons", () => {
    const b = caseBlockers(readyCase({ stage: "intake", partners: [] }), TODAY);
    expect(b.blocked).toBe(true);
    expect(b.reasons.map((r) => r.ruleId)).toEqual(["STAGE-INTAKE-PARTNER"]);
  });
});
