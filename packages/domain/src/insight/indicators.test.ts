import { describe, expect, it } from "vitest";
import { computeIndicators } from "./indicators";
import type { SurveyRecords } from "./survey-records";

// Seed 002 indicators from a hand-made FY2025 (every number worked out by hand).
const records: SurveyRecords = {
  agreements: [
    {
      id: "A1",
      kind: "joint_research",
      partnerType: "large_company",
      startOn: "2023-04-01",
      endOn: null,
      partnerId: "P1",
    },
    {
      id: "A2",
      kind: "joint_research",
      partnerType: "foreign_company",
      startOn: "2025-05-01",
      endOn: null,
      partnerId: "P2",
    },
    {
      id: "A3",
      kind: "contract_research",
      partnerType: "sme",
      startOn: "2025-06-01",
      endOn: null,
      partnerId: "P1",
    },
  ],
  receipts: [
    {
      id: "R1",
      agreementId: "A1",
      kind: "joint_research",
      ipIncomeKind: null,
      partnerType: "large_company",
      direct: 9_000_000,
      indirect: 3_000_000,
      receivedOn: "2025-05-01",
      partnerCountry: "JP",
    },
    {
      id: "R2",
      agreementId: "A2",
      kind: "joint_research",
      ipIncomeKind: null,
      partnerType: "foreign_company",
      direct: 3_000_000,
      indirect: 1_000_000,
      receivedOn: "2025-07-01",
      partnerCountry: "DE",
    },
    {
      id: "R3",
      agreementId: "A3",
      kind: "contract_research",
      ipIncomeKind: null,
      partnerType: "sme",
      direct: 4_000_000,
      indirect: 0,
      receivedOn: "2025-08-01",
      partnerCountry: "JP",
    },
  ],
  patents: [{ id: "T1", filedOn: "2025-09-01", foreign: false, grantedOn: null, lapsedOn: null }],
  licences: [],
  spinoffs: [],
};

describe("seed 002 indicators with targets (seed 003 PDCA)", () => {
  const values = computeIndicators(2025, records, { "joint.count": 3, "joint.amount": 10_000_000 });
  const get = (id: string) => values.find((v) => v.id === id);
  it.each([
    ["joint.count", 2],
    ["joint.amount", 16_000_000],
    ["contract.count", 1],
    ["joint.per_project", 8_000_000],
    ["patents.filed", 1],
    // 4M of 20M came from abroad.
    ["international.share", 0.2],
    // P2 is new in FY2025; P1's first agreement started in FY2023.
    ["partners.new", 1],
    // A1 received 12M (≥ 10M) of two projects.
    ["joint.large_share", 0.5],
  ])("%s = %d", (id, value) => expect(get(id)?.actual).toBe(value));

  it("compares actuals with targets", () => {
    expect(get("joint.count")).toMatchObject({ target: 3, achieved: false, ratio: 0.667 });
    expect(get("joint.amount")).toMatchObject({ target: 10_000_000, achieved: true, ratio: 1.6 });
    expect(get("patents.filed")).toMatchObject({ target: null, achieved: null, ratio: null });
  });
});
