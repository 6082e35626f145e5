import { ACCOUNTS_AUDIT_ACTIONS } from "./accounts-audit-actions";
import { CLEARANCE_AUDIT_ACTIONS } from "./clearance-audit-actions";
import { COI_AUDIT_ACTIONS } from "./coi-audit-actions";
import { COST_AUDIT_ACTIONS } from "./cost-audit-actions";
import { CRM_AUDIT_ACTIONS } from "./crm-audit-actions";
import { DESK_AUDIT_ACTIONS } from "./desk-audit-actions";
import { EC_REACH_AUDIT_ACTIONS } from "./ec-reach-audit-actions";
import { EC_WORKFLOW_AUDIT_ACTIONS } from "./ec-workflow-audit-actions";
import { HARDENING_AUDIT_ACTIONS } from "./hardening-audit-actions";
import { INSIGHT_AUDIT_ACTIONS } from "./insight-audit-actions";
import { IP_AUDIT_ACTIONS } from "./ip-audit-actions";
import { SECRET_AUDIT_ACTIONS } from "./secret-audit-actions";

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
  ...INSIGHT_AUDIT_ACTIONS,
  ...HARDENING_AUDIT_ACTIONS,
  ...ACCOUNTS_AUDIT_ACTIONS,
  ...EC_REACH_AUDIT_ACTIONS,
  ...COI_AUDIT_ACTIONS,
  ...IP_AUDIT_ACTIONS,
  ...SECRET_AUDIT_ACTIONS,
  ...CLEARANCE_AUDIT_ACTIONS,
  ...DESK_AUDIT_ACTIONS,
  ...CRM_AUDIT_ACTIONS,
  ...COST_AUDIT_ACTIONS,
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
  // Collaboration cases (issue 5): every transition, decision and record on a case.
  "case.created": { ja: "連携案件登録", en: "Case created" },
  "case.updated": { ja: "連携案件の基本情報更新", en: "Case details updated" },
  "case.stage_changed": { ja: "段階の移行", en: "Stage changed" },
  "case.transition_refused": { ja: "段階移行の拒否", en: "Transition refused" },
  "case.high_risk_approved": { ja: "高リスク連携の役員承認", en: "High-risk partnering approved" },
  "case.contract_signed": { ja: "契約締結", en: "Contract signed" },
  "case.export_review_updated": { ja: "取引審査の進捗", en: "Export-control review progressed" },
  "case.monitoring_started": { ja: "モニタリング開始", en: "Monitoring started" },
  "case.obligations_survive": { ja: "終了後も存続する義務あり", en: "Obligations survive" },
  "case.stage_data_saved": { ja: "段階の記録を保存", en: "Stage record saved" },
  "case.internal_check_recorded": { ja: "機関内確認の記録", en: "Internal check recorded" },
  "case.partner_added": { ja: "連携先を案件に追加", en: "Partner added to case" },
  "case.partner_updated": { ja: "連携先の調査情報更新", en: "Partner due diligence updated" },
  "case.partner_removed": { ja: "連携先を案件から削除", en: "Partner removed from case" },
  "case.participant_added": { ja: "参加者の追加", en: "Participant added" },
  "case.participant_updated": { ja: "参加者の更新", en: "Participant updated" },
  "case.participant_removed": { ja: "参加者の削除", en: "Participant removed" },
  "case.funding_added": { ja: "資金の登録", en: "Funding added" },
  "case.funding_removed": { ja: "資金の削除", en: "Funding removed" },
  "case.nda_recorded": { ja: "秘密保持契約の登録", en: "NDA recorded" },
  "case.nda_updated": { ja: "秘密保持契約の更新", en: "NDA updated" },
  "case.coi_declared": { ja: "利益相反自己申告の記録", en: "COI declaration recorded" },
  "case.red_flag_waived": { ja: "契約条件の注意点を承認", en: "Contract red flag waived" },
  "case.disclosure_recorded": { ja: "秘密情報の開示記録", en: "Disclosure recorded" },
  "case.disclosure_refused": { ja: "秘密情報の開示の拒否", en: "Disclosure refused" },
  "case.task_created": { ja: "タスク登録", en: "Task created" },
  "case.task_updated": { ja: "タスク更新", en: "Task updated" },
  "case.comment_added": { ja: "コメント", en: "Comment added" },
  "case.document_uploaded": { ja: "文書の登録", en: "Document uploaded" },
  "case.document_downloaded": { ja: "文書の閲覧", en: "Document downloaded" },
  "case.monitoring_item_added": { ja: "モニタリング項目の登録", en: "Monitoring item added" },
  "case.monitoring_item_updated": { ja: "モニタリング項目の更新", en: "Monitoring item updated" },
  "case.monitoring_alerted": { ja: "期限超過の通知", en: "Overdue alert sent" },
  "case.quotation_created": { ja: "見積書の作成", en: "Quotation created" },
  "case.history_exported": { ja: "案件履歴の出力", en: "Case history exported" },
  "case.settings_updated": { ja: "案件設定の更新", en: "Case settings updated" },
} as const satisfies Record<string, { ja: string; en: string }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];
