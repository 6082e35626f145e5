import { describe, expect, it } from "vitest";
import type { Role } from "../shared/roles";
import { terms } from "./case-fixtures";
import type { RedFlagWaiver } from "./case-schemas";
import {
  CONTRACT_CHECKLIST_ITEMS,
  type ContractChecklistItem,
  type ContractRedFlag,
} from "./contract-checklist";
import {
  type ContractTermsContext,
  canWaiveRedFlag,
  evaluateContractTerms,
  missingChecklistItems,
} from "./contract-terms";
import type { ContractTerms } from "./stage-schemas";

const ctx = (over: Partial<ContractTermsContext> = {}): ContractTermsContext => ({
  kind: "joint_research",
  institutionCountry: "JP",
  partnerCountries: ["DE"],
  studentsOnCase: false,
  bayhDoleFunded: false,
  bayhDoleApprovalRecorded: false,
  waivers: [],
  maxPublicationDelayDays: 90,
  thirdCountryArbitration: "require",
  ...over,
});

const flagsOf = (t: ContractTerms, c = ctx()) => evaluateContractTerms(t, c).redFlags.map((f) => f.flag);
const waiver = (flag: ContractRedFlag, role: Role): RedFlagWaiver => ({
  flag,
  approvedByUserId: `u-${role}`,
  approvedByRole: role,
  justification: "理由",
});

describe("checklist completeness (seed 001 §IV.2-7)", () => {
  it("complete terms miss nothing and are ready", () => {
    expect(evaluateContractTerms(terms(), ctx())).toMatchObject({
      outcome: "ready",
      missing: [],
      redFlags: [],
    });
  });

  const breakers: Record<ContractChecklistItem, Partial<ContractTerms>> = {
    research_theme: { researchTheme: { title: " ", purpose: "p", content: "c" } },
    researchers_and_students: {
      researchers: {
        piNamed: false,
        researchersListed: true,
        studentsParticipate: false,
        visitingResearchersParticipate: false,
      },
    },
    places: { places: [] },
    period: { period: { startsOn: "2028-01-01", endsOn: "2027-01-01" } },
    costs: { costs: null },
    facilities: { facilities: null },
    information_to_provide: { informationToProvide: { items: ["x"], confidentialInformationDefined: false } },
    schedule: { schedule: { milestonesDefined: true, rolesDefined: false } },
    confidentiality: { confidentiality: null },
    know_how: { knowHow: null },
    results_ip: { results: null },
    assignment: { assignment: null },
    anti_social_forces: { antiSocialForcesClause: false },
    damages: { damages: null },
    governing_law: { governingLaw: null },
    jurisdiction: { jurisdiction: null },
  };
  it.each(CONTRACT_CHECKLIST_ITEMS.map((i) => [i] as const))(
    "§IV.2-7 item %s reported when not addressed",
    (item) => {
      const ev = evaluateContractTerms(terms(breakers[item]), ctx());
      expect(ev.missing).toEqual([item]);
      expect(ev.outcome).toBe("incomplete");
      expect(ev.reasons.map((r) => r.ruleId)).toEqual(["CT-CHECKLIST"]);
    },
  );

  it("an empty facilities list means 'none used', not missing", () => {
    expect(missingChecklistItems(terms({ facilities: [] }), "joint_research")).toEqual([]);
  });

  it.each([
    ["mou", { costs: null, places: null, facilities: null, knowHow: null }, []],
    ["licence", { places: null, researchTheme: null }, []],
    ["licence", { assignment: null }, ["assignment"]],
    ["consulting", { places: null, facilities: null, schedule: null, assignment: null }, []],
    ["researcher_exchange", { places: null }, ["places"]],
  ] as const)("§IV.2-7 kind %s asks only its items", (kind, change, expected) => {
    expect(missingChecklistItems(terms(change), kind)).toEqual(expected);
  });
});

