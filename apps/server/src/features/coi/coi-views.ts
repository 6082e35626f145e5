import type { TCaseCoiOutcome } from "@renkei/contract";
import { type CaseCoiFacts, caseCoiDecision, coiReasonEn, type Reason } from "@renkei/domain";

/** A reason as the API returns it: the Japanese text, and the English sentence from the rule catalogue. */
export function reasonView(r: Reason) {
  return { ...r, en: coiReasonEn(r) };
}

/** What a case's readers see of COI (issue 13 §11): the gate's outcome and reasons, no declaration content. */
export function caseCoiOutcome(facts: CaseCoiFacts, today: string): TCaseCoiOutcome {
  const d = caseCoiDecision(facts, today);
  return { outcome: d.outcome, reasons: d.reasons.map(reasonView) };
}
