/** Audit actions of IP and agreements (issue 14): every change of these records is one event. */
export const IP_AUDIT_ACTIONS = {
  "invention.disclosed": { ja: "発明届の提出", en: "Invention disclosed" },
  "invention.updated": { ja: "発明届の修正", en: "Invention disclosure revised" },
  "invention.confirmed": { ja: "発明者による発明届の確認", en: "Disclosure confirmed by an inventor" },
  "invention.decided": { ja: "職務発明・自由発明の認定", en: "Employee / free invention decided" },
  "invention.secrecy_checked": { ja: "特許出願非公開の確認の記録", en: "Secret-patent check recorded" },
  "ip_filing.created": { ja: "出願の登録", en: "Application added to the docket" },
  "ip_filing.updated": { ja: "出願情報の更新", en: "Application updated" },
  "ip_filing.refused": { ja: "外国出願の登録を拒否", en: "Foreign filing refused" },
  "ip_filing.reminder_sent": { ja: "出願期限の通知", en: "Docket reminder sent" },
  "bayh_dole.recorded": { ja: "バイ・ドール手続の記録", en: "Bayh-Dole record made" },
  "bayh_dole.withdrawn": { ja: "バイ・ドール記録の取消し", en: "Bayh-Dole record withdrawn" },
  "ip_agreement.created": { ja: "ライセンス等契約の登録", en: "Licence / agreement registered" },
  "ip_agreement.exception_approved": {
    ja: "ライセンス方針の例外の承認",
    en: "Licence-policy exception approved",
  },
  "ip_agreement.signed": { ja: "ライセンス等契約の締結", en: "Agreement signed" },
  "ip_income.recorded": { ja: "実施料等収入の記録", en: "Income recorded" },
  "ip_settings.updated": { ja: "知財方針設定の変更", en: "IP policy settings changed" },
} as const satisfies Record<string, { ja: string; en: string }>;
