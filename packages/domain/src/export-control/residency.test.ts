import { describe, expect, it } from "vitest";
import { determineResidency } from "./residency";
import type { RecipientFacts } from "./schema";
import { assessAndCheck } from "./test-support";

// Spec §2.1 / §2.3 residency rules, one row per rule (and the boundaries of the 6-month and 2-year counts).
const AS_OF = "2026-01-15";
const rows: [string, RecipientFacts, "RESIDENT" | "NON_RESIDENT" | null, string][] = [
  [
    "RES-X1 US forces member is non-resident whatever the nationality",
    { nationality: "JP", usOrUnForces: true },
    "NON_RESIDENT",
    "RES-X1",
  ],
  ["RES-J0 Japanese national living in Japan", { nationality: "JP" }, "RESIDENT", "RES-J0"],
  [
    "RES-J1 Japanese national seconded to an office abroad",
    { nationality: "JP", workingAbroad: true, abroadSince: "2025-12-01" },
    "NON_RESIDENT",
    "RES-J1",
  ],
  [
    "RES-J1 departure after asOf keeps RES-J0",
    { nationality: "JP", workingAbroad: true, abroadSince: "2026-02-01" },
    "RESIDENT",
    "RES-J0",
  ],
  [
    "RES-J2 intends to stay abroad 24 months: non-resident from departure",
    { nationality: "JP", plannedStayAbroadMonths: 24, abroadSince: "2026-01-10" },
    "NON_RESIDENT",
    "RES-J2",
  ],
  [
    "RES-J2 a 12-month sabbatical keeps RES-J0",
    { nationality: "JP", plannedStayAbroadMonths: 12, abroadSince: "2025-06-01" },
    "RESIDENT",
    "RES-J0",
  ],
  [
    "RES-J3 actually abroad 2 years",
    { nationality: "JP", abroadSince: "2024-01-15" },
    "NON_RESIDENT",
    "RES-J3",
  ],
  [
    "RES-J3 one day short of 2 years stays RES-J0",
    { nationality: "JP", abroadSince: "2024-01-16" },
    "RESIDENT",
    "RES-J0",
  ],
  [
    "RES-J4 temporary return under 6 months stays non-resident",
    { nationality: "JP", workingAbroad: true, abroadSince: "2023-04-01", returnedToJapanOn: "2025-12-20" },
    "NON_RESIDENT",
    "RES-J4",
  ],
  [
    "RES-J4-RETURN permanent return makes resident",
    {
      nationality: "JP",
      workingAbroad: true,
      abroadSince: "2023-04-01",
      returnedToJapanOn: "2025-12-20",
      returnedPermanently: true,
    },
    "RESIDENT",
    "RES-J4-RETURN",
  ],
  [
    "RES-J5 Japanese embassy staff abroad remain resident",
    { nationality: "JP", japaneseDiplomaticMission: true, workingAbroad: true },
    "RESIDENT",
    "RES-J5",
  ],
  [
    "RES-F1 employed by the university, the day after arrival",
    { nationality: "FR", employedInJapan: true, entryDate: "2026-01-14" },
    "RESIDENT",
    "RES-F1",
  ],
  [
    "RES-F1 employment contract signed but not yet arrived: RES-F0",
    { nationality: "FR", employedInJapan: true, entryDate: "2026-03-01" },
    "NON_RESIDENT",
    "RES-F0",
  ],
  [
    "RES-F1-ABROAD foreign employee moved to an office abroad",
    { nationality: "FR", employedInJapan: true, workingAbroad: true },
    "NON_RESIDENT",
    "RES-F1-ABROAD",
  ],
  [
    "RES-F2 exactly 6 months after entry is resident",
    { nationality: "KR", entryDate: "2025-07-15" },
    "RESIDENT",
    "RES-F2",
  ],
  [
    "RES-F2 one day before 6 months is RES-F0",
    { nationality: "KR", entryDate: "2025-07-16" },
    "NON_RESIDENT",
    "RES-F0",
  ],
  [
    "RES-F3 employed by the university but working remotely from abroad",
    { nationality: "IN", employedInJapan: true, remoteFromAbroad: true },
    "NON_RESIDENT",
    "RES-F3",
  ],
  [
    "RES-F4 foreign official is non-resident after 3 years in Japan",
    { nationality: "US", entryDate: "2023-01-01", diplomatOrForeignOfficial: true },
    "NON_RESIDENT",
    "RES-F4",
  ],
  ["RES-F0 foreign visitor with no entry date", { nationality: "BR" }, "NON_RESIDENT", "RES-F0"],
  [
    "RES-NAT-UNKNOWN without nationality the foreign default applies",
    { entryDate: "2025-12-01" },
    "NON_RESIDENT",
    "RES-F0",
  ],
];

describe("determineResidency (spec §2)", () => {
  it.each(rows)("%s", (_name, recipient, residency, ruleId) => {
    const result = determineResidency(recipient, AS_OF);
    expect(result.residency).toBe(residency);
    expect(result.ruleId).toBe(ruleId);
    expect(result.reasons.at(-1)?.ruleId).toBe(ruleId);
  });

  it("RES-NO-RECIPIENT gives null residency", () => {
    expect(determineResidency(undefined, AS_OF)).toMatchObject({
      residency: null,
      ruleId: "RES-NO-RECIPIENT",
    });
  });

  it("RES-F-REENTRY-U: a student abroad after 6 months in Japan is non-resident and flagged", () => {
    const result = determineResidency(
      { nationality: "CN", entryDate: "2025-01-10", abroadSince: "2025-12-20" },
      AS_OF,
    );
    expect(result).toMatchObject({ residency: "NON_RESIDENT", reviewFlags: ["RES-F-REENTRY-U"] });
  });

  it("RES-F-REENTRY-U: after re-entry the 6-month count restarts (conservative)", () => {
    const facts = {
      nationality: "CN",
      entryDate: "2024-04-01",
      abroadSince: "2025-08-01",
      returnedToJapanOn: "2025-09-01",
    };
    expect(determineResidency(facts, AS_OF).residency).toBe("NON_RESIDENT");
    expect(determineResidency(facts, "2026-03-01").residency).toBe("RESIDENT");
  });

  it("RES-F3 remote worker receiving list technology by e-mail is TT1 + TT4 (§1.2)", () => {
    const result = assessAndCheck(
      {
        asOf: AS_OF,
        recipient: { nationality: "IN", employedInJapan: true, remoteFromAbroad: true },
        provision: { place: "JP", channels: ["electronic"] },
        item: { listItem: "8", published: false },
      },
      { outcome: "LICENCE_REQUIRED", residency: "NON_RESIDENT", rules: ["RES-F3", "PK-TT1", "PK-TT4"] },
    );
    expect(result.destinationCountry).toBe("IN");
  });
});
