/**
 * CRM depth (issue 17 item 1; seed 001 §IV.2-1, §IV.2-3 and cases 17–21): entry requests, the seeds/needs
 * register, the membership programme and mobility alerts. Labels are what users read, in ja and en.
 */
type Labels<T extends string> = Record<T, { ja: string; en: string }>;

/** A department asks the office to enter a partner or a contact person (case 20: 研究者は入力を依頼). */
export const ENTRY_REQUEST_KINDS = ["partner", "contact"] as const;
export type EntryRequestKind = (typeof ENTRY_REQUEST_KINDS)[number];
export const ENTRY_REQUEST_KIND_LABELS: Labels<EntryRequestKind> = {
  partner: { ja: "連携先の登録", en: "New partner" },
  contact: { ja: "担当者の登録", en: "New contact person" },
};

export const ENTRY_REQUEST_STATUSES = ["open", "in_progress", "done", "declined"] as const;
export type EntryRequestStatus = (typeof ENTRY_REQUEST_STATUSES)[number];
export const ENTRY_REQUEST_STATUS_LABELS: Labels<EntryRequestStatus> = {
  open: { ja: "受付", en: "Open" },
  in_progress: { ja: "対応中", en: "In progress" },
  done: { ja: "登録済み", en: "Done" },
  declined: { ja: "見送り", en: "Declined" },
};

/** Seeds (research themes the institution offers) and needs (what a partner wants), case 17. */
export const REGISTER_KINDS = ["seed", "need"] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];
export const REGISTER_KIND_LABELS: Labels<RegisterKind> = {
  seed: { ja: "研究シーズ", en: "Research seed" },
  need: { ja: "企業ニーズ", en: "Partner need" },
};

export const MATCH_STATUSES = ["proposed", "introduced", "agreed", "declined"] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
export const MATCH_STATUS_LABELS: Labels<MatchStatus> = {
  proposed: { ja: "候補", en: "Proposed" },
  introduced: { ja: "紹介済み", en: "Introduced" },
  agreed: { ja: "連携へ", en: "Going ahead" },
  declined: { ja: "見送り", en: "Declined" },
};

/** Talks, exhibitions and seminars where the institution met people (cases 18, 20). */
export const REACTION_EVENT_KINDS = ["talk", "exhibition", "seminar", "other"] as const;
export type ReactionEventKind = (typeof REACTION_EVENT_KINDS)[number];
export const REACTION_EVENT_KIND_LABELS: Labels<ReactionEventKind> = {
  talk: { ja: "講演", en: "Talk" },
  exhibition: { ja: "展示会", en: "Exhibition" },
  seminar: { ja: "セミナー", en: "Seminar" },
  other: { ja: "その他", en: "Other" },
};

export const REACTION_INTERESTS = ["high", "some", "none"] as const;
export type ReactionInterest = (typeof REACTION_INTERESTS)[number];
export const REACTION_INTEREST_LABELS: Labels<ReactionInterest> = {
  high: { ja: "関心が高い", en: "Keen" },
  some: { ja: "関心あり", en: "Interested" },
  none: { ja: "関心なし", en: "Not interested" },
};

/** Members of the institution's programme (case 19: MIT ILP). */
export const MEMBERSHIP_STATUSES = ["active", "ended"] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export const MEMBERSHIP_STATUS_LABELS: Labels<MembershipStatus> = {
  active: { ja: "会員", en: "Member" },
  ended: { ja: "退会", en: "Ended" },
};

/** An alert that a person who receives a case's secrets moved to another organisation. */
export const MOBILITY_ALERT_STATUSES = ["open", "acknowledged"] as const;
export type MobilityAlertStatus = (typeof MOBILITY_ALERT_STATUSES)[number];
export const MOBILITY_ALERT_STATUS_LABELS: Labels<MobilityAlertStatus> = {
  open: { ja: "未対応", en: "Open" },
  acknowledged: { ja: "確認済み", en: "Acknowledged" },
};
