import { type Reason, reason } from "../shared/decision";
import { DomainError } from "../shared/errors";
import type { TourItemDecision, TourItemKind, TourStatus } from "./visit-tour-types";

export interface TourItem {
  kind: TourItemKind;
  /** What is shown (a lab, an instrument, a poster) or handed out (a brochure, a paper, a sample). */
  description: string;
  /** Who shows or hands it out. */
  responsibleUserId: string | null;
  decision: TourItemDecision;
  conditions: string;
  /** Recorded after the visit: it was shown / handed out. */
  done: boolean;
}

const SOURCE = "seed000§3-2";

function refuse(reasons: Reason[]): never {
  throw new DomainError("RULE_VIOLATION", reasons.map((r) => r.text.ja).join(" "), { reasons });
}

/** The host edits the checklist only before the office has it (draft) or after it came back (returned). */
export function checkTourEditable(status: TourStatus): void {
  if (status !== "draft" && status !== "returned") {
    refuse([reason("TOUR-EDIT-LOCKED", SOURCE, "確認依頼中・確認済みのチェックリストは編集できません。")]);
  }
}

/** An edited checklist goes back to the office undecided: a decision covers only the lines it saw. */
export function resetDecisions(items: TourItem[]): TourItem[] {
  return items.map((i) => ({ ...i, decision: "pending", done: false }));
}

export function submitTour(status: TourStatus, items: TourItem[]): TourStatus {
  checkTourEditable(status);
  if (items.length === 0) {
    refuse([reason("TOUR-SUBMIT-EMPTY", SOURCE, "見せるもの・渡すものを1つ以上記入してください。")]);
  }
  return "submitted";
}

/**
 * The export-control office decides every line (allowed, allowed on conditions, refused); a conditional
 * line must say its conditions. Returning sends the checklist back to the host with a comment.
 * Approval is the office's record — the host never marks a line allowed (brief: no box the interested
 * party ticks).
 */
export function decideTour(
  status: TourStatus,
  items: TourItem[],
  decisions: { decision: Exclude<TourItemDecision, "pending">; conditions: string }[],
  outcome: "approve" | "return",
  comment: string,
): { status: TourStatus; items: TourItem[] } {
  if (status !== "submitted") {
    refuse([reason("TOUR-DECIDE-STATE", SOURCE, "確認依頼中のチェックリストだけを判断できます。")]);
  }
  if (outcome === "return") {
    if (comment.trim() === "") {
      refuse([reason("TOUR-RETURN-COMMENT", SOURCE, "差し戻す理由を記入してください。")]);
    }
    return { status: "returned", items };
  }
  if (decisions.length !== items.length) {
    refuse([reason("TOUR-DECIDE-ALL", SOURCE, "すべての項目について判断してください。")]);
  }
  const missing = decisions.findIndex((d) => d.decision === "conditional" && d.conditions.trim() === "");
  if (missing >= 0) {
    refuse([
      reason("TOUR-CONDITIONS", SOURCE, `項目${missing + 1}: 条件付きの場合は条件を記入してください。`),
    ]);
  }
  return {
    status: "approved",
    items: items.map((item, i) => ({
      ...item,
      decision: decisions[i]!.decision,
      conditions: decisions[i]!.conditions,
    })),
  };
}

/** After the visit the host records what was actually shown or handed out; a refused line never was. */
export function completeTour(
  status: TourStatus,
  items: TourItem[],
  done: boolean[],
): { status: TourStatus; items: TourItem[] } {
  if (status !== "approved") {
    refuse([reason("TOUR-COMPLETE-STATE", SOURCE, "確認済みのチェックリストだけを実施記録にできます。")]);
  }
  if (done.length !== items.length) {
    refuse([reason("TOUR-COMPLETE-ALL", SOURCE, "すべての項目について実施の有無を記入してください。")]);
  }
  const bad = items.findIndex((item, i) => done[i] && item.decision === "refused");
  if (bad >= 0) {
    refuse([
      reason("TOUR-REFUSED-DONE", SOURCE, `項目${bad + 1}は不可と判断されています。実施済みにはできません。`),
    ]);
  }
  return { status: "completed", items: items.map((item, i) => ({ ...item, done: done[i] === true })) };
}
