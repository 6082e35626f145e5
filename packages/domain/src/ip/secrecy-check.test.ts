import { describe, expect, it } from "vitest";
import { type SecrecyAction, type SecrecyFacts, secrecyGate } from "./secrecy-check";

const f = (o: Partial<SecrecyFacts>): SecrecyFacts => ({
  check: { result: "listed", on: "2026-01-10", recordedByRole: "legal_ip" },
  reviewStatus: "none",
  jpFiledOn: "2026-01-15",
  ...o,
});

describe("特許出願非公開 check before foreign filing or publication (J6)", () => {
  it.each<[string, SecrecyAction, SecrecyFacts, string, string[]]>([
    ["no check: no foreign filing", "foreign_filing", f({ check: null }), "denied", ["IP-SEC-NO-CHECK"]],
    ["no check: no publication", "publication", f({ check: null }), "denied", ["IP-SEC-NO-CHECK"]],
    [
      "a check the PI records does not count",
      "foreign_filing",
      f({ check: { result: "not_listed", on: "2026-01-10", recordedByRole: "researcher" } }),
      "denied",
      ["IP-SEC-NO-CHECK"],
    ],
    [
      "not in a listed field",
      "foreign_filing",
      f({ check: { result: "not_listed", on: "2026-01-10", recordedByRole: "legal_ip" } }),
      "allowed",
      ["IP-SEC-NOT-LISTED"],
    ],
    ["listed, not filed in Japan", "foreign_filing", f({ jpFiledOn: null }), "denied", ["IP-SEC-FIRST-JP"]],
    ["listed, within 10 months", "foreign_filing", f({}), "denied", ["IP-SEC-WAIT"]],
    [
      "listed, under review",
      "foreign_filing",
      f({ reviewStatus: "under_review" }),
      "denied",
      ["IP-SEC-WAIT"],
    ],
    ["listed, not designated", "foreign_filing", f({ reviewStatus: "not_designated" }), "allowed", []],
    [
      "listed, designated",
      "foreign_filing",
      f({ reviewStatus: "designated" }),
      "denied",
      ["IP-SEC-DESIGNATED"],
    ],
    [
      "designated: no publication",
      "publication",
      f({ reviewStatus: "designated" }),
      "denied",
      ["IP-SEC-DESIGNATED"],
    ],
    [
      "under review: no publication",
      "publication",
      f({ reviewStatus: "under_review" }),
      "denied",
      ["IP-SEC-UNDER-REVIEW"],
    ],
    ["listed, no review yet: publication allowed", "publication", f({}), "allowed", []],
    ["designation lifted", "foreign_filing", f({ reviewStatus: "lifted" }), "allowed", []],
  ])("%s", (_name, action, facts, outcome, rules) => {
    const d = secrecyGate(action, facts, "2026-11-14");
    expect(d.outcome).toBe(outcome);
    expect(d.reasons.map((r) => r.ruleId)).toEqual(rules);
  });

  it("the ban lapses the day after 10 months from the Japanese filing with no review", () => {
    expect(secrecyGate("foreign_filing", f({}), "2026-11-15").outcome).toBe("denied");
    expect(secrecyGate("foreign_filing", f({}), "2026-11-16").outcome).toBe("allowed");
  });
});
