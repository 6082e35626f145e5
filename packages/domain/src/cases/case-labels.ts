import type {
  CaseAction,
  CaseKind,
  CaseStage,
  EmergingTechCategory,
  ExportReviewOutcome,
  NationalProjectType,
  ParticipantKind,
  ParticipationForm,
  ResearchArea,
  ScreeningStatus,
} from "./case-types";

/** A Japanese and an English label; the UI shows Japanese first. */
export interface CaseLabel {
  ja: string;
  en: string;
}

/** Stage labels, worded after seed 001 §IV.2 (連携プロセスの管理) and §IV.3 (モニタリング). */
export const CASE_STAGE_LABELS: Record<CaseStage, CaseLabel> = {
  intake: { ja: "受付", en: "Intake" },
  internal_check: { ja: "機関内での意向の確認", en: "Internal check" },
  due_diligence: { ja: "相手企業の情報把握", en: "Partner due diligence" },
  scheme_design: { ja: "連携スキームの検討", en: "Scheme design" },
  nda: { ja: "秘密保持契約", en: "NDA" },
  negotiation: { ja: "相手機関との交渉", en: "Negotiation" },
  research_plan: { ja: "研究計画の検討", en: "Research plan" },
  contract_terms: { ja: "契約条件の合意", en: "Contract terms" },
  agreement_confirmation: { ja: "合意内容の確認・周知", en: "Agreement confirmation and notice" },
  export_risk_review: {
    ja: "安全保障貿易管理対応・リスクマネジメント",
    en: "Export-control and risk review",
  },
  active: { ja: "実施中（モニタリング）", en: "Active (monitoring)" },
  closing: { ja: "終了手続中", en: "Closing" },
  closed: { ja: "終了", en: "Closed" },
  declined: { ja: "不実施（機関判断）", en: "Declined" },
  withdrawn: { ja: "取下げ", en: "Withdrawn" },
};

export const CASE_KIND_LABELS: Record<CaseKind, CaseLabel> = {
  joint_research: { ja: "共同研究", en: "Joint research" },
  contract_research: { ja: "受託研究", en: "Contract research" },
  licence: { ja: "ライセンス", en: "Licence" },
  consulting: { ja: "学術コンサルティング", en: "Consulting" },
  mou: { ja: "覚書（MOU）", en: "MOU" },
  researcher_exchange: { ja: "研究者交流", en: "Researcher exchange" },
  national_project: { ja: "国の研究開発プロジェクト参加", en: "National R&D project participation" },
};

/** Seed 001 §III.2 表6, numbered as in the table. */
export const EMERGING_TECH_LABELS: Record<EmergingTechCategory, CaseLabel & { no: number }> = {
  biotechnology: { no: 1, ja: "バイオテクノロジー", en: "Biotechnology" },
  ai_machine_learning: { no: 2, ja: "ＡＩ・機械学習", en: "AI and machine learning" },
  pnt: { no: 3, ja: "測位技術", en: "Position, navigation and timing (PNT)" },
  microprocessors: { no: 4, ja: "マイクロプロセッサー", en: "Microprocessors" },
  advanced_computing: { no: 5, ja: "先進コンピューティング", en: "Advanced computing" },
  data_analytics: { no: 6, ja: "データ分析", en: "Data analytics" },
  quantum: { no: 7, ja: "量子情報・量子センシング技術", en: "Quantum information and sensing" },
  logistics: { no: 8, ja: "補給関連技術", en: "Logistics technology" },
  additive_manufacturing: {
    no: 9,
    ja: "付加製造技術（3D プリンタ等）",
    en: "Additive manufacturing (3D printing)",
  },
  robotics: { no: 10, ja: "ロボティクス", en: "Robotics" },
  brain_computer_interfaces: {
    no: 11,
    ja: "ブレインコンピュータインターフェース",
    en: "Brain-computer interfaces",
  },
  hypersonics: { no: 12, ja: "極超音速", en: "Hypersonics" },
  advanced_materials: { no: 13, ja: "先端材料", en: "Advanced materials" },
  advanced_surveillance: { no: 14, ja: "先進セキュリティ技術", en: "Advanced surveillance technologies" },
};

