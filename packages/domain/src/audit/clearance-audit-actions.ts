/**
 * Audit actions of the security-clearance register (J9). Their payloads carry no clearance facts (no
 * scheme, dates or subject): the audit log is read by others, the register is not.
 */
export const CLEARANCE_AUDIT_ACTIONS = {
  "clearance.officer_designated": { ja: "適性評価記録の管理者の指名", en: "Clearance officer designated" },
  "clearance.officer_removed": { ja: "適性評価記録の管理者の指名解除", en: "Clearance officer removed" },
  "clearance.recorded": { ja: "適性評価記録の登録", en: "Clearance record added" },
  "clearance.changed": { ja: "適性評価記録の変更", en: "Clearance record changed" },
  "clearance.read": { ja: "適性評価記録の閲覧", en: "Clearance register read" },
} as const satisfies Record<string, { ja: string; en: string }>;
