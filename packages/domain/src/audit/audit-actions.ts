import { EC_WORKFLOW_AUDIT_ACTIONS } from "./ec-workflow-audit-actions";

/**
 * The audit catalogue (architecture §8.7): every state change writes one of these actions, with the
 * entity's before / after snapshot. Writers accept only catalogue actions (a type error otherwise).
 */
export const AUDIT_ACTIONS = {
  "auth.login": { ja: "サインイン", en: "Signed in" },
  "auth.login_failed": { ja: "サインイン失敗", en: "Sign-in failed" },
  "auth.logout": { ja: "サインアウト", en: "Signed out" },
  "auth.password_changed": { ja: "パスワード変更", en: "Password changed" },
  "user.created": { ja: "利用者登録", en: "User created" },
  "institution.created": { ja: "機関登録", en: "Institution created" },
  "institution.consulting_granted": { ja: "相談アクセス付与", en: "Consulting access granted" },
  "partner.created": { ja: "連携先登録", en: "Partner created" },
  "partner.updated": { ja: "連携先更新", en: "Partner updated" },
  "partner.merged": { ja: "連携先統合", en: "Partners merged" },
  "partner.imported": { ja: "連携先一括取込", en: "Partners imported" },
  "person.created": { ja: "人物登録", en: "Person created" },
  "person.updated": { ja: "人物更新", en: "Person updated" },
  "person.moved": { ja: "所属変更", en: "Person changed organisation" },
  "contact.created": { ja: "接触履歴登録", en: "Contact recorded" },
  "credit.recorded": { ja: "与信確認登録", en: "Credit check recorded" },
  "screening.list_imported": { ja: "スクリーニングリスト取込", en: "Screening list imported" },
  "screening.subject_screened": { ja: "取引審査スクリーニング実施", en: "Subject screened" },
  "screening.adhoc_search": { ja: "該当照会（随時）", en: "Ad-hoc screening search" },
  "screening.batch_search": { ja: "一括照会", en: "Batch screening" },
  "screening.hit_decided": { ja: "該当候補の審査判定", en: "Screening hit decided" },
  "screening.rescreened": { ja: "再スクリーニング", en: "Re-screened" },
  "data.restored": { ja: "バックアップから復元", en: "Restored from backup" },
  ...EC_WORKFLOW_AUDIT_ACTIONS,
  "export.classification.created": { ja: "該非判定登録", en: "Classification record created" },
  "export.classification.updated": { ja: "該非判定更新", en: "Classification record updated" },
  "export.classification.submitted": { ja: "該非判定の確認依頼", en: "Classification submitted for review" },
  "export.classification.approved": { ja: "該非判定承認", en: "Classification approved" },
  "export.classification.returned": { ja: "該非判定差戻し", en: "Classification returned" },
  "export.classification.deleted": {
    ja: "該非判定削除（保存期間経過）",
    en: "Classification deleted (retention ended)",
  },
  "export.evidence.uploaded": { ja: "根拠資料登録", en: "Evidence uploaded" },
  "export.evidence.removed": { ja: "根拠資料削除", en: "Evidence removed" },
  "export.review.created": { ja: "取引審査登録", en: "Transaction review created" },
  "export.review.updated": { ja: "取引審査更新", en: "Transaction review updated" },
  "export.review.submitted": { ja: "取引審査提出", en: "Transaction review submitted" },
  "export.review.department_approved": { ja: "部局承認", en: "Approved by the department" },
  "export.review.returned": { ja: "取引審査差戻し", en: "Transaction review returned" },
  "export.review.decided": { ja: "取引審査判定", en: "Transaction review decided" },
  "export.review.commented": { ja: "取引審査コメント", en: "Comment on transaction review" },
  "export.review.reassessed": { ja: "取引審査の再判定", en: "Transaction review re-assessed" },
  "export.review.deleted": {
    ja: "取引審査削除（保存期間経過）",
    en: "Transaction review deleted (retention ended)",
  },
} as const satisfies Record<string, { ja: string; en: string }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];
