import type { IpLabel } from "./ip-sources";

/**
 * Kinds of model text in the institution's library (E5, E14): NDAs one-way and mutual, joint research,
 * contract research, material transfer, option and licence.
 */
export const MODEL_TEXT_KINDS = [
  "nda_one_way",
  "nda_mutual",
  "joint_research",
  "contract_research",
  "mta",
  "option",
  "licence",
] as const;
export type ModelTextKind = (typeof MODEL_TEXT_KINDS)[number];

/**
 * What an NDA is for (E4, seed 001 §IV.2-5): discussing a collaboration, evaluating a technology before a
 * licence, or a visit / tour. Other kinds use `standard`.
 */
export const MODEL_TEXT_SCOPES = [
  "standard",
  "collaboration_talks",
  "technology_evaluation",
  "visit",
] as const;
export type ModelTextScope = (typeof MODEL_TEXT_SCOPES)[number];

export const MODEL_TEXT_KIND_LABELS: Record<ModelTextKind, IpLabel> = {
  nda_one_way: { ja: "秘密保持契約（片方向）", en: "NDA (one-way)" },
  nda_mutual: { ja: "秘密保持契約（双方向）", en: "NDA (mutual)" },
  joint_research: { ja: "共同研究契約", en: "Joint research agreement" },
  contract_research: { ja: "受託研究契約", en: "Contract research agreement" },
  mta: { ja: "研究成果有体物提供契約（MTA）", en: "Material transfer agreement (MTA)" },
  option: { ja: "オプション契約", en: "Option agreement" },
  licence: { ja: "実施許諾契約", en: "Licence agreement" },
};

export const MODEL_TEXT_SCOPE_LABELS: Record<ModelTextScope, IpLabel> = {
  standard: { ja: "標準", en: "Standard" },
  collaboration_talks: { ja: "共同研究等の検討", en: "Collaboration talks" },
  technology_evaluation: { ja: "技術評価（ライセンス検討）", en: "Technology evaluation (licence talks)" },
  visit: { ja: "見学・訪問", en: "Visit or tour" },
};

/** Scopes each kind may have: only NDAs are written per scope. */
export function scopesOf(kind: ModelTextKind): readonly ModelTextScope[] {
  return kind === "nda_one_way" || kind === "nda_mutual"
    ? ["collaboration_talks", "technology_evaluation", "visit"]
    : ["standard"];
}

/** Seed 004 §2.2-2-2 / G9: what happens to a national project's result, decided per result. */
export const NP_RESULT_DECISIONS = ["publish", "patent", "keep_secret"] as const;
export type NpResultDecision = (typeof NP_RESULT_DECISIONS)[number];

export const NP_RESULT_DECISION_LABELS: Record<NpResultDecision, IpLabel> = {
  publish: { ja: "公表する", en: "Publish" },
  patent: { ja: "権利化する（出願）", en: "Patent (file)" },
  keep_secret: { ja: "秘匿する（ノウハウ）", en: "Keep secret (know-how)" },
};

/** Seed 004 §(2), METI data-management guideline (2017): open, shared among participants, or closed. */
export const DATA_ACCESS_LEVELS = ["open", "participants", "closed"] as const;
export type DataAccessLevel = (typeof DATA_ACCESS_LEVELS)[number];

export const DATA_ACCESS_LABELS: Record<DataAccessLevel, IpLabel> = {
  open: { ja: "オープン（公開）", en: "Open" },
  participants: { ja: "参加者間で共有", en: "Shared among participants" },
  closed: { ja: "クローズ（非公開）", en: "Closed" },
};

/** Seed 004 §(3) / G4: standardisation activities of a project. */
export const STANDARD_ACTIVITY_KINDS = [
  "information",
  "strategy",
  "proposal",
  "drafting",
  "committee",
] as const;
export type StandardActivityKind = (typeof STANDARD_ACTIVITY_KINDS)[number];

export const STANDARD_ACTIVITY_LABELS: Record<StandardActivityKind, IpLabel> = {
  information: { ja: "標準に関する情報収集", en: "Gathering information on standards" },
  strategy: { ja: "標準化戦略の検討", en: "Standardisation strategy" },
  proposal: { ja: "国際標準の提案", en: "Proposing a standard" },
  drafting: { ja: "規格策定への参加", en: "Drafting a standard" },
  committee: { ja: "委員会・作業部会への参加", en: "Committee or working group" },
};

export const STANDARD_ACTIVITY_STATUSES = ["planned", "active", "done"] as const;
export type StandardActivityStatus = (typeof STANDARD_ACTIVITY_STATUSES)[number];
