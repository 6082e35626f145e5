import { fiscalYearOf, fiscalYearRange, overlapsFiscalYear } from "./fiscal-year";
import {
  COMPANY_TYPES,
  categoriesFor,
  IP_INCOME_KIND_LABELS,
  IP_INCOME_KINDS,
  SURVEY_KIND_LABELS,
  SURVEY_PARTNER_TYPE_LABELS,
  type SurveyKind,
  type SurveyPartnerType,
  typeForYear,
} from "./survey-categories";
import type {
  SurveyAgreement,
  SurveyFigure,
  SurveyReceipt,
  SurveyRecords,
  SurveyResult,
} from "./survey-records";

/** 1件当たり ≥ ¥10M projects are reported apart (kpi-survey.md 共同研究). */
export const LARGE_PROJECT_YEN = 10_000_000;

/**
 * Size bands of a project's receipts in the year. The survey has a 0円 band since FY2012; the other limits
 * are Renkei's until the form is checked (kpi-survey.md [unverified]).
 */
export const SURVEY_AMOUNT_BANDS = [
  { id: "zero", max: 0, ja: "0円", en: "¥0" },
  { id: "lt1m", max: 999_999, ja: "100万円未満", en: "under ¥1M" },
  { id: "lt3m", max: 2_999_999, ja: "100万円以上300万円未満", en: "¥1M–3M" },
  { id: "lt5m", max: 4_999_999, ja: "300万円以上500万円未満", en: "¥3M–5M" },
  { id: "lt10m", max: 9_999_999, ja: "500万円以上1,000万円未満", en: "¥5M–10M" },
  { id: "ge10m", max: Number.POSITIVE_INFINITY, ja: "1,000万円以上", en: "¥10M and over" },
] as const;

const NOT_HELD = [
  { id: "org.cross_appointments", label: { ja: "クロスアポイントメント実施者数", en: "Cross-appointments" } },
  { id: "org.ura_headcount", label: { ja: "URA 配置人数", en: "URA headcount" } },
  {
    id: "org.strategic_cost",
    label: { ja: "戦略的産学連携経費の受入額", en: "Strategic collaboration cost charged" },
  },
];

const STARTUPS_NOT_HELD = {
  id: "startups.count",
  label: { ja: "大学等発ベンチャー設立数", en: "Start-ups founded" },
};

const sum = (rs: SurveyReceipt[]) => rs.reduce((t, r) => t + r.direct + r.indirect, 0);
const ref = (kind: SurveyFigure["records"][number]["kind"]) => (r: { id: string; receipts?: number }) => ({
  kind,
  id: r.id,
  n: r.receipts ?? 1,
});
type FigureInput = Omit<SurveyFigure, "unit" | "recordCount" | "records"> & {
  unit?: SurveyFigure["unit"];
  records: (SurveyFigure["records"][number] & { n: number })[];
};

/**
 * Every figure of the MEXT 産学連携等実施状況調査 for one fiscal year, computed from coded records
 * (kpi-survey.md): amounts are receipts received in the year; a project counts when its agreement runs in
 * the year (a project with no receipt in the year falls in the 0円 band). Each figure lists its records.
 */
