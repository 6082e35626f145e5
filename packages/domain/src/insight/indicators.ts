import { fiscalYearOf } from "./fiscal-year";
import { computeSurvey } from "./mext-survey";
import type { SurveyRecords } from "./survey-records";

/**
 * Seed 002's evaluation indicators for 産学連携 (counts and amounts of joint and contract research, amount
 * per project, patent filings, international share, new partners, share of large projects) and seed 003's
 * targets and PDCA: each year's actual beside the target the institution set.
 */
export const INDICATORS = {
  "joint.count": { ja: "共同研究件数", en: "Joint research projects", unit: "count" },
  "joint.amount": { ja: "共同研究受入額", en: "Joint research income", unit: "yen" },
  "contract.count": { ja: "受託研究件数", en: "Contract research projects", unit: "count" },
  "contract.amount": { ja: "受託研究受入額", en: "Contract research income", unit: "yen" },
  "joint.per_project": {
    ja: "共同研究1件当たり受入額",
    en: "Joint research income per project",
    unit: "yen",
  },
  "patents.filed": { ja: "特許出願件数", en: "Patent applications", unit: "count" },
  "ip.income": { ja: "知的財産権等収入", en: "IP income", unit: "yen" },
  "international.share": {
    ja: "外国機関からの受入額の割合",
    en: "Share of income from abroad",
    unit: "ratio",
  },
  "partners.new": { ja: "新規連携先数", en: "New partners", unit: "count" },
  "joint.large_share": {
    ja: "大型共同研究（1,000万円以上）の割合",
    en: "Share of large joint projects (¥10M+)",
    unit: "ratio",
  },
} as const;
export type IndicatorId = keyof typeof INDICATORS;

export interface IndicatorValue {
  id: IndicatorId;
  label: { ja: string; en: string };
  unit: "count" | "yen" | "ratio";
  actual: number;
  target: number | null;
  /** null when no target was set; ratio = actual / target. */
  achieved: boolean | null;
  ratio: number | null;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

export function computeIndicators(
  fy: number,
  records: SurveyRecords,
  targets: Partial<Record<IndicatorId, number>>,
): IndicatorValue[] {
  const survey = computeSurvey(fy, records);
  const v = (id: string) => survey.figures.find((f) => f.id === id)?.value ?? 0;
  const receipts = records.receipts.filter(
    (r) => fiscalYearOf(r.receivedOn) === fy && r.kind !== "endowed_chair",
  );
  const total = receipts.reduce((t, r) => t + r.direct + r.indirect, 0);
  const abroad = receipts
    .filter((r) => r.partnerCountry && r.partnerCountry !== "JP")
    .reduce((t, r) => t + r.direct + r.indirect, 0);
  // A partner is new in the year its first agreement starts.
  const firstStart = new Map<string, string>();
  for (const a of records.agreements) {
    if (a.partnerId && (!firstStart.has(a.partnerId) || a.startOn < (firstStart.get(a.partnerId) ?? ""))) {
      firstStart.set(a.partnerId, a.startOn);
    }
  }
  const jointCount = v("joint_research.count");
  const actuals: Record<IndicatorId, number> = {
    "joint.count": jointCount,
    "joint.amount": v("joint_research.amount"),
    "contract.count": v("contract_research.count"),
    "contract.amount": v("contract_research.amount"),
    "joint.per_project": v("joint_research.per_project"),
    "patents.filed": v("patents.filed.domestic") + v("patents.filed.foreign"),
    "ip.income": v("ip_income.amount"),
    "international.share": total ? round3(abroad / total) : 0,
    "partners.new": [...firstStart.values()].filter((d) => fiscalYearOf(d) === fy).length,
    "joint.large_share": jointCount ? round3(v("joint_research.large.count") / jointCount) : 0,
  };
  return (Object.keys(INDICATORS) as IndicatorId[]).map((id) => {
    const target = targets[id] ?? null;
    const actual = actuals[id];
    return {
      id,
      label: { ja: INDICATORS[id].ja, en: INDICATORS[id].en },
      unit: INDICATORS[id].unit,
      actual,
      target,
      achieved: target === null ? null : actual >= target,
      ratio: target ? round3(actual / target) : null,
    };
  });
}
