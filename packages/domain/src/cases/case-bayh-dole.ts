import { BAYH_DOLE_RECORDER, bayhDoleBlockers, bayhDoleObligations } from "../ip/bayh-dole";
import type { IsoDate } from "../shared/dates";
import type { Reason } from "../shared/decision";
import type { CaseFacts } from "./case-schemas";

/**
 * The case's Bayh-Dole gate (X3; seed 001 §II.3.1): reads only the records legal/IP made about the case.
 * Bringing a Bayh-Dole invention into the collaboration as background IP needs notice to the partner and
 * the state's (or funder's) prior approval before the contract; the transfer / exclusive licence of the
 * case's own results is judged with the terms (contract-terms.ts) against the same records.
 */

/** Legal/IP recorded the state's prior approval for this case. */
export function caseBayhDoleApprovalRecorded(facts: CaseFacts): boolean {
  return facts.bayhDole.records.some(
    (r) => r.kind === "prior_approval" && r.recordedByRole === BAYH_DOLE_RECORDER,
  );
}

/** Reasons the contract waits for Bayh-Dole records (empty when none is needed or all are made). */
export function caseBayhDoleGate(facts: CaseFacts, today: IsoDate): Reason[] {
  if (facts.bayhDole.backgroundInventions.length === 0) {
    return [];
  }
  const obligations = bayhDoleObligations(
    {
      bayhDole: true,
      firstFiledOn: null,
      agreements: [],
      jointResearchCaseIds: [facts.caseId],
      records: facts.bayhDole.records.map((r) => ({ ...r, subjectId: facts.caseId })),
    },
    today,
  );
  const titles = facts.bayhDole.backgroundInventions.map((i) => `「${i.title}」`).join("・");
  return bayhDoleBlockers(obligations, facts.caseId).map((r) => ({
    ruleId: r.ruleId,
    sourceId: r.sourceId,
    text: { ja: `${titles}: ${r.text.ja}`, en: `${titles}: ${r.text.en}` },
    citation: r.citation,
  }));
}
