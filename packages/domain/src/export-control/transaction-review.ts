import type { Permission } from "../access/permissions";
import { type Reason, reason } from "../shared/decision";
import { DomainError } from "../shared/errors";
import type { ExportControlOutcome } from "./result";

// 取引審査 (transaction review) workflow, spec §6.3 and seed 001 §IV.2-4: the researcher's self-check,
// then the department head, then the export-control officer (or the committee) decides. Either reviewer
// may return the review for correction with a comment; every step is time-stamped by the service.

export const REVIEW_STATUSES = ["draft", "dept_review", "officer_review", "returned", "decided"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_ACTIONS = [
  "edit",
  "submit",
  "department_approve",
  "return",
  "decide",
  "comment",
  "rerun",
] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** The officer's decision: trade may go ahead (no licence), a METI licence must be obtained first, or no. */
export const REVIEW_DECISIONS = ["approved", "licence_required", "rejected"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const DECISION_BODIES = ["officer", "committee"] as const;
export type DecisionBody = (typeof DECISION_BODIES)[number];

/** What the workflow needs to know about a review. */
export interface ReviewState {
  status: ReviewStatus;
  applicantId: string;
  enteredBy: string;
  departmentId: string | null;
  /** The engine's determination made on submission (null before). */
  outcome: ExportControlOutcome | null;
  /** The applicant confirmed the self-check (facts complete and accurate); needed to submit. */
  selfCheckConfirmed?: boolean;
}

/** Who acts. */
export interface ReviewActor {
  userId: string;
  departmentId: string | null;
  can(permission: Permission): boolean;
}

export interface ReviewActionInput {
  comment?: string | null | undefined;
  decision?: ReviewDecision | undefined;
}

const SRC = "spec§6.3";

function isParty(review: ReviewState, actor: ReviewActor) {
  return actor.userId === review.applicantId || actor.userId === review.enteredBy;
}

function isDepartmentHead(review: ReviewState, actor: ReviewActor) {
  return (
    actor.can("export.review.department") &&
    review.departmentId !== null &&
    actor.departmentId === review.departmentId
  );
}

/** Who may read the review: its parties, the head of its department, and the export-control office. */
export function canReadReview(review: ReviewState, actor: ReviewActor): boolean {
  return (
    actor.can("export.review.read_all") ||
    (actor.can("export.read") && isParty(review, actor)) ||
    isDepartmentHead(review, actor)
  );
}

const FROM: Record<ReviewAction, readonly ReviewStatus[]> = {
  edit: ["draft", "returned"],
  submit: ["draft", "returned"],
  department_approve: ["dept_review"],
  return: ["dept_review", "officer_review"],
  decide: ["officer_review"],
  comment: REVIEW_STATUSES,
  rerun: REVIEW_STATUSES,
};

/** The status after `action` (comment and rerun do not move the review). */
export function nextReviewStatus(action: ReviewAction, status: ReviewStatus): ReviewStatus {
  switch (action) {
    case "submit":
      return "dept_review";
    case "department_approve":
      return "officer_review";
    case "return":
      return "returned";
    case "decide":
      return "decided";
    default:
      return status;
  }
}

function roleReasons(action: ReviewAction, review: ReviewState, actor: ReviewActor): Reason[] {
  const no = (ja: string, en = ja) => [reason("EC-REVIEW-ROLE", SRC, ja, en)];
  switch (action) {
    case "edit":
    case "submit":
      return actor.can("export.review.submit") && isParty(review, actor)
        ? []
        : no(
            "申請者本人または代理入力者のみが編集・提出できます",
            "Only the applicant or their proxy can edit and submit",
          );
    case "department_approve":
      if (!isDepartmentHead(review, actor)) {
        return no(
          "申請者の所属部局の部局長のみが承認できます",
          "Only the head of the applicant's department can approve",
        );
      }
      return actor.userId === review.applicantId
        ? no("自分の申請は承認できません", "You cannot approve your own application")
        : [];
    case "return":
      if (review.status === "dept_review") {
        return isDepartmentHead(review, actor)
          ? []
          : no(
              "部局審査中の差戻しは所属部局の部局長が行います",
              "During the department review, the department head returns it",
            );
      }
      return actor.can("export.review.decide")
        ? []
        : no("輸出管理担当者のみが差し戻せます", "Only the export control officer can return it");
    case "decide":
      if (!actor.can("export.review.decide")) {
        return no(
          "輸出管理担当者（または委員会）のみが判定できます",
          "Only the export control officer (or the committee) can decide",
        );
      }
      return actor.userId === review.applicantId
        ? no("自分の申請は判定できません", "You cannot decide your own application")
        : [];
    case "comment":
      if (!actor.can("export.review.comment")) {
        return no(
          "監査担当者・システム管理者は取引審査にコメントできません（審査記録の一部となるため）",
          "Auditors and administrators cannot comment on a transaction review (comments are part of the review record)",
        );
      }
      return canReadReview(review, actor)
        ? []
        : no(
            "この取引審査を閲覧できる人のみがコメントできます",
            "Only people who can read this transaction review can comment",
          );
    case "rerun":
      return actor.can("export.review.decide")
        ? []
        : no("再判定は輸出管理担当者が行います", "The export control officer reruns the assessment");
    default: {
      const unreachable: never = action;
      return no(String(unreachable));
    }
  }
}

/**
 * The officer cannot clear what the engine found controlled: PROHIBITED allows only `rejected`;
 * LICENCE_REQUIRED allows `licence_required` or `rejected`; MANUAL_REVIEW needs a written reason
 * (the officer's own judgement, spec §6.3 / §11 rule 4). To change the facts, return the review.
 */
export function decisionReasons(
  outcome: ExportControlOutcome | null,
  decision: ReviewDecision | undefined,
  comment: string,
): Reason[] {
  if (!decision) {
    return [
      reason(
        "EC-DECISION-REQUIRED",
        SRC,
        "判定（取引可・要許可・取引不可）を選んでください",
        "Choose a decision (may proceed, licence required, or not permitted)",
      ),
    ];
  }
  if (outcome === "PROHIBITED" && decision !== "rejected") {
    return [
      reason(
        "EC-DECISION-PROHIBITED",
        "spec§4.6",
        "制裁措置により禁止される取引です: 取引不可のみ選べます",
        "Prohibited by sanctions: only “not permitted” can be chosen",
      ),
    ];
  }
  if (outcome === "LICENCE_REQUIRED" && decision === "approved") {
    return [
      reason(
        "EC-DECISION-LICENCE",
        "spec§1.3",
        "判定エンジンは許可が必要と判定しています: 許可不要とするには事実関係を修正して差し戻してください",
        "The engine found that a licence is required: to clear it, return the review so the facts can be corrected",
      ),
    ];
  }
  if ((outcome === "MANUAL_REVIEW" || outcome === null) && comment === "") {
    return [
      reason(
        "EC-DECISION-NOTE",
        SRC,
        "個別審査（MANUAL_REVIEW）の判定には理由の記入が必要です",
        "A decision on a result needing individual review must give a reason",
      ),
    ];
  }
  return [];
}

/** Why `action` is not allowed now (empty = allowed). The UI disables buttons with these reasons. */
export function reviewActionReasons(
  review: ReviewState,
  action: ReviewAction,
  actor: ReviewActor,
  input: ReviewActionInput = {},
  options: { checkInput?: boolean } = {},
): Reason[] {
  if (!FROM[action].includes(review.status)) {
    return [
      reason(
        "EC-REVIEW-STAGE",
        SRC,
        "取引審査の現在の状態ではこの操作はできません",
        "This step is not possible at the review's current stage",
      ),
    ];
  }
  const reasons = roleReasons(action, review, actor);
  if (options.checkInput === false || reasons.length > 0) {
    return reasons;
  }
  const comment = input.comment?.trim() ?? "";
  if ((action === "return" || action === "comment") && comment === "") {
    reasons.push(
      reason(
        "EC-REVIEW-COMMENT",
        SRC,
        "コメント（差戻し理由）の記入が必要です",
        "Write a comment (the reason for returning)",
      ),
    );
  }
  if (action === "submit" && review.selfCheckConfirmed !== true) {
    reasons.push(
      reason(
        "EC-REVIEW-SELF-CHECK",
        SRC,
        "自己チェックの内容が正確であることを確認してから提出してください",
        "Confirm that the self-check is accurate before submitting",
      ),
    );
  }
  if (action === "decide") {
    reasons.push(...decisionReasons(review.outcome, input.decision, comment));
  }
  return reasons;
}

/** Applies the workflow: the next status, or `DomainError("RULE_VIOLATION", …, { reasons })`. */
export function applyReviewAction(
  review: ReviewState,
  action: ReviewAction,
  actor: ReviewActor,
  input: ReviewActionInput = {},
): ReviewStatus {
  const reasons = reviewActionReasons(review, action, actor, input);
  if (reasons.length > 0) {
    throw new DomainError("RULE_VIOLATION", `Review action ${action} not allowed`, { action, reasons });
  }
  return nextReviewStatus(action, review.status);
}
