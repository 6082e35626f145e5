import { z } from "zod";
import { BAYH_DOLE_RECORD_KINDS } from "../ip/ip-types";
import { CREDIT_RESULTS } from "../partners/partner-types";
import { ROLES } from "../shared/roles";
import {
  CASE_KINDS,
  CASE_STAGES,
  DESTINATION_GROUPS,
  EMERGING_TECH_CATEGORIES,
  EXPORT_REVIEW_OUTCOMES,
  FUNDING_KINDS,
  LICENCE_STATUSES,
  PARTICIPANT_KINDS,
  RESEARCH_AREAS,
  SCREENING_STATUSES,
} from "./case-types";
import { CONTRACT_RED_FLAGS } from "./contract-checklist";
import {
  ZAgreementConfirmation,
  ZCaseDate,
  ZClosing,
  ZContractTerms,
  ZCountryCode,
  ZNationalProject,
  ZNegotiation,
  ZResearchPlan,
  ZScheme,
} from "./stage-schemas";

/** Lists a screening can hit (seed 001 case 25: METI ユーザーリスト; spec screening-research). */
export const SCREENING_LISTS = ["eul", "sanctions", "us_entity_list", "other"] as const;
export type ScreeningList = (typeof SCREENING_LISTS)[number];

export const ZScreening = z.object({
  status: z.enum(SCREENING_STATUSES),
  screenedOn: ZCaseDate.nullable(),
  /** Lists that matched when `status` is `match`. */
  matchedLists: z.array(z.enum(SCREENING_LISTS)),
});
export type Screening = z.infer<typeof ZScreening>;

/** A partner of the case with the due-diligence facts of seed 001 §IV.2-3 and §III.1. */
export const ZCasePartner = z.object({
  partnerId: z.string().min(1),
  name: z.string(),
  country: ZCountryCode,
  /** From `classifyDestination`; `group` null when the country is not classified (e.g. Japan). */
  destination: z.object({
    group: z.enum(DESTINATION_GROUPS).nullable(),
    unArmsEmbargo: z.boolean(),
    concernCountry: z.boolean(),
  }),
  screening: ZScreening,
  credit: z
    .object({ result: z.enum(CREDIT_RESULTS), checkedOn: ZCaseDate, expiresOn: ZCaseDate.nullable() })
    .nullable(),
  ownership: z.object({
    known: z.boolean(),
    foreignGovernmentControl: z.boolean(),
    stateOwned: z.boolean(),
    militaryAffiliation: z.boolean(),
  }),
  /** The partner country's rules (seed 001 §II.2 末尾, §II.3.3, §IV.2-3 関連法令等の把握). */
  countryRules: z.object({
    reviewed: z.boolean(),
    /** Local law can compel disclosure of information to the state, or forces technology transfer. */
    compelledDisclosure: z.boolean(),
    /** The country requires first filing where the invention was made (§II.3.3). */
    firstFilingRequirement: z.boolean(),
  }),
  reputationNotes: z.array(z.object({ severity: z.enum(["info", "concern", "serious"]), note: z.string() })),
});
export type CasePartner = z.infer<typeof ZCasePartner>;

/** A person on the case. Students carry the consent and pledge record (seed 003 名古屋大学・三重大学). */
export const ZParticipant = z.object({
  participantId: z.string().min(1),
  name: z.string(),
  kind: z.enum(PARTICIPANT_KINDS),
  userId: z.string().nullable(),
  screening: ZScreening,
  student: z
    .object({
      informedConsentOn: ZCaseDate.nullable(),
      pledgeOn: ZCaseDate.nullable(),
      employedByInstitution: z.boolean(),
    })
    .nullable(),
});
export type Participant = z.infer<typeof ZParticipant>;

export const ZFundingSource = z.object({
  fundingId: z.string().min(1),
  kind: z.enum(FUNDING_KINDS),
  funder: z.string(),
  /** Japanese Bayh-Dole (産業技術力強化法17条) applies to IP from this money (seed 001 §II.3.1). */
  bayhDole: z.boolean(),
  /** The grant's rules restrict collaboration with foreign companies (seed 001 §IV.1-2 国プロ). */
  restrictsForeignCollaboration: z.boolean(),
});
export type FundingSource = z.infer<typeof ZFundingSource>;

