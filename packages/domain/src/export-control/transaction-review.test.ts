import { describe, expect, it } from "vitest";
import { hasPermission } from "../access/permissions";
import type { Role } from "../shared/roles";
import {
  applyReviewAction,
  canReadReview,
  type ReviewAction,
  type ReviewActor,
  type ReviewState,
  reviewActionReasons,
} from "./transaction-review";

// 取引審査 route (spec §6.3): self-check → department head → export-control officer, with returns.
const actor = (userId: string, role: Role, departmentId: string | null = "dept-eng"): ReviewActor => ({
  userId,
  departmentId,
  can: (p) => hasPermission(role, p),
});
const researcher = actor("u-res", "researcher");
const assistant = actor("u-ura", "coordinator", "dept-office");
const head = actor("u-head", "department_head");
const otherHead = actor("u-head2", "department_head", "dept-sci");
const officer = actor("u-eco", "export_control_officer", "dept-ec");
const student = actor("u-stu", "student");

const review = (
  status: ReviewState["status"],
  outcome: ReviewState["outcome"] = "NO_LICENCE",
): ReviewState => ({
  status,
  applicantId: "u-res",
  enteredBy: "u-ura",
  departmentId: "dept-eng",
  outcome,
  selfCheckConfirmed: true,
});

const rows: [string, ReviewState, ReviewAction, ReviewActor, Record<string, unknown>, string | null][] = [
  ["applicant submits a draft → dept_review", review("draft"), "submit", researcher, {}, "dept_review"],
  ["assistant who entered it may submit", review("draft"), "submit", assistant, {}, "dept_review"],
  ["resubmission after a return", review("returned"), "submit", researcher, {}, "dept_review"],
  ["student cannot submit someone's review", review("draft"), "submit", student, {}, null],
  [
    "head of the applicant's department approves",
    review("dept_review"),
    "department_approve",
    head,
    {},
    "officer_review",
  ],
  [
    "head of another department cannot approve",
    review("dept_review"),
    "department_approve",
    otherHead,
    {},
    null,
  ],
  [
    "officer cannot skip the department stage",
    review("dept_review"),
    "decide",
    officer,
    { decision: "approved" },
    null,
  ],
  [
    "department head returns with a comment",
    review("dept_review"),
    "return",
    head,
    { comment: "用途を具体的に" },
    "returned",
  ],
  ["return needs a comment", review("dept_review"), "return", head, {}, null],
  [
    "officer returns at the second stage",
    review("officer_review"),
    "return",
    officer,
    { comment: "相手先を確認" },
    "returned",
  ],
  [
    "department head cannot return at the officer stage",
    review("officer_review"),
    "return",
    head,
    { comment: "x" },
    null,
  ],
  [
    "officer decides a NO_LICENCE review",
    review("officer_review"),
    "decide",
    officer,
    { decision: "approved" },
    "decided",
  ],
  ["decision must be chosen", review("officer_review"), "decide", officer, {}, null],
  [
    "LICENCE_REQUIRED cannot be approved without a licence",
    review("officer_review", "LICENCE_REQUIRED"),
    "decide",
    officer,
    { decision: "approved" },
    null,
  ],
  [
    "LICENCE_REQUIRED → licence_required",
    review("officer_review", "LICENCE_REQUIRED"),
    "decide",
    officer,
    { decision: "licence_required" },
    "decided",
  ],
  [
    "PROHIBITED allows only rejection",
    review("officer_review", "PROHIBITED"),
    "decide",
    officer,
    { decision: "licence_required" },
    null,
  ],
  [
    "PROHIBITED → rejected",
    review("officer_review", "PROHIBITED"),
    "decide",
    officer,
    { decision: "rejected" },
    "decided",
  ],
  [
    "MANUAL_REVIEW needs the officer's reason",
    review("officer_review", "MANUAL_REVIEW"),
    "decide",
    officer,
    { decision: "approved" },
    null,
  ],
  [
    "MANUAL_REVIEW decided with a reason",
    review("officer_review", "MANUAL_REVIEW"),
    "decide",
    officer,
    { decision: "approved", comment: "公開予定の論文の範囲内と確認" },
    "decided",
  ],
  ["a decided review cannot be edited", review("decided"), "edit", researcher, {}, null],
  ["a review under department review cannot be edited", review("dept_review"), "edit", researcher, {}, null],
  [
    "anyone who can read it may comment",
    review("decided"),
    "comment",
    head,
    { comment: "確認しました" },
    "decided",
  ],
  [
    "an unrelated researcher cannot comment",
    review("draft"),
    "comment",
    actor("u-x", "researcher"),
    { comment: "x" },
    null,
  ],
  // Issue 10: a comment enters the official history; the auditor and the admin read every review but are
  // no party to it.
  [
    "the auditor cannot comment",
    review("decided"),
    "comment",
    actor("u-aud", "auditor"),
    { comment: "x" },
    null,
  ],
  ["the admin cannot comment", review("decided"), "comment", actor("u-adm", "admin"), { comment: "x" }, null],
  [
    "the executive may comment",
    review("decided"),
    "comment",
    actor("u-exe", "executive"),
    { comment: "x" },
    "decided",
  ],
  ["only the office re-runs the engine", review("decided"), "rerun", researcher, {}, null],
  ["officer re-runs for another date", review("decided"), "rerun", officer, {}, "decided"],
];

describe("取引審査 workflow (spec §6.3)", () => {
  it.each(rows)("%s", (_name, state, action, who, input, expected) => {
    if (expected === null) {
      expect(() => applyReviewAction(state, action, who, input)).toThrow(/not allowed/);
      expect(reviewActionReasons(state, action, who, input).length).toBeGreaterThan(0);
    } else {
      expect(applyReviewAction(state, action, who, input)).toBe(expected);
    }
  });

  it("submission needs the confirmed self-check", () => {
    const unconfirmed = { ...review("draft"), selfCheckConfirmed: false };
    expect(reviewActionReasons(unconfirmed, "submit", researcher).map((r) => r.ruleId)).toEqual([
      "EC-REVIEW-SELF-CHECK",
    ]);
  });

  it("the applicant cannot approve or decide their own review", () => {
    const selfHead = actor("u-res", "department_head");
    expect(reviewActionReasons(review("dept_review"), "department_approve", selfHead)[0]?.ruleId).toBe(
      "EC-REVIEW-ROLE",
    );
    const selfOfficer: ReviewActor = { ...actor("u-res", "export_control_officer"), userId: "u-res" };
    expect(
      reviewActionReasons(review("officer_review"), "decide", selfOfficer, { decision: "approved" })[0]
        ?.ruleId,
    ).toBe("EC-REVIEW-ROLE");
  });

  it("reading: parties, the department head and the office; not other researchers or departments", () => {
    const r = review("dept_review");
    expect(canReadReview(r, researcher)).toBe(true);
    expect(canReadReview(r, assistant)).toBe(true);
    expect(canReadReview(r, head)).toBe(true);
    expect(canReadReview(r, officer)).toBe(true);
    expect(canReadReview(r, actor("u-aud", "auditor"))).toBe(true);
    expect(canReadReview(r, otherHead)).toBe(false);
    expect(canReadReview(r, actor("u-x", "researcher"))).toBe(false);
  });

  it("a wrong stage is reported before the role", () => {
    const [first] = reviewActionReasons(review("draft"), "decide", researcher, { decision: "approved" });
    expect(first?.ruleId).toBe("EC-REVIEW-STAGE");
  });
});
