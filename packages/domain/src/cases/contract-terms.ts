import { type Bilingual, type Reason, reason } from "../shared/decision";
import type { Role } from "../shared/roles";
import type { ThirdCountryArbitration } from "./case-policy";
import type { RedFlagWaiver } from "./case-schemas";
import type { CaseKind } from "./case-types";
import {
  CHECKLIST_BY_KIND,
  CONTRACT_CHECKLIST_LABELS,
  CONTRACT_RED_FLAG_RULES,
  type ContractChecklistItem,
  type ContractRedFlag,
} from "./contract-checklist";
import { contractTermsExtraWarnings } from "./contract-terms-extra";
import type { ContractTerms } from "./stage-schemas";

export interface ContractTermsContext {
  kind: CaseKind;
  /** The institution's own country; `JP` for a Japanese university. */
  institutionCountry: string;
  /** Countries of the contracting partners. */
  partnerCountries: string[];
  /** Students take part (seed 001 §III.1: student participation weighs on publication limits). */
  studentsOnCase: boolean;
  /** Any funding of the case is under Japanese Bayh-Dole (seed 001 §II.3.1). */
  bayhDoleFunded: boolean;
  /** Legal/IP recorded the state's prior approval for this case (X3: a record, not the PI's checkbox). */
  bayhDoleApprovalRecorded: boolean;
  waivers: RedFlagWaiver[];
  /** Longest publication delay the institution's policy accepts, in days. */
  maxPublicationDelayDays: number;
  /** The institution's setting for seed 001 case 27 (X4). */
  thirdCountryArbitration: ThirdCountryArbitration;
}

export interface RedFlagFinding {
  flag: ContractRedFlag;
  waivable: boolean;
  /** A waiver by a role allowed to waive this flag is on record. */
  waived: boolean;
  reasons: Reason[];
}

export interface ContractTermsEvaluation {
  /** `blocked`: an unwaived red flag; `incomplete`: checklist items missing; `ready` otherwise. */
  outcome: "ready" | "incomplete" | "blocked";
  missing: ContractChecklistItem[];
  redFlags: RedFlagFinding[];
  /** Reasons that stop the terms from being agreed (missing items and unwaived flags). */
  reasons: Reason[];
  /** Points the institution asks to look at without blocking (e.g. case 27 under `warn`). */
  warnings: Reason[];
}

const CHECKLIST_SOURCE = "seed001§IV.2-7";

function isAddressed(terms: ContractTerms, item: ContractChecklistItem): boolean {
  switch (item) {
    case "research_theme":
      return terms.researchTheme !== null && terms.researchTheme.title.trim() !== "";
    case "researchers_and_students":
      return terms.researchers?.piNamed === true && terms.researchers.researchersListed;
    case "places":
      return terms.places !== null && terms.places.length > 0;
    case "period":
      return terms.period !== null && terms.period.startsOn <= terms.period.endsOn;
    case "costs":
      return terms.costs !== null;
    case "facilities":
      return terms.facilities !== null;
    case "information_to_provide":
      return terms.informationToProvide?.confidentialInformationDefined === true;
    case "schedule":
      return terms.schedule?.milestonesDefined === true && terms.schedule.rolesDefined;
    case "confidentiality":
      return terms.confidentiality !== null;
    case "know_how":
      return terms.knowHow !== null;
    case "results_ip":
      return terms.results !== null;
    case "assignment":
      return terms.assignment !== null;
    case "anti_social_forces":
      return terms.antiSocialForcesClause;
    case "damages":
      return terms.damages !== null;
    case "governing_law":
      return terms.governingLaw !== null;
    case "jurisdiction":
      return terms.jurisdiction !== null;
  }
}

/** Checklist items of seed 001 §IV.2-7 required for `kind` that the terms do not yet address. */
export function missingChecklistItems(terms: ContractTerms, kind: CaseKind): ContractChecklistItem[] {
  return CHECKLIST_BY_KIND[kind].filter((item) => !isAddressed(terms, item));
}

