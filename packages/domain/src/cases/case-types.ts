import type { ExportCountryGroup } from "../export-control/destination";
import { type ExportControlOutcome, OUTCOMES } from "../export-control/result";

/**
 * Collaboration cases (issue 5): the closed vocabularies of a case. Labels live in `case-labels.ts`;
 * the zod schemas of a case and its stage data live in `case-schemas.ts` and `stage-schemas.ts`.
 */

/**
 * The guideline's process (seed 001 §IV.2-1…9, §IV.3) as stages. `declined` and `withdrawn` are the two
 * ways out before completion; `closed` is the normal end.
 */
export const CASE_STAGES = [
  "intake",
  "internal_check",
  "due_diligence",
  "scheme_design",
  "nda",
  "negotiation",
  "research_plan",
  "contract_terms",
  "agreement_confirmation",
  "export_risk_review",
  "active",
  "closing",
  "closed",
  "declined",
  "withdrawn",
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const TERMINAL_STAGES: readonly CaseStage[] = ["closed", "declined", "withdrawn"];

export function isTerminalStage(stage: CaseStage): boolean {
  return TERMINAL_STAGES.includes(stage);
}

/** Kinds of collaboration (seed 001 §I.1 共同研究や技術移転等; seed 004 §2(2) for national projects). */
export const CASE_KINDS = [
  "joint_research",
  "contract_research",
  "licence",
  "consulting",
  "mou",
  "researcher_exchange",
  "national_project",
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/**
 * The 14 emerging-technology areas the US government was considering for control (seed 001 §III.2 表6).
 * A case in one of them needs closer risk management with US and other foreign partners.
 */
export const EMERGING_TECH_CATEGORIES = [
  "biotechnology",
  "ai_machine_learning",
  "pnt",
  "microprocessors",
  "advanced_computing",
  "data_analytics",
  "quantum",
  "logistics",
  "additive_manufacturing",
  "robotics",
  "brain_computer_interfaces",
  "hypersonics",
  "advanced_materials",
  "advanced_surveillance",
] as const;
export type EmergingTechCategory = (typeof EMERGING_TECH_CATEGORIES)[number];

/**
 * Coarse research areas used to detect "same field" conflicts (seed 001 case 26). Renkei's choice: the
 * eight priority areas MEXT's 産学連携等実施状況調査 reports by, plus humanities and other.
 */
export const RESEARCH_AREAS = [
  "life_science",
  "ict",
  "environment",
  "nanotech_materials",
  "energy",
  "manufacturing",
  "social_infrastructure",
  "frontier",
  "humanities_social",
  "other",
] as const;
export type ResearchArea = (typeof RESEARCH_AREAS)[number];

/** Who takes part on the university side (seed 001 §IV.2-7: 研究担当者, 学生・客員研究員等). */
export const PARTICIPANT_KINDS = ["staff", "student", "visiting_researcher", "partner_researcher"] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** Result of restricted-party screening for a partner or a person (seed 001 case 25). Only `clear` passes. */
export const SCREENING_STATUSES = ["not_screened", "pending", "clear", "match"] as const;
export type ScreeningStatus = (typeof SCREENING_STATUSES)[number];

/**
 * Outcome of the export-control review (spec export-control §3 and §6.3; seed 001 §II.1, §IV.2-9).
 * Only NO_LICENCE, NO_LICENCE_EXEMPT, and LICENCE_REQUIRED with a granted licence allow a contract.
 */
export const EXPORT_REVIEW_OUTCOMES = OUTCOMES;
export type ExportReviewOutcome = ExportControlOutcome;

export const LICENCE_STATUSES = ["not_applied", "applied", "granted", "denied"] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

/**
 * The partner country's export-control class as `classifyDestination` (export-control/destination.ts)
 * reports it: country group A–D, UN arms embargo (別表第3の2), concern country (別表第4).
 */
export const DESTINATION_GROUPS = ["A", "B", "C", "D"] as const satisfies readonly ExportCountryGroup[];

/** Funding behind the research (seed 001 §II.3.1-2, seed 004 §4(1)). */
export const FUNDING_KINDS = [
  "partner",
  "government_commissioned",
  "government_subsidy",
  "competitive_grant",
  "internal",
  "other",
] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

/** Collaboration methods that go carefully (seed 001 §IV.2-4 連携方法の検討). */
export const COLLABORATION_METHODS = [
  "public_information_discussion",
  "public_information_consulting",
  "limited_participants",
  "full_collaboration",
] as const;
export type CollaborationMethod = (typeof COLLABORATION_METHODS)[number];

/**
 * When an item may be disclosed (seed 001 §IV.2-4 開示する秘密情報の確認: what goes under the NDA is kept
 * apart from what is disclosed only once the contract is signed; third-party secrets need more care).
 */
export const DISCLOSURE_TIMINGS = ["public", "under_nda", "after_contract", "third_party_secret"] as const;
export type DisclosureTiming = (typeof DISCLOSURE_TIMINGS)[number];

/**
 * Secrecy levels of the 名古屋大学 / 三重大学 scheme (seed 003 技術流出防止マネジメント): 1 = 通常の秘密情報
 * (秘), 2 = 営業秘密相当 (厳秘), 3 = 特に重大なもの (機密).
 */
export const SECRECY_LEVELS = [1, 2, 3] as const;
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];

/** Project types of a national R&D project with foreign participants (seed 004 §2(1)). */
export const NATIONAL_PROJECT_TYPES = ["inbound", "outbound", "bring_back"] as const;
export type NationalProjectType = (typeof NATIONAL_PROJECT_TYPES)[number];

/** Participation forms ①…⑤ (seed 004 §2(2)). */
export const PARTICIPATION_FORMS = [
  "commissioned",
  "researcher_invitation",
  "cofund",
  "licence",
  "paid_use",
] as const;
export type ParticipationForm = (typeof PARTICIPATION_FORMS)[number];

/** Disputes: the forum the contract names (seed 001 §IV.2-7 裁判管轄, case 27 第三国での仲裁). */
export const DISPUTE_METHODS = ["arbitration", "court"] as const;
export type DisputeMethod = (typeof DISPUTE_METHODS)[number];

/** Who owns results (seed 001 §IV.2-7 成果の取扱). */
export const RESULT_OWNERSHIPS = ["university", "partner", "joint", "by_inventor"] as const;
export type ResultOwnership = (typeof RESULT_OWNERSHIPS)[number];

/** Contract-term choices added for issue 14 (seed 001 §IV.2-7; E2, E14, E18). */
export const BACKGROUND_USES = ["separately_agreed", "licensed_on_terms", "not_licensed"] as const;
export const NON_PRACTICE_BASES = ["none", "fixed_fee", "royalty_share", "agreed_later"] as const;
export const OPEN_SOURCE_POLICIES = ["allowed", "with_consent", "not_allowed"] as const;
export const CO_OWNED_COST_SHARING = [
  "by_share",
  "partner_bears",
  "university_bears",
  "agreed_later",
] as const;

/** Actions on a case; each is one row of the transition table below. */
export const CASE_ACTIONS = [
  "submit_intake",
  "complete_internal_check",
  "approve_high_risk",
  "complete_due_diligence",
  "complete_scheme",
  "record_nda",
  "proceed_without_nda",
  "complete_negotiation",
  "revise_scheme",
  "complete_research_plan",
  "complete_contract_terms",
  "confirm_agreement",
  "revise_terms",
  "sign_contract",
  "start_closing",
  "close",
  "decline",
  "withdraw",
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];
