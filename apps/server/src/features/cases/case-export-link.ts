import {
  caseExportScope,
  REVIEW_DECISION_LABELS,
  REVIEW_STATUS_LABELS,
  type ReviewDecision,
  type ReviewStatus,
} from "@renkei/domain";
import type { Tx } from "../../db/client";
import { appendAudit } from "../audit/audit.writer";
import { loadCaseBundle } from "./case-facts";
import { caseLink, caseMembers, notifyCase } from "./case-notify";
import { recordDecidedScope } from "./case-review-subjects";
import { loadCaseSettings } from "./case-settings";
import { refreshCase } from "./case-write";
import { findCaseRow } from "./cases.repo";
import { membershipOf } from "./cases.scope";

/** A step of a 取引審査 filed for a case, as the export-control feature reports it. */
export interface CaseReviewStep {
  reviewId: string;
  refNo: string;
  title: string;
  step: "created" | "linked" | "unlinked" | "submit" | "department_approve" | "return" | "decide";
  status: ReviewStatus;
  decision: ReviewDecision | null;
}

/** 「TR-2026-0001「件名」: 判定済み（取引可（許可不要））」: how the case's file names its review. */
export function reviewLine(r: Pick<CaseReviewStep, "refNo" | "title" | "status" | "decision">): string {
  const decision = r.decision ? `（${REVIEW_DECISION_LABELS[r.decision].ja}）` : "";
  return `${r.refNo}「${r.title}」: ${REVIEW_STATUS_LABELS[r.status].ja}${decision}`;
}

/**
 * A 取引審査 filed for the case moved (seed 001 §IV.2-9: the contract waits for it). In the review's own
 * transaction: the case's history records the step, the case's blockers are recomputed at once (the
 * board's "blocked" filter), and a decision is told to the case's members.
 */
export async function onCaseReviewStep(
  tx: Tx,
  institutionId: string,
  caseId: string,
  step: CaseReviewStep,
  actor: { userId: string; label: string },
  now: Date,
  today: string,
): Promise<void> {
  const row = await findCaseRow(tx, institutionId, caseId);
  if (!row) {
    return;
  }
  await appendAudit(tx, {
    institutionId,
    actor,
    action: "case.export_review_updated",
    entityType: "case",
    entityId: caseId,
    after: {
      reviewId: step.reviewId,
      refNo: step.refNo,
      step: step.step,
      status: step.status,
      decision: step.decision,
      note: reviewLine(step),
    },
    at: now,
  });
  const settings = await loadCaseSettings(tx, institutionId);
  if (step.step === "decide") {
    // The decision is taken on the case as it stands now (issue 15): a later change makes it stale.
    const bundle = await loadCaseBundle(tx, institutionId, row, settings.policy, today);
    await recordDecidedScope(tx, institutionId, caseId, step.reviewId, caseExportScope(bundle.facts), now);
  }
  await refreshCase(tx, institutionId, caseId, settings, today, now, { touch: false });
  if (step.step === "decide") {
    await notifyCase(
      tx,
      institutionId,
      {
        userIds: caseMembers(await membershipOf(tx, row), actor.userId),
        kind: "case.export_review_decided",
        title: {
          ja: `取引審査 ${step.refNo} が判定されました: ${step.decision ? REVIEW_DECISION_LABELS[step.decision].ja : ""}`,
          en: `Export-control review ${step.refNo} decided: ${step.decision ? REVIEW_DECISION_LABELS[step.decision].en : ""}`,
        },
        body: {
          ja: `連携案件「${row.title}」（${row.ref}）の取引審査「${step.title}」が判定されました。`,
          en: `The export-control review "${step.title}" of collaboration case "${row.title}" (${row.ref}) has been decided.`,
        },
        link: caseLink(caseId),
      },
      now,
    );
  }
}
