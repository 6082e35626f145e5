import { describe, expect, it } from "vitest";
import { evaluateNationalProject } from "./national-project";
import type { NationalProject } from "./stage-schemas";

/** An inbound project with a foreign company commissioned (seed 004 §2(1)①, §2(2)①). */
const np = (over: Partial<NationalProject> = {}): NationalProject => ({
  projectType: "inbound",
  participationForm: "commissioned",
  foreignParticipant: true,
  criteria: {
    superiorCapability: true,
    economicContributionExplained: true,
    alignsWithProjectPurpose: true,
    technologyManagementInPlace: true,
    compliesWithLawAndConsults: true,
    budgetProceduresAccepted: true,
  },
  ip: { coOwnedWithState: true, stateSharePercent: 50 },
  contract: {
    parentTransferNoticeClause: true,
    freeLicenceToStateClause: true,
    sublicensableLicenceOnMergerClause: true,
    postProjectConfidentialityYears: 5,
  },
  institutionExportControlSystem: true,
  ...over,
});
const crit = (k: keyof NationalProject["criteria"]) => np({ criteria: { ...np().criteria, [k]: false } });
const clause = (c: Partial<NationalProject["contract"]>) => np({ contract: { ...np().contract, ...c } });
const ids = (x: NationalProject) => evaluateNationalProject(x).reasons.map((r) => r.ruleId);

describe("national R&D project participation (seed 004)", () => {
  it("seed004 a compliant commissioned participation passes every rule", () => {
    const ev = evaluateNationalProject(np());
    expect(ev.outcome).toBe("compliant");
    expect(ev.reasons).toEqual([]);
    expect(ev.satisfied.map((r) => r.ruleId)).toEqual([
      "NP-CRIT-1-1",
      "NP-CRIT-1-2",
      "NP-CRIT-1-3",
      "NP-CRIT-2",
      "NP-CRIT-3",
      "NP-CRIT-4",
      "NP-IP-COOWN",
      "NP-IP-PARENT-NOTICE",
      "NP-IP-STATE-LICENCE",
      "NP-IP-MERGER",
      "NP-CONFIDENTIALITY",
      "NP-EXPORT-SYSTEM",
    ]);
  });

  it.each([
    ["seed004§3(1)① superior capability", crit("superiorCapability"), ["NP-CRIT-1-1"]],
    ["seed004§3(1)② economic contribution", crit("economicContributionExplained"), ["NP-CRIT-1-2"]],
    ["seed004§3(1)③ project purpose", crit("alignsWithProjectPurpose"), ["NP-CRIT-1-3"]],
    ["seed004§3(2) technology management", crit("technologyManagementInPlace"), ["NP-CRIT-2"]],
    ["seed004§3(3) law and good-faith consultation", crit("compliesWithLawAndConsults"), ["NP-CRIT-3"]],
    ["seed004§3(4) budget procedures", crit("budgetProceduresAccepted"), ["NP-CRIT-4"]],
  ] as const)("%s must hold on its own (all four criteria)", (_n, x, expected) => {
    expect(ids(x)).toEqual(expected);
    expect(evaluateNationalProject(x).outcome).toBe("non_compliant");
  });

  it.each([
    ["X10 ⑤ paid use in an inbound project warns", np({ participationForm: "paid_use" }), ["NP-FORM"]],
    ["X10 ① commissioning in a bring-back project warns", np({ projectType: "bring_back" }), ["NP-FORM"]],
    [
      "seed004§2(2) ⑤ paid use in a bring-back project",
      np({ projectType: "bring_back", participationForm: "paid_use" }),
      [],
    ],
    [
      "seed004§2(2) ③ co-funding in an outbound project",
      np({ projectType: "outbound", participationForm: "cofund" }),
      [],
    ],
  ] as const)("%s (seed004§2(2) lists the forms as typical: a warning, not a refusal)", (_n, x, expected) => {
    const ev = evaluateNationalProject(x);
    expect(ev.warnings.map((r) => r.ruleId)).toEqual(expected);
    expect(ev.reasons.map((r) => r.ruleId)).not.toContain("NP-FORM");
  });

  it.each([
    [
      "seed004§4(1)① state share 49 %",
      np({ ip: { coOwnedWithState: true, stateSharePercent: 49 } }),
      ["NP-IP-COOWN"],
    ],
    ["seed004§4(1)① state share 50 %", np({ ip: { coOwnedWithState: true, stateSharePercent: 50 } }), []],
    ["seed004§4(1)① state share 100 %", np({ ip: { coOwnedWithState: true, stateSharePercent: 100 } }), []],
    [
      "seed004§4(1)① share not agreed",
      np({ ip: { coOwnedWithState: true, stateSharePercent: null } }),
      ["NP-IP-COOWN"],
    ],
    [
      "seed004§4(1)① not co-owned",
      np({ ip: { coOwnedWithState: false, stateSharePercent: 60 } }),
      ["NP-IP-COOWN"],
    ],
    [
      "seed004§4(1)① domestic participant",
      np({ foreignParticipant: false, ip: { coOwnedWithState: false, stateSharePercent: null } }),
      [],
    ],
    [
      "seed004§4(1)① licence form is not commissioned work",
      np({
        participationForm: "licence",
        ip: { coOwnedWithState: false, stateSharePercent: null },
        contract: { ...np().contract, sublicensableLicenceOnMergerClause: false },
      }),
      [],
    ],
  ] as const)("%s", (_n, x, expected) => {
    expect(ids(x)).toEqual(expected);
  });

  it.each([
    [
      "seed004§4(1)② parent transfer notice",
      clause({ parentTransferNoticeClause: false }),
      ["NP-IP-PARENT-NOTICE"],
    ],
    [
      "seed004§4(1)② free licence to the state",
      clause({ freeLicenceToStateClause: false }),
      ["NP-IP-STATE-LICENCE"],
    ],
    [
      "seed004§4(1)③ sublicensable licence on M&A",
      clause({ sublicensableLicenceOnMergerClause: false }),
      ["NP-IP-MERGER"],
    ],
    [
      "seed004§4(4) no confidentiality after the project",
      clause({ postProjectConfidentialityYears: null }),
      ["NP-CONFIDENTIALITY"],
    ],
    [
      "seed004§4(4) confidentiality ends with the project",
      clause({ postProjectConfidentialityYears: 0 }),
      ["NP-CONFIDENTIALITY"],
    ],
    [
      "seed004§4(4) export-control system",
      np({ institutionExportControlSystem: false }),
      ["NP-EXPORT-SYSTEM"],
    ],
  ] as const)("%s", (_n, x, expected) => {
    expect(ids(x)).toEqual(expected);
  });
});
