import { describe, expect, it } from "vitest";
import {
  carryDecisions,
  confirmedPartyHits,
  type PartyMatch,
  type PartyScreening,
  partyScreeningHold,
  partyScreeningStatus,
} from "./party-screening";

const match = (o: Partial<PartyMatch> = {}): PartyMatch => ({
  list: "METI EUL",
  kind: "eul",
  entryName: "Agat-System",
  sourceId: "42",
  score: 0.93,
  categories: ["M"],
  decision: null,
  reason: null,
  decidedBy: null,
  decidedAt: null,
  ...o,
});
const screening = (
  matches: PartyMatch[],
  lists: Record<string, string> = { "METI EUL": "2026-09" },
): PartyScreening => ({
  screenedOn: "2026-12-01",
  listVersions: lists,
  parties: [{ role: "counterpart", name: "Agat System", country: "BY", matches }],
});

describe("party screening of trips and visitors (B3, B4)", () => {
  it.each([
    ["no lists imported", screening([], {}), "not_screened", null, []],
    ["screened, no match", screening([]), "clear", null, []],
    [
      "a match not yet decided holds it",
      screening([match()]),
      "pending_review",
      "MANUAL_REVIEW",
      ["SCREEN-PARTY-PENDING"],
    ],
    ["cleared as a false positive", screening([match({ decision: "false_positive" })]), "clear", null, []],
    [
      "a confirmed EUL hit holds it for the officer",
      screening([match({ decision: "true_match" })]),
      "true_match",
      "MANUAL_REVIEW",
      ["SCREEN-PARTY-LISTED"],
    ],
    [
      "a confirmed sanctions hit prohibits",
      screening([match({ decision: "true_match", kind: "sanctions", list: "MOFA" })]),
      "true_match",
      "PROHIBITED",
      ["SCREEN-PARTY-SANCTIONS"],
    ],
  ] as const)("%s", (_n, s, status, outcome, rules) => {
    expect(partyScreeningStatus(s)).toBe(status);
    const hold = partyScreeningHold(s);
    expect(hold.outcome).toBe(outcome);
    expect(hold.reasons.map((r) => r.ruleId)).toEqual(rules);
  });

  it("confirmed hits keep their list, kind and categories", () => {
    expect(
      confirmedPartyHits(screening([match({ decision: "true_match" }), match({ sourceId: "7" })])),
    ).toEqual([
      { list: "METI EUL", kind: "eul", entryName: "Agat-System", sourceId: "42", categories: ["M"] },
    ]);
  });

  it("a new screening keeps decisions on matches still found, and asks about new ones", () => {
    const before = screening([
      match({ decision: "false_positive", reason: "別法人", decidedBy: "u-o", decidedAt: "t" }),
    ]);
    const after = carryDecisions(before, screening([match(), match({ sourceId: "99", entryName: "Other" })]));
    expect(after.parties[0]!.matches.map((m) => m.decision)).toEqual(["false_positive", null]);
    expect(after.parties[0]!.matches[0]!.reason).toBe("別法人");
  });
});
