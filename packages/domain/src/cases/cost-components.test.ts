import { describe, expect, it } from "vitest";
import { buildQuotation, type QuotationInput, renderQuotation } from "./cost";
import {
  DEFAULT_COST_COMPONENTS,
  type IndirectShares,
  secrecyCost,
  splitIndirect,
  ZCostComponents,
  ZIndirectShares,
} from "./cost-components";

const input = (over: Partial<QuotationInput> = {}): QuotationInput => ({
  caseId: "case-1",
  partnerName: "Acme GmbH",
  issuedOn: "2026-11-22",
  validDays: 30,
  directCosts: [{ label: "試薬", category: "consumables", amountYen: 1_000_003 }],
  personnel: [],
  partnerWantsQuarterlyUraReports: false,
  contractLanguage: "ja",
  strategicAmountYen: null,
  ...over,
});

const shares = (intake: number, contract_ip: number, clerical: number): IndirectShares => ({
  intake,
  contract_ip,
  clerical,
});

describe("indirect cost split (seed 001 case 23)", () => {
  it.each([
    ["even split of a round amount", 800_000, shares(40, 40, 20), [320_000, 320_000, 160_000]],
    ["remainder of 2 yen goes to 受入・執行管理", 200_001, shares(34, 33, 33), [68_001, 66_000, 66_000]],
    ["1 yen indirect cannot be split: all on 受入・執行管理", 1, shares(40, 40, 20), [1, 0, 0]],
    ["thirds leave a remainder", 100, shares(34, 33, 33), [34, 33, 33]],
    ["odd amount", 999_999, shares(33, 33, 34), [330_001, 329_999, 339_999]],
    ["a part may be zero", 12_345, shares(0, 50, 50), [1, 6_172, 6_172]],
    ["zero indirect", 0, shares(40, 40, 20), [0, 0, 0]],
  ])("%s", (_name, indirect, s, expected) => {
    const split = splitIndirect(indirect, s);
    expect([split.intake, split.contract_ip, split.clerical]).toEqual(expected);
    expect(split.intake + split.contract_ip + split.clerical).toBe(indirect);
  });

  it.each([
    ["sum 99", shares(40, 40, 19)],
    ["sum 101", shares(40, 40, 21)],
    ["negative", shares(-10, 90, 20)],
    ["fraction", shares(40.5, 39.5, 20)],
  ])("rejects shares that are %s", (_name, s) => {
    expect(ZIndirectShares.safeParse(s).success).toBe(false);
    expect(() => splitIndirect(100, s)).toThrow();
  });

  it("the sub-lines add up to the indirect line for many amounts and do not change the total", () => {
    for (let direct = 0; direct < 3_000; direct += 7) {
      const q = buildQuotation(
        input({ directCosts: [{ label: "x", category: "other", amountYen: direct }] }),
        undefined,
        {
          components: { ...DEFAULT_COST_COMPONENTS, indirectShares: shares(33, 33, 34) },
        },
      );
      const parts = q.lines.filter((l) => l.code === "indirect_part");
      expect(parts).toHaveLength(3);
      expect(parts.reduce((s, l) => s + l.amountYen, 0)).toBe(q.indirectYen);
      expect(q.totalYen).toBe(q.directBaseYen + q.indirectYen + q.strategicYen);
    }
  });

  it("sub-lines cite case 23 in both languages; without components there are none", () => {
    const q = buildQuotation(input(), undefined, { components: DEFAULT_COST_COMPONENTS });
    const part = q.lines.find((l) => l.code === "indirect_part");
    expect(part?.reason?.citation.ja).toContain("事例23");
    expect(part?.reason?.citation.en).toContain("case 23");
    expect(part?.counted).toBe(false);
    expect(buildQuotation(input()).lines.some((l) => l.code === "indirect_part")).toBe(false);
  });
});

describe("secrecy management cost (seed 000 §3-2(1))", () => {
  const monthly = DEFAULT_COST_COMPONENTS.secrecyMonthlyYen;
  it.each([
    ["one 秘 item for 12 months", { "1": 1, "2": 0, "3": 0 }, 12, 12_000],
    ["mixed levels", { "1": 2, "2": 1, "3": 1 }, 6, (2_000 + 5_000 + 20_000) * 6],
    ["no items", { "1": 0, "2": 0, "3": 0 }, 12, null],
    ["no months", { "1": 3, "2": 0, "3": 0 }, 0, null],
  ])("%s", (_name, itemsByLevel, months, expected) => {
    expect(secrecyCost({ itemsByLevel, months }, monthly)?.amountYen ?? null).toBe(expected);
  });

  it("a level priced at zero adds nothing; names, not numbers, reach the text", () => {
    const c = secrecyCost(
      { itemsByLevel: { "1": 5, "2": 1, "3": 0 }, months: 2 },
      { "1": 0, "2": 5_000, "3": 1 },
    );
    expect(c?.amountYen).toBe(10_000);
    expect(c?.detail.ja).toBe("(厳秘 1件×¥5,000) × 2か月");
    expect(c?.detail.en).toContain("Strictly confidential 1 × ¥5,000");
  });

  it.each([
    [false, 1_200_003, true],
    [true, 1_200_003 + 24_000, false],
  ])("agreed=%s: total %d, not-agreed note %s", (agreed, total, note) => {
    const q = buildQuotation(
      input({ secrecy: { itemsByLevel: { "1": 2, "2": 0, "3": 0 }, months: 12 } }),
      undefined,
      {
        components: DEFAULT_COST_COMPONENTS,
        secrecyAgreed: agreed,
      },
    );
    expect(q.totalYen).toBe(total);
    expect(q.secrecy).toEqual({ amountYen: 24_000, agreed });
    const line = q.lines.find((l) => l.code === "secrecy");
    expect(line?.counted).toBe(agreed);
    expect(line?.label.ja).toBe(agreed ? "秘密管理費用" : "秘密管理費用（未合意）");
    expect(q.notes.length > 0).toBe(note);
    const text = renderQuotation(q, "ja").join("\n");
    expect(text).toContain("うち受入・執行管理経費");
    expect(text).toContain(`¥${total.toLocaleString("en-US")}`);
  });

  it("rejects a secrecy cost above the limit", () => {
    const bad = { ...DEFAULT_COST_COMPONENTS, secrecyMonthlyYen: { "1": 10_000_001, "2": 0, "3": 0 } };
    expect(ZCostComponents.safeParse(bad).success).toBe(false);
  });
});
