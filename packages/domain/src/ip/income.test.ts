import { describe, expect, it } from "vitest";
import {
  expectedIncome,
  type FinancialTerms,
  fiscalYearOf,
  incomeByFiscalYear,
  runningRoyalty,
  termsProblems,
} from "./income";

const tiers = [
  { upTo: 100_000_000, rateBp: 300 },
  { upTo: 500_000_000, rateBp: 200 },
  { upTo: null, rateBp: 100 },
];

describe("financial terms and income", () => {
  it.each([
    ["2026-03-31", 2025],
    ["2026-04-01", 2026],
    ["2027-01-15", 2026],
  ])("fiscal year of %s is %i", (date, fy) => {
    expect(fiscalYearOf(date)).toBe(fy);
  });

  it.each([
    [0, 0],
    [50_000_000, 1_500_000],
    [100_000_000, 3_000_000],
    [300_000_000, 7_000_000],
    [700_000_000, 13_000_000],
    [33_333, 999],
  ])("running royalty on net sales %i is %i", (sales, royalty) => {
    expect(runningRoyalty(tiers, sales)).toBe(royalty);
  });

  it("expected income per fiscal year: upfront, milestones, royalty, minimum top-up", () => {
    const terms: FinancialTerms = {
      upfront: 5_000_000,
      upfrontOn: "2026-12-01",
      tiers,
      milestones: [{ name: "上市", amount: 10_000_000, expectedOn: "2028-05-01" }],
      minimumAnnualRoyalty: 2_000_000,
    };
    expect(
      expectedIncome(terms, [
        { fiscalYear: 2027, netSales: 20_000_000 },
        { fiscalYear: 2028, netSales: 300_000_000 },
      ]),
    ).toEqual([
      { fiscalYear: 2026, upfront: 5_000_000, milestones: 0, royalty: 0, minimumTopUp: 0, total: 5_000_000 },
      {
        fiscalYear: 2027,
        upfront: 0,
        milestones: 0,
        royalty: 600_000,
        minimumTopUp: 1_400_000,
        total: 2_000_000,
      },
      {
        fiscalYear: 2028,
        upfront: 0,
        milestones: 10_000_000,
        royalty: 7_000_000,
        minimumTopUp: 0,
        total: 17_000_000,
      },
    ]);
  });

  it.each<[string, FinancialTerms, number]>([
    ["well-formed", { upfront: 0, upfrontOn: null, tiers, milestones: [], minimumAnnualRoyalty: 0 }, 0],
    [
      "tiers out of order",
      {
        upfront: 0,
        upfrontOn: null,
        tiers: [
          { upTo: 5, rateBp: 1 },
          { upTo: 3, rateBp: 1 },
          { upTo: null, rateBp: 1 },
        ],
        milestones: [],
        minimumAnnualRoyalty: 0,
      },
      1,
    ],
    [
      "bounded last tier",
      {
        upfront: 0,
        upfrontOn: null,
        tiers: [{ upTo: 5, rateBp: 1 }],
        milestones: [],
        minimumAnnualRoyalty: 0,
      },
      1,
    ],
    [
      "negative upfront",
      { upfront: -1, upfrontOn: null, tiers: [], milestones: [], minimumAnnualRoyalty: 0 },
      1,
    ],
  ])("terms problems: %s", (_n, t, count) => {
    expect(termsProblems(t)).toHaveLength(count);
  });

  it("sums income received by fiscal year and kind", () => {
    expect(
      incomeByFiscalYear([
        { kind: "upfront", amount: 5_000_000, receivedOn: "2026-12-01" },
        { kind: "running_royalty", amount: 600_000, receivedOn: "2027-03-31" },
        { kind: "running_royalty", amount: 700_000, receivedOn: "2027-04-01" },
      ]),
    ).toEqual([
      { fiscalYear: 2026, total: 5_600_000, byKind: { upfront: 5_000_000, running_royalty: 600_000 } },
      { fiscalYear: 2027, total: 700_000, byKind: { running_royalty: 700_000 } },
    ]);
  });
});
