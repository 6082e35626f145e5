import type { PartnerType } from "../partners/partner-types";
import type { SurveyPartnerType } from "./survey-categories";

/** The size class a company partner needs for the survey (中小企業基本法 第2条 definitions, kpi-survey.md). */
export const SIZE_CLASSES = ["large", "sme"] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const SIZE_CLASS_LABELS: Record<SizeClass, { ja: string; en: string }> = {
  large: { ja: "大企業", en: "Large company" },
  sme: { ja: "中小企業", en: "SME" },
};

export interface PartnerSurveyFacts {
  type: PartnerType;
  /** ISO 3166-1 alpha-2. */
  country: string;
  sizeClass: SizeClass | null;
}

export interface SurveyTypeSuggestion {
  type: SurveyPartnerType;
  /** False when the partner lacks what the survey needs (a Japanese company without a size class). */
  complete: boolean;
  note: { ja: string; en: string };
}

/**
 * The survey partner type a record is coded with by default when it is entered; the person entering it may
 * change it (a prefecture is 地方公共団体, a foundation 公益法人等). A foreign company is 外国企業 whatever its
 * size; a Japanese company needs its size class, else it is counted as 中小企業 only after someone says so.
 */
export function suggestSurveyType(p: PartnerSurveyFacts): SurveyTypeSuggestion {
  const foreign = p.country !== "JP";
  if (p.type === "company" || p.type === "venture") {
    if (foreign) {
      return { type: "foreign_company", complete: true, note: { ja: "外国企業", en: "Foreign company" } };
    }
    if (p.sizeClass === "large") {
      return { type: "large_company", complete: true, note: { ja: "大企業", en: "Large company" } };
    }
    if (p.sizeClass === "sme" || p.type === "venture") {
      return { type: "sme", complete: true, note: { ja: "中小企業", en: "SME" } };
    }
    return {
      type: "sme",
      complete: false,
      note: {
        ja: "企業規模が未登録です。連携先に大企業・中小企業の区分を登録してください",
        en: "The company's size class is not recorded: set large company or SME on the partner",
      },
    };
  }
  if (p.type === "government" && !foreign) {
    return { type: "national_government", complete: true, note: { ja: "国", en: "National government" } };
  }
  if (p.type === "research_institute" && !foreign) {
    return {
      type: "independent_agency",
      complete: true,
      note: { ja: "独立行政法人等", en: "Independent administrative agency etc." },
    };
  }
  return { type: "other", complete: true, note: { ja: "その他", en: "Other" } };
}
