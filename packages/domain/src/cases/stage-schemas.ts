import { z } from "zod";
import { ZKnownCountryCode } from "../shared/countries";
import { isIsoDate } from "../shared/dates";
import {
  BACKGROUND_USES,
  CO_OWNED_COST_SHARING,
  COLLABORATION_METHODS,
  DISCLOSURE_TIMINGS,
  DISPUTE_METHODS,
  NATIONAL_PROJECT_TYPES,
  NON_PRACTICE_BASES,
  OPEN_SOURCE_POLICIES,
  PARTICIPATION_FORMS,
  RESULT_OWNERSHIPS,
  SECRECY_LEVELS,
} from "./case-types";

/** Schemas of the data each stage records (seed 001 §IV.2-4…8, seed 004 §2–§4). */

export const ZCaseDate = z
  .string()
  .max(10)
  .refine(isIsoDate, { message: "expected a YYYY-MM-DD calendar date" });
/** ISO 3166-1 alpha-2 country code, upper case (`JP`, `US`, …). */
export const ZCountryCode = ZKnownCountryCode;
const ZYen = z.number().int().nonnegative();

/** One item of the disclosure plan (seed 001 §IV.2-4 開示する秘密情報の確認). */
export const ZDisclosureItem = z.object({
  itemId: z.string().min(1),
  description: z.string(),
  timing: z.enum(DISCLOSURE_TIMINGS),
  level: z.literal(SECRECY_LEVELS),
  /** The item is list-controlled technology (該当技術): giving it to a non-resident needs a licence. */
  exportControlled: z.boolean(),
  /** For a third party's secret: that party's written consent to pass it on. */
  thirdPartyConsent: z.boolean(),
  /** The 該非判定 (classification record) this item rests on (issue 15, C9). */
  classificationId: z.string().max(100).nullable().optional(),
});
export type DisclosureItem = z.infer<typeof ZDisclosureItem>;

/** Scheme design (seed 001 §IV.2-4 連携スキームの検討). */
export const ZScheme = z.object({
  methods: z.array(z.enum(COLLABORATION_METHODS)),
  disclosurePlan: z.array(ZDisclosureItem),
  /** Basic and surrounding patents, the partner's public IP (関連する知的財産の確認). */
  relatedIpReviewed: z.boolean(),
  /** 連携によるリターン・リスク分析 */
  returnRiskAnalysis: z.string(),
  negotiablePoints: z.array(z.string()),
  nonNegotiablePoints: z.array(z.string()),
});
export type Scheme = z.infer<typeof ZScheme>;

/** Negotiation under the NDA (seed 001 §IV.2-5). */
export const ZNegotiation = z.object({
  /** 参加する研究者の経歴や研究業績を予め確認 */
  partnerResearchersReviewed: z.boolean(),
  /** The partner's IP information includes third-party patents, and a specific disclosure was asked for. */
  thirdPartyPatentsInvolved: z.boolean(),
  thirdPartyPatentDisclosureObtained: z.boolean(),
  /** 相手企業が求めていることや自機関の役割の共通認識 */
  rolesAgreed: z.boolean(),
});
export type Negotiation = z.infer<typeof ZNegotiation>;

export const ZMilestone = z.object({
  milestoneId: z.string().min(1),
  title: z.string(),
  dueOn: ZCaseDate,
  completedOn: ZCaseDate.nullable(),
  cancelled: z.boolean(),
});
export type Milestone = z.infer<typeof ZMilestone>;

/** Research plan (seed 001 §IV.2-6, and the plan items of §IV.2-7). */
export const ZResearchPlan = z.object({
  theme: z.string(),
  objectives: z.string(),
  startsOn: ZCaseDate,
  endsOn: ZCaseDate,
  milestones: z.array(ZMilestone),
  /** Participant ids named in the plan; they must all be on the case. */
  participantIds: z.array(z.string()),
});
export type ResearchPlan = z.infer<typeof ZResearchPlan>;

