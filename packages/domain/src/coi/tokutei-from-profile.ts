import type { RecipientFacts } from "../export-control/schema";
import { compareDates, type IsoDate } from "../shared/dates";
import type { Reason } from "../shared/decision";
import { coiReason } from "./coi-rules";
import type { CoiProfile } from "./coi-schemas";

/**
 * 特定類型② from facts (J4; spec export-control §1.4): the share of the year's income paid to the person
 * by a foreign government, computed from the profile's income records instead of a guess. The result
 * is the engine's `recipient.tokutei` fragment, with the reasons showing where it came from.
 */
export function tokuteiFactsFromProfile(
  profile: CoiProfile,
  today: IsoDate,
): { facts: { foreignGovBenefitShare?: number; benefitPaidToInstitution?: boolean }; reasons: Reason[] } {
  const inForce = profile.support.filter(
    (s) =>
      s.foreignGovernment &&
      compareDates(s.from, today) <= 0 &&
      (s.until === null || compareDates(today, s.until) <= 0),
  );
  const toPerson = inForce.filter((s) => !s.paidToInstitution);
  if (profile.annualIncomeJpy === null || profile.annualIncomeJpy === 0) {
    return { facts: {}, reasons: [coiReason("COI-TK2-NO-INCOME")] };
  }
  const foreign = toPerson.reduce((sum, s) => sum + (s.annualAmountJpy ?? 0), 0);
  const share = Math.round((foreign / profile.annualIncomeJpy) * 10_000) / 10_000;
  const facts: { foreignGovBenefitShare: number; benefitPaidToInstitution?: boolean } = {
    foreignGovBenefitShare: share,
  };
  // Only institution-paid foreign support: the person receives nothing, which ② excludes.
  if (inForce.length > 0 && toPerson.length === 0) {
    facts.benefitPaidToInstitution = true;
  }
  return { facts, reasons: [coiReason("COI-TK2-FROM-PROFILE", `${Math.round(share * 1000) / 10}%`)] };
}

/** The profile version the facts are read from: the reason names it and its date, so it can be found. */
export interface ProfileRecord {
  profile: CoiProfile;
  version: number;
  savedOn: IsoDate;
}

/**
 * The recipient facts with 特定類型②'s inputs taken from the profile (J4): the computed share replaces
 * whatever the intake or the assess input declared, and the reason cites the profile version and date.
 * Without a total income the declared facts stay and the reason says the share could not be computed.
 */
export function withProfileTokutei(
  recipient: RecipientFacts,
  record: ProfileRecord,
  today: IsoDate,
): { recipient: RecipientFacts; reasons: Reason[] } {
  const { facts, reasons } = tokuteiFactsFromProfile(record.profile, today);
  const where = `プロフィール第${record.version}版 ${record.savedOn}`;
  const cited = reasons.map((r) => coiReason(r.ruleId as "COI-TK2-FROM-PROFILE", detailOf(r, where)));
  if (facts.foreignGovBenefitShare === undefined) {
    return { recipient, reasons: cited };
  }
  const { foreignGovBenefitShare: _s, benefitPaidToInstitution: _p, ...rest } = recipient.tokutei ?? {};
  return { recipient: { ...recipient, tokutei: { ...rest, ...facts } }, reasons: cited };
}

function detailOf(r: Reason, where: string): string {
  const open = r.text.ja.indexOf("（");
  return open < 0 ? where : `${r.text.ja.slice(open + 1, -1)}、${where}`;
}
