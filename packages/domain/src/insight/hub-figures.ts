import { computeSurvey } from "./mext-survey";
import type { SurveyResult } from "./survey-records";

/**
 * The key figures a hub sees of each member that granted it the `figures` scope, side by side (issue 16 §5;
 * seed 000 fn 16: a core university supports smaller ones). Only survey totals: no record, partner or
 * person behind them travels to the hub.
 */
export const HUB_KEY_FIGURES = [
  "total.amount",
  "total.from_companies",
  "joint_research.count",
  "joint_research.amount",
  "joint_research.per_project",
  "contract_research.count",
  "contract_research.amount",
  "clinical_trial.amount",
  "ip_income.amount",
  "patents.filed.domestic",
  "patents.filed.foreign",
] as const;

export interface HubFigureRow {
  id: string;
  label: { ja: string; en: string };
  unit: "count" | "yen" | "ratio";
}

export interface HubMemberColumn {
  institutionId: string;
  name: { ja: string; en: string };
  /** Figure id → value, for every key figure. */
  values: Record<string, number>;
}

/** Rows are the key figures (labelled as the survey labels them); each member is one column. */
export function hubFigureTable(
  fy: number,
  members: readonly { institutionId: string; name: { ja: string; en: string }; survey: SurveyResult }[],
): { rows: HubFigureRow[]; members: HubMemberColumn[] } {
  // Labels and units come from the survey's own definition of the year, whether or not any member granted.
  const definition = computeSurvey(fy, { agreements: [], receipts: [], patents: [], licences: [] });
  const rows = definition.figures
    .filter((f) => (HUB_KEY_FIGURES as readonly string[]).includes(f.id))
    .map((f) => ({ id: f.id, label: f.label, unit: f.unit }));
  return {
    rows,
    members: members.map((m) => ({
      institutionId: m.institutionId,
      name: m.name,
      values: Object.fromEntries(
        rows.map((r) => [r.id, m.survey.figures.find((f) => f.id === r.id)?.value ?? 0]),
      ),
    })),
  };
}
