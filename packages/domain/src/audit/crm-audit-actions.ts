/** Audit actions of CRM depth and cost agreements (issue 17 items 1 and 4). */
export const CRM_AUDIT_ACTIONS = {
  "crm.request_created": { ja: "連携先・担当者の登録依頼", en: "Entry request made" },
  "crm.request_updated": { ja: "登録依頼の対応", en: "Entry request handled" },
  "crm.register_saved": { ja: "シーズ・ニーズの登録", en: "Seed or need saved" },
  "crm.match_saved": { ja: "シーズとニーズのマッチング", en: "Seed–need match saved" },
  "crm.reaction_recorded": { ja: "講演・展示会での反応の記録", en: "Reaction at an event recorded" },
  "membership.tier_saved": { ja: "会員区分の登録", en: "Membership tier saved" },
  "membership.joined": { ja: "会員の入会", en: "Member joined" },
  "membership.renewed": { ja: "会員の更新", en: "Membership renewed" },
  "membership.ended": { ja: "会員の退会", en: "Membership ended" },
  "membership.reminded": { ja: "会員更新の案内", en: "Renewal reminder sent" },
  "mobility.alert_raised": { ja: "秘密情報を知る人の転籍の警告", en: "Secrets holder's move alerted" },
  "mobility.alert_acknowledged": { ja: "転籍警告の確認", en: "Move alert acknowledged" },
  "quotation.secrecy_agreed": {
    ja: "秘密管理費用の相手方合意の記録",
    en: "Partner agreement to secrecy cost recorded",
  },
} as const satisfies Record<string, { ja: string; en: string }>;
