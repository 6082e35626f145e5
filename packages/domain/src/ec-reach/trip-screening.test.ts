import { describe, expect, it } from "vitest";
import { assessTrip } from "../ec-workflows/trip-assessment";
import type { TripPlan } from "../ec-workflows/trip-plan";
import type { PartyMatch, PartyScreening } from "./party-screening";

const plan: TripPlan = {
  destinationCountry: "DE",
  destinationCity: "Berlin",
  departOn: "2026-12-10",
  returnOn: "2026-12-15",
  purpose: "学会発表",
  meetings: [{ name: "", organisation: "Versuchswerk GmbH", country: "DE" }],
  items: [
    {
      description: "発表資料",
      mode: "presented",
      classification: "none",
      published: true,
      purpose: "other",
      classificationRef: null,
    },
  ],
};
const match = (o: Partial<PartyMatch>): PartyMatch => ({
  list: "テスト",
  kind: "eul",
  entryName: "Versuchswerk GmbH",
  sourceId: "1",
  score: 0.97,
  categories: [],
  decision: null,
  reason: null,
  decidedBy: null,
  decidedAt: null,
  ...o,
});
const screened = (matches: PartyMatch[]): PartyScreening => ({
  screenedOn: "2026-12-01",
  listVersions: { テスト: "v1" },
  parties: [{ role: "counterpart", name: "Versuchswerk GmbH", country: "DE", matches }],
});
const rules = (a: ReturnType<typeof assessTrip>) =>
  a.parts.flatMap((p) => p.result.reasons.map((r) => r.ruleId));

describe("a trip's counterparts screened against every list (B3)", () => {
  it("without screening the engine says the counterpart was not screened", () => {
    expect(rules(assessTrip(plan))).toContain("EUL-NOT-SCREENED");
  });
  it("screened with no match: no EUL-NOT-SCREENED, the engine's answer stands", () => {
    const a = assessTrip(plan, screened([]));
    expect(rules(a)).not.toContain("EUL-NOT-SCREENED");
    expect(rules(a)).toContain("EUL-SCREENING-NO-MATCH");
    expect(a.outcome).toBe(assessTrip(plan, screened([])).outcome);
    expect(a.screeningReasons).toEqual([]);
  });
  it.each([
    ["a match under review holds the trip", match({}), "MANUAL_REVIEW", "SCREEN-PARTY-PENDING"],
    [
      "a confirmed US-list hit holds the trip",
      match({ kind: "us", decision: "true_match" }),
      "MANUAL_REVIEW",
      "SCREEN-PARTY-LISTED",
    ],
    [
      "a confirmed sanctions hit prohibits it",
      match({ kind: "sanctions", decision: "true_match" }),
      "PROHIBITED",
      "SCREEN-PARTY-SANCTIONS",
    ],
  ] as const)("%s", (_n, m, outcome, rule) => {
    const a = assessTrip(plan, screened([m]));
    expect(a.outcome).toBe(outcome);
    expect(a.screeningReasons?.map((r) => r.ruleId)).toEqual([rule]);
  });
  it("a confirmed End User List hit gives the engine its categories", () => {
    const a = assessTrip(plan, screened([match({ decision: "true_match", categories: ["M"] })]));
    expect(rules(a)).toContain("EUL-SCREENING");
    expect(a.outcome).not.toBe("NO_LICENCE");
  });
});
