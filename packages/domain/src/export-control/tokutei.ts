import type { IsoDate } from "../shared/dates";
import type { Reason } from "../shared/decision";
import { TOKUTEI_REGIMES, type TokuteiRegime } from "./data/regime";
import { selectEffective } from "./data/versioned";
import type { Residency, TokuteiCategory, TokuteiStatus } from "./result";
import type { RecipientFacts } from "./schema";
import { because } from "./trace";

export interface TokuteiDetermination {
  status: TokuteiStatus;
  categories: TokuteiCategory[];
  reasons: Reason[];
}

export interface TokuteiOptions {
  /** The regime in force on `asOf`; `null` before 2022-05-01. Defaults to the built-in data. */
  regime?: TokuteiRegime | null;
  /** spec §1.4 rule 4 [R]; default true. */
  requireDeclaration?: boolean;
}

/**
 * 特定類型 ①②③ of a resident natural person (spec §1.4; 役務通達 1(3)サ, S01/S04/S26). Nationality is
 * irrelevant (Japanese nationals are included); non-residents are outside the concept because provision
 * to them is already regulated (TT1).
 */
export function determineTokutei(
  recipient: RecipientFacts | undefined,
  residency: Residency | null,
  asOf: IsoDate,
  options: TokuteiOptions = {},
): TokuteiDetermination {
  const regime =
    options.regime === undefined ? selectEffective(TOKUTEI_REGIMES, "TOKUTEI", asOf) : options.regime;
  if (residency !== "RESIDENT" || !recipient) {
    const reasons = residency === "NON_RESIDENT" ? [because("TK-SCOPE-NONRES")] : [];
    return { status: "NOT_APPLICABLE", categories: [], reasons };
  }
  if (!regime) {
    return {
      status: "NOT_APPLICABLE",
      categories: [],
      reasons: [because("TK-NOT-IN-FORCE", `as of ${asOf}`)],
    };
  }
  const t = recipient.tokutei;
  const employerForeign = recipient.employerCountry !== undefined && recipient.employerCountry !== "JP";
  if (!t && !employerForeign) {
    if (options.requireDeclaration ?? true) {
      return {
        status: "UNKNOWN",
        categories: [],
        reasons: [because("TK-UNDECLARED", "no recipient.tokutei facts")],
      };
    }
    return {
      status: "NONE",
      categories: [],
      reasons: [because("TK-NONE", "declaration not required by policy")],
    };
  }
  const reasons: Reason[] = [];
  const categories: TokuteiCategory[] = [];
  let unsettled = false;

  // ① (S04, S03): an employment-type contract with a 外国法人等 / 外国政府等. An employer registered abroad
  // implies one unless the facts say otherwise.
  let contract = t?.foreignEmploymentContract;
  if (contract === undefined && employerForeign) {
    contract = true;
    reasons.push(because("TK-T1-INFERRED", `employer country ${recipient.employerCountry}`));
  }
  if (contract) {
    if (t?.priorityAgreement) {
      reasons.push(because("TK-T1-EXCL-PRIORITY", "written priority agreement with the Japanese entity"));
    } else if (t?.groupForeignEntity) {
      reasons.push(because("TK-T1-EXCL-GROUP"));
    } else {
      categories.push("T1");
      reasons.push(because("TK-T1", "no priority agreement"));
      if (recipient.employedInJapan) {
        reasons.push(because("TK-T1-KENGYO", "also employed in Japan"));
      }
    }
  }

  // ② (S02, S06, S26): ≥ threshold share of annual income from a 外国政府等, paid to the person.
  const threshold = regime.t2IncomeShareThreshold;
  const share = t?.foreignGovBenefitShare;
  if (t?.benefitPaidToInstitution) {
    reasons.push(because("TK-T2-EXCL-INSTITUTION"));
  } else if (share !== undefined) {
    if (share >= threshold) {
      categories.push("T2");
      reasons.push(because("TK-T2", `benefit share ${share} ≥ ${threshold}`));
    } else {
      reasons.push(because("TK-T2-BELOW-THRESHOLD", `benefit share ${share} < ${threshold}`));
    }
  } else if (t?.foreignGovScholarship && t.benefitReceivedBeforeEmployment) {
    reasons.push(because("TK-T2-EXCL-PRE-EMPLOYMENT"));
  } else if (t?.foreignGovScholarship) {
    categories.push("T2");
    reasons.push(because("TK-T2-PRESUMED", "share not documented"));
  } else if (t?.benefitReceivedBeforeEmployment) {
    reasons.push(because("TK-T2-EXCL-PRE-EMPLOYMENT"));
  }
  // Whether a state-owned entity is a 外国政府等 is unsettled (spec §1.4 DEF_GOV, §11 V8) → review.
  if (t?.benefitFromStateOwnedEntity && !categories.includes("T2")) {
    unsettled = true;
    reasons.push(because("TK-T2-SOE-U"));
  }

  // ③ (S01): acting in Japan on a foreign government's instructions.
  if (t?.actingOnForeignGovInstruction) {
    categories.push("T3");
    reasons.push(because("TK-T3"));
  }
  // §1.5: a METI notification must be acted on; until resolved the person is not cleared.
  if (t?.metiNotice && categories.length === 0) {
    unsettled = true;
    reasons.push(because("TK-METI-NOTICE"));
  }

  if (categories.length > 0) {
    return { status: "APPLICABLE", categories, reasons };
  }
  if (unsettled) {
    return { status: "UNKNOWN", categories, reasons };
  }
  return { status: "NONE", categories, reasons: [...reasons, because("TK-NONE")] };
}