export const ZCaseBayhDole = z.object({
  records: z.array(
    z.object({
      kind: z.enum(BAYH_DOLE_RECORD_KINDS),
      on: ZCaseDate,
      recordedByRole: z.enum(ROLES),
    }),
  ),
  backgroundInventions: z.array(z.object({ inventionId: z.string(), title: z.string() })),
});
export type CaseBayhDole = z.infer<typeof ZCaseBayhDole>;

export const ZResearchField = z.object({
  area: z.enum(RESEARCH_AREAS).nullable(),
  emergingTech: z.array(z.enum(EMERGING_TECH_CATEGORIES)),
  keywords: z.array(z.string()),
});
export type ResearchField = z.infer<typeof ZResearchField>;

/** The PI's COI self-declaration; for now a flag with an optional end of validity. */
export const ZCoiDeclaration = z.object({ declared: z.boolean(), validUntil: ZCaseDate.nullable() });
export type CoiDeclaration = z.infer<typeof ZCoiDeclaration>;

export const ZNda = z.object({
  ndaId: z.string().min(1),
  partnerIds: z.array(z.string()),
  signedOn: ZCaseDate.nullable(),
  expiresOn: ZCaseDate.nullable(),
  terminated: z.boolean(),
});
export type Nda = z.infer<typeof ZNda>;

export const ZLicenceRecord = z.object({ status: z.enum(LICENCE_STATUSES), expiresOn: ZCaseDate.nullable() });
export type LicenceRecord = z.infer<typeof ZLicenceRecord>;

/** The case's export-control review: `outcome` is null while the 取引審査 is not yet decided. */
export const ZExportReview = z.object({
  outcome: z.enum(EXPORT_REVIEW_OUTCOMES).nullable(),
  reviewedOn: ZCaseDate.nullable(),
  licence: ZLicenceRecord.nullable(),
});
export type ExportReview = z.infer<typeof ZExportReview>;

/** The stored result of `checkInternal` (internal-check.ts). */
export const ZInternalCheckRecord = z.object({
  outcome: z.enum(["clear", "review_required", "blocked"]),
  recordedOn: ZCaseDate,
});

export const ZRedFlagWaiver = z.object({
  flag: z.enum(CONTRACT_RED_FLAGS),
  approvedByUserId: z.string(),
  approvedByRole: z.enum(ROLES),
  justification: z.string().min(1),
});
export type RedFlagWaiver = z.infer<typeof ZRedFlagWaiver>;

/** Everything the workflow needs about one case; the server gathers it (`casesRepo.loadForTransition`). */
export const ZCaseFacts = z.object({
  caseId: z.string().min(1),
  title: z.string(),
  kind: z.enum(CASE_KINDS),
  stage: z.enum(CASE_STAGES),
  piUserId: z.string().nullable(),
  departmentIds: z.array(z.string()),
  field: ZResearchField,
  partners: z.array(ZCasePartner),
  participants: z.array(ZParticipant),
  funding: z.array(ZFundingSource),
  piCoi: ZCoiDeclaration,
  internalCheck: ZInternalCheckRecord.nullable(),
  highRiskApproval: z.object({ approvedByUserId: z.string(), approvedOn: ZCaseDate }).nullable(),
  scheme: ZScheme.nullable(),
  ndas: z.array(ZNda),
  negotiation: ZNegotiation.nullable(),
  researchPlan: ZResearchPlan.nullable(),
  contractTerms: ZContractTerms.nullable(),
  redFlagWaivers: z.array(ZRedFlagWaiver),
  agreementConfirmation: ZAgreementConfirmation.nullable(),
  exportReview: ZExportReview.nullable(),
  /**
   * Bayh-Dole records legal/IP made about this case (prior approval, notice; seed 001 §II.3.1 表5 iv) and
   * the Bayh-Dole inventions brought into it as background IP — never a box the PI ticks (X3).
   */
  bayhDole: ZCaseBayhDole,
  nationalProject: ZNationalProject.nullable(),
  contractSignedOn: ZCaseDate.nullable(),
  closing: ZClosing.nullable(),
});
export type CaseFacts = z.infer<typeof ZCaseFacts>;

/** Who acts: the user, their roles, and the departments they head or belong to. */
export const ZCaseActor = z.object({
  userId: z.string().min(1),
  roles: z.array(z.enum(ROLES)),
  departmentIds: z.array(z.string()),
});
export type CaseActor = z.infer<typeof ZCaseActor>;
