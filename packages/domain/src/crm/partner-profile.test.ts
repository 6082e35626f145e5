import { describe, expect, it } from "vitest";
import { partner, TODAY } from "../cases/case-fixtures";
import type { CasePartner, ResearchField } from "../cases/case-schemas";
import { assessHighRisk, type HighRiskFacts } from "../cases/high-risk-assessment";
import { japanContribution, type PartnerProfileFacts } from "./partner-profile";

const field: ResearchField = { area: "nanotech_materials", emergingTech: [], keywords: [] };
const profile = (over: Partial<PartnerProfileFacts> = {}): PartnerProfileFacts => ({
  operatingRegions: [],
  applicableLaws: "",
  japan: { presence: "unknown", employs: null, paysTax: null },
  venture: false,
  originUniversity: null,
  originInquiry: null,
  ...over,
});
const japan = (
  presence: PartnerProfileFacts["japan"]["presence"],
  employs: boolean | null,
  paysTax: boolean | null,
) => profile({ japan: { presence, employs, paysTax } });
const facts = (p: CasePartner, over: Partial<HighRiskFacts> = {}): HighRiskFacts => ({
  partners: [p],
  field,
  disclosesKeyTechnology: false,
  institutionCountry: "JP",
  ...over,
});
const ruleIds = (a: ReturnType<typeof assessHighRisk>) => a.reasons.map((r) => r.ruleId);

describe("contribution in Japan (seed 001 Ⅴ 事例1 ①: 雇用・納税)", () => {
  it.each([
    ["jobs and tax", "subsidiary", true, true, "contributes"],
    ["jobs and tax without a registered base", "none", true, true, "contributes"],
    ["a subsidiary, jobs and tax unknown", "subsidiary", null, null, "partial"],
    ["an office, no jobs", "office", false, null, "partial"],
    ["tax only", "unknown", null, true, "partial"],
    ["nothing in Japan", "none", null, null, "none"],
    ["no jobs, no tax", "unknown", false, false, "none"],
    ["nothing recorded", "unknown", null, null, "unknown"],
  ] as const)("%s → %s", (_label, presence, employs, paysTax, expected) => {
    expect(japanContribution({ presence, employs, paysTax })).toBe(expected);
  });
});

describe("high-risk weighting of Japan presence (seed 001 事例1 ② 国費の成果; §III.1)", () => {
  const sensitive = { disclosesKeyTechnology: true };
  const funded = { publiclyFunded: true };
  it.each([
    // [label, partner profile, facts, expected level, rule that must appear]
    [
      "foreign, contributes, sensitive: low, noted",
      japan("subsidiary", true, true),
      sensitive,
      "low",
      "HR-JAPAN-CONTRIBUTION",
    ],
    ["foreign, partial, sensitive: low", japan("office", null, null), sensitive, "low", "HR-JAPAN-PARTIAL"],
    [
      "foreign, none, not funded nor sensitive: low",
      japan("none", false, false),
      {},
      "low",
      "HR-NO-JAPAN-CONTRIBUTION",
    ],
    [
      "foreign, none, key technology disclosed: medium",
      japan("none", false, false),
      sensitive,
      "medium",
      "HR-NO-JAPAN-CONTRIBUTION",
    ],
    [
      "foreign, none, publicly funded: medium",
      japan("none", null, null),
      funded,
      "medium",
      "HR-NO-JAPAN-CONTRIBUTION",
    ],
    ["foreign, unknown: low, asked for", japan("unknown", null, null), funded, "low", "HR-JAPAN-UNKNOWN"],
  ] as const)("%s", (_label, prof, over, level, rule) => {
    const a = assessHighRisk(facts(partner({ profile: prof }), over), TODAY);
    expect(a.outcome).toBe(level);
    expect(ruleIds(a)).toContain(rule);
    const r = a.reasons.find((x) => x.ruleId === rule)!;
    expect(r.sourceId).toBe("seed001§V.case1");
    expect(r.text.ja).toContain("Acme GmbH");
  });

  it("a domestic partner is not weighed on Japan presence", () => {
    const a = assessHighRisk(
      facts(partner({ country: "JP", profile: japan("none", false, false) }), funded),
      TODAY,
    );
    expect(ruleIds(a).filter((id) => id.includes("JAPAN"))).toEqual([]);
  });

  it("a contribution in Japan never lowers a security concern (sanctions stay prohibited)", () => {
    const p = partner({
      screening: { status: "match", screenedOn: TODAY, matchedLists: ["sanctions"] },
      profile: japan("subsidiary", true, true),
    });
    expect(assessHighRisk(facts(p), TODAY).outcome).toBe("prohibited");
  });

  it("no contribution counts toward accumulated concerns (three mediums are high)", () => {
    const p = partner({
      credit: { result: "caution", checkedOn: TODAY, expiresOn: null },
      ownership: { ...partner().ownership, known: false },
      profile: japan("none", false, false),
    });
    const a = assessHighRisk(facts(p, funded), TODAY);
    expect(a.outcome).toBe("high");
    expect(ruleIds(a)).toContain("HR-ACCUMULATED");
  });
});

