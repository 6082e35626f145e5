import type { TPlanListItem } from "@renkei/contract";
import { planMonitoringState } from "@renkei/domain";
import { and, asc, eq } from "drizzle-orm";
import { coiManagementPlans } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { userNames } from "./coi-store";

/**
 * The monitoring list of management plans (seed 003 TMDU): the committee sees every plan of the
 * institution, anyone else with `coi.review` (an external member) only the plans they monitor. Active
 * plans first, soonest monitoring date first; the state says overdue / due soon / scheduled.
 */
export async function listPlans(deps: Deps, actor: Actor): Promise<TPlanListItem[]> {
  const rows = await deps.db
    .select()
    .from(coiManagementPlans)
    .where(
      and(
        eq(coiManagementPlans.institutionId, actor.institutionId),
        actor.can("coi.decide") ? undefined : eq(coiManagementPlans.monitorUserId, actor.userId),
      ),
    )
    .orderBy(asc(coiManagementPlans.status), asc(coiManagementPlans.monitoringOn))
    .limit(1000);
  const names = await userNames(
    deps.db,
    rows.flatMap((r) => [r.declarantUserId, r.monitorUserId]),
  );
  const today = deps.clock.today();
  return rows.map((r) => ({
    id: r.id,
    declarationId: r.declarationId,
    declarantName: names.get(r.declarantUserId) ?? "",
    monitorName: r.monitorUserId ? (names.get(r.monitorUserId) ?? null) : null,
    conditions: r.conditions as string[],
    startsOn: r.startsOn,
    monitoringOn: r.monitoringOn,
    lastMonitoredOn: r.lastMonitoredOn,
    monitoringNotes: r.monitoringNotes,
    status: r.status as "active" | "closed",
    state: planMonitoringState(r.status as "active" | "closed", r.monitoringOn, today),
    version: r.version,
  }));
}
