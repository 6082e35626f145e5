import type { Role } from "../shared/roles";
import type { CaseLabel } from "./case-labels";
import type { CaseKind } from "./case-types";

/** The contract checklist of seed 001 §IV.2-7 (契約条件の合意), one entry per item of the guideline's list. */
export const CONTRACT_CHECKLIST_ITEMS = [
  "research_theme",
  "researchers_and_students",
  "places",
  "period",
  "costs",
  "facilities",
  "information_to_provide",
  "schedule",
  "confidentiality",
  "know_how",
  "results_ip",
  "assignment",
  "anti_social_forces",
  "damages",
  "governing_law",
  "jurisdiction",
] as const;
export type ContractChecklistItem = (typeof CONTRACT_CHECKLIST_ITEMS)[number];

export const CONTRACT_CHECKLIST_LABELS: Record<ContractChecklistItem, CaseLabel> = {
  research_theme: { ja: "研究題目／研究目的／研究内容", en: "Research theme, purpose and content" },
  researchers_and_students: {
    ja: "研究担当者・研究責任者・学生・客員研究員等の参加の有無",
    en: "Researchers, PI, students and visiting researchers",
  },
  places: { ja: "研究実施場所", en: "Place of research" },
  period: { ja: "研究期間", en: "Research period" },
  costs: { ja: "研究経費（負担・支払条件・取得設備の帰属）", en: "Costs, payment and equipment ownership" },
  facilities: { ja: "利用する施設設備", en: "Facilities and equipment used" },
  information_to_provide: {
    ja: "研究に提供すべき情報・資料等（秘密情報の定義）",
    en: "Information to provide (definition of confidential information)",
  },
  schedule: { ja: "スケジュール（各機関の役割／マイルストーン）", en: "Schedule (roles and milestones)" },
  confidentiality: {
    ja: "秘密保持義務（有効期間・終了後の存続）",
    en: "Confidentiality (term and survival after termination)",
  },
  know_how: { ja: "ノウハウの指定及び秘匿期間", en: "Know-how designation and secrecy period" },
  results_ip: { ja: "成果の取扱（発明の帰属・知財費用等）", en: "Results and IP ownership" },
  assignment: { ja: "権利譲渡", en: "Assignment" },
  anti_social_forces: { ja: "反社会的勢力排除", en: "Exclusion of anti-social forces" },
  damages: { ja: "損害賠償", en: "Damages" },
  governing_law: { ja: "準拠法", en: "Governing law" },
  jurisdiction: { ja: "裁判管轄・紛争解決", en: "Jurisdiction and dispute resolution" },
};

/**
 * Items required per kind. §IV.2-7 is written for joint research; for other kinds Renkei asks only the
 * items that exist in such a contract (a licence has no research place, an MOU has no costs).
 */
export const CHECKLIST_BY_KIND: Record<CaseKind, readonly ContractChecklistItem[]> = {
  joint_research: CONTRACT_CHECKLIST_ITEMS,
  contract_research: CONTRACT_CHECKLIST_ITEMS,
  national_project: CONTRACT_CHECKLIST_ITEMS,
  consulting: [
    "research_theme",
    "researchers_and_students",
    "period",
    "costs",
    "information_to_provide",
    "confidentiality",
    "know_how",
    "results_ip",
    "anti_social_forces",
    "damages",
    "governing_law",
    "jurisdiction",
  ],
  licence: [
    "period",
    "costs",
    "information_to_provide",
    "confidentiality",
    "know_how",
    "results_ip",
    "assignment",
    "anti_social_forces",
    "damages",
    "governing_law",
    "jurisdiction",
  ],
  mou: ["research_theme", "period", "confidentiality", "anti_social_forces", "governing_law", "jurisdiction"],
  researcher_exchange: [
    "researchers_and_students",
    "places",
    "period",
    "costs",
    "facilities",
    "information_to_provide",
    "confidentiality",
    "results_ip",
    "anti_social_forces",
    "governing_law",
    "jurisdiction",
  ],
};

/** Red flags in proposed terms. Each names who may accept it; an empty list means it cannot be waived. */
export const CONTRACT_RED_FLAGS = [
  "arbitration_not_third_country",
  "confidentiality_no_end",
  "publication_beyond_policy",
  "foreign_national_exclusion",
  "bayh_dole_transfer_without_approval",
] as const;
export type ContractRedFlag = (typeof CONTRACT_RED_FLAGS)[number];

export interface RedFlagRule extends CaseLabel {
  sourceId: string;
  /** Roles whose recorded waiver lifts the flag; empty = the flag must be fixed in the terms. */
  waivableBy: readonly Role[];
}

export const CONTRACT_RED_FLAG_RULES: Record<ContractRedFlag, RedFlagRule> = {
  // Case 27: raised only when the institution sets third-country arbitration to `require` (X4); then
  // "if no agreement is reached, the contract is not concluded" — so no role can waive it.
  arbitration_not_third_country: {
    ja: "紛争解決が第三国での仲裁になっていない",
    en: "Disputes are not settled by arbitration in a third country",
    sourceId: "seed001§V.case27",
    waivableBy: [],
  },
  // §IV.2-7 lists 有効期間 for confidentiality and 秘匿期間 for know-how: an obligation with no end cannot
  // be managed. Legal may accept it (e.g. a narrowly defined trade secret).
  confidentiality_no_end: {
    ja: "秘密保持義務・ノウハウ秘匿に期限がない",
    en: "Confidentiality or know-how secrecy has no end",
    sourceId: "seed001§IV.2-7",
    waivableBy: ["legal_ip"],
  },
  // §III.1: publication limits are weighed inside the institution (content, students, scope); the
  // department head decides whether a stricter limit is acceptable.
  publication_beyond_policy: {
    ja: "成果公表の制限が機関の方針を超える",
    en: "Publication restrictions go beyond the institution's policy",
    sourceId: "seed001§III.1",
    waivableBy: ["department_head", "executive"],
  },
  // Excluding researchers by nationality conflicts with the university's non-discrimination and with
  // managing deemed exports case by case (§II.1); only the executive may accept it.
  foreign_national_exclusion: {
    ja: "外国籍研究者・学生の参加を排除する条項",
    en: "Clause excluding foreign nationals",
    sourceId: "seed001§IV.2-7",
    waivableBy: ["executive"],
  },
  // 表5 iv: transfer of, or exclusive rights in, Bayh-Dole IP needs the state's prior approval; the fix
  // is the approval itself, not a waiver.
  bayh_dole_transfer_without_approval: {
    ja: "日本版バイ・ドール対象の知財の移転・専用実施に国の事前承認がない",
    en: "Transfer of Bayh-Dole IP without the state's prior approval",
    sourceId: "seed001§II.3.1",
    waivableBy: [],
  },
};
