import {
  detectOverdue,
  type MonitoringAlert,
  type MonitoringItems,
  type MonitoringPolicy,
} from "@renkei/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { caseMonitoringItems, cases } from "../../db/schema";
import { appendAudit } from "../audit/audit.writer";
import { caseLink, notifyCase, usersWithRole } from "./case-notify";
import { loadCaseSettings } from "./case-settings";
import { type MonitoringRow, queryRows } from "./cases.repo";

/** Monitoring rows as the domain's `detectOverdue` reads them (seed 001 §IV.3, case 28). */
export function toMonitoringItems(rows: MonitoringRow[]): MonitoringItems {
  const open = rows.filter((r) => !r.cancelled || r.kind === "milestone");
  return {
    meetings: open
      .filter((r) => r.kind === "meeting")
      .map((r) => ({ meetingId: r.id, heldOn: r.dueOn, minutesRecordedOn: r.completedOn })),
    milestones: open
      .filter((r) => r.kind === "milestone")
      .map((r) => ({
        milestoneId: r.id,
        title: r.title,
        dueOn: r.dueOn,
        completedOn: r.completedOn,
        cancelled: r.cancelled,
      })),
    progressReports: open
      .filter((r) => r.kind === "progress_report")
      .map((r) => ({ reportId: r.id, dueOn: r.dueOn, submittedOn: r.completedOn })),
    visits: open
      .filter((r) => r.kind === "visit")
      .map((r) => ({
        visitId: r.id,
        visitorName: r.visitorName ?? r.title,
        arrivesOn: r.dueOn,
        acceptanceApprovedOn: r.completedOn,
      })),
  };
}

/** The alert level an item has reached: overdue, or escalated to the department head (policy). */
function levelOf(alert: MonitoringAlert): "overdue" | "escalated" | null {
  if (alert.status !== "overdue") {
    return null;
  }
  return alert.notify.includes("department_head") ? "escalated" : "overdue";
}

const RANK = { overdue: 1, escalated: 2 } as const;

/**
 * The daily monitoring check: for each active or closing case, items that became overdue (or passed
 * the escalation threshold) since the last run alert the coordinators and the PI — and the heads of the
 * case's departments once escalated (domain `detectOverdue`, case 28). Each item alerts once per level.
 */
export async function alertOverdueMonitoring(
  db: Db,
  now: Date,
  today: string,
): Promise<{ alerts: number; cases: number }> {
  const rows = await db
    .select({ item: caseMonitoringItems, c: cases })
    .from(caseMonitoringItems)
    .innerJoin(cases, eq(cases.id, caseMonitoringItems.caseId))
    .where(
      and(
        inArray(cases.stage, ["active", "closing"]),
        sql`${caseMonitoringItems.completedOn} is null and not ${caseMonitoringItems.cancelled}`,
        sql`${caseMonitoringItems.dueOn} < ${today}`,
      ),
    );
  const byCase = new Map<string, { c: typeof cases.$inferSelect; items: MonitoringRow[] }>();
  for (const r of rows) {
    const entry = byCase.get(r.c.id) ?? { c: r.c, items: [] };
    entry.items.push(r.item);
    byCase.set(r.c.id, entry);
  }
  const policies = new Map<string, MonitoringPolicy>();
  let alerts = 0;
  let touched = 0;
  for (const { c, items } of byCase.values()) {
    let policy = policies.get(c.institutionId);
    if (!policy) {
      policy = (await loadCaseSettings(db, c.institutionId)).monitoringPolicy;
      policies.set(c.institutionId, policy);
    }
    const found = detectOverdue(toMonitoringItems(items), today, policy);
    const rising = found.filter((a) => {
      const level = levelOf(a);
      const prev = items.find((i) => i.id === a.itemId)?.alertLevel as keyof typeof RANK | null | undefined;
      return level !== null && (!prev || !(prev in RANK) || RANK[level] > RANK[prev]);
    });
    if (rising.length === 0) {
      continue;
    }
    touched++;
    await db.transaction(async (tx) => {
      const coordinators = await usersWithRole(tx, c.institutionId, "coordinator");
      const escalated = rising.some((a) => levelOf(a) === "escalated");
      const heads = escalated
        ? (
            await queryRows<{ id: string }>(
              tx,
              sql`select id from users where institution_id = ${c.institutionId} and role = 'department_head'
                and not disabled and department_id = any(${sql.param(c.departmentIds)}::uuid[])`,
            )
          ).map((r) => r.id)
        : [];
      const recipients = [...new Set([...coordinators, ...(c.piUserId ? [c.piUserId] : []), ...heads])];
      for (const a of rising) {
        await tx
          .update(caseMonitoringItems)
          .set({ alertLevel: levelOf(a) })
          .where(eq(caseMonitoringItems.id, a.itemId));
      }
      await appendAudit(tx, {
        institutionId: c.institutionId,
        actor: { userId: null, label: "job:cases.monitoring-overdue" },
        action: "case.monitoring_alerted",
        entityType: "case",
        entityId: c.id,
        after: {
          alerts: rising.map((a) => ({ itemId: a.itemId, level: levelOf(a), reason: a.reason })),
          recipients,
        },
        at: now,
      });
      await notifyCase(
        tx,
        c.institutionId,
        {
          userIds: recipients,
          kind: "case.monitoring_overdue",
          title: {
            ja: `${c.ref} ${c.title}: モニタリング項目の期限超過 ${rising.length} 件`,
            en: `${c.ref} ${c.title}: ${rising.length} monitoring ${rising.length === 1 ? "item" : "items"} overdue`,
          },
          body: {
            ja: rising.map((a) => `・${a.reason.text.ja}`).join("\n"),
            en: rising.map((a) => `- ${a.reason.text.en}`).join("\n"),
          },
          link: caseLink(c.id),
        },
        now,
      );
      alerts += rising.length;
    });
  }
  return { alerts, cases: touched };
}
