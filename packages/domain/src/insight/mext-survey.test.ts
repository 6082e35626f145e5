import { describe, expect, it } from "vitest";
import { fiscalYearOf } from "./fiscal-year";
import { computeSurvey } from "./mext-survey";
import { suggestSurveyType } from "./partner-class";
import { typeForYear } from "./survey-categories";
import type { SurveyRecords } from "./survey-records";

// A hand-made institution for FY2025 (2025-04-01 … 2026-03-31); every expected number is worked out by hand
// from these rows (kpi-survey.md).
const records: SurveyRecords = {
  agreements: [
    {
      id: "J1",
      kind: "joint_research",
      partnerType: "large_company",
      startOn: "2024-10-01",
      endOn: "2026-09-30",
    },
    { id: "J2", kind: "joint_research", partnerType: "sme", startOn: "2025-06-01", endOn: null },
    {
      id: "J3",
      kind: "joint_research",
      partnerType: "foreign_company",
      startOn: "2025-04-01",
      endOn: "2026-03-31",
    },
    {
      id: "J4",
      kind: "joint_research",
      partnerType: "large_company",
      startOn: "2023-04-01",
      endOn: "2025-03-31",
    },
    {
      id: "C1",
      kind: "contract_research",
      partnerType: "national_government",
      startOn: "2025-04-01",
      endOn: "2026-03-31",
    },
    { id: "T1", kind: "clinical_trial", partnerType: "large_company", startOn: "2025-05-01", endOn: null },
  ],
  receipts: [
    {
      id: "R1",
      agreementId: "J1",
      kind: "joint_research",
      ipIncomeKind: null,
      partnerType: "large_company",
      direct: 10_000_000,
      indirect: 3_000_000,
      receivedOn: "2025-04-01",
    },
    {
      id: "R2",
      agreementId: "J2",
      kind: "joint_research",
      ipIncomeKind: null,
      partnerType: "sme",
      direct: 800_000,
      indirect: 200_000,
      receivedOn: "2026-03-31",
    },
    // J3 received nothing in the year: it counts in the 0円 band.
    {
      id: "R3",
      agreementId: "J4",
      kind: "joint_research",
      ipIncomeKind: null,
      partnerType: "large_company",
      direct: 5_000_000,
      indirect: 1_500_000,
      receivedOn: "2025-03-31",
    },
    {
      id: "R4",
      agreementId: "C1",
      kind: "contract_research",
      ipIncomeKind: null,
      partnerType: "national_government",
      direct: 20_000_000,
      indirect: 2_000_000,
      receivedOn: "2025-09-01",
    },
    {
      id: "R5",
      agreementId: "T1",
      kind: "clinical_trial",
      ipIncomeKind: null,
      partnerType: "large_company",
      direct: 1_000_000,
      indirect: 300_000,
      receivedOn: "2025-07-01",
    },
    {
      id: "R6",
      agreementId: null,
      kind: "ip_income",
      ipIncomeKind: "patent",
      partnerType: "foreign_company",
      direct: 500_000,
      indirect: 0,
      receivedOn: "2025-12-01",
    },
    {
      id: "R7",
      agreementId: null,
      kind: "ip_income",
      ipIncomeKind: "material",
      partnerType: "sme",
      direct: 50_000,
      indirect: 0,
      receivedOn: "2026-01-10",
    },
    {
      id: "R8",
      agreementId: null,
      kind: "endowed_chair",
      ipIncomeKind: null,
      partnerType: "large_company",
      direct: 30_000_000,
      indirect: 0,
      receivedOn: "2025-04-15",
    },
  ],
  patents: [
    { id: "P1", filedOn: "2025-05-01", foreign: false, grantedOn: null, lapsedOn: null },
    { id: "P2", filedOn: "2025-08-01", foreign: true, grantedOn: null, lapsedOn: null },
    { id: "P3", filedOn: "2019-01-01", foreign: false, grantedOn: "2022-01-01", lapsedOn: null },
    { id: "P4", filedOn: "2015-01-01", foreign: false, grantedOn: "2018-01-01", lapsedOn: "2025-06-01" },
  ],
  licences: [
    { id: "L1", kind: "licence", startOn: "2024-01-01", endOn: null },
    { id: "L2", kind: "option", startOn: "2025-05-01", endOn: null },
    { id: "L3", kind: "assignment", startOn: "2025-10-01", endOn: "2025-10-01" },
  ],
  spinoffs: [
    { id: "S1", foundedOn: "2025-11-11" },
    { id: "S2", foundedOn: "2024-11-11" },
  ],
};

