import { hasPermission, REVIEW_DECISION_LABELS, type ReviewDecision, type Role } from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { users } from "../../db/schema";
import { notify } from "../notifications/notify";

type Step = "submit" | "department_approve" | "return" | "decide";

/** Heads of the review's department (the first reviewers, spec §6.3). */
async function departmentHeads(tx: DbOrTx, institutionId: string, departmentId: string | null) {
  if (!departmentId) {
    return [];
  }
  const rows = await tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.institutionId, institutionId),
        eq(users.departmentId, departmentId),
        eq(users.disabled, false),
      ),
    );
  return rows.filter((u) => hasPermission(u.role as Role, "export.review.department")).map((u) => u.id);
}

/**
 * Tells the next person in the route (in the same transaction, so a refused step notifies nobody):
 * submitted → the department head; approved by the department → the export-control office; returned or
 * decided → the applicant and whoever entered the review.
 */
export async function noticeForStep(
  tx: DbOrTx,
  review: {
    id: string;
    institutionId: string;
    refNo: string;
    title: string;
    departmentId: string | null;
    applicantId: string;
    enteredBy: string;
    decision: string | null;
  },
  step: Step,
  comment: string | null,
  now: Date,
) {
  const link = `/export-control/reviews/${review.id}`;
  const subject = { ja: `${review.refNo}「${review.title}」`, en: `${review.refNo} "${review.title}"` };
  const parties = [...new Set([review.applicantId, review.enteredBy])];
  const base = { institutionId: review.institutionId, link };
  const decision = REVIEW_DECISION_LABELS[review.decision as ReviewDecision] ?? { ja: "", en: "" };
  switch (step) {
    case "submit":
      return notify(
        tx,
        {
          ...base,
          recipients: { userIds: await departmentHeads(tx, review.institutionId, review.departmentId) },
          kind: "export.review.department_pending",
          title: {
            ja: `取引審査の部局確認依頼: ${subject.ja}`,
            en: `Export-control review for department approval: ${subject.en}`,
          },
          body: {
            ja: "取引審査票が提出されました。部局長として内容を確認し、承認または差戻しをしてください。",
            en: "A transaction review was submitted. As department head, please review it and approve or return it.",
          },
        },
        now,
      );
    case "department_approve":
      return notify(
        tx,
        {
          ...base,
          recipients: { permission: "export.review.decide" },
          kind: "export.review.officer_pending",
          title: {
            ja: `取引審査の判定依頼: ${subject.ja}`,
            en: `Export-control review to decide: ${subject.en}`,
          },
          body: {
            ja: "部局長の承認を経た取引審査票があります。輸出管理担当として判定してください。",
            en: "A transaction review approved by the department head awaits your decision as export-control officer.",
          },
        },
        now,
      );
    case "return":
      return notify(
        tx,
        {
          ...base,
          recipients: { userIds: parties },
          kind: "export.review.returned",
          title: {
            ja: `取引審査が差し戻されました: ${subject.ja}`,
            en: `Export-control review returned: ${subject.en}`,
          },
          body: {
            ja: `差戻し理由: ${comment ?? ""}\n内容を修正して再提出してください。`,
            en: `Reason for return: ${comment ?? ""}\nPlease correct the review and submit it again.`,
          },
        },
        now,
      );
    case "decide":
      return notify(
        tx,
        {
          ...base,
          recipients: { userIds: parties },
          kind: "export.review.decided",
          title: { ja: `取引審査の判定: ${subject.ja}`, en: `Export-control review decided: ${subject.en}` },
          body: {
            ja: `判定: ${decision.ja}${comment ? `\n${comment}` : ""}`,
            en: `Decision: ${decision.en}${comment ? `\n${comment}` : ""}`,
          },
        },
        now,
      );
  }
}
