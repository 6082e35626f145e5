import type { IsoDate } from "../shared/dates";
import type { Reason } from "../shared/decision";
import { coiReason, coiRefusal } from "./coi-rules";
import type { DeclarationState, Determination, Interest } from "./coi-schemas";

/**
 * The declaration's life (seed 003 TMDU; Kuali COI "return to reporter"): the declarant drafts and
 * submits with an attestation; the committee returns it with a comment or approves it once every
 * interest × related case is determined; an approved declaration expires at the end of its cycle and is
 * never edited again (a change is a new declaration).
 */

export const DECLARATION_ACTIONS = ["submit", "return", "approve", "expire"] as const;
export type DeclarationAction = (typeof DECLARATION_ACTIONS)[number];

export type DeclarationActorKind = "declarant" | "committee" | "system";

const TRANSITIONS: Record<
  DeclarationAction,
  { from: DeclarationState[]; to: DeclarationState; by: DeclarationActorKind }
> = {
  submit: { from: ["draft", "returned"], to: "submitted", by: "declarant" },
  return: { from: ["submitted"], to: "returned", by: "committee" },
  approve: { from: ["submitted"], to: "approved", by: "committee" },
  expire: { from: ["approved"], to: "expired", by: "system" },
};

/** States in which the declarant may still edit the content. */
export function declarationEditable(state: DeclarationState): boolean {
  return state === "draft" || state === "returned";
}

/** A determination recorded by the committee for one interest and one case (null = the interest in general). */
export interface DeterminationRecord {
  interestId: string;
  caseId: string | null;
  outcome: Determination;
  planId: string | null;
}

export interface DeclarationTransitionInput {
  action: DeclarationAction;
  actor: DeclarationActorKind;
  from: DeclarationState;
  attested?: boolean;
  selfCheckReasons?: Reason[];
  comment?: string | null;
  validUntil?: IsoDate | null;
  interests?: Interest[];
  determinations?: DeterminationRecord[];
}

/** The pairs (interest × related case) that need a determination before approval. */
export function requiredDeterminations(
  interests: Interest[],
): { interestId: string; caseId: string | null }[] {
  return interests.flatMap((i): { interestId: string; caseId: string | null }[] =>
    i.relatedCaseIds.length === 0
      ? [{ interestId: i.interestId, caseId: null }]
      : i.relatedCaseIds.map((caseId) => ({ interestId: i.interestId, caseId })),
  );
}

/** Throws a RULE_VIOLATION with every reason when the step is not allowed; returns the new state. */
export function transitionDeclaration(i: DeclarationTransitionInput): DeclarationState {
  const t = TRANSITIONS[i.action];
  const reasons: Reason[] = [];
  if (!t.from.includes(i.from)) {
    reasons.push(coiReason("COI-DECL-TRANSITION", `${i.from} → ${t.to}`));
  }
  if (t.by !== i.actor) {
    reasons.push(coiReason("COI-DECL-ROLE"));
  }
  if (i.action === "submit") {
    if (!i.attested) {
      reasons.push(coiReason("COI-DECL-ATTEST"));
    }
    reasons.push(...(i.selfCheckReasons ?? []));
  }
  if (i.action === "return" && !i.comment?.trim()) {
    reasons.push(coiReason("COI-DECL-COMMENT"));
  }
  if (i.action === "approve") {
    if (!i.validUntil) {
      reasons.push(coiReason("COI-DECL-VALIDITY"));
    }
    const made = i.determinations ?? [];
    for (const need of requiredDeterminations(i.interests ?? [])) {
      const d = made.find((m) => m.interestId === need.interestId && m.caseId === need.caseId);
      const label =
        (i.interests ?? []).find((x) => x.interestId === need.interestId)?.entity ?? need.interestId;
      if (!d) {
        reasons.push(coiReason("COI-DECL-UNDETERMINED", label));
      } else if (d.outcome === "manageable" && d.planId === null) {
        reasons.push(coiReason("COI-DET-PLAN", label));
      }
    }
  }
  if (reasons.length > 0) {
    throw coiRefusal(reasons);
  }
  return t.to;
}

/** An approved declaration past its validity is expired, whether or not the daily job has run yet. */
export function effectiveDeclarationState(
  state: DeclarationState,
  validUntil: IsoDate | null,
  today: IsoDate,
): DeclarationState {
  return state === "approved" && validUntil !== null && validUntil < today ? "expired" : state;
}

/** The end of the Japanese fiscal year (3/31) that contains `today`: a triggered declaration's default validity. */
export function fiscalYearEnd(today: IsoDate): IsoDate {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return `${m >= 4 ? y + 1 : y}-03-31`;
}
