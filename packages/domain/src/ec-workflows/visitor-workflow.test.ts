import { describe, expect, it } from "vitest";
import { assessVisitor } from "./visitor-assessment";
import { decideVisitor, hasCurrentPledge, pledgeMatchesDetermination } from "./visitor-workflow";

const declared = {
  nationality: "TH",
  entryDate: "2025-10-01",
  tokutei: { foreignEmploymentContract: false },
};
const base = {
  status: "pending_review" as const,
  kind: "student" as const,
  decision: "accept" as const,
  comment: "",
  declarationVersion: 2,
  assessment: assessVisitor(declared, "2026-11-21"),
  today: "2026-11-21",
};
const pledge = {
  kind: "tokutei_declaration" as const,
  declarationVersion: 2,
  signedOn: "2026-11-01",
  renewAfterMonths: 12,
};

function reasonsOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return (e as { details?: { reasons?: unknown; issues?: unknown } }).details;
  }
  return null;
}

describe("officer decision on an intake (spec §1.5)", () => {
  it("accepts a student with a current 特定類型 pledge for the current declaration", () => {
    expect(decideVisitor({ ...base, pledges: [pledge] })).toBe("accepted");
  });

  it("refuses to accept a person under the institution's direction without a pledge", () => {
    expect(reasonsOf(() => decideVisitor({ ...base, pledges: [] }))).toEqual({
      reasons: ["visitor.pledge_missing"],
    });
  });

  it("does not count a pledge signed for an earlier declaration (facts changed since)", () => {
    const old = { ...pledge, declarationVersion: 1 };
    expect(() => decideVisitor({ ...base, pledges: [old] })).toThrow(/cannot be accepted/);
  });

  it("does not count a pledge past its yearly renewal ([R] §1.4 nextReviewDue)", () => {
    expect(
      hasCurrentPledge(
        { pledges: [{ ...pledge, signedOn: "2025-11-21" }], declarationVersion: 2, today: "2026-11-21" },
        "tokutei_declaration",
      ),
    ).toBe(false);
    expect(
      hasCurrentPledge(
        { pledges: [{ ...pledge, signedOn: "2025-11-22" }], declarationVersion: 2, today: "2026-11-21" },
        "tokutei_declaration",
      ),
    ).toBe(true);
  });

  it("accepts a short visitor (not under direction) without a pledge", () => {
    expect(decideVisitor({ ...base, kind: "short_visitor", pledges: [] })).toBe("accepted");
  });

  it("refuses to accept while 特定類型 is UNKNOWN (§1.4 rule 4 [R])", () => {
    const unknown = assessVisitor({ nationality: "JP" }, "2026-11-21");
    expect(reasonsOf(() => decideVisitor({ ...base, assessment: unknown, pledges: [pledge] }))).toEqual({
      reasons: ["visitor.tokutei_unknown"],
    });
  });

  it("needs a comment to refuse or ask for more, and decides only pending intakes", () => {
    expect(() => decideVisitor({ ...base, decision: "refuse", pledges: [] })).toThrow(/comment/);
    expect(
      decideVisitor({ ...base, decision: "request_info", comment: "在留カードの写しを", pledges: [] }),
    ).toBe("more_info_requested");
    expect(() => decideVisitor({ ...base, status: "accepted", pledges: [pledge] })).toThrow(/pending/);
  });
});

describe("pledge answer vs the engine's categories", () => {
  it.each([
    ["none", [], true],
    ["T1", ["T1"], true],
    ["T1_T2", ["T2", "T1"], true],
    ["none", ["T2"], false],
    ["T2", ["T1"], false],
    ["none", ["T3"], true], // ③ is not part of the pledge (S04)
  ] as const)("%s vs %j → %s", (answer, categories, ok) => {
    expect(pledgeMatchesDetermination(answer, categories)).toBe(ok);
  });
});
