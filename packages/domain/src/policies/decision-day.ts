import { type IsoDate, isIsoDate, japanDate } from "../shared/dates";

/**
 * The day a decision was made, as the policy lookup (`policyInForce`) reads it: a date stays as it is; a
 * timestamp is read as the date in Japan, so a decision recorded at 08:00 JST on the day a new version
 * takes effect (still the previous day in UTC) is judged under that new version (seed 001 §IV.1-1).
 */
export function decisionDay(value: string | null | undefined): IsoDate | null {
  if (!value) {
    return null;
  }
  if (isIsoDate(value)) {
    return value;
  }
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : japanDate(instant);
}

/**
 * The day a collaboration case was decided, for the international collaboration policy it applies: the
 * high-risk approval where one was needed (the decision made under that policy, seed 001 §IV.1-1),
 * else the signing of the contract. Null while the case is undecided: no version is shown as "applied"
 * before a decision exists.
 */
export function caseDecisionDay(c: {
  highRiskApprovedOn: string | null;
  contractSignedOn: string | null;
}): IsoDate | null {
  return decisionDay(c.highRiskApprovedOn) ?? decisionDay(c.contractSignedOn);
}
