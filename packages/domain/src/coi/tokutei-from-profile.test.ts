import { describe, expect, it } from "vitest";
import { assessVisitor } from "../ec-workflows/visitor-assessment";
import { profile, TODAY } from "./coi-fixtures";
import type { Support } from "./coi-schemas";
import { withProfileTokutei } from "./tokutei-from-profile";

// J4: the foreign-government share of a researcher's income feeds 特定類型② from the profile, not
// from what an intake form or an assess request declares.

const foreignGov = (annualAmountJpy: number, paidToInstitution = false): Support => ({
  id: `s-${annualAmountJpy}-${paidToInstitution}`,
  giver: "Ministry of Science (foreign)",
  giverCountry: "CN",
  partnerId: null,
  kind: "research_funding",
  status: "current",
  annualAmountJpy,
  foreignGovernment: true,
  paidToInstitution,
  from: "2026-01-01",
  until: null,
  recordedOn: "2026-01-10",
});
const record = (support: Support[], annualIncomeJpy: number | null = 10_000_000) => ({
  profile: profile({ support, annualIncomeJpy }),
  version: 3,
  savedOn: "2026-04-01",
});
const resident = { nationality: "JP", employedInJapan: true } as const;

describe("特定類型② from the profile (J4)", () => {
  it.each([
    [
      "a 30 % share makes ② although the form said 0",
      [foreignGov(3_000_000)],
      { foreignGovBenefitShare: 0 },
      true,
    ],
    [
      "a 10 % share is below the threshold although the form said 50 %",
      [foreignGov(1_000_000)],
      { foreignGovBenefitShare: 0.5 },
      false,
    ],
    [
      "paid to the institution: ② does not apply whatever was declared",
      [foreignGov(5_000_000, true)],
      { foreignGovBenefitShare: 0.9 },
      false,
    ],
    ["no foreign-government support: share 0", [], { foreignGovBenefitShare: 0.4 }, false],
  ] as const)("%s", (_name, support, declared, t2) => {
    const result = assessVisitor({ ...resident, tokutei: declared }, TODAY, record([...support]));
    expect(result.tokutei.includes("T2")).toBe(t2);
    const cited = result.reasons.find((r) => r.ruleId === "COI-TK2-FROM-PROFILE");
    expect(cited?.text.ja).toContain("プロフィール第3版 2026-04-01");
    expect(cited?.sourceId).toBe("J4");
  });

  it("without a total income keeps the declared facts and says the share could not be computed", () => {
    const out = withProfileTokutei(
      { ...resident, tokutei: { foreignGovBenefitShare: 0.3 } },
      record([foreignGov(3_000_000)], null),
      TODAY,
    );
    expect(out.recipient.tokutei?.foreignGovBenefitShare).toBe(0.3);
    expect(out.reasons.map((r) => r.ruleId)).toEqual(["COI-TK2-NO-INCOME"]);
    expect(out.reasons[0]!.text.ja).toContain("プロフィール第3版");
  });

  it("leaves the other 特定類型 facts as declared", () => {
    const out = withProfileTokutei(
      { ...resident, tokutei: { foreignEmploymentContract: true, foreignGovBenefitShare: 0.9 } },
      record([]),
      TODAY,
    );
    expect(out.recipient.tokutei).toEqual({ foreignEmploymentContract: true, foreignGovBenefitShare: 0 });
  });

  it("without a profile the visitor is assessed on the declaration alone", () => {
    const result = assessVisitor({ ...resident, tokutei: { foreignGovBenefitShare: 0.3 } }, TODAY);
    expect(result.tokutei).toContain("T2");
    expect(result.reasons.some((r) => r.ruleId.startsWith("COI-"))).toBe(false);
  });
});
