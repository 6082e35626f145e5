import { describe, expect, it } from "vitest";
import type { FundingSource } from "./case-schemas";
import {
  type CollaborationRef,
  checkInternal,
  findConflicts,
  type InternalCheckFacts,
  partnersCompete,
} from "./internal-check";

type P = CollaborationRef["partners"][number];
const p = (partnerId: string, over: Partial<P> = {}): P => ({
  partnerId,
  name: partnerId,
  country: "DE",
  sectors: [],
  competitorIds: [],
  ...over,
});
const ref = (over: Partial<CollaborationRef>): CollaborationRef => ({
  caseId: "new",
  title: "新規",
  stage: "intake",
  piUserId: "u-pi",
  participantUserIds: [],
  field: { area: "energy", emergingTech: [], keywords: [] } as CollaborationRef["field"],
  partners: [p("foreign-co", { sectors: ["battery"] })],
  ...over,
});
const existing = (over: Partial<CollaborationRef>) =>
  ref({
    caseId: "old",
    title: "既存共同研究",
    stage: "active",
    partners: [p("domestic-co", { country: "JP", sectors: ["battery"] })],
    ...over,
  });

const base = (over: Partial<InternalCheckFacts> = {}): InternalCheckFacts => ({
  candidate: ref({}),
  existing: [],
  researcher: { wish: "willing", capacityConfirmed: true, openCaseCount: 1 },
  basicPatents: [{ title: "電極材料", status: "granted", bayhDole: false }],
  otherFunding: [],
  institutionCountry: "JP",
  maxOpenCasesPerPi: null,
  ...over,
});
const funding = (over: Partial<FundingSource>): FundingSource => ({
  fundingId: "f",
  kind: "competitive_grant",
  funder: "科研費",
  bayhDole: false,
  restrictsForeignCollaboration: false,
  ...over,
});

describe("competing partners (seed 001 case 26)", () => {
  it.each([
    ["same sector", p("a", { sectors: ["battery"] }), p("b", { sectors: ["battery", "auto"] }), true],
    ["named competitor, one direction", p("a", { competitorIds: ["b"] }), p("b"), true],
    ["named competitor, other direction", p("a"), p("b", { competitorIds: ["a"] }), true],
    ["different sectors", p("a", { sectors: ["battery"] }), p("b", { sectors: ["pharma"] }), false],
    [
      "the same partner is not its own competitor",
      p("a", { sectors: ["battery"] }),
      p("a", { sectors: ["battery"] }),
      false,
    ],
  ] as const)("%s", (_n, a, b, expected) => {
    expect(partnersCompete(a, b)).toBe(expected);
  });
});

describe("conflicts with existing collaborations (seed 001 case 26)", () => {
  it.each([
    ["case26 same PI, competing partner", existing({}), ["same_pi_competitor"]],
    [
      "case26 PI is a participant of the other case",
      existing({ piUserId: "u-other", participantUserIds: ["u-pi"] }),
      ["same_pi_competitor"],
    ],
    [
      "case26 other PI, same field, competing partner",
      existing({ piUserId: "u-other" }),
      ["same_field_competitor"],
    ],
    [
      "case26 other PI, other area, emerging tech only on the other side",
      existing({ piUserId: "u-other", field: { area: "ict", emergingTech: ["quantum"] } }),
      [],
    ],
    [
      "case26 other PI, other field",
      existing({ piUserId: "u-other", field: { area: "ict", emergingTech: [] } }),
      [],
    ],
    [
      "case26 same PI, non-competing partner",
      existing({ partners: [p("pharma-co", { sectors: ["pharma"] })] }),
      [],
    ],
    ["case26 closed collaborations do not conflict", existing({ stage: "closed" }), []],
    ["case26 declined collaborations do not conflict", existing({ stage: "declined" }), []],
    ["case26 the case itself is skipped", existing({ caseId: "new" }), []],
  ] as const)("%s", (_n, other, kinds) => {
    expect(findConflicts(ref({}), [other]).map((c) => c.kind)).toEqual(kinds);
  });

  it("case26 shared emerging tech counts as the same field", () => {
    const candidate = ref({ field: { area: "energy", emergingTech: ["quantum"] } });
    const other = existing({ piUserId: "u-other", field: { area: "ict", emergingTech: ["quantum"] } });
    expect(findConflicts(candidate, [other])).toMatchObject([
      {
        kind: "same_field_competitor",
        existingCaseId: "old",
        partnerId: "foreign-co",
        competingPartnerId: "domestic-co",
      },
    ]);
  });

  it("case26 each competing pair is reported with its ruleId", () => {
    const other = existing({
      partners: [p("x", { sectors: ["battery"] }), p("y", { competitorIds: ["foreign-co"] })],
    });
    const c = findConflicts(ref({}), [other]);
    expect(c.map((x) => [x.competingPartnerId, x.reason.ruleId, x.reason.sourceId])).toEqual([
      ["x", "IC-SAME-PI-COMPETITOR", "seed001§V.case26"],
      ["y", "IC-SAME-PI-COMPETITOR", "seed001§V.case26"],
    ]);
  });
});

