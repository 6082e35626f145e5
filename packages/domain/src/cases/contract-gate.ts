import type { IsoDate } from "../shared/dates";
import { type Decision, type Reason, reason } from "../shared/decision";
import { caseBayhDoleApprovalRecorded, caseBayhDoleGate } from "./case-bayh-dole";
import { exportReviewsGate, licencedFor } from "./case-export-coverage";
import { coiGate, screeningGate, studentGate } from "./case-gates";
import { type CasePolicy, DEFAULT_CASE_POLICY } from "./case-policy";
import type { CaseFacts } from "./case-schemas";
import { type ContractTermsEvaluation, evaluateContractTerms } from "./contract-terms";
import { assessHighRisk, type HighRiskAssessment } from "./high-risk-assessment";
import { evaluateNationalProject } from "./national-project";

/** The scheme discloses non-public key technology: level 2+ secrets or list-controlled items. */
export function disclosesKeyTechnology(facts: CaseFacts): boolean {
  return (facts.scheme?.disclosurePlan ?? []).some(
    (i) => i.timing !== "public" && (i.level >= 2 || i.exportControlled),
  );
}

/** Government money (seed 001 事例1 ②: 国費で研究開発した成果). */
const PUBLIC_FUNDING = new Set(["government_commissioned", "government_subsidy", "competitive_grant"]);

/** The high-risk assessment of the case's partners, from the facts on the case. */
export function assessCaseRisk(
  facts: CaseFacts,
  today: IsoDate,
  policy = DEFAULT_CASE_POLICY,
): HighRiskAssessment {
  return assessHighRisk(
    {
      partners: facts.partners,
      field: facts.field,
      disclosesKeyTechnology: disclosesKeyTechnology(facts),
      institutionCountry: policy.institutionCountry,
      publiclyFunded: facts.funding.some((f) => PUBLIC_FUNDING.has(f.kind)),
    },
    today,
  );
}

/** Reasons the high-risk assessment stops progress: facts missing, prohibited, or high without approval. */
export function highRiskGate(facts: CaseFacts, today: IsoDate, policy = DEFAULT_CASE_POLICY): Reason[] {
  const a = assessCaseRisk(facts, today, policy);
  const out = [...a.missing];
  if (a.outcome === "prohibited") {
    out.push(
      reason(
        "GATE-RISK-PROHIBITED",
        "seed001§III.1",
        "ハイリスクパートナリング評価: 連携不可",
        "High-risk partnering assessment: collaboration not possible",
      ),
      ...a.reasons,
    );
  } else if (a.outcome === "high" && facts.highRiskApproval === null) {
    out.push(
      reason(
        "GATE-RISK-HIGH",
        "seed001§III.1",
        "ハイリスクパートナリング評価: 高。役員の承認が必要",
        "High-risk partnering assessment: high; an executive must approve",
      ),
    );
  }
  return out;
}

/** The contract terms evaluated in the case's context. */
export function evaluateCaseTerms(
  facts: CaseFacts,
  policy = DEFAULT_CASE_POLICY,
): ContractTermsEvaluation | null {
  if (facts.contractTerms === null) {
    return null;
  }
  return evaluateContractTerms(facts.contractTerms, {
    kind: facts.kind,
    institutionCountry: policy.institutionCountry,
    partnerCountries: facts.partners.map((p) => p.country),
    studentsOnCase: facts.participants.some((p) => p.kind === "student"),
    bayhDoleFunded: facts.funding.some((f) => f.bayhDole),
    bayhDoleApprovalRecorded: caseBayhDoleApprovalRecorded(facts),
    waivers: facts.redFlagWaivers,
    maxPublicationDelayDays: policy.maxPublicationDelayDays,
    thirdCountryArbitration: policy.thirdCountryArbitration,
  });
}

/** Reasons the terms cannot be agreed or signed (missing checklist items, unwaived red flags). */
export function termsGate(facts: CaseFacts, policy = DEFAULT_CASE_POLICY): Reason[] {
  const ev = evaluateCaseTerms(facts, policy);
  if (ev === null) {
    return [
      reason(
        "GATE-TERMS-MISSING",
        "seed001§IV.2-7",
        "契約条件が記録されていない",
        "The contract terms have not been recorded",
      ),
    ];
  }
  return ev.reasons;
}

/** seed 004 rules, when the case is a national R&D project participation. */
export function nationalProjectGate(facts: CaseFacts): Reason[] {
  if (facts.kind !== "national_project") {
    return [];
  }
  if (facts.nationalProject === null) {
    return [
      reason(
        "GATE-NP-MISSING",
        "seed004§3",
        "国プロ参加の類型・参加形態・選考基準が記録されていない",
        "The national-project type, form of participation and selection criteria have not been recorded",
      ),
    ];
  }
  return evaluateNationalProject(facts.nationalProject).reasons;
}

/**
 * The contract gate: no contract before every partner and participant is screened clear, the
 * export-control review allows it, the COI committee's outcome allows every researcher on it, every student has consent and
 * pledge, the high-risk assessment allows it, the terms are complete with no open red flag, and (for a
 * national project) seed 004's rules hold. Lists every reason, so the UI can show all that is missing.
 */
export function contractGate(
  facts: CaseFacts,
  today: IsoDate,
  policy: CasePolicy = DEFAULT_CASE_POLICY,
): Decision<"allowed" | "denied"> {
  const reasons = [
    ...screeningGate(facts.partners, facts.participants, today, policy, (s) => licencedFor(facts, s, today)),
    ...exportReviewsGate(facts, today, policy),
    ...coiGate(facts.coi, today),
    ...studentGate(facts.participants),
    ...highRiskGate(facts, today, policy),
    ...termsGate(facts, policy),
    ...caseBayhDoleGate(facts, today),
    ...nationalProjectGate(facts),
  ];
  return { outcome: reasons.length === 0 ? "allowed" : "denied", reasons, dataVersions: {} };
}
