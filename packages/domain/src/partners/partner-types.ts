/** Partner organisations and people (seed 001 §IV.1-2: partner search and internal check). */

export const PARTNER_TYPES = [
  "company",
  "university",
  "government",
  "research_institute",
  "venture",
  "other",
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const PARTNER_TYPE_LABELS: Record<PartnerType, { ja: string; en: string }> = {
  company: { ja: "企業", en: "Company" },
  university: { ja: "大学", en: "University" },
  government: { ja: "政府機関", en: "Government body" },
  research_institute: { ja: "研究機関", en: "Research institute" },
  venture: { ja: "ベンチャー", en: "Venture" },
  other: { ja: "その他", en: "Other" },
};

/** Whether the partner has a foothold in Japan (seed 001 case 21: a Japanese subsidiary changes who signs). */
export const JAPAN_PRESENCE = ["subsidiary", "office", "none", "unknown"] as const;
export type JapanPresence = (typeof JAPAN_PRESENCE)[number];

export const JAPAN_PRESENCE_LABELS: Record<JapanPresence, { ja: string; en: string }> = {
  subsidiary: { ja: "日本法人あり", en: "Japanese subsidiary" },
  office: { ja: "日本事務所あり", en: "Office in Japan" },
  none: { ja: "なし", en: "None" },
  unknown: { ja: "不明", en: "Unknown" },
};

/** Contact-history kinds kept by the CRM (Fraunhofer / NTU style relationship records). */
export const CONTACT_KINDS = [
  "meeting",
  "event",
  "conference",
  "introduction",
  "donation",
  "alumni",
  "email",
  "visit",
  "other",
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CONTACT_KIND_LABELS: Record<ContactKind, { ja: string; en: string }> = {
  meeting: { ja: "面談", en: "Meeting" },
  event: { ja: "イベント", en: "Event" },
  conference: { ja: "学会・展示会", en: "Conference" },
  introduction: { ja: "紹介", en: "Introduction" },
  donation: { ja: "寄附", en: "Donation" },
  alumni: { ja: "卒業生のつながり", en: "Alumni link" },
  email: { ja: "メール", en: "E-mail" },
  visit: { ja: "訪問", en: "Visit" },
  other: { ja: "その他", en: "Other" },
};

/** Who may see a contact record: everyone with partner access, or only its participants and officers. */
export const CONTACT_VISIBILITY = ["institution", "restricted"] as const;
export type ContactVisibility = (typeof CONTACT_VISIBILITY)[number];

/** Outcome of a credit / due-diligence check (与信). */
export const CREDIT_RESULTS = ["clear", "caution", "reject"] as const;
export type CreditResult = (typeof CREDIT_RESULTS)[number];

export const CREDIT_RESULT_LABELS: Record<CreditResult, { ja: string; en: string }> = {
  clear: { ja: "問題なし", en: "Clear" },
  caution: { ja: "要注意", en: "Caution" },
  reject: { ja: "取引不可", en: "Reject" },
};

/** Risk flags a partner list can be filtered by; derived from the partner's facts (see `partnerRiskFlags`). */
export const RISK_FLAGS = [
  "foreign_government_control",
  "state_owned",
  "credit_missing",
  "credit_expired",
  "credit_caution",
  "credit_reject",
] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];

export const RISK_FLAG_LABELS: Record<RiskFlag, { ja: string; en: string }> = {
  foreign_government_control: { ja: "外国政府の支配", en: "Foreign-government control" },
  state_owned: { ja: "国有企業", en: "State-owned" },
  credit_missing: { ja: "与信未確認", en: "No credit check" },
  credit_expired: { ja: "与信期限切れ", en: "Credit check expired" },
  credit_caution: { ja: "与信要注意", en: "Credit caution" },
  credit_reject: { ja: "与信不可", en: "Credit rejected" },
};
