import { countryList, lawCountries, profileFactors } from "../crm/partner-profile";
import { compareDates, type IsoDate } from "../shared/dates";
import { type DataVersions, type Decision, type Reason, reason } from "../shared/decision";
import type { CasePartner, ResearchField } from "./case-schemas";

/** Levels of high-risk partnering (seed 001 §III.1 ハイリスクパートナリング). */
export const RISK_LEVELS = ["low", "medium", "high", "prohibited"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_LEVEL_LABELS: Record<RiskLevel, { ja: string; en: string }> = {
  low: { ja: "低", en: "Low" },
  medium: { ja: "中", en: "Medium" },
  high: { ja: "高（役員判断）", en: "High (executive decision)" },
  prohibited: { ja: "連携不可", en: "Prohibited" },
};

export interface HighRiskFacts {
  partners: CasePartner[];
  field: ResearchField;
  /** The scheme plans to disclose non-public key technology (secrecy level 2+ or list-controlled). */
  disclosesKeyTechnology: boolean;
  institutionCountry: string;
  /** Government money funds the research (seed 001 事例1 ②: 国費で研究開発した成果). */
  publiclyFunded?: boolean;
}

export interface PartnerRisk {
  partnerId: string;
  level: RiskLevel;
  reasons: Reason[];
}

export interface HighRiskAssessment extends Decision<RiskLevel> {
  partners: PartnerRisk[];
  /** Due-diligence facts still missing; the assessment is not final while any remain. */
  missing: Reason[];
  /**
   * False when there is nothing to rate: a case without a partner is "not rated", never low risk in
   * green (issue 11 item 6); `missing` then says why.
   */
  rated: boolean;
}

/** Number of independent medium factors at which a partner counts as high risk. */
export const MEDIUM_FACTORS_FOR_HIGH = 3;

const RANK: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2, prohibited: 3 };

export function maxRiskLevel(levels: RiskLevel[]): RiskLevel {
  return levels.reduce<RiskLevel>((a, b) => (RANK[b] > RANK[a] ? b : a), "low");
}

interface Factor {
  level: RiskLevel;
  reason: Reason;
}

