import { caseBlockers, japanDate } from "@renkei/domain";
import { and, asc, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import { cases } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Job } from "../../jobs/job";
import { loadCaseBundles } from "./case-facts";
import { alertOverdueMonitoring } from "./case-monitoring";
import { loadCaseSettings } from "./case-settings";

/**
 * Overdue monitoring items alert the coordinators and the PI, and the department head once escalated
 * (seed 001 §IV.3, case 28). Runs hourly; each item alerts once per level, so the hour only sets how
 * soon after midnight the day's alerts go out.
 */
export const caseMonitoringJob: Job = {
  name: "cases.monitoring-overdue",
  description:
    "Alert coordinators and PIs of overdue case monitoring items (minutes, milestones, reports, visits)",
  everyMinutes: 60,
  run: async (deps: Deps, now: Date) => {
    const { alerts, cases: n } = await alertOverdueMonitoring(deps.db, now, japanDate(now));
    return `${alerts} overdue item(s) alerted on ${n} case(s)`;
  },
};

const BATCH = 200;

/**
 * Blockers depend on the date (NDA and licence expiry, COI validity, screening age) and on other
 * features (screening, export control): recompute them once a day for every open case not yet checked
 * today, so the board's "blocked" filter stays true without a write to the case.
 */
export async function refreshStaleBlockers(deps: Deps, now: Date): Promise<number> {
  const today = japanDate(now);
  let refreshed = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const batch = await deps.db
      .select()
      .from(cases)
      .where(
        and(
          sql`${cases.stage} not in ('closed','declined','withdrawn')`,
          or(isNull(cases.blockersCheckedOn), lt(cases.blockersCheckedOn, today)),
          gt(cases.id, after),
        ),
      )
      .orderBy(asc(cases.id))
      .limit(BATCH);
    if (batch.length === 0) {
      return refreshed;
    }
    after = batch.at(-1)!.id;
    const byInstitution = new Map<string, typeof batch>();
    for (const c of batch) {
      byInstitution.set(c.institutionId, [...(byInstitution.get(c.institutionId) ?? []), c]);
    }
    for (const [institutionId, rows] of byInstitution) {
      const settings = await loadCaseSettings(deps.db, institutionId);
      const bundles = await loadCaseBundles(deps.db, institutionId, rows, settings.policy, today);
      for (const b of bundles.values()) {
        const r = caseBlockers(b.facts, today, settings.policy);
        await deps.db
          .update(cases)
          .set({ blocked: r.blocked, blockerAction: r.action, blockers: r.reasons, blockersCheckedOn: today })
          .where(eq(cases.id, b.row.id));
        refreshed++;
      }
    }
  }
}

export const caseBlockersJob: Job = {
  name: "cases.refresh-blockers",
  description:
    "Recompute each open case's blockers once a day (expiries, screening and export-control results)",
  everyMinutes: 60,
  run: async (deps: Deps, now: Date) => `${await refreshStaleBlockers(deps, now)} case(s) refreshed`,
};