export function computeSurvey(fy: number, records: SurveyRecords): SurveyResult {
  const figures: SurveyFigure[] = [];
  const receipts = records.receipts.filter((r) => fiscalYearOf(r.receivedOn) === fy);
  const typeOf = (t: SurveyPartnerType) => typeForYear(t, fy);
  const add = ({ records: rs, ...f }: FigureInput) =>
    figures.push({
      unit: "yen",
      ...f,
      records: rs.map(({ kind, id }) => ({ kind, id })),
      recordCount: rs.reduce((t, r) => t + r.n, 0),
    });

  add({
    id: "total.amount",
    section: "total",
    label: { ja: "研究資金等受入額（合計）", en: "Research funds received (total)" },
    value: sum(receipts.filter((r) => r.kind !== "endowed_chair")),
    records: receipts.filter((r) => r.kind !== "endowed_chair").map(ref("receipt")),
  });
  const fromCompanies = receipts.filter(
    (r) => r.kind !== "endowed_chair" && COMPANY_TYPES.includes(typeOf(r.partnerType)),
  );
  add({
    id: "total.from_companies",
    section: "total",
    label: { ja: "うち民間企業からの受入額", en: "of which from companies" },
    value: sum(fromCompanies),
    records: fromCompanies.map(ref("receipt")),
  });

  for (const kind of ["joint_research", "contract_research", "clinical_trial", "endowed_chair"] as const) {
    projectFigures(fy, kind, records.agreements, receipts, typeOf, add);
  }

  const ipReceipts = receipts.filter((r) => r.kind === "ip_income");
  add({
    id: "ip_income.amount",
    section: "ip_income",
    label: { ja: "知的財産権等収入額", en: "IP income" },
    value: sum(ipReceipts),
    records: ipReceipts.map(ref("receipt")),
  });
  for (const k of IP_INCOME_KINDS) {
    const rs = ipReceipts.filter((r) => (r.ipIncomeKind ?? "knowhow_other") === k);
    add({
      id: `ip_income.amount.${k}`,
      section: "ip_income",
      label: {
        ja: `知的財産権等収入額（${IP_INCOME_KIND_LABELS[k].ja}）`,
        en: `IP income (${IP_INCOME_KIND_LABELS[k].en})`,
      },
      value: sum(rs),
      records: rs.map(ref("receipt")),
    });
  }
  patentFigures(fy, records, add);
  if (records.spinoffs) {
    const spinoffs = records.spinoffs.filter((s) => fiscalYearOf(s.foundedOn) === fy);
    add({
      id: STARTUPS_NOT_HELD.id,
      section: "startups",
      label: STARTUPS_NOT_HELD.label,
      value: spinoffs.length,
      unit: "count",
      records: spinoffs.map(ref("spinoff")),
    });
  }
  return {
    fiscalYear: fy,
    asOf: fiscalYearRange(fy).to,
    figures,
    notHeld: records.spinoffs ? NOT_HELD : [STARTUPS_NOT_HELD, ...NOT_HELD],
    dataVersions: { surveyCategories: categoriesFor(fy).version },
  };
}