describe("red flags", () => {
  it.each([
    [
      "X4 arbitration seated in Japan is never flagged",
      { jurisdiction: { method: "arbitration", seatCountry: "JP" } },
      ctx(),
      [],
    ],
    [
      "case27 arbitration in the partner's country",
      { jurisdiction: { method: "arbitration", seatCountry: "DE" } },
      ctx(),
      ["arbitration_not_third_country"],
    ],
    [
      "case27 courts of the partner's country",
      { jurisdiction: { method: "court", seatCountry: "DE" } },
      ctx(),
      ["arbitration_not_third_country"],
    ],
    [
      "X4 Japanese courts are never flagged",
      { jurisdiction: { method: "court", seatCountry: "JP" } },
      ctx(),
      [],
    ],
    [
      "case27 courts of a third country",
      { jurisdiction: { method: "court", seatCountry: "SG" } },
      ctx(),
      ["arbitration_not_third_country"],
    ],
    [
      "X4 institution set to warn: no red flag",
      { jurisdiction: { method: "court", seatCountry: "DE" } },
      ctx({ thirdCountryArbitration: "warn" }),
      [],
    ],
    [
      "X4 institution set to off",
      { jurisdiction: { method: "arbitration", seatCountry: "DE" } },
      ctx({ thirdCountryArbitration: "off" }),
      [],
    ],
    [
      "case27 arbitration in a third country",
      { jurisdiction: { method: "arbitration", seatCountry: "SG" } },
      ctx(),
      [],
    ],
    [
      "case27 seat in a second partner's country",
      { jurisdiction: { method: "arbitration", seatCountry: "SG" } },
      ctx({ partnerCountries: ["DE", "SG"] }),
      ["arbitration_not_third_country"],
    ],
    [
      "case27 domestic partner, Japanese courts",
      { jurisdiction: { method: "court", seatCountry: "JP" } },
      ctx({ partnerCountries: ["JP"] }),
      [],
    ],
    [
      "§IV.2-7 confidentiality without term",
      { confidentiality: { termYears: null, survivalYearsAfterTermination: 3 } },
      ctx(),
      ["confidentiality_no_end"],
    ],
    [
      "§IV.2-7 confidentiality survives forever",
      { confidentiality: { termYears: 5, survivalYearsAfterTermination: null } },
      ctx(),
      ["confidentiality_no_end"],
    ],
    [
      "§IV.2-7 confidentiality ends with the contract",
      { confidentiality: { termYears: 5, survivalYearsAfterTermination: 0 } },
      ctx(),
      [],
    ],
    [
      "§IV.2-7 designated know-how kept secret forever",
      { knowHow: { designated: true, secrecyYears: null } },
      ctx(),
      ["confidentiality_no_end"],
    ],
    ["§IV.2-7 no know-how designated", { knowHow: { designated: false, secrecyYears: null } }, ctx(), []],
    [
      "§III.1 partner may veto publication",
      { publication: { maxDelayDays: 30, partnerVeto: true } },
      ctx(),
      ["publication_beyond_policy"],
    ],
    [
      "§III.1 delay above policy",
      { publication: { maxDelayDays: 91, partnerVeto: false } },
      ctx(),
      ["publication_beyond_policy"],
    ],
    ["§III.1 delay at policy limit", { publication: { maxDelayDays: 90, partnerVeto: false } }, ctx(), []],
    [
      "§III.1 stricter institution policy",
      { publication: { maxDelayDays: 60, partnerVeto: false } },
      ctx({ maxPublicationDelayDays: 30 }),
      ["publication_beyond_policy"],
    ],
    [
      "§IV.2-7 all foreign nationals excluded",
      { personnelExclusions: { allForeign: true, nationalities: [] } },
      ctx(),
      ["foreign_national_exclusion"],
    ],
    [
      "§IV.2-7 named nationalities excluded",
      { personnelExclusions: { allForeign: false, nationalities: ["CN"] } },
      ctx(),
      ["foreign_national_exclusion"],
    ],
    [
      "§II.3.1 Bayh-Dole IP assigned without approval",
      {
        results: {
          ownership: "joint",
          assignmentToPartner: true,
          exclusiveLicenceToPartner: false,
          ipCostsAllocated: true,
        },
      },
      ctx({ bayhDoleFunded: true }),
      ["bayh_dole_transfer_without_approval"],
    ],
    [
      "§II.3.1 Bayh-Dole IP exclusively licensed with approval",
      {
        results: {
          ownership: "joint",
          assignmentToPartner: false,
          exclusiveLicenceToPartner: true,
          ipCostsAllocated: true,
        },
      },
      ctx({ bayhDoleFunded: true, bayhDoleApprovalRecorded: true }),
      [],
    ],
    [
      "§II.3.1 exclusive licence of privately funded IP",
      {
        results: {
          ownership: "joint",
          assignmentToPartner: false,
          exclusiveLicenceToPartner: true,
          ipCostsAllocated: true,
        },
      },
      ctx(),
      [],
    ],
  ] as const)("%s", (_n, change, c, expected) => {
    const t = terms(change as Partial<ContractTerms>);
    expect(flagsOf(t, c)).toEqual(expected);
    expect(evaluateContractTerms(t, c).outcome).toBe(expected.length > 0 ? "blocked" : "ready");
  });

  it("§III.1 students on the case add the thesis concern to a publication flag", () => {
    const t = terms({ publication: { maxDelayDays: 30, partnerVeto: true } });
    const [flag] = evaluateContractTerms(t, ctx({ studentsOnCase: true })).redFlags;
    expect(flag?.reasons.map((r) => r.text.ja)).toEqual([
      "相手方が成果公表を拒否できる",
      "学生が参加: 学位論文の公表が制限されるおそれ",
    ]);
  });

  it("reports several flags at once, with a checklist gap", () => {
    const t = terms({
      damages: null,
      jurisdiction: { method: "court", seatCountry: "US" },
      confidentiality: { termYears: null, survivalYearsAfterTermination: null },
    });
    const ev = evaluateContractTerms(t, ctx({ partnerCountries: ["US"] }));
    expect(ev.outcome).toBe("blocked");
    expect(ev.missing).toEqual(["damages"]);
    expect(ev.redFlags.map((f) => [f.flag, f.reasons.length])).toEqual([
      ["arbitration_not_third_country", 1],
      ["confidentiality_no_end", 2],
    ]);
  });
});

