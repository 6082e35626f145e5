/**
 * Audit actions of the quotation's cost components (issue 17 item 4). Recording the partner's agreement is
 * `quotation.secrecy_agreed` in crm-audit-actions.ts.
 */
export const COST_AUDIT_ACTIONS = {
  "cost.components_saved": {
    ja: "間接経費の内訳・秘密管理費用の設定",
    en: "Indirect cost split and secrecy costs saved",
  },
  "quotation.secrecy_withdrawn": {
    ja: "秘密管理費用の相手方合意の取消し",
    en: "Partner agreement to secrecy cost withdrawn",
  },
} as const satisfies Record<string, { ja: string; en: string }>;
