/**
 * The categories MEXT's 大学等における産学連携等実施状況調査 reports by (kpi-survey.md). They change by survey
 * year (小規模企業 until FY2008; 外資系 only FY2019–20), so each record is coded against the list of the
 * survey year it falls in and the list's version travels with every computed figure.
 */
export const SURVEY_KINDS = [
  "joint_research",
  "contract_research",
  "clinical_trial",
  "endowed_chair",
  "ip_income",
] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const IP_INCOME_KINDS = ["patent", "material", "copyright", "knowhow_other"] as const;
export type IpIncomeKind = (typeof IP_INCOME_KINDS)[number];

export const SURVEY_PARTNER_TYPES = [
  "large_company",
  "sme",
  "small_company",
  "foreign_affiliated",
  "foreign_company",
  "national_government",
  "independent_agency",
  "local_government",
  "public_interest_corp",
  "other",
] as const;
export type SurveyPartnerType = (typeof SURVEY_PARTNER_TYPES)[number];

/** Company types: the survey's "民間企業からの" figures add these up. */
export const COMPANY_TYPES: readonly SurveyPartnerType[] = [
  "large_company",
  "sme",
  "small_company",
  "foreign_affiliated",
  "foreign_company",
];

type Label = { ja: string; en: string };

export const SURVEY_KIND_LABELS: Record<SurveyKind, Label> = {
  joint_research: { ja: "共同研究", en: "Joint research" },
  contract_research: { ja: "受託研究", en: "Contract research" },
  clinical_trial: { ja: "治験等", en: "Clinical trials etc." },
  endowed_chair: { ja: "寄附講座・寄附研究部門", en: "Endowed chairs and divisions" },
  ip_income: { ja: "知的財産権等収入", en: "IP income" },
};

export const IP_INCOME_KIND_LABELS: Record<IpIncomeKind, Label> = {
  patent: { ja: "特許権等", en: "Patents" },
  material: { ja: "成果有体物", en: "Research materials" },
  copyright: { ja: "著作権", en: "Copyright" },
  knowhow_other: { ja: "ノウハウ・その他", en: "Know-how and other" },
};

export const SURVEY_PARTNER_TYPE_LABELS: Record<SurveyPartnerType, Label> = {
  large_company: { ja: "大企業", en: "Large company" },
  sme: { ja: "中小企業", en: "SME" },
  small_company: { ja: "小規模企業", en: "Small company" },
  foreign_affiliated: { ja: "外資系企業", en: "Foreign-affiliated company" },
  foreign_company: { ja: "外国企業", en: "Foreign company" },
  national_government: { ja: "国", en: "National government" },
  independent_agency: { ja: "独立行政法人等", en: "Independent administrative agencies etc." },
  local_government: { ja: "地方公共団体", en: "Local government" },
  public_interest_corp: { ja: "公益法人等", en: "Public-interest corporations etc." },
  other: { ja: "その他", en: "Other" },
};

export interface SurveyCategoryList {
  version: string;
  /** First and last survey (fiscal) year this list applies to; `to` null = still in force. */
  from: number;
  to: number | null;
  partnerTypes: readonly SurveyPartnerType[];
}

const BASE: SurveyPartnerType[] = [
  "large_company",
  "sme",
  "foreign_company",
  "national_government",
  "independent_agency",
  "local_government",
  "public_interest_corp",
  "other",
];

/** Versioned category lists (kpi-survey.md: 小規模企業 until FY2008; 外資系 only FY2019–20). */
export const SURVEY_CATEGORY_LISTS: readonly SurveyCategoryList[] = [
  { version: "mext-survey-categories@2003", from: 2003, to: 2008, partnerTypes: [...BASE, "small_company"] },
  { version: "mext-survey-categories@2009", from: 2009, to: 2018, partnerTypes: BASE },
  {
    version: "mext-survey-categories@2019",
    from: 2019,
    to: 2020,
    partnerTypes: [...BASE, "foreign_affiliated"],
  },
  { version: "mext-survey-categories@2021", from: 2021, to: null, partnerTypes: BASE },
];

export function categoriesFor(fiscalYear: number): SurveyCategoryList {
  const list = SURVEY_CATEGORY_LISTS.find(
    (l) => fiscalYear >= l.from && (l.to === null || fiscalYear <= l.to),
  );
  return list ?? (SURVEY_CATEGORY_LISTS.at(-1) as SurveyCategoryList);
}

/** A type that the year's list does not have is reported under its successor (小規模 → 中小, 外資系 → 大企業). */
export function typeForYear(type: SurveyPartnerType, fiscalYear: number): SurveyPartnerType {
  const list = categoriesFor(fiscalYear);
  if (list.partnerTypes.includes(type)) {
    return type;
  }
  if (type === "small_company") {
    return "sme";
  }
  if (type === "foreign_affiliated") {
    return "large_company";
  }
  return "other";
}
