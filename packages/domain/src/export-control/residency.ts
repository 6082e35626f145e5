import type { IsoDate } from "../shared/dates";
import type { Reason } from "../shared/decision";
import type { ResidencyRules } from "./data/regime";
import { RESIDENCY_RULES } from "./data/regime";
import { selectEffective } from "./data/versioned";
import type { Residency } from "./result";
import type { RuleId } from "./rule-catalogue";
import type { RecipientFacts } from "./schema";
import { because, monthsHavePassed, onOrBefore } from "./trace";

export interface ResidencyDetermination {
  residency: Residency | null;
  /** The deciding rule (spec §2.1 ids). */
  ruleId: RuleId;
  reasons: Reason[];
  /** Advisory flags for a human (e.g. the [U] re-entry count), not outcome changes. */
  reviewFlags: string[];
}

const result = (
  residency: Residency | null,
  ruleId: RuleId,
  detail: string,
  prior: Reason[] = [],
  reviewFlags: string[] = [],
): ResidencyDetermination => ({
  residency,
  ruleId,
  reasons: [...prior, because(ruleId, detail)],
  reviewFlags,
});

/**
 * Residency (居住者 / 非居住者) of a natural person on `asOf` under FX-law rules (spec §2.3, MOF
 * 解釈及び運用 6-1-5/6-1-6 via S12/S08) — not income-tax residency. Re-run with another date to follow a
 * visitor across the 6-month boundary.
 */
export function determineResidency(
  recipient: RecipientFacts | undefined,
  asOf: IsoDate,
  rules: ResidencyRules | null = selectEffective(RESIDENCY_RULES, "RESIDENCY_RULES", asOf),
): ResidencyDetermination {
  if (!recipient) {
    return result(null, "RES-NO-RECIPIENT", "no recipient in the facts");
  }
  const limits = rules ?? {
    foreignResidentAfterMonths: 6,
    japaneseAbroadMonths: 24,
    temporaryReturnMonths: 6,
  };
  // RES-X1 overrides nationality (S08).
  if (recipient.usOrUnForces) {
    return result("NON_RESIDENT", "RES-X1", "member of US Armed Forces / UN Forces");
  }
  if (recipient.nationality === "JP") {
    return japaneseNational(recipient, asOf, limits);
  }
  // Unknown nationality: RES-F0 (foreign default) is the conservative reading (spec §2.3).
  const prior = recipient.nationality ? [] : [because("RES-NAT-UNKNOWN", "nationality missing")];
  return foreignNational(recipient, asOf, limits, prior);
}

type Limits = Pick<
  ResidencyRules,
  "foreignResidentAfterMonths" | "japaneseAbroadMonths" | "temporaryReturnMonths"
>;

function japaneseNational(p: RecipientFacts, asOf: IsoDate, limits: Limits): ResidencyDetermination {
  // RES-J5: staff of Japan's own missions abroad stay residents (S12).
  if (p.japaneseDiplomaticMission) {
    return result("RESIDENT", "RES-J5", "works at a Japanese diplomatic mission abroad");
  }
  // J1/J2 take effect "from departure": a departure date after asOf means still resident (re-run by date).
  if (p.abroadSince && !onOrBefore(p.abroadSince, asOf)) {
    return result("RESIDENT", "RES-J0", `departure on ${p.abroadSince} is after ${asOf}`);
  }
  let rule: RuleId | null = null;
  if (p.workingAbroad) {
    rule = "RES-J1";
  } else if ((p.plannedStayAbroadMonths ?? 0) >= limits.japaneseAbroadMonths) {
    rule = "RES-J2";
  } else if (p.abroadSince && monthsHavePassed(p.abroadSince, asOf, limits.japaneseAbroadMonths)) {
    rule = "RES-J3";
  }
  if (!rule) {
    return result("RESIDENT", "RES-J0", "no work abroad, no stay abroad of 2 years or more");
  }
  const back = p.returnedToJapanOn;
  if (back && onOrBefore(back, asOf) && (!p.abroadSince || onOrBefore(p.abroadSince, back))) {
    if (p.returnedPermanently) {
      return result("RESIDENT", "RES-J4-RETURN", `returned to Japan on ${back}`);
    }
    if (!monthsHavePassed(back, asOf, limits.temporaryReturnMonths)) {
      return result("NON_RESIDENT", "RES-J4", `back in Japan since ${back}, less than 6 months`);
    }
    // §2.3 pseudo-code: a long stay that is not a permanent return keeps the abroad status (conservative).
    return result("NON_RESIDENT", rule, `back since ${back} but return not declared permanent`);
  }
  return result("NON_RESIDENT", rule, p.abroadSince ? `abroad since ${p.abroadSince}` : "currently abroad");
}

