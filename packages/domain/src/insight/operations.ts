import type { CaseStage } from "../cases/case-types";
import { isTerminalStage } from "../cases/case-types";

/**
 * Operational figures of the office (issue 16 §3; seed 003: make the institution's efforts visible and run
 * a PDCA cycle on them): how long a case stays in each stage, what is waiting where, how many 取引審査 are
 * decided within N days, how often screening hits, and which monitoring items are overdue. Pure: the
 * server passes in the rows, so the dashboards and the tests compute the same numbers.
 */

/** Reviews decided within this many days of submission count as on time (Renkei's default service level). */
export const REVIEW_SERVICE_DAYS = 14;

const DAY_MS = 86_400_000;

/** Whole days between two instants (ISO strings), never negative. */
export function daysElapsed(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS));
}

/** The median of a list (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface OpenCase {
  stage: CaseStage;
  stageEnteredAt: string;
}

/** A stage change of a case, as recorded in its history (the audit event `case.stage_changed`). */
export interface StageChange {
  caseId: string;
  from: CaseStage;
  to: CaseStage;
  at: string;
  /** When the case entered `from` (the previous change, or the case's creation). */
  enteredFromAt: string;
}

export interface StageFigure {
  stage: CaseStage;
  /** Cases now in the stage (backlog). */
  open: number;
  /** Median days the open cases have been waiting in it. */
  medianAgeDays: number | null;
  /** Median days cases spent in the stage before leaving it during the period (lead time). */
  medianLeadDays: number | null;
  /** How many cases left the stage during the period. */
  left: number;
}

/**
 * Backlog and lead time per stage: open cases grouped by their current stage with their age in it, and the
 * time spent in a stage by every case that left it during the period. Terminal stages have no backlog.
 */
export function stageFigures(
  stages: readonly CaseStage[],
  open: readonly OpenCase[],
  changes: readonly StageChange[],
  now: string,
): StageFigure[] {
  return stages
    .filter((s) => !isTerminalStage(s))
    .map((stage) => {
      const here = open.filter((c) => c.stage === stage);
      const leads = changes.filter((c) => c.from === stage).map((c) => daysElapsed(c.enteredFromAt, c.at));
      return {
        stage,
        open: here.length,
        medianAgeDays: median(here.map((c) => daysElapsed(c.stageEnteredAt, now))),
        medianLeadDays: median(leads),
        left: leads.length,
      };
    });
}

/**
 * Pairs each stage change with the moment the case entered the stage it leaves: the case's previous change,
 * or its creation for the first one. Changes may come in any order.
 */
export function withEntryTimes(
  changes: readonly Omit<StageChange, "enteredFromAt">[],
  createdAt: ReadonlyMap<string, string>,
): StageChange[] {
  const byCase = new Map<string, Omit<StageChange, "enteredFromAt">[]>();
  for (const c of changes) {
    byCase.set(c.caseId, [...(byCase.get(c.caseId) ?? []), c]);
  }
  const out: StageChange[] = [];
  for (const [caseId, list] of byCase) {
    list.sort((a, b) => a.at.localeCompare(b.at));
    let entered = createdAt.get(caseId) ?? list[0]?.at ?? "";
    for (const c of list) {
      out.push({ ...c, enteredFromAt: entered });
      entered = c.at;
    }
  }
  return out;
}

export interface ReviewTiming {
  status: string;
  submittedAt: string | null;
  decidedAt: string | null;
}

export interface ReviewFigures {
  /** Reviews waiting, by where they wait (draft excluded: nobody has asked for a decision yet). */
  waiting: { dept_review: number; officer_review: number; returned: number };
  decided: number;
  decidedWithin: number;
  withinDays: number;
  /** decidedWithin / decided, 0 when none was decided. */
  withinShare: number;
  medianDecisionDays: number | null;
}

/** 取引審査 timeliness: reviews decided in the period, how many within `withinDays` of submission. */
export function reviewFigures(
  reviews: readonly ReviewTiming[],
  withinDays = REVIEW_SERVICE_DAYS,
): ReviewFigures {
  const decided = reviews.filter((r) => r.status === "decided" && r.submittedAt && r.decidedAt);
  const days = decided.map((r) => daysElapsed(r.submittedAt as string, r.decidedAt as string));
  const within = days.filter((d) => d <= withinDays).length;
  const count = (s: string) => reviews.filter((r) => r.status === s).length;
  return {
    waiting: {
      dept_review: count("dept_review"),
      officer_review: count("officer_review"),
      returned: count("returned"),
    },
    decided: decided.length,
    decidedWithin: within,
    withinDays,
    withinShare: decided.length ? Math.round((within / decided.length) * 1000) / 1000 : 0,
    medianDecisionDays: median(days),
  };
}

export interface ScreeningFigures {
  runs: number;
  hits: number;
  /** Runs with a candidate for review over all runs in the period. */
  hitRate: number;
  /** Review items still waiting for a decision (pending or escalated). */
  openItems: number;
}

export function screeningFigures(
  runsByOutcome: { clear: number; hit: number },
  openItems: number,
): ScreeningFigures {
  const runs = runsByOutcome.clear + runsByOutcome.hit;
  return {
    runs,
    hits: runsByOutcome.hit,
    hitRate: runs ? Math.round((runsByOutcome.hit / runs) * 1000) / 1000 : 0,
    openItems,
  };
}

export interface MonitoringItem {
  dueOn: string;
  completedOn: string | null;
  cancelled: boolean;
}

/** Open monitoring items past their due date, by how late they are (seed 001 §IV.3: progress follow-up). */
export function overdueMonitoring(items: readonly MonitoringItem[], today: string) {
  const late = items
    .filter((i) => !i.cancelled && i.completedOn === null && i.dueOn < today)
    .map((i) => daysElapsed(`${i.dueOn}T00:00:00Z`, `${today}T00:00:00Z`));
  return {
    overdue: late.length,
    over30Days: late.filter((d) => d > 30).length,
    dueOpen: items.filter((i) => !i.cancelled && i.completedOn === null).length,
  };
}
