import { describe, expect, it } from "vitest";
import { TODAY } from "./coi-fixtures";
import {
  type CaseCoiFacts,
  caseCoiDecision,
  hasNewInterest,
  interestRelatesToCase,
  planInForce,
  type ResearcherCoi,
} from "./coi-gate";

/**
 * The case's COI gate (seed 001 §III.1; issue 13 §4, X2): the committee's outcome for EVERY researcher on
 * the case; missing, pending, returned or expired closes it; a new interest re-opens review.
 */
const ids = (rs: { ruleId: string }[]) => rs.map((r) => r.ruleId);

const approved = (
  over: Partial<NonNullable<ResearcherCoi["declaration"]>> = {},
): ResearcherCoi["declaration"] => ({
  state: "approved",
  approvedOn: "2026-04-10",
  validUntil: "2027-03-31",
  relatedInterests: [],
  ...over,
});
const pi = (over: Partial<ResearcherCoi> = {}): ResearcherCoi => ({
  userId: "u-pi",
  name: "山田 太郎",
  role: "pi",
  declaration: approved(),
  newerOpen: null,
  newProfileItems: [],
  ...over,
});
const member = (over: Partial<ResearcherCoi> = {}): ResearcherCoi =>
  pi({ userId: "u-m", name: "佐藤 花子", role: "member", ...over });
const facts = (
  researchers: ResearcherCoi[],
  institutional: CaseCoiFacts["institutional"] = { matches: [], determination: null },
) => ({
  researchers,
  institutional,
});
const equity = (
  determination: "no_conflict" | "manageable" | "not_permitted" | null,
  planInForce = false,
) => [{ interestId: "i-1", entity: "Acme Battery株式会社", determination, planInForce }];

