import type { IsoDate } from "../shared/dates";
import type { Reason } from "../shared/decision";
import { ROLES } from "../shared/roles";
import { type CasePolicy, DEFAULT_CASE_POLICY } from "./case-policy";
import type { CaseActor, CaseFacts } from "./case-schemas";
import type { CaseAction } from "./case-types";
import { isTerminalStage } from "./case-types";
import { availableActions } from "./case-workflow";

/** Actions that do not move a case forward: leaving, going back, or an approval on the side. */
const NOT_FORWARD: readonly CaseAction[] = [
  "decline",
  "withdraw",
  "revise_scheme",
  "revise_terms",
  "approve_high_risk",
];

export interface CaseBlockers {
  /** No forward action's gate is open: the case waits for a missing record or decision. */
  blocked: boolean;
  /** The stage's main forward action (first in the table), whose reasons are reported. */
  action: CaseAction | null;
  /** What stops the main forward action; empty when it could be taken now. */
  reasons: Reason[];
}

/**
 * Whether the case is blocked by its gates, whoever acts: the board's "blocked" filter and the case
 * page's blocker list. Role guards are left out on purpose (an actor holding every role, acting as the
 * PI and head of the case's departments): a case is not blocked because the wrong person looks at it.
 * Terminal cases are never blocked.
 */
export function caseBlockers(
  facts: CaseFacts,
  today: IsoDate,
  policy: CasePolicy = DEFAULT_CASE_POLICY,
): CaseBlockers {
  if (isTerminalStage(facts.stage)) {
    return { blocked: false, action: null, reasons: [] };
  }
  const anyone: CaseActor = {
    userId: facts.piUserId ?? "system",
    roles: [...ROLES],
    departmentIds: facts.departmentIds,
  };
  const forward = availableActions(facts, anyone, today, policy).filter(
    (a) => !NOT_FORWARD.includes(a.action),
  );
  const main = forward[0];
  if (!main) {
    return { blocked: false, action: null, reasons: [] };
  }
  return {
    blocked: forward.every((a) => !a.allowed),
    action: main.action,
    reasons: main.reasons,
  };
}
