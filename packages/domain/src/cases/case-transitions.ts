import type { IsoDate } from "../shared/dates";
import { type Reason, reason } from "../shared/decision";
import type { Role } from "../shared/roles";
import { partnersWithoutNda, studentGate } from "./case-gates";
import type { CasePolicy } from "./case-policy";
import type { CaseActor, CaseFacts } from "./case-schemas";
// The action list lives in case-types.ts so labels can name actions without importing the table.
import type { CaseAction } from "./case-types";
import { CASE_STAGES, type CaseStage, isTerminalStage } from "./case-types";
import { assessCaseRisk, contractGate, highRiskGate, termsGate } from "./contract-gate";
import { RISK_LEVEL_LABELS } from "./high-risk-assessment";
import {
  agreementGate,
  closingGate,
  intakeGate,
  internalCheckGate,
  negotiationGate,
  researchPlanGate,
  schemeGate,
  withoutNdaGate,
} from "./stage-checks";

export { CASE_ACTIONS, type CaseAction } from "./case-types";

export interface GateContext {
  facts: CaseFacts;
  actor: CaseActor;
  today: IsoDate;
  policy: CasePolicy;
}

export interface TransitionRule {
  action: CaseAction;
  from: readonly CaseStage[];
  /** Next stage; `null` = the stage does not change (an approval recorded on the case). */
  to: CaseStage | null;
  /** Any one of these roles may act (researcher = the case's PI, department head = of the case). */
  roles: readonly Role[];
  /** The action needs a free-text note (why a case is declined or withdrawn). */
  requiresNote: boolean;
  /** Where the step comes from. */
  sourceId: string;
  /** Blocking reasons; empty = the gate is open. */
  gate: (ctx: GateContext) => Reason[];
}

const OPEN = () => [];
const NON_TERMINAL = CASE_STAGES.filter((s) => !isTerminalStage(s));

/** Executive approval is asked only when the assessment is high and not yet approved (seed 001 §III.1). */
function approveHighRiskGate({ facts, today, policy }: GateContext): Reason[] {
  if (facts.highRiskApproval !== null) {
    return [
      reason(
        "STAGE-RISK-APPROVED",
        "seed001§III.1",
        "役員の承認は記録済み",
        "The executive's approval is recorded",
      ),
    ];
  }
  const level = assessCaseRisk(facts, today, policy).outcome;
  if (level !== "high") {
    return [
      reason(
        "STAGE-RISK-NOT-HIGH",
        "seed001§III.1",
        `評価が「高」ではない（${RISK_LEVEL_LABELS[level].ja}）: 役員承認の対象外`,
        `The assessment is not high (${RISK_LEVEL_LABELS[level].en}): no executive approval needed`,
      ),
    ];
  }
  return [];
}

/**
 * The transition table (architecture §8.6): `(stage, action) → next stage`, with role guards and gates.
 * Stages follow seed 001 §IV.2-1…9 and §IV.3; decline and withdraw leave from any open stage.
 */