describe("waivers", () => {
  it.each([
    ["publication_beyond_policy", "department_head", true],
    ["publication_beyond_policy", "executive", true],
    ["publication_beyond_policy", "coordinator", false],
    ["confidentiality_no_end", "legal_ip", true],
    ["confidentiality_no_end", "executive", false],
    ["foreign_national_exclusion", "executive", true],
    ["foreign_national_exclusion", "department_head", false],
    ["arbitration_not_third_country", "executive", false],
    ["bayh_dole_transfer_without_approval", "executive", false],
  ] as const)("%s waivable by %s: %s", (flag, role, expected) => {
    expect(canWaiveRedFlag(flag, role)).toBe(expected);
  });

  it("§III.1 a department head's waiver lifts a publication flag", () => {
    const t = terms({ publication: { maxDelayDays: 120, partnerVeto: false } });
    const ev = evaluateContractTerms(
      t,
      ctx({ waivers: [waiver("publication_beyond_policy", "department_head")] }),
    );
    expect(ev).toMatchObject({ outcome: "ready", reasons: [] });
    expect(ev.redFlags).toMatchObject([{ flag: "publication_beyond_policy", waived: true, waivable: true }]);
  });

  it("a waiver by a role that may not waive is ignored", () => {
    const t = terms({ publication: { maxDelayDays: 120, partnerVeto: false } });
    const ev = evaluateContractTerms(
      t,
      ctx({ waivers: [waiver("publication_beyond_policy", "coordinator")] }),
    );
    expect(ev.outcome).toBe("blocked");
  });

  it("case27 under `require` an executive cannot waive arbitration in the partner's country", () => {
    const t = terms({ jurisdiction: { method: "arbitration", seatCountry: "DE" } });
    const ev = evaluateContractTerms(
      t,
      ctx({ waivers: [waiver("arbitration_not_third_country", "executive")] }),
    );
    expect(ev.outcome).toBe("blocked");
    expect(ev.redFlags).toMatchObject([{ waivable: false, waived: false }]);
  });

  it("a waiver for one flag does not lift another", () => {
    const t = terms({ personnelExclusions: { allForeign: true, nationalities: [] } });
    const ev = evaluateContractTerms(t, ctx({ waivers: [waiver("publication_beyond_policy", "executive")] }));
    expect(ev.outcome).toBe("blocked");
  });
});