export const RESEARCH_AREA_LABELS: Record<ResearchArea, CaseLabel> = {
  life_science: { ja: "ライフサイエンス", en: "Life science" },
  ict: { ja: "情報通信", en: "Information and communication" },
  environment: { ja: "環境", en: "Environment" },
  nanotech_materials: { ja: "ナノテクノロジー・材料", en: "Nanotechnology and materials" },
  energy: { ja: "エネルギー", en: "Energy" },
  manufacturing: { ja: "ものづくり技術", en: "Manufacturing technology" },
  social_infrastructure: { ja: "社会基盤", en: "Social infrastructure" },
  frontier: { ja: "フロンティア", en: "Frontier (space, ocean)" },
  humanities_social: { ja: "人文・社会", en: "Humanities and social sciences" },
  other: { ja: "その他", en: "Other" },
};

export const PARTICIPANT_KIND_LABELS: Record<ParticipantKind, CaseLabel> = {
  staff: { ja: "教職員", en: "Staff" },
  student: { ja: "学生", en: "Student" },
  visiting_researcher: { ja: "客員研究員", en: "Visiting researcher" },
  partner_researcher: { ja: "派遣研究員（相手機関）", en: "Dispatched researcher (partner)" },
};

export const SCREENING_STATUS_LABELS: Record<ScreeningStatus, CaseLabel> = {
  not_screened: { ja: "未確認", en: "Not screened" },
  pending: { ja: "確認中", en: "Pending" },
  clear: { ja: "該当なし", en: "Clear" },
  match: { ja: "該当あり", en: "Match" },
};

export const EXPORT_REVIEW_OUTCOME_LABELS: Record<ExportReviewOutcome, CaseLabel> = {
  NO_LICENCE: { ja: "許可不要", en: "No licence required" },
  NO_LICENCE_EXEMPT: { ja: "許可不要（特例）", en: "No licence required (exemption)" },
  LICENCE_REQUIRED: { ja: "許可要", en: "Licence required" },
  MANUAL_REVIEW: { ja: "個別審査中", en: "Manual review" },
  PROHIBITED: { ja: "取引不可", en: "Prohibited" },
};

export const NATIONAL_PROJECT_TYPE_LABELS: Record<NationalProjectType, CaseLabel> = {
  inbound: { ja: "技術獲得・共創型（inbound）", en: "Technology acquisition (inbound)" },
  outbound: { ja: "市場獲得・創出型（outbound）", en: "Market creation (outbound)" },
  bring_back: { ja: "持帰型（海外研究環境の活用）", en: "Bring-back (use of overseas environment)" },
};

export const PARTICIPATION_FORM_LABELS: Record<ParticipationForm, CaseLabel & { no: string }> = {
  commissioned: { no: "①", ja: "委託、再委託", en: "Commissioned / sub-commissioned" },
  researcher_invitation: { no: "②", ja: "研究者招聘", en: "Researcher invitation" },
  cofund: { no: "③", ja: "コファンド方式", en: "Co-funding" },
  licence: { no: "④", ja: "ライセンス", en: "Licence" },
  paid_use: { no: "⑤", ja: "対価払い", en: "Paid use of facilities or services" },
};

/** Button labels for the workflow actions (case-transitions.ts). */
export const CASE_ACTION_LABELS: Record<CaseAction, CaseLabel> = {
  submit_intake: { ja: "受付を提出", en: "Submit intake" },
  complete_internal_check: { ja: "機関内確認を完了", en: "Complete internal check" },
  approve_high_risk: { ja: "高リスク連携を承認", en: "Approve high-risk partnering" },
  complete_due_diligence: { ja: "相手企業の調査を完了", en: "Complete due diligence" },
  complete_scheme: { ja: "連携スキームを確定", en: "Complete scheme design" },
  record_nda: { ja: "秘密保持契約の締結を登録", en: "Record signed NDA" },
  proceed_without_nda: {
    ja: "公知情報の範囲で進める（NDAなし）",
    en: "Proceed on public information (no NDA)",
  },
  complete_negotiation: { ja: "交渉を完了", en: "Complete negotiation" },
  revise_scheme: { ja: "スキームを見直す", en: "Revise scheme" },
  complete_research_plan: { ja: "研究計画を確定", en: "Complete research plan" },
  complete_contract_terms: { ja: "契約条件を確定", en: "Agree contract terms" },
  confirm_agreement: { ja: "合意内容を確認・周知", en: "Confirm and notify agreement" },
  revise_terms: { ja: "契約条件を見直す", en: "Revise contract terms" },
  sign_contract: { ja: "契約を締結", en: "Sign contract" },
  start_closing: { ja: "終了手続を開始", en: "Start closing" },
  close: { ja: "終了", en: "Close" },
  decline: { ja: "不実施とする", en: "Decline" },
  withdraw: { ja: "取り下げる", en: "Withdraw" },
};