describe("internal check outcome (seed 001 §IV.2-2)", () => {
  it.each([
    ["§IV.2-2 nothing to note", base(), "clear", []],
    [
      "case26 a conflict needs review",
      base({ existing: [existing({})] }),
      "review_required",
      ["IC-SAME-PI-COMPETITOR"],
    ],
    [
      "§IV.2-2 researcher does not want it",
      base({ researcher: { wish: "reluctant", capacityConfirmed: true, openCaseCount: 0 } }),
      "blocked",
      ["IC-WISH"],
    ],
    [
      "§IV.2-2 wish unknown",
      base({ researcher: { wish: "unknown", capacityConfirmed: true, openCaseCount: 0 } }),
      "review_required",
      ["IC-WISH"],
    ],
    [
      "§IV.2-2 capacity not confirmed",
      base({ researcher: { wish: "willing", capacityConfirmed: false, openCaseCount: 0 } }),
      "review_required",
      ["IC-CAPACITY"],
    ],
    ["§IV.2-2 PI at the open-case limit", base({ maxOpenCasesPerPi: 1 }), "review_required", ["IC-CAPACITY"]],
    ["§IV.2-2 PI below the open-case limit", base({ maxOpenCasesPerPi: 2 }), "clear", []],
    [
      "§IV.2-2 basic patent not filed",
      base({ basicPatents: [{ title: "電極", status: "not_filed", bayhDole: false }] }),
      "review_required",
      ["IC-PATENT"],
    ],
    [
      "§IV.1-2 funding forbids foreign partners",
      base({ otherFunding: [funding({ restrictsForeignCollaboration: true })] }),
      "blocked",
      ["IC-FUNDING"],
    ],
    [
      "§IV.1-2 restriction is moot with a domestic partner",
      base({
        candidate: ref({ partners: [p("jp", { country: "JP" })] }),
        otherFunding: [funding({ restrictsForeignCollaboration: true })],
      }),
      "clear",
      [],
    ],
    [
      "§IV.2-2 blocking and review reasons together",
      base({
        existing: [existing({})],
        researcher: { wish: "reluctant", capacityConfirmed: false, openCaseCount: 0 },
      }),
      "blocked",
      ["IC-WISH", "IC-SAME-PI-COMPETITOR", "IC-CAPACITY"],
    ],
  ] as const)("%s", (_n, facts, outcome, ruleIds) => {
    const r = checkInternal(facts);
    expect(r.outcome).toBe(outcome);
    expect(r.reasons.map((x) => x.ruleId)).toEqual(ruleIds);
  });

  it("§II.3.1 Bayh-Dole patents and other grants are notes that do not change the outcome", () => {
    const r = checkInternal(
      base({
        basicPatents: [{ title: "電極", status: "filed", bayhDole: true }],
        otherFunding: [funding({}), funding({ kind: "partner", funder: "X" })],
      }),
    );
    expect(r.outcome).toBe("clear");
    expect(r.notes.map((x) => x.ruleId)).toEqual(["IC-BAYH-DOLE", "IC-FUNDING"]);
  });
});