describe("regions and applicable law (seed 001 §IV.2-3)", () => {
  it("a country of operation of concern makes the partner high risk, naming the country", () => {
    const p = partner({
      profile: profile({
        operatingRegions: [{ country: "IR", group: "D", unArmsEmbargo: false, concernCountry: true }],
      }),
    });
    const a = assessHighRisk(facts(p), TODAY);
    expect(a.outcome).toBe("high");
    const r = a.reasons.find((x) => x.ruleId === "HR-REGION")!;
    expect(r.text.ja).toContain("イラン");
    expect(r.text.en).toContain("Iran");
  });

  it("the laws to check name the home country and every country of operation", () => {
    const p = partner({
      countryRules: { reviewed: false, compelledDisclosure: false, firstFilingRequirement: false },
      profile: profile({
        operatingRegions: [{ country: "SG", group: "B", unArmsEmbargo: false, concernCountry: false }],
      }),
    });
    const m = assessHighRisk(facts(p), TODAY).missing.find((x) => x.ruleId === "HR-MISSING-COUNTRY-RULES")!;
    expect(m.text.ja).toContain("ドイツ");
    expect(m.text.ja).toContain("シンガポール");
  });

  it("a Japanese partner operating abroad needs those countries' laws checked", () => {
    const p = partner({
      country: "JP",
      destination: { group: null, unArmsEmbargo: false, concernCountry: false },
      countryRules: { reviewed: false, compelledDisclosure: false, firstFilingRequirement: false },
      profile: profile({
        operatingRegions: [{ country: "CN", group: "B", unArmsEmbargo: false, concernCountry: false }],
      }),
    });
    const a = assessHighRisk(facts(p), TODAY);
    expect(a.missing.map((x) => x.ruleId)).toContain("HR-MISSING-COUNTRY-RULES");
  });

  it("the laws the office recorded are cited in the reasons", () => {
    const p = partner({ profile: profile({ applicableLaws: "中国 国家情報法" }) });
    const r = assessHighRisk(facts(p), TODAY).reasons.find((x) => x.ruleId === "HR-APPLICABLE-LAWS")!;
    expect(r.text.ja).toContain("国家情報法");
  });
});

describe("a spin-off's originating university (seed 001 §IV.2-3)", () => {
  it("asking the originating university is a missing fact until recorded", () => {
    const p = partner({ profile: profile({ venture: true, originUniversity: "東都大学" }) });
    const a = assessHighRisk(facts(p), TODAY);
    expect(a.missing.map((x) => x.ruleId)).toEqual(["HR-MISSING-ORIGIN-INQUIRY"]);
    const asked = partner({
      profile: profile({
        venture: true,
        originUniversity: "東都大学",
        originInquiry: { askedOn: TODAY, summary: "研究者の兼業届あり" },
      }),
    });
    const b = assessHighRisk(facts(asked), TODAY);
    expect(b.missing).toEqual([]);
    expect(b.reasons.find((x) => x.ruleId === "HR-ORIGIN-INQUIRY")?.text.ja).toContain("東都大学");
  });

  it("a venture without a recorded origin is noted", () => {
    const a = assessHighRisk(facts(partner({ profile: profile({ venture: true }) })), TODAY);
    expect(ruleIds(a)).toContain("HR-ORIGIN-UNKNOWN");
  });
});
