import { addMonths, compareDates, type IsoDate } from "../shared/dates";
import { type Reason, reason } from "../shared/decision";
import { RULES, type RuleId } from "./rule-catalogue";
import { RULE_TITLES_JA } from "./rule-titles-ja";

/**
 * Builds the reason for a rule from the catalogue, so the source id can never drift from the rule id.
 * `detail` states the facts that made the rule fire; the engine words them in English with codes and data
 * versions, so they go with the English text only (the Japanese reads the rule's plain Japanese title).
 */
export function because(ruleId: RuleId, detail?: string): Reason {
  const rule = RULES[ruleId];
  return reason(ruleId, rule.sourceId, {
    ja: RULE_TITLES_JA[ruleId],
    en: detail ? `${rule.title} — ${detail}` : rule.title,
  });
}

/** True when at least `months` whole calendar months have passed from `from` to `asOf`. */
export function monthsHavePassed(from: IsoDate, asOf: IsoDate, months: number): boolean {
  return compareDates(asOf, addMonths(from, months)) >= 0;
}

/** `a <= b` on calendar dates. */
export function onOrBefore(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) <= 0;
}
