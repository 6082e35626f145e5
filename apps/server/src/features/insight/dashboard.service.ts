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
} from "@renkei/domain";
import { and, count, eq, gte, inArray, isNull, lte, notInArray, or, sql } from "drizzle-orm";
import {
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
import { queryRows } from "../cases/cases.repo";
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

  /**
   * Backlog and lead time per stage. The open cases are read as they are; the year's stage changes come with
   * the moment the case entered the stage it left, paired in the database (the previous change of the same
   * case by `lag`, else the case's creation) exactly as the domain's `withEntryTimes` pairs them, so only
   * the year's changes travel (the integration test checks both give the same figures).
   */
  async function stages(actor: Actor, fy: number) {
    const { from, to } = fyInstants(fy);
    const [open, changes] = await Promise.all([
      db
        .select({ stage: cases.stage, stageEnteredAt: cases.stageEnteredAt })
        .from(cases)
        .where(
          and(eq(cases.institutionId, actor.institutionId), notInArray(cases.stage, [...TERMINAL_STAGES])),
        ),
      queryRows<{
        caseId: string;
        at: string;
        from: CaseStage;
        to: CaseStage;
        prev: string | null;
        created: unknown;
      }>(
        db,
        sql`select ch.case_id as "caseId", ch.at, ch.from_stage as "from", ch.to_stage as "to", ch.prev,
              c.created_at as created
            from (select entity_id as case_id, at, after->>'from' as from_stage, after->>'to' as to_stage,
                    lag(at) over (partition by entity_id order by at) as prev
                  from audit_events
                  where institution_id = ${actor.institutionId} and action = 'case.stage_changed'
                    and at <= ${new Date(to).toISOString()}) ch
            left join cases c on c.id::text = ch.case_id
            where ch.at >= ${new Date(from).toISOString()}`,
      ),
    ]);
    // Timestamps arrive in the driver's form (text or Date); compare them as ISO instants.
    const iso = (t: unknown) => new Date(t as string).toISOString();
    return stageFigures(
      CASE_STAGES.filter((s) => !isTerminalStage(s)),
      open.map((c) => ({ stage: c.stage as CaseStage, stageEnteredAt: iso(c.stageEnteredAt) })),
      changes.map((c) => ({
        caseId: c.caseId,
        from: c.from,
        to: c.to,
        at: c.at,
        enteredFromAt: c.prev ?? (c.created ? iso(c.created) : c.at),
      })),
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
        survey.compute(actor, fy).then(async (s) => ({
          ...s,
          records: await survey.indicatorRecords(actor, fy, s.records),
        })),
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
