import type { TDashboard, TDashboardKind } from "@renkei/contract";
import {
  CASE_STAGES,
  type CaseStage,
  collaborationDashboard,
  computeIndicators,
  executiveDashboard,
  exportControlDashboard,
  fiscalYearRange,
  type IndicatorId,
  isTerminalStage,
  overdueMonitoring,
  reviewFigures,
  screeningFigures,
  stageFigures,
  TERMINAL_STAGES,
  withEntryTimes,
} from "@renkei/domain";
import { and, count, eq, gte, inArray, isNull, lte, notInArray, or, sql } from "drizzle-orm";
import {
  auditEvents,
  caseMonitoringItems,
  cases,
  ecClassifications,
  ecTransactionReviews,
  indicatorTargets,
  screeningHits,
  screeningRuns,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import type { createSurveyService } from "./survey.service";

/** A fiscal year's bounds as instants in Japan (the year starts at 00:00 JST on 1 April). */
function fyInstants(fy: number) {
  const { from, to } = fiscalYearRange(fy);
  return { from: `${from}T00:00:00+09:00`, to: `${to}T23:59:59.999+09:00` };
}

/**
 * The three dashboards of issue 16 §4. Figures come from the domain (survey, indicators, operations); the
 * queries here only fetch the few columns those functions need, with counts done by the database where a
 * count is all the domain needs (screening runs and hits).
 */
export function createDashboardService(deps: Deps, survey: ReturnType<typeof createSurveyService>) {
  const { db, clock } = deps;

  async function reviews(actor: Actor, fy: number) {
    const { from, to } = fyInstants(fy);
    const rows = await db
      .select({
        status: ecTransactionReviews.status,
        submittedAt: ecTransactionReviews.submittedAt,
        decidedAt: ecTransactionReviews.decidedAt,
      })
      .from(ecTransactionReviews)
      .where(
        and(
          eq(ecTransactionReviews.institutionId, actor.institutionId),
          or(
            inArray(ecTransactionReviews.status, ["dept_review", "officer_review", "returned"]),
            and(
              eq(ecTransactionReviews.status, "decided"),
              gte(ecTransactionReviews.decidedAt, from),
              lte(ecTransactionReviews.decidedAt, to),
            ),
          ),
        ),
      );
    return reviewFigures(rows);
  }

  async function openCases(actor: Actor) {
    const [row] = await db
      .select({ n: count() })
      .from(cases)
      .where(
        and(eq(cases.institutionId, actor.institutionId), notInArray(cases.stage, [...TERMINAL_STAGES])),
      );
    return Number(row?.n ?? 0);
  }

  async function monitoring(actor: Actor) {
    const items = await db
      .select({
        dueOn: caseMonitoringItems.dueOn,
        completedOn: caseMonitoringItems.completedOn,
        cancelled: caseMonitoringItems.cancelled,
      })
      .from(caseMonitoringItems)
      .where(
        and(
          eq(caseMonitoringItems.institutionId, actor.institutionId),
          isNull(caseMonitoringItems.completedOn),
          eq(caseMonitoringItems.cancelled, false),
        ),
      );
    return overdueMonitoring(items, clock.today());
  }

  async function targets(actor: Actor, fy: number) {
    const rows = await db
      .select()
      .from(indicatorTargets)
      .where(
        and(eq(indicatorTargets.institutionId, actor.institutionId), eq(indicatorTargets.fiscalYear, fy)),
      );
    return Object.fromEntries(rows.map((t) => [t.indicatorId, Number(t.target)])) as Partial<
      Record<IndicatorId, number>
    >;
  }

  /** Stage changes up to the year's end (earlier ones give when a case entered its stage); the year's count. */
  async function stages(actor: Actor, fy: number) {
    const { from, to } = fyInstants(fy);
    const [all, changes] = await Promise.all([
      db
        .select({
          id: cases.id,
          stage: cases.stage,
          stageEnteredAt: cases.stageEnteredAt,
          createdAt: cases.createdAt,
        })
        .from(cases)
        .where(eq(cases.institutionId, actor.institutionId)),
      db
        .select({
          caseId: auditEvents.entityId,
          at: auditEvents.at,
          from: sql<CaseStage>`${auditEvents.after}->>'from'`,
          to: sql<CaseStage>`${auditEvents.after}->>'to'`,
        })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.institutionId, actor.institutionId),
            eq(auditEvents.action, "case.stage_changed"),
            lte(auditEvents.at, new Date(to).toISOString()),
          ),
        ),
    ]);
    // Timestamps arrive in the driver's text form; compare them as ISO instants.
    const iso = (t: string) => new Date(t).toISOString();
    const created = new Map(all.map((c) => [c.id, iso(c.createdAt)]));
    const start = new Date(from).toISOString();
    const inYear = withEntryTimes(changes, created).filter((c) => c.at >= start);
    return stageFigures(
      CASE_STAGES.filter((s) => !isTerminalStage(s)),
      all
        .filter((c) => !isTerminalStage(c.stage as CaseStage))
        .map((c) => ({ stage: c.stage as CaseStage, stageEnteredAt: iso(c.stageEnteredAt) })),
      inYear,
      clock.now().toISOString(),
    );
  }

  async function screening(actor: Actor, fy: number) {
    const { from, to } = fyInstants(fy);
    const [runs, [open]] = await Promise.all([
      db
        .select({ outcome: screeningRuns.outcome, n: count() })
        .from(screeningRuns)
        .where(
          and(
            eq(screeningRuns.institutionId, actor.institutionId),
            gte(screeningRuns.performedAt, from),
            lte(screeningRuns.performedAt, to),
          ),
        )
        .groupBy(screeningRuns.outcome),
      db
        .select({ n: count() })
        .from(screeningHits)
        .where(
          and(
            eq(screeningHits.institutionId, actor.institutionId),
            inArray(screeningHits.status, ["pending", "escalated"]),
          ),
        ),
    ]);
    const n = (o: string) => Number(runs.find((r) => r.outcome === o)?.n ?? 0);
    return screeningFigures({ clear: n("clear"), hit: n("hit") }, Number(open?.n ?? 0));
  }

  async function classifications(actor: Actor) {
    const rows = await db
      .select({ status: ecClassifications.reviewStatus, n: count() })
      .from(ecClassifications)
      .where(eq(ecClassifications.institutionId, actor.institutionId))
      .groupBy(ecClassifications.reviewStatus);
    return (["draft", "submitted", "approved", "returned"] as const).map((status) => ({
      status,
      count: Number(rows.find((r) => r.status === status)?.n ?? 0),
    }));
  }

  return {
    async get(actor: Actor, kind: TDashboardKind, fy: number): Promise<TDashboard> {
      if (kind === "export_control") {
        const [r, s, c] = await Promise.all([
          reviews(actor, fy),
          screening(actor, fy),
          classifications(actor),
        ]);
        return exportControlDashboard(fy, r, s, c);
      }
      if (kind === "collaboration") {
        const [{ result }, st, m] = await Promise.all([
          survey.compute(actor, fy),
          stages(actor, fy),
          monitoring(actor),
        ]);
        return collaborationDashboard(result, st, m);
      }
      const [{ records, result }, t, r, open, m] = await Promise.all([
        survey.compute(actor, fy),
        targets(actor, fy),
        reviews(actor, fy),
        openCases(actor),
        monitoring(actor),
      ]);
      return executiveDashboard(result, computeIndicators(fy, records, t), {
        openCases: open,
        overdueMonitoring: m.overdue,
        reviews: r,
      });
    },
  };
}
