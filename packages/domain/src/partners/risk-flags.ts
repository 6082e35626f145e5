import { compareDates, type IsoDate } from "../shared/dates";
import type { CreditResult, RiskFlag } from "./partner-types";

export interface RiskFacts {
  foreignGovernmentControl: boolean;
  stateOwned: boolean;
  /** The most recent credit check, if any. */
  latestCredit: { result: CreditResult; expiresOn: IsoDate | null } | null;
}

/**
 * Derives the partner's risk flags (seed 001 §III.1: foreign-government control and state ownership are
 * the first signals of high-risk partnering; §IV.2-3: due diligence must be current).
 */
export function partnerRiskFlags(facts: RiskFacts, today: IsoDate): RiskFlag[] {
  const flags: RiskFlag[] = [];
  if (facts.foreignGovernmentControl) {
    flags.push("foreign_government_control");
  }
  if (facts.stateOwned) {
    flags.push("state_owned");
  }
  const credit = facts.latestCredit;
  if (!credit) {
    flags.push("credit_missing");
  } else {
    if (credit.expiresOn && compareDates(credit.expiresOn, today) < 0) {
      flags.push("credit_expired");
    }
    if (credit.result === "caution") {
      flags.push("credit_caution");
    }
    if (credit.result === "reject") {
      flags.push("credit_reject");
    }
  }
  return flags;
}