/**
 * Contract terms, one field per checklist item of seed 001 §IV.2-7. `null` means "not yet addressed";
 * an empty list means "addressed: none" (e.g. no facilities used).
 */
export const ZContractTerms = z.object({
  researchTheme: z.object({ title: z.string(), purpose: z.string(), content: z.string() }).nullable(),
  researchers: z
    .object({
      piNamed: z.boolean(),
      researchersListed: z.boolean(),
      studentsParticipate: z.boolean(),
      visitingResearchersParticipate: z.boolean(),
    })
    .nullable(),
  places: z.array(z.string()).nullable(),
  period: z.object({ startsOn: ZCaseDate, endsOn: ZCaseDate }).nullable(),
  costs: z.object({ amountYen: ZYen, paymentTerms: z.string(), equipmentOwnership: z.string() }).nullable(),
  facilities: z.array(z.string()).nullable(),
  informationToProvide: z
    .object({ items: z.array(z.string()), confidentialInformationDefined: z.boolean() })
    .nullable(),
  schedule: z.object({ milestonesDefined: z.boolean(), rolesDefined: z.boolean() }).nullable(),
  confidentiality: z
    .object({
      /** Years the obligation lasts; null = no end date. */
      termYears: z.number().positive().nullable(),
      /** Years it survives after termination; null = survives indefinitely; 0 = ends with the contract. */
      survivalYearsAfterTermination: z.number().nonnegative().nullable(),
    })
    .nullable(),
  knowHow: z.object({ designated: z.boolean(), secrecyYears: z.number().positive().nullable() }).nullable(),
  results: z
    .object({
      ownership: z.enum(RESULT_OWNERSHIPS),
      assignmentToPartner: z.boolean(),
      exclusiveLicenceToPartner: z.boolean(),
      ipCostsAllocated: z.boolean(),
    })
    .nullable(),
  assignment: z.object({ priorConsentRequired: z.boolean() }).nullable(),
  antiSocialForcesClause: z.boolean(),
  damages: z.object({ capped: z.boolean() }).nullable(),
  governingLaw: ZCountryCode.nullable(),
  jurisdiction: z.object({ method: z.enum(DISPUTE_METHODS), seatCountry: ZCountryCode }).nullable(),
  /** Publication: days the partner may hold back a publication, and whether it can veto one. */
  publication: z
    .object({ maxDelayDays: z.number().int().nonnegative(), partnerVeto: z.boolean() })
    .nullable(),
  /** Nationalities the partner asks to exclude from the work; `allForeign` = all non-Japanese. */
  personnelExclusions: z.object({ allForeign: z.boolean(), nationalities: z.array(ZCountryCode) }),
  /** Contract language (ISO 639-1); a non-Japanese contract raises the indirect rate (seed 001 case 23). */
  language: z.string().min(2),
  // Seed 001 §IV.2-7 (E2, E14, E18): optional so terms stored before issue 14 still read; null = not agreed yet.
  /** 研究期間（中止／延長／終了の定義／終了時の対応）. */
  termination: z
    .object({
      noticeDays: z.number().int().nonnegative().nullable(),
      extensionByAgreement: z.boolean(),
      autoRenewal: z.boolean(),
      wrapUpDefined: z.boolean(),
    })
    .nullish(),
  /** Background IP each party brings (E18): listed, free for the research, commercial use on terms. */
  backgroundIp: z
    .object({ listed: z.boolean(), researchUseFree: z.boolean(), commercialUse: z.enum(BACKGROUND_USES) })
    .nullish(),
  /** 不実施補償: compensation to the university, which does not exploit, when the partner exploits. */
  nonPracticeCompensation: z.object({ basis: z.enum(NON_PRACTICE_BASES) }).nullish(),
  /** プログラムの取扱: who owns the copyright and whether it may be released as open source. */
  software: z
    .object({ copyrightOwner: z.enum(RESULT_OWNERSHIPS), openSource: z.enum(OPEN_SOURCE_POLICIES) })
    .nullish(),
  /** 共有特許の取扱: costs, and consent to license or assign (not the default abroad, seed 001 §II.3.3). */
  coOwnedPatents: z
    .object({ costSharing: z.enum(CO_OWNED_COST_SHARING), consentToLicenceOrAssign: z.boolean() })
    .nullish(),
  /** 第三者参加: whether others may join and whether that needs both parties' consent. */
  thirdParties: z.object({ joiningAllowed: z.boolean(), consentRequired: z.boolean() }).nullish(),
});
export type ContractTerms = z.infer<typeof ZContractTerms>;

