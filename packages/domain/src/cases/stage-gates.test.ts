import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import {
  COORDINATOR,
  coiOf,
  DEPT_HEAD,
  EXECUTIVE,
  EXPORT_OFFICER,
  LEGAL,
  PI,
  partner,
  readyCase,
  researcherCoi,
  staff,
  student,
  TODAY,
  terms,
} from "./case-fixtures";
import type { CaseActor, CaseFacts } from "./case-schemas";
import type { CaseAction } from "./case-transitions";
import type { CaseStage } from "./case-types";
import { applyTransition, availableActions } from "./case-workflow";
import type { NationalProject } from "./stage-schemas";

const r = readyCase();
const scheme = r.scheme!;
const plan = r.researchPlan!;
const closing = {
  finalReportReceived: true,
  resultsReportedToFunder: true,
  confidentialitySurvivesUntil: "2031-12-31",
  noSurvivingConfidentiality: false,
};
const npOk: NationalProject = {
  projectType: "inbound",
  participationForm: "commissioned",
  foreignParticipant: true,
  criteria: {
    superiorCapability: true,
    economicContributionExplained: true,
    alignsWithProjectPurpose: true,
    technologyManagementInPlace: true,
    compliesWithLawAndConsults: true,
    budgetProceduresAccepted: true,
  },
  ip: { coOwnedWithState: true, stateSharePercent: 50 },
  contract: {
    parentTransferNoticeClause: true,
    freeLicenceToStateClause: true,
    sublicensableLicenceOnMergerClause: true,
    postProjectConfidentialityYears: 5,
  },
  institutionExportControlSystem: true,
};
const screenedOld = { status: "clear" as const, screenedOn: "2025-11-21", matchedLists: [] };

/**
 * [test name with seed section, stage, action, actor, facts to change, expected ruleIds (empty = allowed)].
 * Each row breaks (or deliberately satisfies) one fact of an otherwise ready case.
 */
type Row = [string, CaseStage, CaseAction, CaseActor, Partial<CaseFacts>, string[]];

