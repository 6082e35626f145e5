/** Audit actions of the desk, visit tours, written policies and personal data (issue 17). */
export const DESK_AUDIT_ACTIONS = {
  "desk.question_asked": { ja: "相談の受付", en: "Question asked" },
  "desk.replied": { ja: "相談への返信", en: "Reply to a question" },
  "desk.closed": { ja: "相談の終了", en: "Question closed" },
  "desk.reopened": { ja: "相談の再開", en: "Question re-opened" },
  "desk.converted": { ja: "相談から記録を作成", en: "Record opened from a question" },
  "lab_profile.saved": { ja: "研究室プロファイルの保存", en: "Lab profile saved" },
  "lab_profile.confirmed": { ja: "研究室プロファイルの確認", en: "Lab profile confirmed" },
  "visit_tour.saved": { ja: "見学・資料提供チェックリストの保存", en: "Tour checklist saved" },
  "visit_tour.submitted": { ja: "見学・資料提供の確認依頼", en: "Tour checklist submitted" },
  "visit_tour.decided": { ja: "見学・資料提供の判断", en: "Tour checklist decided" },
  "visit_tour.completed": { ja: "見学・資料提供の実施記録", en: "Tour recorded as done" },
  "policy.version_added": { ja: "規程の版の登録", en: "Policy version added" },
  "personal_data.rule_saved": { ja: "個人情報の利用目的・保存期間の設定", en: "Personal-data rule saved" },
  "personal_data.retention_run": { ja: "保存期間経過データの削除・匿名化", en: "Retention run" },
  "personal_data.exported": { ja: "本人データの開示（出力）", en: "Personal data exported" },
} as const satisfies Record<string, { ja: string; en: string }>;
