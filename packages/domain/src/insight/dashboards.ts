import { CASE_STAGE_LABELS } from "../cases/case-labels";
import type { IndicatorValue } from "./indicators";
import type { ReviewFigures, ScreeningFigures, StageFigure } from "./operations";
import { categoriesFor, SURVEY_KIND_LABELS, SURVEY_PARTNER_TYPE_LABELS } from "./survey-categories";
import type { SurveyResult } from "./survey-records";

/**
 * The three dashboards of issue 16 §4 (executive, export-control office, collaboration), composed from
 * figures the domain already computed (survey, indicators, operations). Every chart is a panel whose rows
 * are also its table, so a chart never shows a number the table does not (accessibility, printing).
 */
export type DashboardKind = "executive" | "export_control" | "collaboration";
export type PanelUnit = "count" | "yen" | "ratio" | "days";
type Label = { ja: string; en: string };

export interface PanelSeries {
  id: string;
  label: Label;
  /** "row": each row says its own unit (indicators mix counts, yen and ratios). */
  unit: PanelUnit | "row";
}
export interface PanelRow {
  key: string;
  label: Label;
  values: Record<string, number | null>;
  unit: PanelUnit | null;
  /** The survey figure behind the row, for drill-down to its records. */
  figureId: string | null;
}
export interface Panel {
  id: string;
  title: Label;
  chart: "bar" | "donut";
  /** The series drawn (one unit per chart); the table shows every series. */
  charted: string[];
  series: PanelSeries[];
  rows: PanelRow[];
}
export interface Kpi {
  id: string;
  label: Label;
  value: number | null;
  unit: PanelUnit;
}
export interface Dashboard {
  kind: DashboardKind;
  fiscalYear: number;
  kpis: Kpi[];
  panels: Panel[];
}

const figure = (survey: SurveyResult, id: string) => survey.figures.find((f) => f.id === id)?.value ?? 0;
const amountSeries: PanelSeries = { id: "amount", label: { ja: "受入額", en: "Amount" }, unit: "yen" };
const countSeries: PanelSeries = { id: "count", label: { ja: "件数", en: "Count" }, unit: "count" };

/** Amount received per survey kind; each row drills down to the survey figure's receipts. */
function moneyPanel(survey: SurveyResult): Panel {
  return {
    id: "money_by_kind",
    title: { ja: "種別ごとの受入額", en: "Income by kind" },
    chart: "bar",
    charted: ["amount"],
    series: [amountSeries],
    rows: (
      ["joint_research", "contract_research", "clinical_trial", "endowed_chair", "ip_income"] as const
    ).map((k): PanelRow => {
      const id = `${k}.amount`;
      return {
        key: k,
        label: SURVEY_KIND_LABELS[k],
        values: { amount: figure(survey, id) },
        unit: null,
        figureId: id,
      };
    }),
  };
}

/** Joint research by partner type (the survey's own breakdown), amounts and project counts. */
function partnerTypePanel(survey: SurveyResult): Panel {
  return {
    id: "joint_by_partner_type",
    title: { ja: "共同研究の相手先区分", en: "Joint research by partner type" },
    chart: "donut",
    charted: ["amount"],
    series: [amountSeries, countSeries],
    rows: categoriesFor(survey.fiscalYear).partnerTypes.map((t) => ({
      key: t,
      label: SURVEY_PARTNER_TYPE_LABELS[t],
      values: {
        amount: figure(survey, `joint_research.amount.${t}`),
        count: figure(survey, `joint_research.count.${t}`),
      },
      figureId: `joint_research.amount.${t}`,
      unit: null,
    })),
  };
}

/** Backlog (open cases and how long they wait) and lead time (days spent by cases that left) per stage. */
function stagePanels(stages: StageFigure[]): Panel[] {
  const row = (s: StageFigure, values: PanelRow["values"]): PanelRow => ({
    key: s.stage,
    label: CASE_STAGE_LABELS[s.stage],
    values,
    unit: null,
    figureId: null,
  });
  return [
    {
      id: "backlog",
      title: { ja: "段階ごとの滞留", en: "Backlog per stage" },
      chart: "bar",
      charted: ["open"],
      series: [
        { id: "open", label: { ja: "滞留件数", en: "Open cases" }, unit: "count" },
        { id: "age", label: { ja: "滞留日数（中央値）", en: "Days waiting (median)" }, unit: "days" },
      ],
      rows: stages.map((s) => row(s, { open: s.open, age: s.medianAgeDays })),
    },
    {
      id: "lead_time",
      title: {
        ja: "段階ごとの所要日数（年度内に次へ進んだ案件）",
        en: "Lead time per stage (cases that moved on)",
      },
      chart: "bar",
      charted: ["lead"],
      series: [
        { id: "lead", label: { ja: "所要日数（中央値）", en: "Days (median)" }, unit: "days" },
        { id: "left", label: { ja: "件数", en: "Cases" }, unit: "count" },
      ],
      rows: stages.map((s) => row(s, { lead: s.medianLeadDays, left: s.left })),
    },
  ];
}