const result = computeSurvey(2025, records);
const fig = (id: string) => {
  const f = result.figures.find((x) => x.id === id);
  if (!f) {
    throw new Error(`no figure ${id}`);
  }
  return f;
};

describe("MEXT survey figures (kpi-survey.md)", () => {
  it.each([
    // Totals: every receipt of the year except the endowed chair (R1 R2 R4 R5 R6 R7).
    [
      "total.amount",
      13_000_000 + 1_000_000 + 22_000_000 + 1_300_000 + 500_000 + 50_000,
      ["R1", "R2", "R4", "R5", "R6", "R7"],
    ],
    [
      "total.from_companies",
      13_000_000 + 1_000_000 + 1_300_000 + 500_000 + 50_000,
      ["R1", "R2", "R5", "R6", "R7"],
    ],
    // Joint research runs J1 J2 J3 in FY2025 (J4 ended 2025-03-31); R3 fell in FY2024.
    ["joint_research.count", 3, ["J1", "J2", "J3"]],
    ["joint_research.amount", 14_000_000, ["R1", "R2"]],
    ["joint_research.per_project", Math.round(14_000_000 / 3), ["J1", "J2", "J3"]],
    ["joint_research.count.large_company", 1, ["J1"]],
    ["joint_research.amount.sme", 1_000_000, ["R2"]],
    ["joint_research.count.foreign_company", 1, ["J3"]],
    ["joint_research.large.count", 1, ["J1"]],
    ["joint_research.large.amount", 13_000_000, ["R1"]],
    ["joint_research.band.zero", 1, ["J3"]],
    ["joint_research.band.lt3m", 1, ["J2"]],
    ["joint_research.band.ge10m", 1, ["J1"]],
    ["joint_research.direct", 10_800_000, ["R1", "R2"]],
    ["joint_research.indirect", 3_200_000, ["R1", "R2"]],
    ["joint_research.indirect_ratio", 0.296, ["R1", "R2"]],
    ["contract_research.count.national_government", 1, ["C1"]],
    ["contract_research.amount", 22_000_000, ["R4"]],
    ["clinical_trial.amount", 1_300_000, ["R5"]],
    ["endowed_chair.amount", 30_000_000, ["R8"]],
    ["ip_income.amount", 550_000, ["R6", "R7"]],
    ["ip_income.amount.material", 50_000, ["R7"]],
    ["patents.filed.domestic", 1, ["P1"]],
    ["patents.filed.foreign", 1, ["P2"]],
    // P4 lapsed before the year's end: no longer held.
    ["patents.held.domestic", 1, ["P3"]],
    // The option (L2) is not 実施等; the assignment (L3) is.
    ["patents.licensed.count", 2, ["L1", "L3"]],
    ["startups.count", 1, ["S1"]],
  ])("%s = %d", (id, value, ids) => {
    expect(fig(id).value).toBe(value);
    expect(
      fig(id)
        .records.map((r) => r.id)
        .sort(),
    ).toEqual([...ids].sort());
  });

  it("lists what the form asks that Renkei does not hold, and the category list used", () => {
    expect(result.notHeld.map((n) => n.id)).toContain("org.ura_headcount");
    expect(result.dataVersions.surveyCategories).toBe("mext-survey-categories@2021");
    expect(result.asOf).toBe("2026-03-31");
  });

  it("gives the same figures from receipts the database summed per agreement and coding", () => {
    // What the server hands over for speed: the year's receipts, one row per (agreement, kind, IP kind,
    // type, country).
    // R1 arrives in two instalments so that a summed row stands for more than one receipt.
    const rows: SurveyRecords = {
      ...records,
      receipts: records.receipts.flatMap((r) =>
        r.id === "R1"
          ? [
              { ...r, id: "R1a", direct: r.direct - 1_000_000 },
              { ...r, id: "R1b", direct: 1_000_000, indirect: 0, receivedOn: "2025-10-01" },
            ]
          : [r],
      ),
    };
    const byRow = computeSurvey(2025, rows);
    const groups = new Map<string, SurveyRecords["receipts"][number] & { receipts: number }>();
    for (const r of rows.receipts.filter((x) => fiscalYearOf(x.receivedOn) === 2025)) {
      const key = [r.agreementId, r.kind, r.ipIncomeKind, r.partnerType, r.partnerCountry].join("|");
      const g = groups.get(key);
      groups.set(
        key,
        g
          ? { ...g, direct: g.direct + r.direct, indirect: g.indirect + r.indirect, receipts: g.receipts + 1 }
          : { ...r, id: `sum:${key}`, receipts: 1 },
      );
    }
    const summed = computeSurvey(2025, { ...records, receipts: [...groups.values()] });
    const total = summed.figures.find((f) => f.id === "total.amount");
    expect(total?.records.length).toBe(6);
    expect(total?.recordCount).toBe(7);
    expect(summed.figures.map((f) => [f.id, f.value, f.recordCount])).toEqual(
      byRow.figures.map((f) => [f.id, f.value, f.recordCount]),
    );
    expect(summed.figures.map((f) => f.value)).toEqual(result.figures.map((f) => f.value));
  });

  it("lists start-ups as a field to fill in by hand when no register provides them, never a silent 0", () => {
    const { spinoffs: _, ...withoutRegister } = records;
    const r = computeSurvey(2025, withoutRegister);
    expect(r.figures.map((f) => f.id)).not.toContain("startups.count");
    expect(r.notHeld.map((n) => n.id)).toContain("startups.count");
    expect(result.notHeld.map((n) => n.id)).not.toContain("startups.count");
  });

  it("uses the category list of the survey year", () => {
    expect(typeForYear("foreign_affiliated", 2019)).toBe("foreign_affiliated");
    expect(typeForYear("foreign_affiliated", 2021)).toBe("large_company");
    expect(typeForYear("small_company", 2008)).toBe("small_company");
    expect(typeForYear("small_company", 2012)).toBe("sme");
    const fy2019 = computeSurvey(2019, records).figures.map((f) => f.id);
    expect(fy2019).toContain("joint_research.count.foreign_affiliated");
    expect(result.figures.map((f) => f.id)).not.toContain("joint_research.count.foreign_affiliated");
  });
});

describe("fiscal year and partner coding", () => {
  it.each([
    ["2025-04-01", 2025],
    ["2026-03-31", 2025],
    ["2026-04-01", 2026],
    ["2026-01-01", 2025],
  ])("%s is FY%d", (date, fy) => expect(fiscalYearOf(date)).toBe(fy));

  it.each([
    [{ type: "company", country: "US", sizeClass: null }, "foreign_company", true],
    [{ type: "company", country: "JP", sizeClass: "large" }, "large_company", true],
    [{ type: "company", country: "JP", sizeClass: "sme" }, "sme", true],
    [{ type: "company", country: "JP", sizeClass: null }, "sme", false],
    [{ type: "venture", country: "JP", sizeClass: null }, "sme", true],
    [{ type: "government", country: "JP", sizeClass: null }, "national_government", true],
    [{ type: "government", country: "FR", sizeClass: null }, "other", true],
    [{ type: "research_institute", country: "JP", sizeClass: null }, "independent_agency", true],
    [{ type: "university", country: "JP", sizeClass: null }, "other", true],
  ] as const)("%o → %s", (facts, type, complete) => {
    const s = suggestSurveyType(facts);
    expect(s.type).toBe(type);
    expect(s.complete).toBe(complete);
  });
});
