import type { CaseCoiFacts, ResearcherCoi } from "../coi/coi-gate";
import type { Role } from "../shared/roles";
import type { CaseActor, CaseFacts, CasePartner, Participant } from "./case-schemas";
import type { ContractTerms } from "./stage-schemas";

/**
 * Test fixtures (used by the `*.test.ts` files beside this one; not exported from the package).
 * `readyCase()` is a case on which every gate is open, so a test breaks exactly one fact.
 */

export const TODAY = "2026-11-22";

export function partner(overrides: Partial<CasePartner> = {}): CasePartner {
  return {
    partnerId: "p-1",
    name: "Acme GmbH",
    country: "DE",
    destination: { group: "A", unArmsEmbargo: false, concernCountry: false },
    screening: { status: "clear", screenedOn: "2026-10-01", matchedLists: [] },
    credit: { result: "clear", checkedOn: "2026-09-01", expiresOn: "2027-09-01" },
    ownership: {
      known: true,
      foreignGovernmentControl: false,
      stateOwned: false,
      militaryAffiliation: false,
    },
    countryRules: { reviewed: true, compelledDisclosure: false, firstFilingRequirement: false },
    reputationNotes: [],
    ...overrides,
  };
}

/** The PI's COI outcome: approved by the committee until the end of the fiscal year, nothing related. */
export function researcherCoi(overrides: Partial<ResearcherCoi> = {}): ResearcherCoi {
  return {
    userId: "u-pi",
    name: "山田 太郎",
    role: "pi",
    declaration: {
      state: "approved",
      approvedOn: "2026-04-10",
      validUntil: "2027-03-31",
      relatedInterests: [],
    },
    newerOpen: null,
    newProfileItems: [],
    ...overrides,
  };
}

export function coiOf(...researchers: ResearcherCoi[]): CaseCoiFacts {
  return { researchers, institutional: { matches: [], determination: null } };
}

export function staff(overrides: Partial<Participant> = {}): Participant {
  return {
    participantId: "pt-pi",
    name: "山田 太郎",
    kind: "staff",
    userId: "u-pi",
    screening: { status: "clear", screenedOn: "2026-10-01", matchedLists: [] },
    student: null,
    ...overrides,
  };
}

export function student(overrides: Partial<Participant> = {}): Participant {
  return {
    participantId: "pt-stu",
    name: "佐藤 花子",
    kind: "student",
    userId: "u-stu",
    screening: { status: "clear", screenedOn: "2026-10-01", matchedLists: [] },
    student: { informedConsentOn: "2026-10-05", pledgeOn: "2026-10-05", employedByInstitution: false },
    ...overrides,
  };
}

export function terms(overrides: Partial<ContractTerms> = {}): ContractTerms {
  return {
    researchTheme: { title: "次世代電池材料", purpose: "高容量化", content: "材料探索と評価" },
    researchers: {
      piNamed: true,
      researchersListed: true,
      studentsParticipate: true,
      visitingResearchersParticipate: false,
    },
    places: ["工学部 3 号館"],
    period: { startsOn: "2027-01-01", endsOn: "2028-12-31" },
    costs: { amountYen: 12_000_000, paymentTerms: "前払い", equipmentOwnership: "大学" },
    facilities: [],
    informationToProvide: { items: ["試料"], confidentialInformationDefined: true },
    schedule: { milestonesDefined: true, rolesDefined: true },
    confidentiality: { termYears: 5, survivalYearsAfterTermination: 3 },
    knowHow: { designated: true, secrecyYears: 5 },
    results: {
      ownership: "joint",
      assignmentToPartner: false,
      exclusiveLicenceToPartner: false,
      ipCostsAllocated: true,
    },
    assignment: { priorConsentRequired: true },
    antiSocialForcesClause: true,
    damages: { capped: true },
    governingLaw: "JP",
    jurisdiction: { method: "arbitration", seatCountry: "SG" },
    publication: { maxDelayDays: 60, partnerVeto: false },
    personnelExclusions: { allForeign: false, nationalities: [] },
    language: "en",
    termination: { noticeDays: 30, extensionByAgreement: true, autoRenewal: false, wrapUpDefined: true },
    backgroundIp: { listed: true, researchUseFree: true, commercialUse: "separately_agreed" },
    nonPracticeCompensation: { basis: "agreed_later" },
    software: { copyrightOwner: "by_inventor", openSource: "with_consent" },
    coOwnedPatents: { costSharing: "by_share", consentToLicenceOrAssign: true },
    thirdParties: { joiningAllowed: true, consentRequired: true },
    ...overrides,
  };
}