export function executiveDashboard(
  survey: SurveyResult,
  indicators: IndicatorValue[],
  ops: { openCases: number; overdueMonitoring: number; reviews: ReviewFigures },
): Dashboard {
  return {
    kind: "executive",
    fiscalYear: survey.fiscalYear,
    kpis: [
      {
        id: "total",
        label: { ja: "研究資金等受入額", en: "Research funds received" },
        value: figure(survey, "total.amount"),
        unit: "yen",
      },
      {
        id: "joint",
        label: { ja: "共同研究件数", en: "Joint research projects" },
        value: figure(survey, "joint_research.count"),
        unit: "count",
      },
      {
        id: "open_cases",
        label: { ja: "進行中の案件", en: "Open cases" },
        value: ops.openCases,
        unit: "count",
      },
      {
        id: "reviews_within",
        label: {
          ja: `取引審査の${ops.reviews.withinDays}日以内決定率`,
          en: `Reviews decided within ${ops.reviews.withinDays} days`,
        },
        value: ops.reviews.withinShare,
        unit: "ratio",
      },
      {
        id: "overdue",
        label: { ja: "期限超過のモニタリング", en: "Overdue monitoring items" },
        value: ops.overdueMonitoring,
        unit: "count",
      },
    ],
    panels: [
      moneyPanel(survey),
      {
        id: "indicators",
        title: { ja: "評価指標の目標と実績", en: "Indicators: target and actual" },
        chart: "bar",
        charted: ["achieved"],
        series: [
          { id: "achieved", label: { ja: "達成率", en: "Achievement" }, unit: "ratio" },
          { id: "actual", label: { ja: "実績", en: "Actual" }, unit: "row" },
          { id: "target", label: { ja: "目標", en: "Target" }, unit: "row" },
        ],
        rows: indicators.map((i) => ({
          key: i.id,
          label: i.label,
          values: { achieved: i.ratio, actual: i.actual, target: i.target },
          unit: i.unit,
          figureId: null,
        })),
      },
      partnerTypePanel(survey),
    ],
  };
}

const REVIEW_WAITING_LABELS = {
  dept_review: { ja: "部局長確認待ち", en: "With the department head" },
  officer_review: { ja: "輸出管理担当の審査待ち", en: "With the export-control officer" },
  returned: { ja: "差戻し中", en: "Returned to the applicant" },
} as const;

export function exportControlDashboard(
  fiscalYear: number,
  reviews: ReviewFigures,
  screening: ScreeningFigures,
  classifications: { status: "draft" | "submitted" | "approved" | "returned"; count: number }[],
): Dashboard {
  const classLabels = {
    draft: { ja: "作成中", en: "Draft" },
    submitted: { ja: "確認待ち", en: "Awaiting review" },
    approved: { ja: "確認済み", en: "Approved" },
    returned: { ja: "差戻し", en: "Returned" },
  } as const;
  return {
    kind: "export_control",
    fiscalYear,
    kpis: [
      {
        id: "decided",
        label: { ja: "決定した取引審査", en: "Reviews decided" },
        value: reviews.decided,
        unit: "count",
      },
      {
        id: "within",
        label: { ja: `${reviews.withinDays}日以内の決定率`, en: `Decided within ${reviews.withinDays} days` },
        value: reviews.withinShare,
        unit: "ratio",
      },
      {
        id: "median_days",
        label: { ja: "決定までの日数（中央値）", en: "Days to decision (median)" },
        value: reviews.medianDecisionDays,
        unit: "days",
      },
      {
        id: "hit_rate",
        label: { ja: "スクリーニング該当候補率", en: "Screening hit rate" },
        value: screening.hitRate,
        unit: "ratio",
      },
      {
        id: "open_hits",
        label: { ja: "未判断の該当候補", en: "Screening hits awaiting a decision" },
        value: screening.openItems,
        unit: "count",
      },
    ],
    panels: [
      {
        id: "reviews_waiting",
        title: { ja: "取引審査の滞留", en: "Transaction reviews waiting" },
        chart: "bar",
        charted: ["count"],
        series: [countSeries],
        rows: (Object.keys(REVIEW_WAITING_LABELS) as (keyof typeof REVIEW_WAITING_LABELS)[]).map((k) => ({
          key: k,
          label: REVIEW_WAITING_LABELS[k],
          values: { count: reviews.waiting[k] },
          figureId: null,
          unit: null,
        })),
      },
      {
        id: "screening",
        title: { ja: "スクリーニング実施結果", en: "Screening runs" },
        chart: "donut",
        charted: ["count"],
        series: [countSeries],
        rows: [
          {
            key: "clear",
            label: { ja: "該当候補なし", en: "Clear" },
            values: { count: screening.runs - screening.hits },
            figureId: null,
            unit: null,
          },
          {
            key: "hit",
            label: { ja: "該当候補あり", en: "With hits" },
            values: { count: screening.hits },
            figureId: null,
            unit: null,
          },
        ],
      },
      {
        id: "classifications",
        title: { ja: "該非判定の状況", en: "Classifications by status" },
        chart: "bar",
        charted: ["count"],
        series: [countSeries],
        rows: classifications.map((c) => ({
          key: c.status,
          label: classLabels[c.status],
          values: { count: c.count },
          figureId: null,
          unit: null,
        })),
      },
    ],
  };
}

export function collaborationDashboard(
  survey: SurveyResult,
  stages: StageFigure[],
  monitoring: { overdue: number; over30Days: number; dueOpen: number },
): Dashboard {
  const open = stages.reduce((t, s) => t + s.open, 0);
  return {
    kind: "collaboration",
    fiscalYear: survey.fiscalYear,
    kpis: [
      { id: "open_cases", label: { ja: "進行中の案件", en: "Open cases" }, value: open, unit: "count" },
      {
        id: "joint_amount",
        label: { ja: "共同研究受入額", en: "Joint research income" },
        value: figure(survey, "joint_research.amount"),
        unit: "yen",
      },
      {
        id: "overdue",
        label: { ja: "期限超過のモニタリング", en: "Overdue monitoring items" },
        value: monitoring.overdue,
        unit: "count",
      },
      {
        id: "overdue30",
        label: { ja: "うち30日超過", en: "of which over 30 days" },
        value: monitoring.over30Days,
        unit: "count",
      },
    ],
    panels: [...stagePanels(stages), partnerTypePanel(survey)],
  };
}