function partnerFactors(p: CasePartner, facts: HighRiskFacts, today: IsoDate, missing: Reason[]): Factor[] {
  const out: Factor[] = [];
  const f = (level: RiskLevel, ruleId: string, sourceId: string, ja: string, en: string) =>
    out.push({ level, reason: reason(ruleId, sourceId, `${p.name}: ${ja}`, `${p.name}: ${en}`) });
  const miss = (ruleId: string, sourceId: string, ja: string, en: string) =>
    missing.push(reason(ruleId, sourceId, `${p.name}: ${ja}`, `${p.name}: ${en}`));
  const foreign = p.country !== facts.institutionCountry;
  // Sensitive work: an emerging-technology field (表6) or non-public key technology to be disclosed.
  const sensitive = facts.field.emergingTech.length > 0 || facts.disclosesKeyTechnology;

  // Screening (case 25: ユーザーリスト checked for every joint research with a foreign company).
  if (p.screening.status === "not_screened" || p.screening.status === "pending") {
    miss("HR-MISSING-SCREENING", "seed001§V.case25", "リスト照合が未了", "screening not finished");
  } else if (p.screening.status === "match") {
    const lists = p.screening.matchedLists;
    if (lists.includes("sanctions")) {
      f(
        "prohibited",
        "HR-SANCTIONS",
        "seed001§II.1",
        "資産凍結等の制裁対象に該当",
        "subject to sanctions such as an asset freeze",
      );
    }
    if (lists.includes("eul")) {
      f(
        "high",
        "HR-EUL",
        "seed001§V.case25",
        "外国ユーザーリスト掲載（キャッチオール規制の対象）",
        "on the End User List (catch-all controls apply)",
      );
    }
    if (lists.includes("us_entity_list")) {
      f(
        "high",
        "HR-US-LIST",
        "seed001§III.2",
        "米国の規制リスト掲載（再輸出規制・域外適用）",
        "on a US restricted list (re-export controls, extraterritorial reach)",
      );
    }
    if (lists.includes("other") || lists.length === 0) {
      f("medium", "HR-OTHER-LIST", "seed001§IV.2-3", "その他のリストに該当", "matches another list");
    }
  }

  // Credit (§IV.2-3 信用情報; case 24: after a careful review the institution may decline).
  if (p.credit === null) {
    miss("HR-MISSING-CREDIT", "seed001§IV.2-3", "信用調査が未実施", "no credit check");
  } else if (p.credit.expiresOn !== null && compareDates(p.credit.expiresOn, today) < 0) {
    miss(
      "HR-STALE-CREDIT",
      "seed001§IV.2-3",
      `信用調査の有効期限切れ（${p.credit.expiresOn}）`,
      `credit check expired (${p.credit.expiresOn})`,
    );
  } else if (p.credit.result === "reject") {
    f(
      "prohibited",
      "HR-CREDIT-REJECT",
      "seed001§V.case24",
      "信用調査の結果「取引不可」",
      "credit check result: do not deal",
    );
  } else if (p.credit.result === "caution") {
    f(
      "medium",
      "HR-CREDIT-CAUTION",
      "seed001§V.case24",
      "信用調査の結果「要注意」",
      "credit check result: caution",
    );
  }

  // Ownership and foreign-government control (§III.1; case 7 considers control by a foreign government).
  const o = p.ownership;
  if (!o.known) {
    f(
      "medium",
      "HR-OWNERSHIP-UNKNOWN",
      "seed001§IV.2-3",
      "資本関係・支配関係が不明",
      "ownership and control unknown",
    );
  }
  if (o.militaryAffiliation) {
    f(
      "high",
      "HR-MILITARY",
      "seed001§II.1",
      "軍・軍関連機関との関係",
      "ties to the military or military bodies",
    );
  }
  for (const [flag, text] of [
    [o.foreignGovernmentControl, { ja: "外国政府の支配下", en: "controlled by a foreign government" }],
    [o.stateOwned, { ja: "国有企業", en: "state-owned enterprise" }],
  ] as const) {
    if (flag && foreign) {
      // Control by a foreign state matters most when the work is sensitive (§III.1 risk ①).
      f(
        sensitive ? "high" : "medium",
        "HR-STATE-CONTROL",
        "seed001§III.1",
        sensitive ? `${text.ja}（機微な研究）` : text.ja,
        sensitive ? `${text.en} (sensitive research)` : text.en,
      );
    }
  }

  // Country (§II.1 destinations; §IV.2-3 相手企業の国・関連法令).
  const d = p.destination;
  if (d.concernCountry || d.unArmsEmbargo) {
    f(
      "high",
      "HR-COUNTRY",
      "seed001§II.1",
      "懸念国・国連武器禁輸国に所在",
      "located in a country of concern or under a UN arms embargo",
    );
  } else if (foreign && d.group === null) {
    miss(
      "HR-MISSING-COUNTRY-GROUP",
      "seed001§IV.2-9",
      "相手国の輸出管理上の区分（グループ）が不明",
      "the country's export-control group is unknown",
    );
  } else if (foreign && d.group !== "A" && sensitive) {
    f(
      "medium",
      "HR-COUNTRY",
      "seed001§II.1",
      `グループ${d.group}の国で機微な研究`,
      `sensitive research in a Group ${d.group} country`,
    );
  }
  // §IV.2-3: the laws of the home country AND of the regions where it does business.
  const lawsOf = lawCountries(p.country, p.profile).filter((c) => c !== facts.institutionCountry);
  if (lawsOf.length > 0 && !p.countryRules.reviewed) {
    miss(
      "HR-MISSING-COUNTRY-RULES",
      "seed001§IV.2-3",
      `相手国・事業展開地域の関連法令が未確認（${countryList(lawsOf, "ja")}）`,
      `the relevant laws of its countries have not been checked (${countryList(lawsOf, "en")})`,
    );
  }
  if (p.countryRules.compelledDisclosure) {
    f(
      sensitive ? "high" : "medium",
      "HR-COMPELLED-DISCLOSURE",
      "seed001§II.2",
      "相手国法令で情報提供を強制され得る",
      "the country's law may compel disclosure of information",
    );
  }
  if (p.countryRules.firstFilingRequirement) {
    f(
      "low",
      "HR-FIRST-FILING",
      "seed001§II.3.3",
      "相手国に第１出願国の要件（知財管理に留意）",
      "the country requires first filing there (mind IP management)",
    );
  }

  // Reputation (§III.1 risk ② レピュテーションリスク).
  for (const n of p.reputationNotes) {
    if (n.severity === "serious") {
      f("high", "HR-REPUTATION", "seed001§III.1", `評判: ${n.note}`, `reputation: ${n.note}`);
    } else if (n.severity === "concern") {
      f("medium", "HR-REPUTATION", "seed001§III.1", `評判: ${n.note}`, `reputation: ${n.note}`);
    }
  }

  // Emerging technology with a foreign partner: stricter handling is expected (§III.2 表6).
  if (foreign && facts.field.emergingTech.length > 0) {
    f(
      "medium",
      "HR-EMERGING-TECH",
      "seed001§III.2",
      "エマージング技術分野（表6）での外国企業との連携",
      "collaboration with a foreign company in an emerging-technology field (Table 6)",
    );
  }
  if (p.profile) {
    const ctx = { name: p.name, foreign, sensitive, publiclyFunded: facts.publiclyFunded === true };
    const prof = profileFactors(p.profile, ctx);
    out.push(...prof.factors);
    missing.push(...prof.missing);
  }
  return out;
}

