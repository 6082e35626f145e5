import { describe, expect, it } from "vitest";
import { anonymiseCase, findIdentifiers, type LibrarySource, libraryOutcome, regionOf } from "./case-library";

const source: LibrarySource = {
  caseNumber: "C-2025-0042",
  title: "ドローン用センサーの共同研究",
  kind: "joint_research",
  partnerNames: ["Example Aero Systems Ltd.", "エグザンプル・エアロ"],
  partnerType: "company",
  partnerCountry: "SG",
  peopleNames: ["山田 太郎", "Jane Roe"],
  amountYen: 12_500_000,
  startedOn: "2025-06-10",
  riskFlags: ["RF-MILITARY-END-USE", "RF-DUAL-USE", "RF-DUAL-USE"],
  outcome: "declined",
  freeTexts: ["先方の最終需要者が軍関係であることが判明したため辞退した。"],
};

describe("anonymised case library (seed 000 §4-2②, seed-coverage N3)", () => {
  it("keeps only generalised fields", () => {
    expect(anonymiseCase(source, "最終需要者の確認を契約前に行うこと。")).toEqual({
      kind: "joint_research",
      partnerType: "company",
      region: "southeast_asia",
      amountBand: "lt50m",
      year: 2025,
      riskFlags: ["RF-DUAL-USE", "RF-MILITARY-END-USE"],
      outcome: "declined",
      lessons: "最終需要者の確認を契約前に行うこと。",
    });
  });

  it("an entry built by the rules carries no identifier of the source", () => {
    expect(findIdentifiers(source, anonymiseCase(source, "契約前に最終需要者を確認する"))).toEqual([]);
  });

  it.each([
    ["the partner's name", "Example Aero Systems との交渉で", "Example Aero Systems Ltd."],
    ["a katakana name with spacing", "エグザンプル エアロ社", "エグザンプル・エアロ"],
    ["a person", "担当の山田太郎氏が", "山田 太郎"],
    ["the case number", "C-2025-0042 を参照", "C-2025-0042"],
    ["the exact amount", "12,500,000円の案件", "12,500,000"],
    [
      "a passage of the case's notes",
      "先方の最終需要者が軍関係であることが判明したため",
      "先方の最終需要者が軍関係であることが判明したため辞退した。",
    ],
  ])("finds %s in the reviewer's text", (_what, lessons, found) => {
    expect(findIdentifiers(source, anonymiseCase(source, lessons))).toContain(found);
  });

  it.each([
    ["JP", "japan"],
    ["CN", "east_asia"],
    ["DE", "europe"],
    ["RU", "russia_central_asia"],
    ["US", "north_america"],
  ])("%s is in %s", (country, region) => expect(regionOf(country)).toBe(region));
});

describe("library outcome", () => {
  it.each([
    ["intake", "in_progress"],
    ["export_risk_review", "in_progress"],
    ["active", "signed"],
    ["closed", "signed"],
    ["declined", "declined"],
    ["withdrawn", "withdrawn"],
  ] as const)("%s → %s", (stage, outcome) => {
    expect(libraryOutcome(stage)).toBe(outcome);
  });
});