export function readyCase(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    caseId: "case-1",
    title: "次世代電池材料の共同研究",
    kind: "joint_research",
    stage: "export_risk_review",
    piUserId: "u-pi",
    departmentIds: ["dept-eng"],
    field: { area: "nanotech_materials", emergingTech: [], keywords: ["battery"] },
    partners: [partner()],
    participants: [staff(), student()],
    funding: [
      {
        fundingId: "f-1",
        kind: "partner",
        funder: "Acme GmbH",
        bayhDole: false,
        restrictsForeignCollaboration: false,
      },
    ],
    coi: coiOf(researcherCoi()),
    internalCheck: { outcome: "clear", recordedOn: "2026-09-01" },
    highRiskApproval: null,
    scheme: {
      methods: ["full_collaboration"],
      disclosurePlan: [
        {
          itemId: "i-pub",
          description: "論文",
          timing: "public",
          level: 1,
          exportControlled: false,
          thirdPartyConsent: false,
        },
        {
          itemId: "i-nda",
          description: "予備データ",
          timing: "under_nda",
          level: 1,
          exportControlled: false,
          thirdPartyConsent: false,
        },
        {
          itemId: "i-after",
          description: "合成条件",
          timing: "after_contract",
          level: 2,
          exportControlled: false,
          thirdPartyConsent: false,
        },
        {
          itemId: "i-3p",
          description: "B社試料データ",
          timing: "third_party_secret",
          level: 1,
          exportControlled: false,
          thirdPartyConsent: true,
        },
        {
          itemId: "i-ctrl",
          description: "装置設計",
          timing: "under_nda",
          level: 1,
          exportControlled: true,
          thirdPartyConsent: false,
        },
      ],
      relatedIpReviewed: true,
      returnRiskAnalysis: "資金獲得と材料データの流出リスク",
      negotiablePoints: ["公表前の通知期間"],
      nonNegotiablePoints: ["第三国での仲裁"],
    },
    ndas: [
      {
        ndaId: "nda-1",
        partnerIds: ["p-1"],
        signedOn: "2026-08-01",
        expiresOn: "2029-07-31",
        terminated: false,
      },
    ],
    negotiation: {
      partnerResearchersReviewed: true,
      thirdPartyPatentsInvolved: false,
      thirdPartyPatentDisclosureObtained: false,
      rolesAgreed: true,
    },
    researchPlan: {
      theme: "次世代電池材料",
      objectives: "高容量化",
      startsOn: "2027-01-01",
      endsOn: "2028-12-31",
      milestones: [
        {
          milestoneId: "m-1",
          title: "候補材料の選定",
          dueOn: "2027-06-30",
          completedOn: null,
          cancelled: false,
        },
      ],
      participantIds: ["pt-pi", "pt-stu"],
    },
    contractTerms: terms(),
    redFlagWaivers: [],
    agreementConfirmation: {
      piConstraintsReviewed: true,
      conformsToInstitutionalRules: true,
      briefedParticipantIds: ["pt-pi", "pt-stu"],
    },
    exportReview: { outcome: "NO_LICENCE", reviewedOn: "2026-11-01", licence: null },
    bayhDole: { records: [], backgroundInventions: [] },
    nationalProject: null,
    contractSignedOn: null,
    closing: null,
    ...overrides,
  };
}

export function actor(roles: Role[], overrides: Partial<CaseActor> = {}): CaseActor {
  return { userId: `u-${roles.join("-")}`, roles, departmentIds: ["dept-eng"], ...overrides };
}

export const PI = actor(["researcher"], { userId: "u-pi" });
export const COORDINATOR = actor(["coordinator"]);
export const DEPT_HEAD = actor(["department_head"]);
export const EXECUTIVE = actor(["executive"]);
export const LEGAL = actor(["legal_ip"]);
export const EXPORT_OFFICER = actor(["export_control_officer"]);
