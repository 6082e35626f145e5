import type { IsoDate } from "../shared/dates";

/**
 * Japanese fiscal years run from 1 April to 31 March; FY2026 starts on 2026-04-01. The MEXT survey counts
 * a fiscal year's receipts "as of 31 March" (kpi-survey.md). Dates are Japanese calendar dates (JST).
 */
export function fiscalYearOf(date: IsoDate): number {
  const [y, m] = date.split("-").map(Number) as [number, number];
  return m >= 4 ? y : y - 1;
}

export function fiscalYearRange(fy: number): { from: IsoDate; to: IsoDate } {
  return { from: `${fy}-04-01`, to: `${fy + 1}-03-31` };
}

/** Whether the period [start, end] (end open when null) overlaps fiscal year `fy`. */
export function overlapsFiscalYear(fy: number, start: IsoDate, end: IsoDate | null): boolean {
  const { from, to } = fiscalYearRange(fy);
  return start <= to && (end === null || end >= from);
}
