import { describe, expect, it } from "vitest";
import { DEFAULT_LICENCE_POLICY, determineLicence, type LicenceProposal } from "./licence-policy";

const p = (o: Partial<LicenceProposal>): LicenceProposal => ({
  kind: "exclusive_licence",
  optionGrantsExclusive: false,
  licenseeCountry: "US",
  licenseeIsCoOwner: false,
  exceptionIds: [],
  approval: null,
  ...o,
});
const exec = { role: "executive" as const, on: "2026-11-01" };

describe("licence policy (seed 001 cases 3–5)", () => {
  it.each<[string, LicenceProposal, string, string[]]>([
    [
      "non-exclusive abroad is the default",
      p({ kind: "non_exclusive_licence" }),
      "allowed",
      ["IP-LP-NONEXCL"],
    ],
    ["exclusive to a Japanese company", p({ licenseeCountry: "JP" }), "allowed", ["IP-LP-DOMESTIC-EXCL"]],
    ["exclusive abroad without an exception", p({}), "refused", ["IP-LP-FOREIGN-EXCL"]],
    ["exception ① does not cover exclusivity", p({ exceptionIds: ["1"] }), "refused", ["IP-LP-FOREIGN-EXCL"]],
    ["an unknown exception id counts as none", p({ exceptionIds: ["9"] }), "refused", ["IP-LP-FOREIGN-EXCL"]],
    [
      "exception ③ awaits approval",
      p({ exceptionIds: ["3"] }),
      "needs_approval",
      ["IP-LP-EXCEPTION", "IP-LP-EXCEPTION-APPROVAL"],
    ],
    [
      "exception ③ approved by an executive",
      p({ exceptionIds: ["3"], approval: exec }),
      "allowed",
      ["IP-LP-EXCEPTION"],
    ],
    [
      "an approval by a coordinator does not count",
      p({ exceptionIds: ["3"], approval: { role: "coordinator", on: "2026-11-01" } }),
      "needs_approval",
      ["IP-LP-EXCEPTION", "IP-LP-EXCEPTION-APPROVAL"],
    ],
    [
      "an exclusive option abroad is an exclusive licence",
      p({ kind: "option", optionGrantsExclusive: true }),
      "refused",
      ["IP-LP-FOREIGN-EXCL"],
    ],
    ["a non-exclusive option abroad", p({ kind: "option" }), "allowed", ["IP-LP-NONEXCL"]],
    [
      "no exclusivity to a foreign co-owner, even with an exception",
      p({ licenseeIsCoOwner: true, exceptionIds: ["3"], approval: exec }),
      "refused",
      ["IP-LP-FOREIGN-COOWNER"],
    ],
    [
      "no assignment to a foreign company",
      p({ kind: "assignment", approval: exec }),
      "refused",
      ["IP-LP-NO-FOREIGN-ASSIGN"],
    ],
    [
      "assignment at home needs approval",
      p({ kind: "assignment", licenseeCountry: "JP" }),
      "needs_approval",
      ["IP-LP-ASSIGN"],
    ],
    [
      "assignment at home with approval",
      p({ kind: "assignment", licenseeCountry: "JP", approval: exec }),
      "allowed",
      ["IP-LP-ASSIGN"],
    ],
  ])("%s", (_name, proposal, outcome, rules) => {
    const d = determineLicence(proposal);
    expect(d.outcome).toBe(outcome);
    expect(d.reasons.map((r) => r.ruleId)).toEqual(rules);
    expect(d.approverRoles).toEqual(outcome === "needs_approval" ? ["executive"] : []);
    for (const r of d.reasons) {
      expect(r.citation.ja.length).toBeGreaterThan(0);
      expect(r.citation.en.length).toBeGreaterThan(0);
      expect(r.text.en).not.toBe(r.text.ja);
    }
  });

  it("reads the institution's own exception list and approvers", () => {
    const policy = {
      ...DEFAULT_LICENCE_POLICY,
      foreignExceptions: DEFAULT_LICENCE_POLICY.foreignExceptions.filter((e) => e.id === "2"),
      exceptionApprovers: ["legal_ip" as const],
    };
    expect(determineLicence(p({ exceptionIds: ["3"] }), policy).outcome).toBe("refused");
    const d = determineLicence(p({ exceptionIds: ["2"] }), policy);
    expect(d).toMatchObject({ outcome: "needs_approval", approverRoles: ["legal_ip"] });
    expect(d.reasons[0]!.text.ja).toContain("②");
  });
});