const ROWS: Row[] = [
  // Intake (seed 001 §IV.2-1)
  ["§IV.2-1 blank title", "intake", "submit_intake", PI, { title: " " }, ["STAGE-INTAKE-TITLE"]],
  ["§IV.2-1 no PI", "intake", "submit_intake", COORDINATOR, { piUserId: null }, ["STAGE-INTAKE-PI"]],
  ["§IV.2-1 no partner", "intake", "submit_intake", PI, { partners: [] }, ["STAGE-INTAKE-PARTNER"]],
  ["§IV.2-1 no department", "intake", "submit_intake", PI, { departmentIds: [] }, ["STAGE-INTAKE-DEPT"]],
  [
    "§IV.2-1 no field",
    "intake",
    "submit_intake",
    PI,
    { field: { ...r.field, area: null } },
    ["STAGE-INTAKE-FIELD"],
  ],
  // Internal check (seed 001 §IV.2-2, case 26)
  [
    "§IV.2-2 not recorded",
    "internal_check",
    "complete_internal_check",
    COORDINATOR,
    { internalCheck: null },
    ["STAGE-IC-MISSING"],
  ],
  [
    "case26 blocked",
    "internal_check",
    "complete_internal_check",
    DEPT_HEAD,
    { internalCheck: { outcome: "blocked", recordedOn: TODAY } },
    ["STAGE-IC-BLOCKED"],
  ],
  [
    "case26 review needs dept head",
    "internal_check",
    "complete_internal_check",
    COORDINATOR,
    { internalCheck: { outcome: "review_required", recordedOn: TODAY } },
    ["STAGE-IC-REVIEW"],
  ],
  [
    "case26 review by dept head",
    "internal_check",
    "complete_internal_check",
    DEPT_HEAD,
    { internalCheck: { outcome: "review_required", recordedOn: TODAY } },
    [],
  ],
  // Due diligence (seed 001 §IV.2-3, §III.1)
  [
    "§IV.2-3 partner not screened",
    "due_diligence",
    "complete_due_diligence",
    COORDINATOR,
    { partners: [partner({ screening: { status: "pending", screenedOn: null, matchedLists: [] } })] },
    ["HR-MISSING-SCREENING"],
  ],
  [
    "§IV.2-3 no credit check",
    "due_diligence",
    "complete_due_diligence",
    COORDINATOR,
    { partners: [partner({ credit: null })] },
    ["HR-MISSING-CREDIT"],
  ],
  [
    "§III.1 sanctioned partner is prohibited",
    "due_diligence",
    "complete_due_diligence",
    COORDINATOR,
    {
      partners: [partner({ screening: { status: "match", screenedOn: TODAY, matchedLists: ["sanctions"] } })],
    },
    ["GATE-RISK-PROHIBITED", "HR-SANCTIONS"],
  ],
  [
    "§III.1 high risk needs executive approval",
    "due_diligence",
    "complete_due_diligence",
    COORDINATOR,
    { partners: [partner({ reputationNotes: [{ severity: "serious", note: "報道" }] })] },
    ["GATE-RISK-HIGH"],
  ],
  [
    "§III.1 high risk approved",
    "due_diligence",
    "complete_due_diligence",
    COORDINATOR,
    {
      highRiskApproval: { approvedByUserId: "u-ex", approvedOn: TODAY },
      partners: [partner({ reputationNotes: [{ severity: "serious", note: "報道" }] })],
    },
    [],
  ],
  [
    "§III.1 approval only for high",
    "due_diligence",
    "approve_high_risk",
    EXECUTIVE,
    {},
    ["STAGE-RISK-NOT-HIGH"],
  ],
  [
    "§III.1 approval only once",
    "due_diligence",
    "approve_high_risk",
    EXECUTIVE,
    { highRiskApproval: { approvedByUserId: "u-ex", approvedOn: TODAY } },
    ["STAGE-RISK-APPROVED"],
  ],
  // Scheme (seed 001 §IV.2-4)
  ["§IV.2-4 no scheme", "scheme_design", "complete_scheme", PI, { scheme: null }, ["STAGE-SCHEME-MISSING"]],
  [
    "§IV.2-4 no method",
    "scheme_design",
    "complete_scheme",
    PI,
    { scheme: { ...scheme, methods: [] } },
    ["STAGE-SCHEME-METHOD"],
  ],
  [
    "§IV.2-4 related IP",
    "scheme_design",
    "complete_scheme",
    PI,
    { scheme: { ...scheme, relatedIpReviewed: false } },
    ["STAGE-SCHEME-IP"],
  ],
  [
    "§IV.2-4 return/risk",
    "scheme_design",
    "complete_scheme",
    PI,
    { scheme: { ...scheme, returnRiskAnalysis: "" } },
    ["STAGE-SCHEME-RETURN-RISK"],
  ],
  [
    "§IV.2-4 negotiable",
    "scheme_design",
    "complete_scheme",
    PI,
    { scheme: { ...scheme, negotiablePoints: [] } },
    ["STAGE-SCHEME-NEGOTIABLE"],
  ],
  [
    "§IV.2-4 non-negotiable",
    "scheme_design",
    "complete_scheme",
    PI,
    { scheme: { ...scheme, nonNegotiablePoints: [] } },
    ["STAGE-SCHEME-NON-NEGOTIABLE"],
  ],
  // NDA (seed 001 §IV.2-5)
  ["§IV.2-5 no NDA", "nda", "record_nda", LEGAL, { ndas: [] }, ["GATE-NDA"]],
  [
    "§IV.2-5 NDA expired",
    "nda",
    "record_nda",
    LEGAL,
    { ndas: [{ ...r.ndas[0]!, expiresOn: "2026-11-21" }] },
    ["GATE-NDA"],
  ],
  [
    "§IV.2-5 NDA expires today still covers",
    "nda",
    "record_nda",
    LEGAL,
    { ndas: [{ ...r.ndas[0]!, expiresOn: TODAY }] },
    [],
  ],
  [
    "§IV.2-5 NDA terminated",
    "nda",
    "record_nda",
    LEGAL,
    { ndas: [{ ...r.ndas[0]!, terminated: true }] },
    ["GATE-NDA"],
  ],
  [
    "§IV.2-5 NDA not yet signed",
    "nda",
    "record_nda",
    LEGAL,
    { ndas: [{ ...r.ndas[0]!, signedOn: null }] },
    ["GATE-NDA"],
  ],
  [
    "§IV.2-5 NDA misses second partner",
    "nda",
    "record_nda",
    LEGAL,
    { partners: [partner(), partner({ partnerId: "p-2", name: "Beta Ltd" })] },
    ["GATE-NDA"],
  ],
  [
    "§IV.2-4 without NDA needs public method",
    "nda",
    "proceed_without_nda",
    COORDINATOR,
    { scheme: { ...scheme, disclosurePlan: [] } },
    ["STAGE-NO-NDA-METHOD"],
  ],
  [
    "§IV.2-5 without NDA but secrets planned",
    "nda",
    "proceed_without_nda",
    COORDINATOR,
    { scheme: { ...scheme, methods: ["public_information_consulting"] } },
    ["STAGE-NO-NDA-SECRETS"],
  ],
  // Negotiation (seed 001 §IV.2-5)
  [
    "§IV.2-5 no negotiation record",
    "negotiation",
    "complete_negotiation",
    LEGAL,
    { negotiation: null },
    ["STAGE-NEG-MISSING"],
  ],
  [
    "§IV.2-5 partner researchers",
    "negotiation",
    "complete_negotiation",
    LEGAL,
    { negotiation: { ...r.negotiation!, partnerResearchersReviewed: false } },
    ["STAGE-NEG-RESEARCHERS"],
  ],
  [
    "§IV.2-5 third-party patents",
    "negotiation",
    "complete_negotiation",
    LEGAL,
    { negotiation: { ...r.negotiation!, thirdPartyPatentsInvolved: true } },
    ["STAGE-NEG-THIRD-PARTY-IP"],
  ],
  [
    "§IV.2-5 roles",
    "negotiation",
    "complete_negotiation",
    LEGAL,
    { negotiation: { ...r.negotiation!, rolesAgreed: false } },
    ["STAGE-NEG-ROLES"],
  ],
  // Research plan (seed 001 §IV.2-6; seed 003 students)
  [
    "§IV.2-6 no plan",
    "research_plan",
    "complete_research_plan",
    PI,
    { researchPlan: null },
    ["STAGE-PLAN-MISSING"],
  ],
  [
    "§IV.2-6 no theme",
    "research_plan",
    "complete_research_plan",
    PI,
    { researchPlan: { ...plan, objectives: "" } },
    ["STAGE-PLAN-THEME"],
  ],
  [
    "§IV.2-6 period reversed",
    "research_plan",
    "complete_research_plan",
    PI,
    { researchPlan: { ...plan, endsOn: "2026-12-31" } },
    ["STAGE-PLAN-PERIOD"],
  ],
  [
    "§IV.2-7 no milestones",
    "research_plan",
    "complete_research_plan",
    PI,
    { researchPlan: { ...plan, milestones: [] } },
    ["STAGE-PLAN-MILESTONES"],
  ],
  [
    "§IV.2-6 unknown participant",
    "research_plan",
    "complete_research_plan",
    PI,
    { researchPlan: { ...plan, participantIds: ["pt-x"] } },
    ["STAGE-PLAN-PARTICIPANTS"],
  ],
  [
    "seed003 student without consent",
    "research_plan",
    "complete_research_plan",
    PI,
    {
      participants: [
        staff(),
        student({ student: { informedConsentOn: null, pledgeOn: TODAY, employedByInstitution: false } }),
      ],
    },
    ["GATE-STUDENT-CONSENT"],
  ],
  [
    "seed003 student without pledge",
    "research_plan",
    "complete_research_plan",
    PI,
    {
      participants: [
        staff(),
        student({ student: { informedConsentOn: TODAY, pledgeOn: null, employedByInstitution: true } }),
      ],
    },
    ["GATE-STUDENT-PLEDGE"],
  ],
  // Contract terms (seed 001 §IV.2-7, case 27)
  [
    "§IV.2-7 no terms",
    "contract_terms",
    "complete_contract_terms",
    LEGAL,
    { contractTerms: null },
    ["GATE-TERMS-MISSING"],
  ],
  [
    "§IV.2-7 missing item",
    "contract_terms",
    "complete_contract_terms",
    LEGAL,
    { contractTerms: terms({ damages: null }) },
    ["CT-CHECKLIST"],
  ],
  [
    "X4 arbitration in Japan is never a red flag (default policy: warn)",
    "contract_terms",
    "complete_contract_terms",
    LEGAL,
    { contractTerms: terms({ jurisdiction: { method: "arbitration", seatCountry: "JP" } }) },
    [],
  ],
  [
    "§III.1 waived publication flag",
    "contract_terms",
    "complete_contract_terms",
    LEGAL,
    {
      contractTerms: terms({ publication: { maxDelayDays: 60, partnerVeto: true } }),
      redFlagWaivers: [
        {
          flag: "publication_beyond_policy",
          approvedByUserId: "u-dh",
          approvedByRole: "department_head",
          justification: "学生不参加の範囲に限定",
        },
      ],
    },
    [],
  ],
  // Agreement confirmation (seed 001 §IV.2-8)
  [
    "§IV.2-8 not recorded",
    "agreement_confirmation",
    "confirm_agreement",
    COORDINATOR,
    { agreementConfirmation: null },
    ["STAGE-AGREE-MISSING"],
  ],
  [
    "§IV.2-8 PI constraints",
    "agreement_confirmation",
    "confirm_agreement",
    COORDINATOR,
    { agreementConfirmation: { ...r.agreementConfirmation!, piConstraintsReviewed: false } },
    ["STAGE-AGREE-PI"],
  ],
  [
    "§IV.2-8 institutional rules",
    "agreement_confirmation",
    "confirm_agreement",
    COORDINATOR,
    { agreementConfirmation: { ...r.agreementConfirmation!, conformsToInstitutionalRules: false } },
    ["STAGE-AGREE-RULES"],
  ],
  [
    "§IV.2-8 student not briefed",
    "agreement_confirmation",
    "confirm_agreement",
    COORDINATOR,
    { agreementConfirmation: { ...r.agreementConfirmation!, briefedParticipantIds: ["pt-pi"] } },
    ["STAGE-AGREE-BRIEFING"],
  ],
  // Contract gate (seed 001 §IV.2-9, §II.1, §III.1; seed 003; seed 004)
  [
    "§IV.2-9 partner screening pending",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    { partners: [partner({ screening: { status: "pending", screenedOn: null, matchedLists: [] } })] },
    ["GATE-SCREEN-PARTNER", "HR-MISSING-SCREENING"],
  ],
  [
    "§IV.2-9 participant matched",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    {
      participants: [
        staff({ screening: { status: "match", screenedOn: TODAY, matchedLists: ["eul"] } }),
        student(),
      ],
    },
    // An End User List hit waits for the licence path (issue 15), not a plain "listed" refusal.
    ["GATE-SCREEN-EUL"],
  ],
  [
    "case25 screening older than a year",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    { participants: [staff({ screening: screenedOld }), student()] },
    ["GATE-SCREEN-PARTICIPANT"],
  ],
  [
    "case25 screening exactly a year old",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    { participants: [staff({ screening: { ...screenedOld, screenedOn: "2025-11-22" } }), student()] },
    [],
  ],
  [
    "§IV.2-9 no export review",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    { exportReview: null },
    ["GATE-EXPORT-MISSING"],
  ],
  [
    "§II.1 NO_LICENCE_EXEMPT allows",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    { exportReview: { outcome: "NO_LICENCE_EXEMPT", reviewedOn: TODAY, licence: null } },
    [],
  ],
  [
    "§II.1 LICENCE_REQUIRED without licence",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    {
      exportReview: {
        outcome: "LICENCE_REQUIRED",
        reviewedOn: TODAY,
        licence: { status: "applied", expiresOn: null },
      },
    },
    ["GATE-EXPORT-LICENCE"],
  ],
  [
    "§II.1 LICENCE_REQUIRED with granted licence",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    {
      exportReview: {
        outcome: "LICENCE_REQUIRED",
        reviewedOn: TODAY,
        licence: { status: "granted", expiresOn: "2027-11-22" },
      },
    },
    [],
  ],
  [
    "§II.1 licence expired",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    {
      exportReview: {
        outcome: "LICENCE_REQUIRED",
        reviewedOn: TODAY,
        licence: { status: "granted", expiresOn: "2026-11-21" },
      },
    },
    ["GATE-EXPORT-LICENCE"],
  ],
  [
    "§IV.2-9 MANUAL_REVIEW blocks",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    { exportReview: { outcome: "MANUAL_REVIEW", reviewedOn: TODAY, licence: null } },
    ["GATE-EXPORT-MANUAL"],
  ],
  [
    "§II.1 PROHIBITED blocks",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    { exportReview: { outcome: "PROHIBITED", reviewedOn: TODAY, licence: null } },
    ["GATE-EXPORT-PROHIBITED"],
  ],
  [
    "§III.1 COI not declared",
    "export_risk_review",
    "sign_contract",
    EXECUTIVE,
    { coi: coiOf(researcherCoi({ declaration: null })) },
    ["GATE-COI-MISSING"],
  ],
  [
    "§III.1 COI lapsed",
    "export_risk_review",
    "sign_contract",
    EXECUTIVE,
    {
      coi: coiOf(
        researcherCoi({
          declaration: {
            state: "approved",
            approvedOn: "2025-04-01",
            validUntil: "2026-03-31",
            relatedInterests: [],
          },
        }),
      ),
    },
    ["GATE-COI-EXPIRED"],
  ],
  [
    "seed003 student pledge missing at signing",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    {
      participants: [
        staff(),
        student({ student: { informedConsentOn: TODAY, pledgeOn: null, employedByInstitution: false } }),
      ],
    },
    ["GATE-STUDENT-PLEDGE"],
  ],
  [
    "§III.1 high risk unapproved at signing",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    { partners: [partner({ destination: { group: "D", unArmsEmbargo: false, concernCountry: true } })] },
    ["GATE-RISK-HIGH"],
  ],
  [
    "§IV.2-7 red flag open at signing",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    { contractTerms: terms({ personnelExclusions: { allForeign: true, nationalities: [] } }) },
    ["CT-RF-foreign_national_exclusion"],
  ],
  [
    "seed004§3 national project not recorded",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    { kind: "national_project" },
    ["GATE-NP-MISSING"],
  ],
  [
    "seed004§3 national project criterion fails",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    {
      kind: "national_project",
      nationalProject: { ...npOk, criteria: { ...npOk.criteria, budgetProceduresAccepted: false } },
    },
    ["NP-CRIT-4"],
  ],
  [
    "seed004 national project compliant",
    "export_risk_review",
    "sign_contract",
    COORDINATOR,
    { kind: "national_project", nationalProject: npOk },
    [],
  ],
  // Closing (seed 001 §IV.3, §II.3.1 表5 i)
  ["§IV.3 no closing record", "closing", "close", COORDINATOR, { closing: null }, ["STAGE-CLOSE-MISSING"]],
  [
    "§IV.3 final report",
    "closing",
    "close",
    COORDINATOR,
    { closing: { ...closing, finalReportReceived: false }, researchPlan: { ...plan, milestones: [] } },
    ["STAGE-CLOSE-REPORT"],
  ],
  [
    "§II.3.1 results not reported to the state",
    "closing",
    "close",
    COORDINATOR,
    {
      closing: { ...closing, resultsReportedToFunder: false },
      researchPlan: { ...plan, milestones: [] },
      funding: [
        {
          fundingId: "f-2",
          kind: "government_commissioned",
          funder: "NEDO",
          bayhDole: true,
          restrictsForeignCollaboration: false,
        },
      ],
    },
    ["STAGE-CLOSE-BAYH-DOLE"],
  ],
  [
    "§IV.2-7 surviving confidentiality not recorded",
    "closing",
    "close",
    COORDINATOR,
    {
      closing: { ...closing, confidentialitySurvivesUntil: null },
      researchPlan: { ...plan, milestones: [] },
    },
    ["STAGE-CLOSE-SURVIVAL"],
  ],
  ["case28 open milestone", "closing", "close", COORDINATOR, { closing }, ["STAGE-CLOSE-MILESTONES"]],
  [
    "case28 cancelled milestone is resolved",
    "closing",
    "close",
    COORDINATOR,
    { closing, researchPlan: { ...plan, milestones: [{ ...plan.milestones[0]!, cancelled: true }] } },
    [],
  ],
];

describe("stage gates", () => {
  it.each(ROWS)("%s", (_name, stage, action, who, change, expected) => {
    const facts = readyCase({ stage, ...change });
    const offered = availableActions(facts, who, TODAY).find((a) => a.action === action);
    expect(offered?.reasons.map((x) => x.ruleId)).toEqual(expected);
    expect(offered?.allowed).toBe(expected.length === 0);
    const apply = () => applyTransition(facts, action, who, TODAY, { note: "理由" });
    if (expected.length === 0) {
      expect(apply().next).toBe(offered?.next);
    } else {
      expect(apply).toThrow(DomainError);
    }
  });

  it("case26: a role outside the guard sees the role reason and the gate reason together", () => {
    const facts = readyCase({
      stage: "internal_check",
      internalCheck: { outcome: "review_required", recordedOn: TODAY },
    });
    const a = availableActions(facts, EXPORT_OFFICER, TODAY).find(
      (x) => x.action === "complete_internal_check",
    );
    expect(a?.reasons.map((x) => x.ruleId)).toEqual(["CASE-ROLE", "STAGE-IC-REVIEW"]);
  });
});