/** Agreement confirmation and notice (seed 001 §IV.2-8). */
export const ZAgreementConfirmation = z.object({
  /** No major constraint on the PI's other research or on using the IP this research relies on. */
  piConstraintsReviewed: z.boolean(),
  /** 機関内の規定やルールに則した条件 */
  conformsToInstitutionalRules: z.boolean(),
  /** Participants who were told the contract's obligations. */
  briefedParticipantIds: z.array(z.string()),
});
export type AgreementConfirmation = z.infer<typeof ZAgreementConfirmation>;

/** National R&D project participation by a foreign company (seed 004). */
export const ZNationalProject = z.object({
  projectType: z.enum(NATIONAL_PROJECT_TYPES),
  participationForm: z.enum(PARTICIPATION_FORMS),
  /** The participant whose work this case covers is a 国外企業等 (seed 004 §1). */
  foreignParticipant: z.boolean(),
  criteria: z.object({
    /** §3(1)①: superior technology, market influence or environment that domestic firms lack. */
    superiorCapability: z.boolean(),
    /** §3(1)②: contribution to Japan's economy explained concretely and reasonably. */
    economicContributionExplained: z.boolean(),
    /** §3(1)③: fits the project's purpose. */
    alignsWithProjectPurpose: z.boolean(),
    /** §3(2): technology and IP management against unintended leakage. */
    technologyManagementInPlace: z.boolean(),
    /** §3(3)①–③: complies with Japanese law in Japan, local law abroad, consults in good faith. */
    compliesWithLawAndConsults: z.boolean(),
    /** §3(4): can follow budget-execution procedures. */
    budgetProceduresAccepted: z.boolean(),
  }),
  ip: z.object({
    coOwnedWithState: z.boolean(),
    /** The state's (METI / NEDO) share of results, in percent. */
    stateSharePercent: z.number().min(0).max(100).nullable(),
  }),
  contract: z.object({
    /** §4(1)②: prior notice of transfers from a Japanese or overseas subsidiary to the parent. */
    parentTransferNoticeClause: z.boolean(),
    /** §4(1)② / 産業技術力強化法17条: free licence to the state when needed in the public interest. */
    freeLicenceToStateClause: z.boolean(),
    /** §4(1)③: sublicensable non-exclusive licence to the commissioning party, surviving M&A. */
    sublicensableLicenceOnMergerClause: z.boolean(),
    /** §4(4): confidentiality valid for a period after the project ends; years, null = none agreed. */
    postProjectConfidentialityYears: z.number().nonnegative().nullable(),
  }),
  /** §4(4): the institution runs an export-control (機微技術管理) system. */
  institutionExportControlSystem: z.boolean(),
});
export type NationalProject = z.infer<typeof ZNationalProject>;

/** Closing (seed 001 §IV.3; seed 001 §II.3.1 表5 i: results of government-commissioned work are reported). */
export const ZClosing = z.object({
  finalReportReceived: z.boolean(),
  resultsReportedToFunder: z.boolean(),
  /** The date until which confidentiality survives, recorded so the obligation can be followed up. */
  confidentialitySurvivesUntil: ZCaseDate.nullable(),
  /** true when the contract has no surviving confidentiality at all. */
  noSurvivingConfidentiality: z.boolean(),
});
export type Closing = z.infer<typeof ZClosing>;
