import { z } from "zod";
import { ZCaseCoiFacts } from "../coi/coi-gate";
import { ZPartnerProfileFacts } from "../crm/partner-profile";
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
  /** Regions, contribution in Japan and spin-off origin (issue 17 item 1); absent in older facts. */
  profile: ZPartnerProfileFacts.optional(),
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
  /**
   * The person's visitor / student intake determination (issue 15, C9): residency and 特定類型. Null when
   * no intake is linked; absent in facts built before participants carried it.
   */
  intake: z
    .object({
      residency: z.enum(["RESIDENT", "NON_RESIDENT"]).nullable(),
      tokutei: z.boolean(),
    })
    .nullable()
    .optional(),
  /** Will receive the case's controlled technology (該当技術). */
  receivesControlledTech: z.boolean().optional(),
  /** A registry person from outside the institution (visiting, dispatched), not a member. */
  external: z.boolean().optional(),
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

/** A 該非判定 a disclosure item is linked to, as it stands now (its version moves on every change). */
export const ZCaseClassification = z.object({
  classificationId: z.string().min(1),
  determination: z.string(),
  listItem: z.string().nullable(),
  version: z.number().int(),
  /** How a person knows the record (reference and name), for the reasons a change is shown with. */
  label: z.string().optional(),
});
export type CaseClassification = z.infer<typeof ZCaseClassification>;

/**
 * What a decided 取引審査 was decided on (issue 15): the case's parties, disclosure items and their
 * classifications. A later difference makes the decision stale.
 */
export const ZExportScope = z.object({
  partners: z.array(z.object({ id: z.string(), name: z.string(), country: z.string() })),
  participants: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      residency: z.string().nullable(),
      tokutei: z.boolean(),
      receivesControlledTech: z.boolean(),
    }),
  ),
  disclosureItems: z.array(
    z.object({
      itemId: z.string(),
      /** What the item is, in the applicant's words (an item is named by it, never by its id). */
      description: z.string().optional(),
      exportControlled: z.boolean(),
      classificationId: z.string().nullable(),
    }),
  ),
  classifications: z.array(ZCaseClassification),
});
export type ExportScope = z.infer<typeof ZExportScope>;

/** One 取引審査 of the case and the party it covers (null: filed for the case as a whole). */
export const ZSubjectReview = z.object({
  reviewId: z.string().min(1),
  refNo: z.string(),
  subject: z.object({ kind: z.enum(["partner", "participant"]), id: z.string() }).nullable(),
  review: ZExportReview,
  decidedScope: ZExportScope.nullable(),
});
export type SubjectReview = z.infer<typeof ZSubjectReview>;

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
  /** The committee's outcome for every researcher on the case, and the institutional register (issue 13). */
  coi: ZCaseCoiFacts,
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
   * Every 取引審査 of the case, newest first, with the party each covers (issue 15, C9). When present the
   * gate requires one decided review per foreign partner and per non-resident / 特定類型 participant who
   * receives controlled technology; absent in facts built before reviews were kept per party.
   */
  exportReviews: z.array(ZSubjectReview).optional(),
  /** The 該非判定 the disclosure items are linked to. */
  classifications: z.array(ZCaseClassification).optional(),
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
