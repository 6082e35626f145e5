/**
 * Vocabulary of the confidential-information register (issue 12; seed 002 秘密情報の保護ハンドブック,
 * seed 003 名古屋大学・三重大学 秘/厳秘/機密). Closed lists, so the database backstops them with CHECKs.
 */

/**
 * Levels, lowest first. 0 = 公開 (public), 1 = 秘 (通常の秘密情報), 2 = 厳秘 (営業秘密相当),
 * 3 = 機密 (特に重大なもの). The numbers match the disclosure plan's `SECRECY_LEVELS` (1–3) so an
 * outbound disclosure item keeps its level when it becomes a register item. Names are per institution.
 */
export const SECRET_LEVELS = [0, 1, 2, 3] as const;
export type SecretLevel = (typeof SECRET_LEVELS)[number];

/** Where an item comes from (seed 002 第2章: 自社 / 他社から受領 / 共同で創出 / 転職者が持ち込む). */
export const SECRET_ORIGINS = ["own", "received", "joint", "transferred_staff"] as const;
export type SecretOrigin = (typeof SECRET_ORIGINS)[number];

/** Which way the item moved: received from a partner, created here, or provided to a partner. */
export const SECRET_DIRECTIONS = ["received", "created", "provided"] as const;
export type SecretDirection = (typeof SECRET_DIRECTIONS)[number];

/** Where the item is kept: a file in Renkei, a named system, or a paper location. */
export const SECRET_STORAGE_KINDS = ["renkei", "system", "paper"] as const;
export type SecretStorageKind = (typeof SECRET_STORAGE_KINDS)[number];

/** Life of an item: in use, then returned or destroyed at the end of the project (seed 002 第3章 3-4). */
export const SECRET_STATUSES = ["active", "returned", "destroyed"] as const;
export type SecretStatus = (typeof SECRET_STATUSES)[number];

/** What a user wants to do with an item. `list` = see that it exists with its title. */
export const SECRET_ACTIONS = ["list", "view", "download"] as const;
export type SecretAction = (typeof SECRET_ACTIONS)[number];

/** Read paths that log access, so the leakage rules and the walls report can say where it happened. */
export const SECRET_READ_PATHS = [
  "register",
  "case_page",
  "document",
  "history_pdf",
  "search",
  "export",
  "api",
] as const;
export type SecretReadPath = (typeof SECRET_READ_PATHS)[number];

/** Outcome of one access event in the log. */
export const SECRET_LOG_ACTIONS = ["view", "download", "refused"] as const;
export type SecretLogAction = (typeof SECRET_LOG_ACTIONS)[number];

export const LEAKAGE_RULES = [
  "bulk_download",
  "off_hours",
  "after_leaving",
  "before_end",
  "across_wall",
  "repeated_refusals",
] as const;
export type LeakageRule = (typeof LEAKAGE_RULES)[number];

export const ALERT_STATUSES = ["open", "resolved", "escalated"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** When a student's pledge is needed (issue 12 item 8: the institution decides). */
export const PLEDGE_REQUIREMENTS = ["always", "when_partner_asks", "not_for_employed"] as const;
export type PledgeRequirement = (typeof PLEDGE_REQUIREMENTS)[number];

/** How an item ended: the partner got it back, or it was destroyed (certificate uploaded or confirmed). */
export const SECRET_END_KINDS = ["returned", "destroyed"] as const;
export type SecretEndKind = (typeof SECRET_END_KINDS)[number];

import type { Bilingual } from "../shared/decision";

export type { Bilingual };

export const SECRET_ORIGIN_LABELS: Record<SecretOrigin, Bilingual> = {
  own: { ja: "自機関", en: "Own" },
  received: { ja: "相手方から受領", en: "Received from a partner" },
  joint: { ja: "共同で創出", en: "Created jointly" },
  transferred_staff: { ja: "転入者が持ち込み", en: "Brought in by transferred staff" },
};

export const SECRET_DIRECTION_LABELS: Record<SecretDirection, Bilingual> = {
  received: { ja: "受領", en: "Received" },
  created: { ja: "創出", en: "Created" },
  provided: { ja: "提供", en: "Provided" },
};

export const SECRET_STORAGE_LABELS: Record<SecretStorageKind, Bilingual> = {
  renkei: { ja: "Renkei内", en: "In Renkei" },
  system: { ja: "他のシステム", en: "Another system" },
  paper: { ja: "紙（保管場所）", en: "Paper (location)" },
};

export const SECRET_STATUS_LABELS: Record<SecretStatus, Bilingual> = {
  active: { ja: "管理中", en: "In use" },
  returned: { ja: "返還済み", en: "Returned" },
  destroyed: { ja: "廃棄済み", en: "Destroyed" },
};

export const LEAKAGE_RULE_LABELS: Record<LeakageRule, Bilingual> = {
  bulk_download: { ja: "短時間の大量ダウンロード", en: "Many downloads in a short time" },
  off_hours: { ja: "勤務時間外のアクセス", en: "Access outside working hours" },
  after_leaving: { ja: "案件離脱後のアクセス", en: "Access after leaving the case" },
  before_end: { ja: "離任予定日前のアクセス集中", en: "Access shortly before the participant's end date" },
  across_wall: { ja: "競合先の壁を越えるアクセス", en: "Access across a wall" },
  repeated_refusals: { ja: "繰り返しの拒否", en: "Repeated refusals" },
};

export const ALERT_STATUS_LABELS: Record<AlertStatus, Bilingual> = {
  open: { ja: "未対応", en: "Open" },
  resolved: { ja: "解決", en: "Resolved" },
  escalated: { ja: "上申", en: "Escalated" },
};

export const PLEDGE_REQUIREMENT_LABELS: Record<PledgeRequirement, Bilingual> = {
  always: { ja: "常に必要", en: "Always" },
  when_partner_asks: { ja: "相手方が求める場合", en: "When the partner asks" },
  not_for_employed: { ja: "雇用契約のある学生には不要", en: "Not for employed students" },
};
