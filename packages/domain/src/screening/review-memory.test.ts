import { describe, expect, it } from "vitest";
import { applyReviewMemory, clearanceExpiry, decideHit, subjectStatus } from "./review-memory";

const now = new Date("2026-11-21T00:00:00Z");

describe("review memory (issue 3: cleared false positive remembered per entry content, with expiry)", () => {
  it("suppresses a candidate whose entry content was cleared and has not expired", () => {
    const v = applyReviewMemory([{ contentHash: "h1", expiresAt: "2027-01-01T00:00:00Z" }], "h1", now);
    expect(v.suppressed).toBe(true);
  });

  it("reconsiders when the entry changed since it was cleared", () => {
    const v = applyReviewMemory([{ contentHash: "h1", expiresAt: "2027-01-01T00:00:00Z" }], "h2", now);
    expect(v).toEqual({ suppressed: false, reason: "entry_changed" });
  });

  it("reconsiders when the clearance expired", () => {
    const v = applyReviewMemory([{ contentHash: "h1", expiresAt: "2026-11-20T23:59:59Z" }], "h1", now);
    expect(v).toEqual({ suppressed: false, reason: "clearance_expired" });
  });

  it("treats a candidate without any clearance as new", () => {
    expect(applyReviewMemory([], "h1", now)).toEqual({ suppressed: false, reason: "new" });
  });

  it("computes the expiry in days", () => {
    expect(clearanceExpiry(now, 365)).toBe("2027-11-21T00:00:00.000Z");
  });
});

describe("decideHit", () => {
  it.each([
    ["pending", "false_positive", "false_positive"],
    ["pending", "true_match", "true_match"],
    ["pending", "escalate", "escalated"],
    ["escalated", "false_positive", "false_positive"],
    ["escalated", "true_match", "true_match"],
  ] as const)("%s + %s → %s", (from, decision, to) => {
    expect(decideHit(from, decision, "checked the registry")).toBe(to);
  });

  it.each([
    ["escalated", "escalate"],
    ["false_positive", "true_match"],
    ["true_match", "false_positive"],
    ["delisted", "escalate"],
  ] as const)("refuses %s + %s", (from, decision) => {
    expect(() => decideHit(from, decision, "x")).toThrow(/cannot/);
  });

  it("requires a reason", () => {
    expect(() => decideHit("pending", "false_positive", "  ")).toThrow(/reason/);
  });
});

describe("subjectStatus", () => {
  it.each([
    [false, [], "not_screened"],
    [true, [], "clear"],
    [true, ["false_positive"], "clear"],
    [true, ["pending", "false_positive"], "pending_review"],
    [true, ["pending", "escalated"], "escalated"],
    [true, ["escalated", "true_match"], "true_match"],
  ] as const)("screened=%s %j → %s", (screened, statuses, expected) => {
    expect(subjectStatus(screened, statuses)).toBe(expected);
  });
});
