import type { IsoDate } from "../shared/dates";
import { type Reason, reason } from "../shared/decision";
import { DomainError } from "../shared/errors";
import { ROLE_LABELS } from "../shared/roles";
import { actsAs } from "./case-actor";
import { CASE_ACTION_LABELS, CASE_STAGE_LABELS } from "./case-labels";
import { type CasePolicy, DEFAULT_CASE_POLICY } from "./case-policy";
import type { CaseActor, CaseFacts } from "./case-schemas";
import { CASE_TRANSITIONS, type CaseAction, type TransitionRule } from "./case-transitions";
import type { CaseStage } from "./case-types";
import { assessCaseRisk } from "./contract-gate";

/** One action the UI may offer, with whether it is allowed now and, if not, why. */
export interface ActionAvailability {
  action: CaseAction;
  /** The stage after the action; the current stage for approvals that do not move the case. */
  next: CaseStage;
  allowed: boolean;
  requiresNote: boolean;
  /** Why the action is not allowed (role guard first, then gates); empty when allowed. */
  reasons: Reason[];
}

export interface TransitionInput {
  /** Free-text note; required for decline, withdraw, revisions, and executive approval. */
  note?: string;
}

/** Domain events of a transition; the service stores them in the audit log and outbox in one transaction. */
export type CaseEvent =
  | {
      type: "case.stage_changed";
      caseId: string;
      action: CaseAction;
      from: CaseStage;
      to: CaseStage;
      actorUserId: string;
      on: IsoDate;
      note: string | null;
    }
  | { type: "case.high_risk_approved"; caseId: string; actorUserId: string; on: IsoDate; note: string }
  | { type: "case.contract_signed"; caseId: string; actorUserId: string; on: IsoDate }
  | { type: "case.monitoring_started"; caseId: string; on: IsoDate }
  /** A signed case ended early: confidentiality and other surviving terms still bind (seed 001 §IV.2-7). */
  | { type: "case.obligations_survive"; caseId: string; on: IsoDate };

export interface TransitionResult {
  next: CaseStage;
  events: CaseEvent[];
}

function roleReasons(rule: TransitionRule, facts: CaseFacts, actor: CaseActor): Reason[] {
  if (rule.roles.some((role) => actsAs(actor, role, facts))) {
    return [];
  }
  const names = rule.roles.map((r) =>
    r === "researcher"
      ? { ja: "研究責任者", en: "the principal investigator" }
      : r === "department_head"
        ? { ja: "当該部局の部局長", en: "the head of the case's department" }
        : ROLE_LABELS[r],
  );
  return [
    reason(
      "CASE-ROLE",
      "spec:architecture§8.6",
      `この操作ができるのは ${names.map((n) => n.ja).join("・")}`,
      `Only ${names.map((n) => n.en).join(" or ")} can take this step`,
    ),
  ];
}

function evaluate(
  rule: TransitionRule,
  facts: CaseFacts,
  actor: CaseActor,
  today: IsoDate,
  policy: CasePolicy,
): ActionAvailability {
  const reasons = [...roleReasons(rule, facts, actor), ...rule.gate({ facts, actor, today, policy })];
  return {
    action: rule.action,
    next: rule.to ?? facts.stage,
    allowed: reasons.length === 0,
    requiresNote: rule.requiresNote,
    reasons,
  };
}

/**
 * Every action defined for the case's current stage, each with `allowed` and the reasons it is not.
 * The UI uses it to enable buttons and explain; `applyTransition` enforces the same result.
 * Terminal stages (closed, declined, withdrawn) have no actions.
 */
export function availableActions(
  facts: CaseFacts,
  actor: CaseActor,
  today: IsoDate,
  policy: CasePolicy = DEFAULT_CASE_POLICY,
): ActionAvailability[] {
  return CASE_TRANSITIONS.filter((r) => r.from.includes(facts.stage)).map((r) =>
    evaluate(r, facts, actor, today, policy),
  );
}

/**
 * Applies `action` to the case: returns the next stage and the events to record, or throws
 * `DomainError('RULE_VIOLATION', …, { reasons })` when the action does not exist for the stage, the
 * actor's role does not allow it, a gate is closed, or a required note is missing.
 */
export function applyTransition(
  facts: CaseFacts,
  action: CaseAction,
  actor: CaseActor,
  today: IsoDate,
  input: TransitionInput = {},
  policy: CasePolicy = DEFAULT_CASE_POLICY,
): TransitionResult {
  const rule = CASE_TRANSITIONS.find((r) => r.action === action && r.from.includes(facts.stage));
  if (!rule) {
    const reasons = [
      reason(
        "CASE-NO-TRANSITION",
        "spec:architecture§8.6",
        `段階「${CASE_STAGE_LABELS[facts.stage].ja}」では「${CASE_ACTION_LABELS[action].ja}」はできない`,
        `“${CASE_ACTION_LABELS[action].en}” is not possible at the stage “${CASE_STAGE_LABELS[facts.stage].en}”`,
      ),
    ];
    throw new DomainError("RULE_VIOLATION", `No transition ${action} from ${facts.stage}`, {
      action,
      reasons,
    });
  }
  const result = evaluate(rule, facts, actor, today, policy);
  const note = input.note?.trim() ?? "";
  const reasons = [...result.reasons];
  if (rule.requiresNote && note === "") {
    reasons.push(
      reason("CASE-NOTE-REQUIRED", "spec:architecture§8.6", "理由の記入が必要", "A reason must be written"),
    );
  }
  if (reasons.length > 0) {
    throw new DomainError("RULE_VIOLATION", `Transition ${action} not allowed`, { action, reasons });
  }
  return { next: result.next, events: eventsFor(rule, facts, actor, today, note, policy) };
}

function eventsFor(
  rule: TransitionRule,
  facts: CaseFacts,
  actor: CaseActor,
  on: IsoDate,
  note: string,
  policy: CasePolicy,
): CaseEvent[] {
  const { caseId } = facts;
  if (rule.to === null) {
    // approve_high_risk: the level is part of the note trail the executive signs.
    const level = assessCaseRisk(facts, on, policy).outcome;
    return [
      { type: "case.high_risk_approved", caseId, actorUserId: actor.userId, on, note: `[${level}] ${note}` },
    ];
  }
  const events: CaseEvent[] = [
    {
      type: "case.stage_changed",
      caseId,
      action: rule.action,
      from: facts.stage,
      to: rule.to,
      actorUserId: actor.userId,
      on,
      note: note === "" ? null : note,
    },
  ];
  if (rule.action === "sign_contract") {
    events.push(
      { type: "case.contract_signed", caseId, actorUserId: actor.userId, on },
      { type: "case.monitoring_started", caseId, on },
    );
  }
  if ((rule.action === "decline" || rule.action === "withdraw") && facts.contractSignedOn !== null) {
    events.push({ type: "case.obligations_survive", caseId, on });
  }
  return events;
}