describe("third-country arbitration as an institution setting (X4)", () => {
  it.each([
    ["warn", "DE", "court", ["CT-WARN-ARBITRATION"]],
    ["warn", "JP", "court", []],
    ["warn", "JP", "arbitration", []],
    ["warn", "SG", "arbitration", []],
    ["off", "DE", "court", []],
    ["require", "DE", "court", []],
  ] as const)("%s: %s %s → warnings %j", (setting, seatCountry, method, expected) => {
    const ev = evaluateContractTerms(
      terms({ jurisdiction: { method, seatCountry } }),
      ctx({ thirdCountryArbitration: setting }),
    );
    expect(ev.warnings.map((w) => w.ruleId)).toEqual(expected);
  });
});

describe("termination, background IP, 不実施補償, software, co-owned patents, third parties (E2, E14, E18)", () => {
  it.each([
    ["all agreed", {}, []],
    ["no termination terms", { termination: null }, ["CT-WARN-TERMINATION"]],
    [
      "auto-renewal without a notice period",
      {
        termination: {
          noticeDays: null,
          extensionByAgreement: false,
          autoRenewal: true,
          wrapUpDefined: true,
        },
      },
      ["CT-WARN-TERMINATION"],
    ],
    ["terms stored before issue 14 (fields absent)", { backgroundIp: undefined }, ["CT-WARN-BACKGROUND-IP"]],
    ["no software terms", { software: null }, ["CT-WARN-SOFTWARE"]],
    ["joint results without co-owned patent terms", { coOwnedPatents: null }, ["CT-WARN-CO-OWNED"]],
    ["joint results without 不実施補償", { nonPracticeCompensation: null }, ["CT-WARN-NON-PRACTICE"]],
    [
      "a foreign co-owner free to license without consent",
      { coOwnedPatents: { costSharing: "by_share", consentToLicenceOrAssign: false } },
      ["CT-WARN-CO-OWNED-FOREIGN"],
    ],
    [
      "third parties join without consent",
      { thirdParties: { joiningAllowed: true, consentRequired: false } },
      ["CT-WARN-THIRD-PARTY"],
    ],
  ] as const)("%s", (_, over, expected) => {
    const ev = evaluateContractTerms(
      terms({ jurisdiction: { method: "court", seatCountry: "JP" }, ...over }),
      ctx({ thirdCountryArbitration: "warn" }),
    );
    expect(ev.warnings.map((w) => w.ruleId)).toEqual(expected);
    // Warnings never block: the outcome is what the checklist and red flags say.
    expect(ev.outcome).toBe("ready");
  });

  it("a domestic co-owner without the consent clause is not warned (Japanese law already requires it)", () => {
    const ev = evaluateContractTerms(
      terms({ coOwnedPatents: { costSharing: "by_share", consentToLicenceOrAssign: false } }),
      ctx({ partnerCountries: ["JP"] }),
    );
    expect(ev.warnings.map((w) => w.ruleId)).toEqual([]);
  });
});