function projectFigures(
  fy: number,
  kind: SurveyAgreement["kind"],
  agreements: SurveyAgreement[],
  receipts: SurveyReceipt[],
  typeOf: (t: SurveyPartnerType) => SurveyPartnerType,
  add: (f: FigureInput) => void,
) {
  const label = SURVEY_KIND_LABELS[kind as SurveyKind];
  const running = agreements.filter((a) => a.kind === kind && overlapsFiscalYear(fy, a.startOn, a.endOn));
  const rs = receipts.filter((r) => r.kind === kind);
  const byAgreement = new Map<string, number>(running.map((a) => [a.id, 0]));
  for (const r of rs) {
    if (r.agreementId && byAgreement.has(r.agreementId)) {
      byAgreement.set(r.agreementId, (byAgreement.get(r.agreementId) ?? 0) + r.direct + r.indirect);
    }
  }
  const amount = sum(rs);
  add({
    id: `${kind}.count`,
    section: kind,
    label: { ja: `${label.ja} 実施件数`, en: `${label.en}: projects` },
    value: running.length,
    unit: "count",
    records: running.map(ref("agreement")),
  });
  add({
    id: `${kind}.amount`,
    section: kind,
    label: { ja: `${label.ja} 受入額`, en: `${label.en}: amount received` },
    value: amount,
    records: rs.map(ref("receipt")),
  });
  add({
    id: `${kind}.per_project`,
    section: kind,
    label: { ja: `${label.ja} 1件当たり受入額`, en: `${label.en}: amount per project` },
    value: running.length ? Math.round(amount / running.length) : 0,
    records: running.map(ref("agreement")),
  });
  if (kind !== "joint_research" && kind !== "contract_research") {
    return;
  }
  const types = categoriesFor(fy).partnerTypes;
  for (const t of types) {
    const ag = running.filter((a) => typeOf(a.partnerType) === t);
    const rt = rs.filter((r) => typeOf(r.partnerType) === t);
    const tl = SURVEY_PARTNER_TYPE_LABELS[t];
    add({
      id: `${kind}.count.${t}`,
      section: kind,
      label: { ja: `${label.ja} 件数（${tl.ja}）`, en: `${label.en}: projects (${tl.en})` },
      value: ag.length,
      unit: "count",
      records: ag.map(ref("agreement")),
    });
    add({
      id: `${kind}.amount.${t}`,
      section: kind,
      label: { ja: `${label.ja} 受入額（${tl.ja}）`, en: `${label.en}: amount (${tl.en})` },
      value: sum(rt),
      records: rt.map(ref("receipt")),
    });
  }
  if (kind !== "joint_research") {
    return;
  }
  const large = running.filter((a) => (byAgreement.get(a.id) ?? 0) >= LARGE_PROJECT_YEN);
  add({
    id: "joint_research.large.count",
    section: kind,
    label: { ja: "共同研究 1,000万円以上の件数", en: "Joint research: projects of ¥10M and over" },
    value: large.length,
    unit: "count",
    records: large.map(ref("agreement")),
  });
  const largeIds = new Set(large.map((a) => a.id));
  const largeRs = rs.filter((r) => r.agreementId && largeIds.has(r.agreementId));
  add({
    id: "joint_research.large.amount",
    section: kind,
    label: {
      ja: "共同研究 1,000万円以上の受入額",
      en: "Joint research: amount from projects of ¥10M and over",
    },
    value: sum(largeRs),
    records: largeRs.map(ref("receipt")),
  });
  let lower = -1;
  for (const band of SURVEY_AMOUNT_BANDS) {
    const inBand = running.filter((a) => {
      const v = byAgreement.get(a.id) ?? 0;
      return v > lower && v <= band.max;
    });
    lower = band.max;
    add({
      id: `joint_research.band.${band.id}`,
      section: kind,
      label: { ja: `共同研究 件数（${band.ja}）`, en: `Joint research: projects (${band.en})` },
      value: inBand.length,
      unit: "count",
      records: inBand.map(ref("agreement")),
    });
  }
  const direct = rs.reduce((t, r) => t + r.direct, 0);
  const indirect = rs.reduce((t, r) => t + r.indirect, 0);
  add({
    id: "joint_research.direct",
    section: kind,
    label: { ja: "共同研究 直接経費", en: "Joint research: direct cost" },
    value: direct,
    records: rs.map(ref("receipt")),
  });
  add({
    id: "joint_research.indirect",
    section: kind,
    label: { ja: "共同研究 間接経費", en: "Joint research: indirect cost" },
    value: indirect,
    records: rs.map(ref("receipt")),
  });
  add({
    id: "joint_research.indirect_ratio",
    section: kind,
    label: {
      ja: "共同研究 間接経費比率（直接経費に対する）",
      en: "Joint research: indirect to direct ratio",
    },
    value: direct ? Math.round((indirect / direct) * 1000) / 1000 : 0,
    unit: "ratio",
    records: rs.map(ref("receipt")),
  });
}

function patentFigures(fy: number, records: SurveyRecords, add: (f: FigureInput) => void) {
  const end = fiscalYearRange(fy).to;
  for (const foreign of [false, true]) {
    const where = foreign ? { ja: "外国", en: "foreign" } : { ja: "国内", en: "domestic" };
    const filed = records.patents.filter((p) => p.foreign === foreign && fiscalYearOf(p.filedOn) === fy);
    const held = records.patents.filter(
      (p) =>
        p.foreign === foreign &&
        p.grantedOn !== null &&
        p.grantedOn <= end &&
        (p.lapsedOn === null || p.lapsedOn > end),
    );
    const key = foreign ? "foreign" : "domestic";
    add({
      id: `patents.filed.${key}`,
      section: "ip",
      label: { ja: `特許出願件数（${where.ja}）`, en: `Patent applications (${where.en})` },
      value: filed.length,
      unit: "count",
      records: filed.map(ref("patent")),
    });
    add({
      id: `patents.held.${key}`,
      section: "ip",
      label: { ja: `特許権保有件数（${where.ja}）`, en: `Patents held (${where.en})` },
      value: held.length,
      unit: "count",
      records: held.map(ref("patent")),
    });
  }
  const licensed = records.licences.filter(
    (l) => l.kind !== "option" && overlapsFiscalYear(fy, l.startOn, l.endOn),
  );
  add({
    id: "patents.licensed.count",
    section: "ip",
    label: { ja: "特許権実施等件数", en: "Patent licences and assignments" },
    value: licensed.length,
    unit: "count",
    records: licensed.map(ref("licence")),
  });
}
