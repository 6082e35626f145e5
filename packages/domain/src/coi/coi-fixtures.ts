import type { CoiProfile, Interest } from "./coi-schemas";

/** Test data shared by the COI domain tests (a researcher at a Japanese university, FY2026). */
export const TODAY = "2026-11-22";

export function profile(overrides: Partial<CoiProfile> = {}): CoiProfile {
  return {
    orcid: "0000-0002-1825-0097",
    annualIncomeJpy: 10_000_000,
    appointments: [
      {
        id: "a-1",
        organisation: "東都大学",
        country: "JP",
        position: "教授",
        kind: "primary",
        paid: true,
        foreignGovernment: false,
        effortPercent: 90,
        from: "2015-04-01",
        until: null,
        recordedOn: "2026-04-01",
      },
    ],
    support: [],
    equity: [],
    talentProgrammes: [],
    foreignTravel: [],
    ...overrides,
  };
}

export function interest(overrides: Partial<Interest> = {}): Interest {
  return {
    interestId: "i-1",
    category: "equity",
    entity: "Acme Battery株式会社",
    partnerId: "p-acme",
    amountBand: "1m_5m",
    description: "未公開株 3%",
    relatedCaseIds: ["case-1"],
    ...overrides,
  };
}

export const NO_ANSWERS = {
  equity: false,
  income: false,
  officer: false,
  royalty: false,
  gifts: false,
  family: false,
  foreign: false,
} as const;
