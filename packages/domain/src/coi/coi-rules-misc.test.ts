import { describe, expect, it } from "vitest";
import { declarationAccess } from "./coi-access";
import { profile, TODAY } from "./coi-fixtures";
import type { Support } from "./coi-schemas";
import { commitmentCheck } from "./conflict-of-commitment";
import { institutionalCoiMatches } from "./institutional-coi";
import { tokuteiFactsFromProfile } from "./tokutei-from-profile";
import { parseTrainingCsv, trainingCheck } from "./training";

const ids = (rs: { ruleId: string }[]) => rs.map((r) => r.ruleId);
const support = (over: Partial<Support>): Support => ({
  id: "s",
  giver: "Acme",
  giverCountry: "DE",
  partnerId: null,
  kind: "research_funding",
  status: "current",
  annualAmountJpy: 0,
  foreignGovernment: false,
  paidToInstitution: false,
  from: "2026-01-01",
  until: null,
  recordedOn: "2026-01-01",
  ...over,
});
const appt = (
  kind: "primary" | "cross_appointment" | "side_job",
  effortPercent: number,
  until: string | null = null,
) => ({
  id: `a-${kind}`,
  organisation: kind,
  country: "JP",
  position: "",
  kind,
  paid: true,
  foreignGovernment: false,
  effortPercent,
  from: "2020-04-01",
  until,
  recordedOn: "2020-04-01",
});

describe("conflict of commitment 責務相反 (J1)", () => {
  it.each([
    ["within the limit", [appt("primary", 85), appt("side_job", 15)], 20, "ok", []],
    [
      "outside effort over 20 %",
      [appt("primary", 70), appt("cross_appointment", 30)],
      20,
      "warning",
      ["COC-OVER-THRESHOLD"],
    ],
    ["institution allows 30 %", [appt("primary", 70), appt("cross_appointment", 30)], 30, "ok", []],
    ["total over 100 %", [appt("primary", 100), appt("side_job", 10)], 20, "warning", ["COC-OVER-100"]],
    [
      "an ended appointment does not count",
      [appt("primary", 70), appt("cross_appointment", 30, "2026-03-31")],
      20,
      "ok",
      [],
    ],
  ] as const)("%s", (_n, apps, limit, outcome, expected) => {
    const r = commitmentCheck([...apps], TODAY, limit);
    expect([r.outcome, ids(r.reasons)]).toEqual([outcome, expected]);
  });
});

describe("特定類型② from the profile's income records (J4)", () => {
  it.each([
    [
      "25 % to the person",
      [support({ foreignGovernment: true, annualAmountJpy: 2_500_000 })],
      10_000_000,
      { foreignGovBenefitShare: 0.25 },
    ],
    [
      "paid to the institution only",
      [support({ foreignGovernment: true, annualAmountJpy: 5_000_000, paidToInstitution: true })],
      10_000_000,
      { foreignGovBenefitShare: 0, benefitPaidToInstitution: true },
    ],
    [
      "ended support does not count",
      [support({ foreignGovernment: true, annualAmountJpy: 5_000_000, until: "2026-03-31" })],
      10_000_000,
      { foreignGovBenefitShare: 0 },
    ],
    [
      "non-government support does not count",
      [support({ annualAmountJpy: 5_000_000 })],
      10_000_000,
      { foreignGovBenefitShare: 0 },
    ],
    ["no income total: no guess", [support({ foreignGovernment: true, annualAmountJpy: 1 })], null, {}],
  ] as const)("%s", (_n, s, income, expected) => {
    expect(
      tokuteiFactsFromProfile(profile({ support: [...s], annualIncomeJpy: income }), TODAY).facts,
    ).toEqual(expected);
  });
});

describe("institutional COI register (seed 003 TMDU 組織)", () => {
  const reg = [
    {
      entryId: "r1",
      kind: "equity" as const,
      entityName: "東都バッテリー株式会社",
      partnerId: "p-1",
      from: "2020-01-01",
      until: null,
    },
    {
      entryId: "r2",
      kind: "donation" as const,
      entityName: "ACME  GmbH",
      partnerId: null,
      from: "2020-01-01",
      until: null,
    },
    {
      entryId: "r3",
      kind: "licence_income" as const,
      entityName: "Old KK",
      partnerId: "p-3",
      from: "2020-01-01",
      until: "2025-12-31",
    },
  ];
  it.each([
    ["by registry id", [{ partnerId: "p-1", name: "Toto Battery" }], ["r1"]],
    ["by folded name when no id", [{ partnerId: "p-2", name: "Acme GmbH" }], ["r2"]],
    ["ended entries do not flag", [{ partnerId: "p-3", name: "Old KK" }], []],
    ["unrelated partner", [{ partnerId: "p-9", name: "Other" }], []],
  ] as const)("%s", (_n, partners, expected) => {
    expect(institutionalCoiMatches([...partners], reg, TODAY).map((m) => m.entryId)).toEqual(expected);
  });
});

describe("training (M1–M5)", () => {
  const completions = [
    {
      topic: "export_control" as const,
      courseTitle: "輸出管理",
      completedOn: "2025-04-01",
      expiresOn: "2026-03-31",
    },
    { topic: "coi" as const, courseTitle: "利益相反", completedOn: "2026-04-01", expiresOn: "2027-03-31" },
  ];
  const req = {
    trip: ["export_control" as const],
    declare: ["coi" as const],
    join_case: ["research_security" as const],
  };
  it.each([
    ["trip needs current export-control training: expired", "trip", ["TRAIN-EXPIRED"]],
    ["declaring needs COI training: current", "declare", []],
    ["joining a case needs research-security training: none", "join_case", ["TRAIN-MISSING"]],
  ] as const)("%s", (_n, purpose, expected) => {
    expect(ids(trainingCheck(purpose, req, completions, TODAY).reasons)).toEqual(expected);
  });
  it("imports e-learning CSV and reports every bad line", () => {
    const ok = parseTrainingCsv(
      "email,course,completed_on\r\nA@x.jp,EC-2026,2026-05-01\r\n\r\nb@x.jp,COI,2026-05-02\r\n",
    );
    expect(ok.errors).toEqual([]);
    expect(ok.rows.map((r) => [r.line, r.email, r.courseCode])).toEqual([
      [2, "a@x.jp", "EC-2026"],
      [4, "b@x.jp", "COI"],
    ]);
    const bad = parseTrainingCsv("email,course,completed_on\nnot-mail,EC,2026-13-01\nb@x.jp,,2026-01-01\n");
    expect(bad.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(parseTrainingCsv("mail,course\n").errors[0]!.message).toContain("email");
  });
});

describe("who reads a declaration's content (issue 13 §11)", () => {
  const d = { declarantUserId: "u-1", assignedExternalUserIds: ["u-ext"] };
  it.each([
    ["the declarant", { userId: "u-1", role: "researcher" }, "owner"],
    ["a COI reviewer", { userId: "u-2", role: "coi_reviewer" }, "committee"],
    ["an assigned external member", { userId: "u-ext", role: "coi_external_member" }, "external"],
    ["an external member not assigned", { userId: "u-ext2", role: "coi_external_member" }, "none"],
    ["an auditor", { userId: "u-3", role: "auditor" }, "auditor"],
    ["a coordinator: outcome only", { userId: "u-4", role: "coordinator" }, "none"],
    ["a department head: outcome only", { userId: "u-5", role: "department_head" }, "none"],
    ["an executive: outcome only", { userId: "u-6", role: "executive" }, "none"],
  ] as const)("%s", (_n, viewer, expected) => {
    expect(declarationAccess(viewer, d)).toBe(expected);
  });
});
