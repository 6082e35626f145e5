import { describe, expect, it } from "vitest";
import {
  buildQuotation,
  DEFAULT_COST_RATES,
  percentOf,
  personnelCost,
  type QuotationInput,
  renderQuotation,
} from "./cost";

/** A joint research of ¥4,000,000 direct costs including a postdoc and a student (seed 003 資金の好循環). */
const input = (over: Partial<QuotationInput> = {}): QuotationInput => ({
  caseId: "case-1",
  partnerName: "Acme GmbH",
  issuedOn: "2026-11-22",
  validDays: 30,
  directCosts: [
    { label: "試薬", category: "consumables", amountYen: 1_000_000 },
    { label: "出張", category: "travel", amountYen: 300_000 },
  ],
  personnel: [
    { label: "特任研究員", kind: "postdoc", monthlyYen: 400_000, months: 12, effortPercent: 50 },
    { label: "博士課程学生", kind: "student", monthlyYen: 100_000, months: 6, effortPercent: 50 },
  ],
  partnerWantsQuarterlyUraReports: false,
  contractLanguage: "ja",
  strategicAmountYen: null,
  ...over,
});

describe("quotation (seed 003 資金の好循環, seed 001 case 23)", () => {
  it.each([
    [
      "case23 standard 20 % on direct costs incl. personnel",
      input(),
      20,
      800_000,
      4_800_000,
      ["COST-INDIRECT-STANDARD"],
    ],
    [
      "case23 ① quarterly URA reports → 30 %",
      input({ partnerWantsQuarterlyUraReports: true }),
      30,
      1_200_000,
      5_200_000,
      ["COST-INDIRECT-URA"],
    ],
    [
      "case23 ② contract in a foreign language → 30 %",
      input({ contractLanguage: "en" }),
      30,
      1_200_000,
      5_200_000,
      ["COST-INDIRECT-LANGUAGE"],
    ],
    [
      "case23 ①+② do not add up: still 30 %",
      input({ partnerWantsQuarterlyUraReports: true, contractLanguage: "de" }),
      30,
      1_200_000,
      5_200_000,
      ["COST-INDIRECT-URA", "COST-INDIRECT-LANGUAGE"],
    ],
    [
      "X9 domestic partner contracting in English → 20 %",
      input({ contractLanguage: "en", international: false }),
      20,
      800_000,
      4_800_000,
      ["COST-INDIRECT-STANDARD"],
    ],
    [
      "X9 international joint research in the partner's language → 30 %",
      input({ contractLanguage: "de", international: true }),
      30,
      1_200_000,
      5_200_000,
      ["COST-INDIRECT-LANGUAGE"],
    ],
  ] as const)("%s", (_n, i, rate, indirect, total, ruleIds) => {
    const q = buildQuotation(i);
    expect(q.directCostsYen).toBe(1_300_000);
    expect(q.personnelYen).toBe(2_700_000);
    expect(q.directBaseYen).toBe(4_000_000);
    expect(q.indirectRatePercent).toBe(rate);
    expect(q.indirectYen).toBe(indirect);
    expect(q.strategicYen).toBe(0);
    expect(q.totalYen).toBe(total);
    expect(q.reasons.map((r) => r.ruleId)).toEqual(ruleIds);
  });

  it("seed003 student personnel is its own line (学生人件費を含む)", () => {
    const q = buildQuotation(input());
    expect(q.lines.filter((l) => l.code === "personnel").map((l) => [l.label.ja, l.amountYen])).toEqual([
      ["人件費", 2_400_000],
      ["学生人件費", 300_000],
    ]);
  });

  it("the lines add up to the total", () => {
    const q = buildQuotation(input({ contractLanguage: "en", strategicAmountYen: 123_457 }));
    expect(q.lines.reduce((s, l) => s + l.amountYen, 0)).toBe(q.totalYen);
  });

  it.each([
    [
      "institution rates 25 / 35 %, standard",
      { standardIndirectRatePercent: 25, enhancedIndirectRatePercent: 35, strategicRatePercent: 0 },
      "ja",
      1_000_000,
    ],
    [
      "institution rates 25 / 35 %, foreign language",
      { standardIndirectRatePercent: 25, enhancedIndirectRatePercent: 35, strategicRatePercent: 0 },
      "en",
      1_400_000,
    ],
    [
      "decimal rate 12.5 %",
      { standardIndirectRatePercent: 12.5, enhancedIndirectRatePercent: 30, strategicRatePercent: 0 },
      "ja",
      500_000,
    ],
  ] as const)("case23 configurable: %s", (_n, rates, lang, indirect) => {
    expect(buildQuotation(input({ contractLanguage: lang }), rates).indirectYen).toBe(indirect);
  });

  it("seed003 strategic collaboration cost by rate, or a fixed amount that replaces it", () => {
    const rates = { ...DEFAULT_COST_RATES, strategicRatePercent: 10 };
    expect(buildQuotation(input(), rates)).toMatchObject({ strategicYen: 400_000, totalYen: 5_200_000 });
    expect(buildQuotation(input({ strategicAmountYen: 250_000 }), rates)).toMatchObject({
      strategicYen: 250_000,
      totalYen: 5_050_000,
    });
  });

  it("rounds every computed line down to the yen (1円未満切り捨て)", () => {
    const q = buildQuotation(
      input({
        directCosts: [{ label: "x", category: "other", amountYen: 333_333 }],
        personnel: [{ label: "y", kind: "faculty", monthlyYen: 333_333, months: 1, effortPercent: 33 }],
      }),
    );
    expect(q.personnelYen).toBe(109_999); // 109,999.89
    expect(q.directBaseYen).toBe(443_332);
    expect(q.indirectYen).toBe(88_666); // 88,666.4
    expect(q.totalYen).toBe(531_998);
  });

  it.each([
    [1_000_001, 12.5, 125_000],
    [1_000_000_000_000, 30, 300_000_000_000],
    [3, 33.33, 0],
    [7, 0, 0],
  ] as const)("percentOf(%i, %d %%) = %i, exactly", (base, pct, expected) => {
    expect(percentOf(base, pct)).toBe(expected);
  });

  it("personnelCost multiplies before dividing, so nothing is lost to floating point", () => {
    expect(personnelCost({ label: "", kind: "ura", monthlyYen: 123_457, months: 7, effortPercent: 13 })).toBe(
      112_345,
    );
  });

  it.each([
    ["negative yen", input({ directCosts: [{ label: "x", category: "other", amountYen: -1 }] })],
    ["fractional yen", input({ directCosts: [{ label: "x", category: "other", amountYen: 10.5 }] })],
    [
      "effort over 100 %",
      input({ personnel: [{ label: "x", kind: "faculty", monthlyYen: 1, months: 1, effortPercent: 101 }] }),
    ],
    ["bad issue date", input({ issuedOn: "2026-02-30" })],
  ] as const)("rejects %s", (_n, i) => {
    expect(() => buildQuotation(i)).toThrow();
  });

  it("rejects a rate over 100 %", () => {
    expect(() =>
      buildQuotation(input(), { ...DEFAULT_COST_RATES, enhancedIndirectRatePercent: 130 }),
    ).toThrow();
  });

  it("renders a quotation document in Japanese and English", () => {
    const q = buildQuotation(input());
    expect(q.validUntil).toBe("2026-12-22");
    const ja = renderQuotation(q, "ja");
    expect(ja[0]).toBe("御見積書　Acme GmbH 御中");
    expect(ja).toContain("間接経費\t¥4,000,000 × 20%\t¥800,000");
    expect(ja.at(-1)).toBe("合計（税別）\t\t¥4,800,000");
    expect(renderQuotation(q, "en").at(-1)).toBe("Total (excl. tax)\t\t¥4,800,000");
  });

  it("names categories, kinds and the contract language in words, never as codes (issue 11 item 5)", () => {
    const q = buildQuotation(input({ contractLanguage: "de" }), DEFAULT_COST_RATES);
    const ja = q.lines.map((l) => l.detail.ja).join("\n");
    const en = q.lines.map((l) => l.detail.en).join("\n");
    expect(ja).toContain("試薬（消耗品費）");
    expect(ja).toContain("特任研究員: 月額¥400,000 × 12か月 × 50%");
    expect(en).toContain("試薬 (Consumables)");
    expect(en).toContain("a month × 12 months");
    expect(`${ja}\n${en}`).not.toMatch(/consumables|travel|postdoc/);
    const why = q.reasons.find((r) => r.ruleId === "COST-INDIRECT-LANGUAGE");
    expect(why?.text.ja).toContain("ドイツ語");
    expect(why?.text.en).toContain("German");
  });
});
