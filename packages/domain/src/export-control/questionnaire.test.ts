import { describe, expect, it } from "vitest";
import { assessExportControl } from "./assess";
import { type AssessAnswers, answersToFacts, EMPTY_ANSWERS, factsToAnswers } from "./questionnaire";

const c04: AssessAnswers = {
  ...EMPTY_ANSWERS,
  asOf: "2026-01-15",
  nationality: "cn",
  employedInJapan: "no",
  entryDate: "2025-05-01",
  foreignEmploymentContract: "yes",
  employerCountry: "CN",
  priorityAgreement: "no",
  listItem: "10",
  published: "no",
  purpose: "other",
};

describe("questionnaire → assess input", () => {
  it("maps spec §10 C04 answers to the facts of docs/export-control-assess.md", () => {
    expect(answersToFacts(c04)).toEqual({
      asOf: "2026-01-15",
      activity: "technology_provision",
      recipient: {
        nationality: "CN",
        employedInJapan: false,
        entryDate: "2025-05-01",
        employerCountry: "CN",
        tokutei: { foreignEmploymentContract: true, priorityAgreement: false },
      },
      provision: { place: "JP", channels: ["in_person"] },
      item: { listItem: "10", published: false, purpose: "other" },
    });
    const result = assessExportControl(answersToFacts(c04));
    expect(result).toMatchObject({ outcome: "LICENCE_REQUIRED", residency: "RESIDENT", tokutei: ["T1"] });
  });

  it("'分からない' leaves facts out, so the engine is conservative (TK-UNDECLARED, LC-UNCLASSIFIED)", () => {
    const facts = answersToFacts({ ...EMPTY_ANSWERS, asOf: "2026-01-15", nationality: "JP" });
    expect(facts.recipient).toEqual({ nationality: "JP" });
    expect(facts.item).toBeUndefined();
    const result = assessExportControl(facts);
    expect(result.outcome).toBe("MANUAL_REVIEW");
    expect(result.rulesFired).toEqual(expect.arrayContaining(["TK-UNDECLARED", "LC-UNCLASSIFIED"]));
  });

  it("asks follow-ups only where they matter: the audience for publication, know-how for use technology", () => {
    const pub = answersToFacts({
      ...c04,
      purpose: "publication",
      restrictedAudience: "no",
      productionKnowHow: "yes",
    });
    expect(pub.item).toMatchObject({ purpose: "publication", restrictedAudience: false });
    expect(pub.item).not.toHaveProperty("productionKnowHow");
    const share = answersToFacts({ ...c04, foreignGovScholarship: "yes", foreignGovBenefitPercent: "30" });
    expect(share.recipient?.tokutei?.foreignGovBenefitShare).toBeCloseTo(0.3);
  });

  it("goods: no recipient or provision place; HS code and end user with End User List answer", () => {
    const facts = answersToFacts({
      ...EMPTY_ANSWERS,
      activity: "goods_export",
      destinationCountry: "gb",
      listItem: "16",
      hsCode: "9030.20",
      endUserName: "University of Example",
      endUserCountry: "GB",
      eul: "none",
      informNotice: "no",
    });
    expect(facts).toEqual({
      activity: "goods_export",
      provision: { destinationCountry: "GB" },
      item: { listItem: "16", hsCode: "9030.20" },
      endUser: { name: "University of Example", country: "GB", eulCategories: [], informNotice: false },
    });
    expect(assessExportControl({ ...facts, asOf: "2026-01-15" }).outcome).toBe("NO_LICENCE");
    // "auto" leaves the categories to screening.
    expect(answersToFacts({ ...EMPTY_ANSWERS, endUserName: "X", eul: "auto" }).endUser).toEqual({
      name: "X",
    });
    expect(answersToFacts({ ...EMPTY_ANSWERS, listItem: "none" }).item).toEqual({ listItem: null });
  });

  it("round-trips: stored facts → answers → the same facts", () => {
    for (const a of [c04, { ...c04, purpose: "publication" as const, restrictedAudience: "no" as const }]) {
      const facts = answersToFacts(a);
      expect(answersToFacts(factsToAnswers(facts as Record<string, unknown>))).toEqual(facts);
    }
  });

  it("a typo in a number is passed on so the engine names the field", () => {
    const facts = answersToFacts({ ...c04, plannedStayAbroadMonths: "two years" });
    expect(() => assessExportControl(facts)).toThrow(/invalid export-control facts/);
  });
});

describe("Japanese rule titles", () => {
  it("every rule the engine can emit has plain Japanese for the UI", async () => {
    const { RULE_IDS } = await import("./rule-catalogue");
    const { RULE_TITLES_JA } = await import("./rule-titles-ja");
    for (const id of RULE_IDS) {
      expect(RULE_TITLES_JA[id], id).toMatch(/[ぁ-んァ-ン一-龥]/);
    }
  });
});

describe("editing stored facts with the questionnaire", () => {
  it("keeps fields the questions do not ask, and lets an answer changed to 'unknown' remove its field", async () => {
    const { mergeFacts, unaskedFacts } = await import("./questionnaire");
    const stored = {
      ...answersToFacts(c04),
      item: { listItem: "16", concernTypes: ["N"], published: false },
      endUser: { name: "X", russiaDesignatedEntity: false },
      note: "from a script",
    };
    const unasked = unaskedFacts(stored);
    expect(unasked).toEqual({
      item: { concernTypes: ["N"] },
      endUser: { russiaDesignatedEntity: false },
      note: "from a script",
    });
    const answers = { ...factsToAnswers(stored), published: "unknown" as const };
    const merged = mergeFacts(unasked, answersToFacts(answers) as Record<string, unknown>);
    expect(merged.item).toEqual({ listItem: "16", concernTypes: ["N"] });
    expect(merged.note).toBe("from a script");
  });
});
