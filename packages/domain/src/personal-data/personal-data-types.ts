/**
 * Personal data (issue 17 item 7; spec H15; 個人情報の保護に関する法律 §17, §22): every kind of personal data
 * Renkei keeps has a purpose and a retention period; what has expired is removed or anonymised unless a
 * law requires the record kept.
 */
export const PERSONAL_DATA_KINDS = ["people", "visitors", "desk_questions", "coi_declarations"] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export const RETENTION_ACTIONS = ["anonymise", "delete"] as const;
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

export const RETENTION_TRIGGERS = ["job", "cli", "manual"] as const;
export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];