/**
 * Combines screening, credit, ownership / foreign-government control, country rules, reputation and the
 * field into a high-risk-partnering level (seed 001 §III.1). The case's level is the highest partner
 * level. Several independent concerns together ({@link MEDIUM_FACTORS_FOR_HIGH} medium factors) count as
 * high, because §III.1 asks for a case-by-case decision when risks accumulate. Missing facts are listed
 * in `missing`; they never lower the level.
 */
export function assessHighRisk(
  facts: HighRiskFacts,
  today: IsoDate,
  dataVersions: DataVersions = {},
): HighRiskAssessment {
  const missing: Reason[] = [];
  if (facts.partners.length === 0) {
    // Due diligence is about a partner (seed 001 §IV.2-3); with none registered there is no basis for
    // any level, and "low" would read as a clean result.
    missing.push(
      reason(
        "HR-NO-PARTNER",
        "seed001§IV.2-3",
        "連携先が未登録のため評価できません",
        "Not rated: no partner yet",
      ),
    );
  }
  const partners: PartnerRisk[] = facts.partners.map((p) => {
    const factors = partnerFactors(p, facts, today, missing);
    let level = maxRiskLevel(factors.map((x) => x.level));
    const reasons = factors.map((x) => x.reason);
    const mediums = factors.filter((x) => x.level === "medium").length;
    if (level === "medium" && mediums >= MEDIUM_FACTORS_FOR_HIGH) {
      level = "high";
      reasons.push(
        reason(
          "HR-ACCUMULATED",
          "seed001§III.1",
          `${p.name}: 中程度の懸念が ${mediums} 件重なるため高リスク`,
          `${p.name}: high risk because ${mediums} medium concerns coincide`,
        ),
      );
    }
    return { partnerId: p.partnerId, level, reasons };
  });
  return {
    outcome: maxRiskLevel(partners.map((p) => p.level)),
    reasons: partners.flatMap((p) => p.reasons),
    dataVersions,
    partners,
    missing,
    rated: facts.partners.length > 0,
  };
}
