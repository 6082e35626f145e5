import { describe, expect, it } from "vitest";
import { profile, TODAY } from "./coi-fixtures";
import type { Support } from "./coi-schemas";
import {
  applicationFromProfile,
  eRadCsv,
  type FundingApplicationInput,
  fundingProfileCheck,
  ZFundingApplicationInput,
} from "./funding-application";

// J2 (競争的研究費指針): what a funder is told must match what the institution holds, with the pledge.

const ids = (rs: { ruleId: string }[]) => rs.map((r) => r.ruleId);
const support = (over: Partial<Support>): Support => ({
  id: over.giver ?? "s",
  giver: "Acme",
  giverCountry: "DE",
  partnerId: null,
  kind: "research_funding",
  status: "current",
  annualAmountJpy: 2_000_000,
  foreignGovernment: false,
  paidToInstitution: false,
  from: "2026-01-01",
  until: null,
  recordedOn: "2026-01-01",
  ...over,
});
const p = profile({
  support: [
    support({ giver: "JST CREST" }),
    support({ giver: "Acme", kind: "in_kind", status: "pending" }),
    support({ giver: "Ended fund", until: "2025-03-31" }),
    support({ giver: "Flowers", kind: "gift" }),
  ],
  talentProgrammes: [
    {
      id: "t1",
      name: "Talent Plan",
      sponsorCountry: "CN",
      foreignGovernment: true,
      from: "2025-01-01",
      until: null,
      recordedOn: "2025-01-01",
    },
  ],
});
const base = ZFundingApplicationInput.parse({
  funder: "JSPS",
  programme: "基盤研究(B)",
  title: "電池材料",
  ...applicationFromProfile(p, TODAY),
});

describe("funding applications (J2)", () => {
  it("starts from the profile's current entries (no ended support, no gifts)", () => {
    expect(base.declaredSupport.map((s) => s.giver)).toEqual(["JST CREST", "Acme"]);
    expect(base.declaredAffiliations).toEqual([
      { organisation: "東都大学", position: "教授", effortPercent: 90 },
    ]);
    expect(base.declaredTalentProgrammes).toEqual([{ name: "Talent Plan", sponsorCountry: "CN" }]);
  });

  it.each<[string, Partial<FundingApplicationInput>, string | null, string[]]>([
    ["matches with pledge", {}, "2026-11-01", []],
    ["pledge missing", {}, null, ["FUND-PLEDGE"]],
    [
      "support omitted",
      { declaredSupport: base.declaredSupport.slice(0, 1) },
      "2026-11-01",
      ["FUND-MISSING"],
    ],
    ["talent programme omitted", { declaredTalentProgrammes: [] }, "2026-11-01", ["FUND-MISSING"]],
    [
      "an affiliation the institution does not know",
      {
        declaredAffiliations: [
          ...base.declaredAffiliations,
          { organisation: "X研究所", position: "", effortPercent: 5 },
        ],
      },
      "2026-11-01",
      ["FUND-EXTRA"],
    ],
    [
      "names compared folded (full-width, case)",
      { declaredSupport: base.declaredSupport.map((s) => ({ ...s, giver: s.giver.toUpperCase() })) },
      "2026-11-01",
      [],
    ],
  ])("%s", (_n, over, pledged, expected) => {
    expect(ids(fundingProfileCheck({ ...base, ...over }, p, pledged, TODAY).reasons)).toEqual(expected);
  });

  it("names what differs in the reason", () => {
    const r = fundingProfileCheck({ ...base, declaredTalentProgrammes: [] }, p, "2026-11-01", TODAY);
    expect(r.reasons[0]!.text.ja).toContain("talent: Talent Plan");
  });

  it("exports the e-Rad sheet from what the funder is told, formula-leading cells neutralised", () => {
    const lines = eRadCsv({
      ...base,
      declaredSupport: [{ ...base.declaredSupport[0]!, project: '=HYPERLINK("x")' }],
    }).split("\r\n");
    expect(lines[0]).toBe("区分,名称・配分機関,研究課題名・職,状況,年額(円),エフォート(%),期間開始,期間終了");
    expect(lines[1]).toBe(`研究費・支援,JST CREST,"'=HYPERLINK(""x"")",受入中,2000000,,2026-01-01,`);
    expect(lines).toContain("所属・兼業,東都大学,教授,在職,,90,,");
    expect(lines).toContain("外国の人材登用プログラム,Talent Plan,CN,参加中,,,,");
  });

  it("refuses an e-Rad number with other characters", () => {
    const r = ZFundingApplicationInput.safeParse({ ...base, eRadNumber: "12;34" });
    expect(r.success).toBe(false);
  });
});
