import { describe, expect, it } from "vitest";
import { labTrainingStatus } from "./lab-view";
import { fiscalYearOf, holderOn, supersede } from "./records";
import { reconcilePayment, type TravelPayment, type TripClearance } from "./travel-reconciliation";

describe("appointments (spec §6.1 基準1 (1), 基準2 (1))", () => {
  const history = [
    { post: "chief_officer" as const, userId: "u-a", fromDate: "2024-04-01", untilDate: "2026-03-31" },
    { post: "chief_officer" as const, userId: "u-b", fromDate: "2026-04-01", untilDate: null },
    { post: "classification_officer" as const, userId: "u-c", fromDate: "2025-04-01", untilDate: null },
  ];
  it.each([
    ["chief_officer", "2025-01-01", "u-a"],
    ["chief_officer", "2026-03-31", "u-a"],
    ["chief_officer", "2026-04-01", "u-b"],
    ["chief_officer", "2023-01-01", null],
    ["classification_officer", "2026-12-01", "u-c"],
  ] as const)("%s on %s is %s", (post, day, who) => {
    expect(holderOn(history, post, day)?.userId ?? null).toBe(who);
  });

  it.each([
    [null, "2026-04-01", { ok: true, endPrevious: null }],
    [history[1]!, "2027-04-01", { ok: true, endPrevious: "2027-03-31" }],
    [history[1]!, "2026-04-01", { ok: false }],
    [history[1]!, "2025-04-01", { ok: false }],
  ] as const)("superseding %o from %s", (open, from, expected) => {
    expect(supersede(open, from)).toEqual(expected);
  });
});

describe("fiscal year", () => {
  it.each([
    ["2026-04-01", 2026],
    ["2026-03-31", 2025],
    ["2027-01-15", 2026],
  ])("fiscal year of %s is %i", (day, fy) => {
    expect(fiscalYearOf(day)).toBe(fy);
  });
});

describe("travel-payment reconciliation (seed 001 p.53, O4)", () => {
  const trips: TripClearance[] = [
    {
      ref: "TRP-2026-0001",
      travellerId: "u-1",
      destinationCountry: "US",
      departOn: "2026-09-01",
      returnOn: "2026-09-10",
      status: "cleared",
    },
    {
      ref: "TRP-2026-0002",
      travellerId: "u-1",
      destinationCountry: "CN",
      departOn: "2026-10-01",
      returnOn: "2026-10-05",
      status: "submitted",
    },
  ];
  const pay = (o: Partial<TravelPayment>): TravelPayment => ({
    paymentRef: "P-1",
    travellerUserId: "u-1",
    destinationCountry: "US",
    departOn: "2026-09-01",
    returnOn: "2026-09-10",
    tripRef: null,
    ...o,
  });
  it.each([
    ["quoted and cleared", pay({ tripRef: "TRP-2026-0001" }), "cleared", "TRP-2026-0001"],
    ["found by traveller, country and dates", pay({}), "cleared", "TRP-2026-0001"],
    [
      "quoted trip of another traveller",
      pay({ tripRef: "TRP-2026-0001", travellerUserId: "u-2" }),
      "mismatch",
      "TRP-2026-0001",
    ],
    [
      "quoted trip to another country",
      pay({ tripRef: "TRP-2026-0001", destinationCountry: "DE" }),
      "mismatch",
      "TRP-2026-0001",
    ],
    ["longer than the cleared trip", pay({ returnOn: "2026-09-12" }), "no_trip", null],
    [
      "trip filed but not cleared",
      pay({ destinationCountry: "CN", departOn: "2026-10-01", returnOn: "2026-10-05" }),
      "not_cleared",
      "TRP-2026-0002",
    ],
    ["unknown traveller", pay({ travellerUserId: null }), "no_trip", null],
  ] as const)("%s", (_n, p, status, ref) => {
    expect(reconcilePayment(p, trips)).toEqual({ status, clearanceRef: ref });
  });
});

describe("lab view training status (C17)", () => {
  it.each([
    [null, "unknown"],
    [[], "none"],
    [[{ topic: "coi", expiresOn: null }], "none"],
    [[{ topic: "export_control", expiresOn: "2026-11-01" }], "expired"],
    [[{ topic: "export_control", expiresOn: "2026-11-21" }], "current"],
    [
      [
        { topic: "export_control", expiresOn: "2026-01-01" },
        { topic: "export_control", expiresOn: null },
      ],
      "current",
    ],
  ] as const)("%o on 2026-11-21 is %s", (completions, status) => {
    expect(labTrainingStatus(completions as never, "2026-11-21")).toBe(status);
  });
});