export const CASE_TRANSITIONS: readonly TransitionRule[] = [
  {
    action: "submit_intake",
    from: ["intake"],
    to: "internal_check",
    roles: ["researcher", "coordinator"],
    requiresNote: false,
    sourceId: "seed001§IV.2-1",
    gate: ({ facts }) => intakeGate(facts),
  },
  {
    action: "complete_internal_check",
    from: ["internal_check"],
    to: "due_diligence",
    roles: ["coordinator", "department_head"],
    requiresNote: false,
    sourceId: "seed001§IV.2-2",
    gate: ({ facts, actor }) => internalCheckGate(facts, actor),
  },
  {
    action: "approve_high_risk",
    from: ["due_diligence", "export_risk_review"],
    to: null,
    roles: ["executive"],
    requiresNote: true,
    sourceId: "seed001§III.1",
    gate: approveHighRiskGate,
  },
  {
    action: "complete_due_diligence",
    from: ["due_diligence"],
    to: "scheme_design",
    roles: ["coordinator", "export_control_officer"],
    requiresNote: false,
    sourceId: "seed001§IV.2-3",
    gate: ({ facts, today, policy }) => highRiskGate(facts, today, policy),
  },
  {
    action: "complete_scheme",
    from: ["scheme_design"],
    to: "nda",
    roles: ["coordinator", "researcher"],
    requiresNote: false,
    sourceId: "seed001§IV.2-4",
    gate: ({ facts }) => schemeGate(facts),
  },
  {
    action: "record_nda",
    from: ["nda"],
    to: "negotiation",
    roles: ["legal_ip", "coordinator"],
    requiresNote: false,
    sourceId: "seed001§IV.2-5",
    gate: ({ facts, today }) => partnersWithoutNda(facts, today),
  },
  {
    action: "proceed_without_nda",
    from: ["nda"],
    to: "negotiation",
    roles: ["coordinator"],
    requiresNote: true,
    sourceId: "seed001§IV.2-4",
    gate: ({ facts }) => withoutNdaGate(facts),
  },
  {
    action: "complete_negotiation",
    from: ["negotiation"],
    to: "research_plan",
    roles: ["coordinator", "legal_ip"],
    requiresNote: false,
    sourceId: "seed001§IV.2-5",
    gate: ({ facts }) => negotiationGate(facts),
  },
  {
    action: "revise_scheme",
    from: ["negotiation"],
    to: "scheme_design",
    roles: ["coordinator", "researcher"],
    requiresNote: true,
    sourceId: "seed001§IV.2-4",
    gate: OPEN,
  },
  {
    action: "complete_research_plan",
    from: ["research_plan"],
    to: "contract_terms",
    roles: ["researcher", "coordinator"],
    requiresNote: false,
    sourceId: "seed001§IV.2-6",
    gate: ({ facts }) => [...researchPlanGate(facts), ...studentGate(facts.participants)],
  },
  {
    action: "complete_contract_terms",
    from: ["contract_terms"],
    to: "agreement_confirmation",
    roles: ["legal_ip"],
    requiresNote: false,
    sourceId: "seed001§IV.2-7",
    gate: ({ facts, policy }) => termsGate(facts, policy),
  },
  {
    action: "confirm_agreement",
    from: ["agreement_confirmation"],
    to: "export_risk_review",
    roles: ["coordinator", "department_head"],
    requiresNote: false,
    sourceId: "seed001§IV.2-8",
    gate: ({ facts }) => agreementGate(facts),
  },
  {
    action: "revise_terms",
    from: ["agreement_confirmation", "export_risk_review"],
    to: "contract_terms",
    roles: ["legal_ip", "coordinator", "export_control_officer"],
    requiresNote: true,
    sourceId: "seed001§IV.2-9",
    gate: OPEN,
  },
  {
    action: "sign_contract",
    from: ["export_risk_review"],
    to: "active",
    roles: ["coordinator", "executive"],
    requiresNote: false,
    sourceId: "seed001§IV.2-9",
    gate: ({ facts, today, policy }) => contractGate(facts, today, policy).reasons,
  },
  {
    action: "start_closing",
    from: ["active"],
    to: "closing",
    roles: ["coordinator", "researcher"],
    requiresNote: false,
    sourceId: "seed001§IV.3",
    gate: OPEN,
  },
  {
    action: "close",
    from: ["closing"],
    to: "closed",
    roles: ["coordinator"],
    requiresNote: false,
    sourceId: "seed001§IV.3",
    gate: ({ facts }) => closingGate(facts),
  },
  {
    action: "decline",
    from: NON_TERMINAL,
    to: "declined",
    roles: ["coordinator", "department_head", "export_control_officer", "executive"],
    requiresNote: true,
    sourceId: "seed001§V.case24",
    gate: OPEN,
  },
  {
    action: "withdraw",
    from: NON_TERMINAL,
    to: "withdrawn",
    roles: ["researcher", "coordinator"],
    requiresNote: true,
    sourceId: "seed001§IV.2-2",
    gate: OPEN,
  },
];
