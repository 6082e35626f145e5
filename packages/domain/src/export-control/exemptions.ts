import type { Reason } from "../shared/decision";
import type { ExemptionDefinition, ExemptionId } from "./data/exemptions";
import { RULES } from "./rule-catalogue";
import type { Activity, ItemFacts } from "./schema";
import { because } from "./trace";

export interface ExemptionEvaluation {
  /** The first exemption (by data priority) whose conditions all hold; null if none. */
  candidate: ExemptionId | null;
  reasons: Reason[];
}

type Check = { met: true; detail: string } | { met: false; unconfirmed: boolean; detail: string } | null;

const met = (detail: string): Check => ({ met: true, detail });
const notMet = (detail: string): Check => ({ met: false, unconfirmed: false, detail });
const unconfirmed = (detail: string): Check => ({ met: false, unconfirmed: true, detail });

/**
 * The condition test per exemption (spec §5 table and §5.2). A condition that protects against misuse
 * must be affirmed in the facts (e.g. `restrictedAudience: false`); a missing fact never clears (conservative,
 * spec reading conventions). `null` = the exemption is not claimed by these facts at all.
 */
const CHECKS: Record<ExemptionId, (item: ItemFacts) => Check> = {
  // 9号: already public (イ–ニ) or provided in order to make it public (ホ) without NDA/restricted audience.
  "EX-PUBLIC": (i) => {
    if (i.published) {
      return met("technology already available to unspecified many");
    }
    if (i.purpose !== "publication") {
      return null;
    }
    if (i.restrictedAudience === true) {
      return notMet("audience restricted or bound by confidentiality");
    }
    if (i.restrictedAudience === undefined) {
      return unconfirmed("restrictedAudience not stated");
    }
    return met("provided to make it public, open audience (Art. 9(2)(ix)(e))");
  },
  // 10号: principle elucidation, not aimed at a specific product (S17).
  "EX-BASIC-SCI": (i) => {
    if (i.purpose === "basic_science") {
      return met("principle elucidation, no specific product targeted");
    }
    return i.purpose === "product_development" ? notMet("aimed at a specific product") : null;
  },
  // Filing minimum only (S26 04/05; 号 number [U]).
  "EX-IPR": (i) => {
    if (i.purpose !== "patent_filing") {
      return null;
    }
    if (i.beyondFilingMinimum === true) {
      return notMet("beyond the minimum needed for the filing");
    }
    return i.beyondFilingMinimum === false
      ? met("filing minimum only")
      : unconfirmed("beyondFilingMinimum not stated");
  },
  // 12号: minimum use technology with a goods export, no design/production technology, no upgrade.
  "EX-USE-GOODS": (i) => {
    if (i.purpose !== "use_of_exported_goods") {
      return null;
    }
    if (i.productionKnowHow === true || i.improvesPerformance === true) {
      return notMet("includes design/production technology or a performance upgrade");
    }
    return i.productionKnowHow === false
      ? met("minimum use technology incidental to the goods export")
      : unconfirmed("productionKnowHow not stated");
  },
  "EX-USE-PROG": (i) => {
    if (i.purpose !== "use_of_program") {
      return null;
    }
    if (i.productionKnowHow === true) {
      return notMet("includes design/production technology");
    }
    return i.productionKnowHow === false
      ? met("minimum use technology incidental to a program")
      : unconfirmed("productionKnowHow not stated");
  },
  "EX-COMMERCIAL-PROG": (i) => {
    if (!i.commerciallyAvailableProgram) {
      return null;
    }
    if (i.programExclusionApplies === true) {
      return notMet("excluded program (encryption / custom-made)");
    }
    return i.programExclusionApplies === false
      ? met("generally sold to the public")
      : unconfirmed("programExclusionApplies not stated");
  },
};

/**
 * Which technology-provision exemption of 貿易外省令9条2項 the facts satisfy (spec §5). This only
 * finds the candidate; whether it may clear the case (no catch-all trigger, no T-WMD tier, no sanctions)
 * is decided in `decideOutcome` (spec §5.1 [R]).
 */
export function evaluateExemptions(
  item: ItemFacts | undefined,
  activity: Activity,
  definitions: readonly ExemptionDefinition[],
): ExemptionEvaluation {
  if (!item) {
    return { candidate: null, reasons: [] };
  }
  if (activity === "goods_export") {
    const claimed = definitions.some((d) => CHECKS[d.id](item) !== null);
    return { candidate: null, reasons: claimed ? [because("EX-NA-GOODS")] : [] };
  }
  const reasons: Reason[] = [];
  for (const def of definitions) {
    const check = CHECKS[def.id](item);
    if (!check) {
      continue;
    }
    if (check.met) {
      reasons.push(because(def.id, check.detail));
      return { candidate: def.id, reasons };
    }
    const name = RULES[def.id].title.replace(/ (exemption )?applies$/, "");
    reasons.push(because(check.unconfirmed ? "EX-UNCONFIRMED" : "EX-NOT-MET", `${name}: ${check.detail}`));
  }
  return { candidate: null, reasons };
}