function raised(terms: ContractTerms, ctx: ContractTermsContext): Map<ContractRedFlag, Reason[]> {
  const found = new Map<ContractRedFlag, Reason[]>();
  const add = (flag: ContractRedFlag, ja: string | Bilingual, en?: string) => {
    const list = found.get(flag) ?? [];
    list.push(reason(`CT-RF-${flag}`, CONTRACT_RED_FLAG_RULES[flag].sourceId, ja, en));
    found.set(flag, list);
  };

  if (ctx.thirdCountryArbitration === "require") {
    const text = arbitrationConcern(terms, ctx);
    if (text !== null) {
      add("arbitration_not_third_country", text);
    }
  }

  // §IV.2-7: 秘密保持義務の有効期間, ノウハウの秘匿期間.
  const c = terms.confidentiality;
  if (c !== null && c.termYears === null) {
    add(
      "confidentiality_no_end",
      "秘密保持義務の有効期間が定められていない",
      "No term is set for the confidentiality duty",
    );
  }
  if (c !== null && c.survivalYearsAfterTermination === null) {
    add(
      "confidentiality_no_end",
      "契約終了後の秘密保持義務が無期限に存続する",
      "The confidentiality duty survives the contract without end",
    );
  }
  if (terms.knowHow?.designated === true && terms.knowHow.secrecyYears === null) {
    add(
      "confidentiality_no_end",
      "ノウハウの秘匿期間が定められていない",
      "No secrecy period is set for the know-how",
    );
  }

  // §III.1: publication limits are judged against the institution's policy and student participation.
  const p = terms.publication;
  if (p?.partnerVeto) {
    add(
      "publication_beyond_policy",
      "相手方が成果公表を拒否できる",
      "The partner can veto publication of results",
    );
  }
  if (p !== null && p.maxDelayDays > ctx.maxPublicationDelayDays) {
    add(
      "publication_beyond_policy",
      `公表の延期 ${p.maxDelayDays} 日は方針の上限 ${ctx.maxPublicationDelayDays} 日を超える`,
      `A publication delay of ${p.maxDelayDays} days exceeds the policy limit of ${ctx.maxPublicationDelayDays} days`,
    );
  }
  if (ctx.studentsOnCase && found.has("publication_beyond_policy")) {
    add(
      "publication_beyond_policy",
      "学生が参加: 学位論文の公表が制限されるおそれ",
      "Students take part: publication of their theses may be restricted",
    );
  }

  const x = terms.personnelExclusions;
  if (x.allForeign) {
    add(
      "foreign_national_exclusion",
      "外国籍の研究者・学生の参加を一律に排除する条項",
      "A clause excluding all foreign researchers and students",
    );
  } else if (x.nationalities.length > 0) {
    add(
      "foreign_national_exclusion",
      `特定国籍（${x.nationalities.join(", ")}）の参加を排除する条項`,
      `A clause excluding certain nationalities (${x.nationalities.join(", ")})`,
    );
  }

  // 表5 iv: transfer or exclusive licence of Bayh-Dole IP needs the state's prior approval.
  const r = terms.results;
  const transfers = r !== null && (r.assignmentToPartner || r.exclusiveLicenceToPartner);
  if (ctx.bayhDoleFunded && transfers && !ctx.bayhDoleApprovalRecorded) {
    add(
      "bayh_dole_transfer_without_approval",
      "政府資金の成果を相手方へ譲渡・独占許諾する: 法務・知財担当による国等の事前承認の記録が必要",
      "Results of government funding are assigned or exclusively licensed to the partner: legal/IP must record the state's prior approval",
    );
  }
  return found;
}

/**
 * Case 27 (X4): with a foreign partner, disputes settled in a foreign partner's country (its courts or
 * arbitration seated there) or in a third country's courts. Japanese courts and arbitration seated in
 * Japan are never a concern; nor is a domestic partner.
 */
function arbitrationConcern(terms: ContractTerms, ctx: ContractTermsContext): Bilingual | null {
  const foreign = ctx.partnerCountries.filter((c) => c !== ctx.institutionCountry);
  const j = terms.jurisdiction;
  if (foreign.length === 0 || j === null || j.seatCountry === ctx.institutionCountry) {
    return null;
  }
  if (foreign.includes(j.seatCountry)) {
    return j.method === "arbitration"
      ? {
          ja: `仲裁地 ${j.seatCountry} は相手方の国: 機関の方針は第三国での仲裁`,
          en: `The seat of arbitration, ${j.seatCountry}, is the partner's country: the institution's policy is arbitration in a third country`,
        }
      : {
          ja: `紛争解決が相手方の国の裁判所（${j.seatCountry}）: 機関の方針は第三国での仲裁`,
          en: `Disputes go to the partner's courts (${j.seatCountry}): the institution's policy is arbitration in a third country`,
        };
  }
  return j.method === "arbitration"
    ? null
    : {
        ja: `紛争解決が第三国の裁判所（${j.seatCountry}）: 機関の方針は第三国での仲裁`,
        en: `Disputes go to a third country's courts (${j.seatCountry}): the institution's policy is arbitration in a third country`,
      };
}

/** Whether an actor holding `role` may waive `flag` (see CONTRACT_RED_FLAG_RULES). */
export function canWaiveRedFlag(flag: ContractRedFlag, role: Role): boolean {
  return CONTRACT_RED_FLAG_RULES[flag].waivableBy.includes(role);
}

/**
 * Checks proposed terms against the checklist of seed 001 §IV.2-7 and the red flags (case 27 arbitration,
 * endless confidentiality, publication limits, foreign-national exclusions, Bayh-Dole transfers).
 * A waiver counts only when recorded by a role allowed to waive that flag.
 */
export function evaluateContractTerms(
  terms: ContractTerms,
  ctx: ContractTermsContext,
): ContractTermsEvaluation {
  const missing = missingChecklistItems(terms, ctx.kind);
  const redFlags: RedFlagFinding[] = [...raised(terms, ctx)].map(([flag, reasons]) => {
    const waivable = CONTRACT_RED_FLAG_RULES[flag].waivableBy.length > 0;
    const waived = ctx.waivers.some((w) => w.flag === flag && canWaiveRedFlag(flag, w.approvedByRole));
    return { flag, waivable, waived: waivable && waived, reasons };
  });
  const reasons: Reason[] = [
    ...missing.map((item) =>
      reason(
        "CT-CHECKLIST",
        CHECKLIST_SOURCE,
        `契約条件の未記載: ${CONTRACT_CHECKLIST_LABELS[item].ja}`,
        `Contract term not recorded: ${CONTRACT_CHECKLIST_LABELS[item].en}`,
      ),
    ),
    ...redFlags.filter((f) => !f.waived).flatMap((f) => f.reasons),
  ];
  const blocked = redFlags.some((f) => !f.waived);
  const outcome = blocked ? "blocked" : missing.length > 0 ? "incomplete" : "ready";
  const concern = ctx.thirdCountryArbitration === "warn" ? arbitrationConcern(terms, ctx) : null;
  const warnings = [
    ...(concern === null ? [] : [reason("CT-WARN-ARBITRATION", "seed001§V.case27", concern)]),
    ...contractTermsExtraWarnings(terms, ctx),
  ];
  return { outcome, missing, redFlags, reasons, warnings };
}
