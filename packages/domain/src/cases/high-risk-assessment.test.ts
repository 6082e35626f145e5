import { describe, expect, it } from "vitest";
import { partner, TODAY } from "./case-fixtures";
import type { CasePartner, ResearchField } from "./case-schemas";
import { assessHighRisk, type HighRiskFacts, maxRiskLevel } from "./high-risk-assessment";

const field: ResearchField = { area: "nanotech_materials", emergingTech: [], keywords: [] };
const facts = (p: CasePartner[], over: Partial<HighRiskFacts> = {}): HighRiskFacts => ({
  partners: p,
  field,
  disclosesKeyTechnology: false,
  institutionCountry: "JP",
  ...over,
});
const own = (o: Partial<CasePartner["ownership"]>) => ({ ownership: { ...partner().ownership, ...o } });
const matched = (...lists: ("eul" | "sanctions" | "us_entity_list" | "other")[]) => ({
  screening: { status: "match" as const, screenedOn: TODAY, matchedLists: lists },
});
const quantum: ResearchField = { ...field, emergingTech: ["quantum"] };

describe("high-risk partnering level (seed 001 §III.1)", () => {
  it.each([
    ["§III.1 clean group-A partner", [partner()], {}, "low", []],
    ["§II.1 sanctions list", [partner(matched("sanctions"))], {}, "prohibited", ["HR-SANCTIONS"]],
    ["case25 End User List", [partner(matched("eul"))], {}, "high", ["HR-EUL"]],
    ["§III.2 US entity list", [partner(matched("us_entity_list"))], {}, "high", ["HR-US-LIST"]],
    ["§IV.2-3 other list", [partner(matched("other"))], {}, "medium", ["HR-OTHER-LIST"]],
    [
      "case24 credit reject",
      [partner({ credit: { result: "reject", checkedOn: TODAY, expiresOn: null } })],
      {},
      "prohibited",
      ["HR-CREDIT-REJECT"],
    ],
    [
      "case24 credit caution",
      [partner({ credit: { result: "caution", checkedOn: TODAY, expiresOn: null } })],
      {},
      "medium",
      ["HR-CREDIT-CAUTION"],
    ],
    ["§IV.2-3 ownership unknown", [partner(own({ known: false }))], {}, "medium", ["HR-OWNERSHIP-UNKNOWN"]],
    [
      "§II.1 military affiliation",
      [partner(own({ militaryAffiliation: true }))],
      {},
      "high",
      ["HR-MILITARY"],
    ],
    [
      "§III.1 foreign-government control",
      [partner(own({ foreignGovernmentControl: true }))],
      {},
      "medium",
      ["HR-STATE-CONTROL"],
    ],
    [
      "§III.1 foreign-government control, key tech disclosed",
      [partner(own({ foreignGovernmentControl: true }))],
      { disclosesKeyTechnology: true },
      "high",
      ["HR-STATE-CONTROL"],
    ],
    [
      "§III.1 state-owned, emerging tech",
      [partner(own({ stateOwned: true }))],
      { field: quantum },
      "high",
      ["HR-STATE-CONTROL", "HR-EMERGING-TECH"],
    ],
    [
      "§III.1 a Japanese state-owned entity is not foreign control",
      [partner({ country: "JP", ...own({ stateOwned: true }) })],
      {},
      "low",
      [],
    ],
    [
      "§II.1 concern country",
      [partner({ destination: { group: "D", unArmsEmbargo: false, concernCountry: true } })],
      {},
      "high",
      ["HR-COUNTRY"],
    ],
    [
      "§II.1 arms-embargo country",
      [partner({ destination: { group: "D", unArmsEmbargo: true, concernCountry: false } })],
      {},
      "high",
      ["HR-COUNTRY"],
    ],
    [
      "§II.1 non-group-A, ordinary field",
      [partner({ destination: { group: "C", unArmsEmbargo: false, concernCountry: false } })],
      {},
      "low",
      [],
    ],
    [
      "§II.1 non-group-A, key tech disclosed",
      [partner({ destination: { group: "C", unArmsEmbargo: false, concernCountry: false } })],
      { disclosesKeyTechnology: true },
      "medium",
      ["HR-COUNTRY"],
    ],
    [
      "§II.2 compelled disclosure",
      [
        partner({
          countryRules: { reviewed: true, compelledDisclosure: true, firstFilingRequirement: false },
        }),
      ],
      {},
      "medium",
      ["HR-COMPELLED-DISCLOSURE"],
    ],
    [
      "§II.3.3 first-filing rule is a note",
      [
        partner({
          countryRules: { reviewed: true, compelledDisclosure: false, firstFilingRequirement: true },
        }),
      ],
      {},
      "low",
      ["HR-FIRST-FILING"],
    ],
    [
      "§III.1 serious reputation",
      [partner({ reputationNotes: [{ severity: "serious", note: "制裁報道" }] })],
      {},
      "high",
      ["HR-REPUTATION"],
    ],
    [
      "§III.1 reputation concern",
      [partner({ reputationNotes: [{ severity: "concern", note: "訴訟" }] })],
      {},
      "medium",
      ["HR-REPUTATION"],
    ],
    [
      "§III.1 info note is ignored",
      [partner({ reputationNotes: [{ severity: "info", note: "展示会" }] })],
      {},
      "low",
      [],
    ],
    [
      "§III.2 emerging tech with a foreign partner",
      [partner()],
      { field: quantum },
      "medium",
      ["HR-EMERGING-TECH"],
    ],
    [
      "§III.2 emerging tech with a domestic partner",
      [partner({ country: "JP" })],
      { field: quantum },
      "low",
      [],
    ],
    [
      "§II.1 a domestic partner needs no country group",
      [partner({ country: "JP", destination: { group: null, unArmsEmbargo: false, concernCountry: false } })],
      {},
      "low",
      [],
    ],
    [
      "§III.1 three medium concerns accumulate to high",
      [
        partner({
          ...own({ known: false }),
          credit: { result: "caution", checkedOn: TODAY, expiresOn: null },
          reputationNotes: [{ severity: "concern", note: "訴訟" }],
        }),
      ],
      {},
      "high",
      ["HR-CREDIT-CAUTION", "HR-OWNERSHIP-UNKNOWN", "HR-REPUTATION", "HR-ACCUMULATED"],
    ],
    [
      "§III.1 two medium concerns stay medium",
      [
        partner({
          ...own({ known: false }),
          credit: { result: "caution", checkedOn: TODAY, expiresOn: null },
        }),
      ],
      {},
      "medium",
      ["HR-CREDIT-CAUTION", "HR-OWNERSHIP-UNKNOWN"],
    ],
    [
      "§III.1 the case takes the worst partner",
      [partner(), partner({ partnerId: "p-2", ...matched("eul") })],
      {},
      "high",
      ["HR-EUL"],
    ],
  ] as const)("%s", (_n, ps, over, level, ruleIds) => {
    const a = assessHighRisk(facts([...ps], over), TODAY);
    expect(a.outcome).toBe(level);
    expect(a.reasons.map((r) => r.ruleId)).toEqual(ruleIds);
    expect(a.missing).toEqual([]);
  });

  it.each([
    [
      "case25 not screened",
      partner({ screening: { status: "not_screened", screenedOn: null, matchedLists: [] } }),
      "HR-MISSING-SCREENING",
    ],
    ["§IV.2-3 no credit check", partner({ credit: null }), "HR-MISSING-CREDIT"],
    [
      "§IV.2-3 credit check expired",
      partner({ credit: { result: "clear", checkedOn: "2025-01-01", expiresOn: "2026-11-21" } }),
      "HR-STALE-CREDIT",
    ],
    [
      "§IV.2-9 foreign country not classified",
      partner({ destination: { group: null, unArmsEmbargo: false, concernCountry: false } }),
      "HR-MISSING-COUNTRY-GROUP",
    ],
    [
      "§IV.2-3 country rules not reviewed",
      partner({
        countryRules: { reviewed: false, compelledDisclosure: false, firstFilingRequirement: false },
      }),
      "HR-MISSING-COUNTRY-RULES",
    ],
  ] as const)("%s is reported as missing, not as low risk", (_n, p, ruleId) => {
    const a = assessHighRisk(facts([p]), TODAY);
    expect(a.missing.map((r) => r.ruleId)).toEqual([ruleId]);
  });

  it("a missing fact never hides a finding: a stale credit check with a sanctions match stays prohibited", () => {
    const p = partner({ ...matched("sanctions"), credit: null });
    const a = assessHighRisk(facts([p]), TODAY);
    expect(a.outcome).toBe("prohibited");
    expect(a.missing.map((r) => r.ruleId)).toEqual(["HR-MISSING-CREDIT"]);
  });

  it("reports per partner and carries data versions", () => {
    const a = assessHighRisk(
      facts([
        partner(),
        partner({
          partnerId: "p-2",
          destination: { group: "D", unArmsEmbargo: false, concernCountry: true },
        }),
      ]),
      TODAY,
      { eul: "2026-10" },
    );
    expect(a.partners.map((p) => [p.partnerId, p.level])).toEqual([
      ["p-1", "low"],
      ["p-2", "high"],
    ]);
    expect(a.dataVersions).toEqual({ eul: "2026-10" });
  });

  it("a case without a partner is not rated: no level to show, and the reason says why (issue 11 item 6)", () => {
    const none = assessHighRisk(facts([]), TODAY);
    expect(none.rated).toBe(false);
    expect(none.missing.map((r) => r.ruleId)).toEqual(["HR-NO-PARTNER"]);
    expect(none.missing[0]!.text).toEqual({
      ja: "連携先が未登録のため評価できません",
      en: "Not rated: no partner yet",
    });
    // One clean partner is rated, and low.
    const one = assessHighRisk(facts([partner()]), TODAY);
    expect(one.rated).toBe(true);
    expect(one.missing.map((r) => r.ruleId)).not.toContain("HR-NO-PARTNER");
  });

  it("maxRiskLevel orders low < medium < high < prohibited", () => {
    expect(maxRiskLevel([])).toBe("low");
    expect(maxRiskLevel(["high", "medium", "prohibited", "low"])).toBe("prohibited");
    expect(maxRiskLevel(["medium", "high"])).toBe("high");
  });
});