function foreignNational(
  p: RecipientFacts,
  asOf: IsoDate,
  limits: Limits,
  prior: Reason[],
): ResidencyDetermination {
  // RES-F4/F5: official duty for a foreign government or diplomatic staff appointed abroad (S12, S08).
  if (p.diplomatOrForeignOfficial) {
    return result("NON_RESIDENT", "RES-F4", "diplomat, consular officer or foreign official", prior);
  }
  if (p.workingAbroad) {
    return result("NON_RESIDENT", "RES-F1-ABROAD", "works at an office abroad", prior);
  }
  // RES-F3: employment in Japan does not make a remote worker abroad resident (S09).
  if (p.remoteFromAbroad) {
    return result("NON_RESIDENT", "RES-F3", "works remotely from abroad", prior);
  }
  if (p.entryDate && !onOrBefore(p.entryDate, asOf)) {
    return result("NON_RESIDENT", "RES-F0", `entry on ${p.entryDate} is after ${asOf}`, prior);
  }
  const abroadNow =
    p.abroadSince !== undefined &&
    onOrBefore(p.abroadSince, asOf) &&
    (!p.entryDate || onOrBefore(p.entryDate, p.abroadSince)) &&
    !(
      p.returnedToJapanOn &&
      onOrBefore(p.abroadSince, p.returnedToJapanOn) &&
      onOrBefore(p.returnedToJapanOn, asOf)
    );
  if (p.employedInJapan) {
    const longAbroad =
      abroadNow &&
      ((p.plannedStayAbroadMonths ?? 0) >= limits.japaneseAbroadMonths ||
        monthsHavePassed(p.abroadSince ?? asOf, asOf, limits.japaneseAbroadMonths));
    if (longAbroad) {
      return result(
        "NON_RESIDENT",
        "RES-F1-ABROAD",
        `abroad since ${p.abroadSince} for 2 years or more`,
        prior,
      );
    }
    return result("RESIDENT", "RES-F1", "employed at an office in Japan and working in Japan", prior);
  }
  // RES-F2 counts from entry; after a trip abroad the count is unsettled (spec §11 V9), so we count
  // conservatively from the latest return and flag it for review.
  const reentered = p.returnedToJapanOn && p.abroadSince && onOrBefore(p.abroadSince, p.returnedToJapanOn);
  const countFrom = reentered ? p.returnedToJapanOn : p.entryDate;
  const flags: string[] = [];
  const notes = [...prior];
  if (abroadNow || reentered) {
    flags.push("RES-F-REENTRY-U");
    notes.push(
      because("RES-F-REENTRY-U", abroadNow ? `abroad since ${p.abroadSince}` : `re-entered ${countFrom}`),
    );
  }
  if (abroadNow) {
    return result("NON_RESIDENT", "RES-F0", "currently abroad; 6-month count not relied on", notes, flags);
  }
  if (countFrom && monthsHavePassed(countFrom, asOf, limits.foreignResidentAfterMonths)) {
    return result("RESIDENT", "RES-F2", `6 months have passed since ${countFrom}`, notes, flags);
  }
  const why = countFrom
    ? `less than 6 months since ${countFrom}`
    : "no employment in Japan, entry date unknown";
  return result("NON_RESIDENT", "RES-F0", why, notes, flags);
}
