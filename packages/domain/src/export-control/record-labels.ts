import type { ClassificationStatus } from "./classification-record";
import type { ExportControlOutcome } from "./result";
import type { DecisionBody, ReviewDecision, ReviewStatus } from "./transaction-review";

// Japanese / English labels of the export-control records, shared by documents, the CLI and the server.

type Label = { ja: string; en: string };

export const OUTCOME_LABELS: Record<ExportControlOutcome, Label> = {
  NO_LICENCE: { ja: "許可不要", en: "No licence needed" },
  NO_LICENCE_EXEMPT: { ja: "許可不要（許可例外の適用）", en: "No licence (exemption applies)" },
  LICENCE_REQUIRED: { ja: "許可が必要", en: "Licence required" },
  MANUAL_REVIEW: { ja: "個別審査が必要", en: "Manual review" },
  PROHIBITED: { ja: "禁止（制裁措置）", en: "Prohibited (sanctions)" },
};

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, Label> = {
  draft: { ja: "下書き", en: "Draft" },
  dept_review: { ja: "部局確認中", en: "Department review" },
  officer_review: { ja: "輸出管理審査中", en: "Export-control review" },
  returned: { ja: "差戻し", en: "Returned" },
  decided: { ja: "判定済み", en: "Decided" },
};

export const REVIEW_DECISION_LABELS: Record<ReviewDecision, Label> = {
  approved: { ja: "取引可（許可不要）", en: "Approved (no licence)" },
  licence_required: { ja: "許可申請が必要", en: "Licence application required" },
  rejected: { ja: "取引不可", en: "Rejected" },
};

export const DECISION_BODY_LABELS: Record<DecisionBody, Label> = {
  officer: { ja: "輸出管理責任者", en: "Export-control officer" },
  committee: { ja: "輸出管理委員会", en: "Export-control committee" },
};

export const CLASSIFICATION_STATUS_LABELS: Record<ClassificationStatus, Label> = {
  draft: { ja: "下書き", en: "Draft" },
  submitted: { ja: "確認依頼中", en: "Submitted" },
  approved: { ja: "承認済み", en: "Approved" },
  returned: { ja: "差戻し", en: "Returned" },
};

export const REVIEW_EVENT_LABELS: Record<string, Label> = {
  create: { ja: "作成", en: "Created" },
  create_proxy: { ja: "代理入力で作成", en: "Created by proxy" },
  edit: { ja: "修正", en: "Edited" },
  submit: { ja: "提出（自己チェック）", en: "Submitted (self-check)" },
  department_approve: { ja: "部局長承認", en: "Department approval" },
  return: { ja: "差戻し", en: "Returned" },
  decide: { ja: "判定", en: "Decided" },
  comment: { ja: "コメント", en: "Comment" },
  rerun: { ja: "再判定（別日付）", en: "Re-assessed" },
};
