import { describe, expect, it } from "vitest";
import {
  checkTourEditable,
  completeTour,
  decideTour,
  resetDecisions,
  submitTour,
  type TourItem,
} from "./visit-tour-rules";
import type { TourStatus } from "./visit-tour-types";

const item = (over: Partial<TourItem> = {}): TourItem => ({
  kind: "show",
  description: "クリーンルーム",
  responsibleUserId: null,
  decision: "pending",
  conditions: "",
  done: false,
  ...over,
});

describe("tour checklist states (spec C7)", () => {
  it.each<[TourStatus, boolean]>([
    ["draft", true],
    ["returned", true],
    ["submitted", false],
    ["approved", false],
    ["completed", false],
  ])("editable in %s → %s", (status, ok) => {
    if (ok) {
      expect(() => checkTourEditable(status)).not.toThrow();
    } else {
      expect(() => checkTourEditable(status)).toThrow(/編集できません/);
    }
  });

  it("submits only a checklist with lines", () => {
    expect(submitTour("draft", [item()])).toBe("submitted");
    expect(() => submitTour("draft", [])).toThrow(/1つ以上/);
  });

  it("resets decisions when the host edits", () => {
    expect(resetDecisions([item({ decision: "allowed", done: true })])[0]).toMatchObject({
      decision: "pending",
      done: false,
    });
  });
});

describe("the office's decision on each line", () => {
  const items = [item(), item({ kind: "handout", description: "研究紹介パンフレット" })];

  it("approves when every line is decided, with conditions where conditional", () => {
    const r = decideTour(
      "submitted",
      items,
      [
        { decision: "refused", conditions: "" },
        { decision: "conditional", conditions: "公開版のみ" },
      ],
      "approve",
      "",
    );
    expect(r.status).toBe("approved");
    expect(r.items.map((i) => i.decision)).toEqual(["refused", "conditional"]);
  });

  it.each([
    ["a missing line", [{ decision: "allowed" as const, conditions: "" }], "approve", "", "TOUR-DECIDE-ALL"],
    [
      "a conditional line without conditions",
      [
        { decision: "allowed" as const, conditions: "" },
        { decision: "conditional" as const, conditions: " " },
      ],
      "approve",
      "",
      "TOUR-CONDITIONS",
    ],
    ["a return without a reason", [], "return", "", "TOUR-RETURN-COMMENT"],
  ] as const)("refuses %s", (_name, decisions, outcome, comment, ruleId) => {
    try {
      decideTour("submitted", items, [...decisions], outcome, comment);
      expect.unreachable();
    } catch (e) {
      expect((e as { details: { reasons: { ruleId: string }[] } }).details.reasons[0]!.ruleId).toBe(ruleId);
    }
  });

  it("decides only a submitted checklist", () => {
    expect(() => decideTour("draft", items, [], "return", "x")).toThrow();
    expect(decideTour("submitted", items, [], "return", "写真撮影の可否を追記").status).toBe("returned");
  });
});

describe("recording the visit", () => {
  const approved = [item({ decision: "allowed" }), item({ decision: "refused" })];

  it("records what was shown, never a refused line", () => {
    expect(completeTour("approved", approved, [true, false]).items.map((i) => i.done)).toEqual([true, false]);
    expect(() => completeTour("approved", approved, [true, true])).toThrow(/不可/);
    expect(() => completeTour("submitted", approved, [true, false])).toThrow();
  });
});