describe("case COI gate", () => {
  it.each([
    ["PI and member approved, nothing related", [pi(), member()], []],
    [
      "member without a declaration (the old gate looked at the PI only)",
      [pi(), member({ declaration: null })],
      ["GATE-COI-MISSING"],
    ],
    [
      "member's declaration still a draft",
      [pi(), member({ declaration: approved({ state: "draft", approvedOn: null }) })],
      ["GATE-COI-MISSING"],
    ],
    [
      "member's declaration awaits the committee",
      [pi(), member({ declaration: approved({ state: "submitted", approvedOn: null }) })],
      ["GATE-COI-PENDING"],
    ],
    [
      "member's declaration returned",
      [pi(), member({ declaration: approved({ state: "returned", approvedOn: null }) })],
      ["GATE-COI-RETURNED"],
    ],
    [
      "member's declaration marked expired",
      [pi(), member({ declaration: approved({ state: "expired" }) })],
      ["GATE-COI-EXPIRED"],
    ],
    [
      "PI's approval past validity (job not yet run)",
      [pi({ declaration: approved({ validUntil: "2026-11-21" }) })],
      ["GATE-COI-EXPIRED"],
    ],
    ["approval valid through today", [pi({ declaration: approved({ validUntil: TODAY }) })], []],
    ["a newer declaration awaits the committee", [pi({ newerOpen: "submitted" })], ["GATE-COI-NEW-INTEREST"]],
    ["a newer declaration returned", [pi({ newerOpen: "returned" })], ["GATE-COI-NEW-INTEREST"]],
    [
      "a new interest in the profile since approval",
      [pi({ newProfileItems: ["New KK"] })],
      ["GATE-COI-NEW-INTEREST"],
    ],
    [
      "related interest not determined",
      [pi({ declaration: approved({ relatedInterests: equity(null) }) })],
      ["GATE-COI-UNDETERMINED"],
    ],
    [
      "related interest: no conflict",
      [pi({ declaration: approved({ relatedInterests: equity("no_conflict") }) })],
      [],
    ],
    [
      "related interest: manageable, plan in force",
      [pi({ declaration: approved({ relatedInterests: equity("manageable", true) }) })],
      [],
    ],
    [
      "related interest: manageable, plan closed",
      [pi({ declaration: approved({ relatedInterests: equity("manageable", false) }) })],
      ["GATE-COI-PLAN"],
    ],
    [
      "related interest: not permitted",
      [pi({ declaration: approved({ relatedInterests: equity("not_permitted") }) })],
      ["GATE-COI-NOT-PERMITTED"],
    ],
    [
      "member asked to declare on joining, nothing declared yet (waiting on the request)",
      [
        pi(),
        member({ declaration: null, requested: [{ trigger: "joined_case", requestedOn: "2026-11-20" }] }),
      ],
      ["GATE-COI-REQUESTED"],
    ],
    [
      "requested, the declaration submitted: waits for the committee",
      [
        pi(),
        member({
          declaration: approved({ state: "submitted", approvedOn: null }),
          requested: [{ trigger: "joined_case", requestedOn: "2026-11-20" }],
        }),
      ],
      ["GATE-COI-PENDING"],
    ],
    [
      "an approved declaration does not answer a request made after it",
      [pi({ requested: [{ trigger: "funding_application", requestedOn: "2026-11-20" }] })],
      ["GATE-COI-REQUESTED"],
    ],
    [
      "every researcher's reasons listed",
      [pi({ declaration: null }), member({ declaration: null })],
      ["GATE-COI-MISSING", "GATE-COI-MISSING"],
    ],
  ] as const)("%s", (_n, researchers, expected) => {
    const d = caseCoiDecision(facts([...researchers]), TODAY);
    expect(ids(d.reasons)).toEqual(expected);
    expect(d.outcome).toBe(expected.length === 0 ? "open" : "closed");
  });

  it.each([
    [
      "partner touches the register, undecided",
      { matches: ["Acme（equity）"], determination: null },
      ["GATE-COI-INSTITUTIONAL"],
    ],
    ["committee: manageable", { matches: ["Acme（equity）"], determination: "manageable" }, []],
    [
      "committee: not permitted",
      { matches: ["Acme（equity）"], determination: "not_permitted" },
      ["GATE-COI-INSTITUTIONAL-DENIED"],
    ],
    ["no register match", { matches: [], determination: null }, []],
  ] as const)("institutional COI (seed 003 TMDU 組織): %s", (_n, inst, expected) => {
    expect(
      ids(caseCoiDecision(facts([pi()], { ...inst, matches: [...inst.matches] }), TODAY).reasons),
    ).toEqual(expected);
  });

  it("names the researcher, never the declared entity (coordinators see the outcome, not the content)", () => {
    const [missing] = caseCoiDecision(facts([member({ declaration: null })]), TODAY).reasons;
    expect(missing!.text.ja).toContain("メンバー 佐藤 花子");
    const reasons = caseCoiDecision(
      facts([pi({ newProfileItems: ["New KK"], declaration: approved({ relatedInterests: equity(null) }) })]),
      TODAY,
    ).reasons;
    expect(reasons.map((r) => r.text.ja).join(" ")).not.toMatch(/Acme|New KK/);
    expect(reasons[1]!.text.ja).toContain("1件");
  });
});

describe("relation of an interest to a case", () => {
  it.each([
    ["linked by the declarant", { partnerId: null, relatedCaseIds: ["case-1"] }, true],
    ["names a partner of the case", { partnerId: "p-acme", relatedCaseIds: [] }, true],
    ["unrelated", { partnerId: "p-other", relatedCaseIds: ["case-2"] }, false],
  ] as const)("%s", (_n, i, expected) => {
    expect(interestRelatesToCase({ ...i, relatedCaseIds: [...i.relatedCaseIds] }, "case-1", ["p-acme"])).toBe(
      expected,
    );
  });
  it.each([
    ["active from before", { status: "active", startsOn: "2026-10-01" }, true],
    ["closed", { status: "closed", startsOn: "2026-10-01" }, false],
    ["starts tomorrow", { status: "active", startsOn: "2026-11-23" }, false],
  ] as const)("plan in force: %s", (_n, p, expected) => {
    expect(planInForce(p, TODAY)).toBe(expected);
  });
});

describe("a newer declaration re-opens review only with a new interest", () => {
  const acme = { category: "equity", entity: "Acme Battery株式会社" };
  it.each([
    [
      "same interest, other spelling width",
      [acme],
      [{ category: "equity", entity: "ACME Battery 株式会社" }],
      false,
    ],
    ["a new entity", [acme], [acme, { category: "income", entity: "Beta KK" }], true],
    ["same entity, new relationship", [acme], [{ category: "board", entity: "Acme Battery株式会社" }], true],
    ["nothing declared", [acme], [], false],
  ] as const)("%s", (_n, a, b, expected) => {
    expect(hasNewInterest([...a], [...b])).toBe(expected);
  });
});
