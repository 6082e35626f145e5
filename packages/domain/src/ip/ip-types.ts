import type { IpLabel } from "./ip-sources";

/** 職務発明 (decided by the institution under Patent Act Art. 35) or 自由発明. */
export const INVENTION_CATEGORIES = ["employee", "free"] as const;
export type InventionCategory = (typeof INVENTION_CATEGORIES)[number];

/** Applications on the docket: a Japanese filing, a PCT application, a national phase, a direct foreign filing. */
export const FILING_KINDS = ["jp", "pct", "national_phase", "foreign"] as const;
export type FilingKind = (typeof FILING_KINDS)[number];

export const FILING_STATUSES = ["filed", "examination_requested", "granted", "abandoned", "expired"] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

/** Agreements that move rights: a licence (non-exclusive or exclusive), an option, an assignment. */
export const AGREEMENT_KINDS = [
  "non_exclusive_licence",
  "exclusive_licence",
  "option",
  "assignment",
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** The Bayh-Dole records legal/IP makes (産業技術力強化法第17条, seed 001 §II.3.1 表5 i–iv). */
export const BAYH_DOLE_RECORD_KINDS = [
  "results_report",
  "prior_approval",
  "licensee_notice",
  "state_licence_request",
  "free_licence_to_state",
  "unused_licence_request",
  "unused_licence_granted",
] as const;
export type BayhDoleRecordKind = (typeof BAYH_DOLE_RECORD_KINDS)[number];

/** What a 特許出願非公開 check found (経済安全保障推進法 第5章). */
export const SECRECY_RESULTS = ["not_listed", "listed"] as const;
export type SecrecyResult = (typeof SECRECY_RESULTS)[number];

/** Where the JPO / Cabinet Office review of a listed-field application stands. */
export const SECRECY_REVIEW_STATUSES = [
  "none",
  "under_review",
  "not_designated",
  "designated",
  "lifted",
] as const;
export type SecrecyReviewStatus = (typeof SECRECY_REVIEW_STATUSES)[number];

export const INCOME_KINDS = ["upfront", "running_royalty", "milestone", "minimum_royalty", "other"] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

export const INVENTION_CATEGORY_LABELS: Record<InventionCategory, IpLabel> = {
  employee: { ja: "職務発明", en: "Employee invention" },
  free: { ja: "自由発明", en: "Free invention" },
};

export const FILING_KIND_LABELS: Record<FilingKind, IpLabel> = {
  jp: { ja: "国内出願", en: "Japanese application" },
  pct: { ja: "PCT国際出願", en: "PCT application" },
  national_phase: { ja: "国内移行", en: "National phase" },
  foreign: { ja: "外国直接出願", en: "Direct foreign filing" },
};

export const AGREEMENT_KIND_LABELS: Record<AgreementKind, IpLabel> = {
  non_exclusive_licence: { ja: "通常実施権許諾（非独占）", en: "Non-exclusive licence" },
  exclusive_licence: { ja: "独占的実施権許諾", en: "Exclusive licence" },
  option: { ja: "オプション契約", en: "Option" },
  assignment: { ja: "権利譲渡", en: "Assignment" },
};

export const BAYH_DOLE_RECORD_LABELS: Record<BayhDoleRecordKind, IpLabel> = {
  results_report: { ja: "研究成果（出願）の国への報告", en: "Report of results to the state" },
  prior_approval: {
    ja: "移転・専用実施権等の設定の事前承認",
    en: "Prior approval of a transfer or exclusive right",
  },
  licensee_notice: { ja: "相手方へのバイ・ドール対象である旨の通知", en: "Notice to the counterparty" },
  state_licence_request: { ja: "国からの無償実施許諾の求め", en: "State's request for a free licence" },
  free_licence_to_state: { ja: "国への無償実施許諾", en: "Free licence to the state" },
  unused_licence_request: {
    ja: "未利用知財の実施許諾の要請（国から）",
    en: "State's request to license unused IP",
  },
  unused_licence_granted: {
    ja: "要請に基づく第三者への実施許諾",
    en: "Licence granted on the state's request",
  },
};

export const INCOME_KIND_LABELS: Record<IncomeKind, IpLabel> = {
  upfront: { ja: "一時金", en: "Upfront fee" },
  running_royalty: { ja: "ランニングロイヤルティ", en: "Running royalty" },
  milestone: { ja: "マイルストーン", en: "Milestone" },
  minimum_royalty: { ja: "最低実施料", en: "Minimum annual royalty" },
  other: { ja: "その他", en: "Other" },
};

/** Filings outside Japan: PCT, a national phase abroad, a direct foreign filing. */
export function isForeignFiling(kind: FilingKind, country: string): boolean {
  return kind === "pct" || kind === "foreign" || (kind === "national_phase" && country !== "JP");
}
