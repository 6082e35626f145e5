import { describe, expect, it } from "vitest";
import { canSeeInvention, decisionBlockers, disclosureStage, inventorProblems } from "./invention";

const inv = (userId: string | null, shareBp: number) => ({ userId, name: userId ?? "社外", shareBp });

describe("invention disclosures", () => {
  it.each([
    ["two inventors 60/40", [inv("u1", 6000), inv("u2", 4000)], []],
    ["an outside inventor", [inv("u1", 7000), inv(null, 3000)], []],
    ["no inventor", [], ["IP-INV-NONE"]],
    ["shares add to 90 %", [inv("u1", 5000), inv("u2", 4000)], ["IP-INV-SHARE-SUM"]],
    ["zero share", [inv("u1", 10000), inv("u2", 0)], ["IP-INV-SHARE-RANGE"]],
    ["the same inventor twice", [inv("u1", 5000), inv("u1", 5000)], ["IP-INV-DUPLICATE"]],
  ])("%s", (_n, list, rules) => {
    expect(inventorProblems(list).map((r) => r.ruleId)).toEqual(rules);
  });

  it("inventors confirm, then the institution decides", () => {
    const list = [
      { ...inv("u1", 5000), confirmedOn: "2026-11-01" },
      { ...inv("u2", 5000), confirmedOn: null },
    ];
    expect(disclosureStage(list, null)).toBe("awaiting_confirmation");
    expect(decisionBlockers(list).map((r) => r.ruleId)).toEqual(["IP-INV-UNCONFIRMED"]);
    list[1]!.confirmedOn = "2026-11-02";
    expect(disclosureStage(list, null)).toBe("awaiting_decision");
    expect(disclosureStage(list, "employee")).toBe("decided");
  });

  it.each([
    ["legal_ip", "x", "none", true],
    ["coordinator", "x", "none", true],
    ["researcher", "x", "none", false],
    ["researcher", "u1", "none", true],
    ["coordinator", "x", "designated", false],
    ["executive", "x", "designated", false],
    ["legal_ip", "x", "designated", true],
    ["researcher", "u1", "designated", true],
    ["student", "x", "none", false],
  ] as const)("%s (user %s) on a %s invention → %s", (role, userId, reviewStatus, seen) => {
    expect(
      canSeeInvention({ role, userId }, { inventorUserIds: ["u1"], createdBy: null, reviewStatus }),
    ).toBe(seen);
  });
});
