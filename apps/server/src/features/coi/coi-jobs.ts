import { duePlanReminder, japanDate } from "@renkei/domain";
import { and, eq, lt } from "drizzle-orm";
import { coiDeclarations, coiManagementPlans, coiSettings } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Job } from "../../jobs/job";
import { appendAudit } from "../audit/audit.writer";
import { notify } from "../notifications/notify";
import { declarationSnapshot } from "./coi-declarations.service";

const SYSTEM = { userId: null, label: "job:coi.daily" };

/**
 * Daily: approved declarations past their validity become expired (the case gate already treats them
 * so); management plans whose monitoring date is near or past remind the declarant, the monitor and
 * the committee. Each reminder is recorded on the plan, so a second run sends nothing twice.
 */
export async function runCoiDaily(deps: Deps, now: Date): Promise<{ expired: number; reminded: number }> {
  const today = japanDate(now);
  let expired = 0;
  let reminded = 0;
  const stale = await deps.db
    .select()
    .from(coiDeclarations)
    .where(and(eq(coiDeclarations.status, "approved"), lt(coiDeclarations.validUntil, today)));
  for (const row of stale) {
    await deps.db.transaction(async (tx) => {
      const [after] = await tx
        .update(coiDeclarations)
        .set({ status: "expired", version: row.version + 1, updatedAt: now.toISOString() })
        .where(and(eq(coiDeclarations.id, row.id), eq(coiDeclarations.status, "approved")))
        .returning();
      if (!after) {
        return;
      }
      await appendAudit(tx, {
        institutionId: row.institutionId,
        actor: SYSTEM,
        action: "coi.declaration_expired",
        entityType: "coi_declaration",
        entityId: row.id,
        before: declarationSnapshot(row),
        after: declarationSnapshot(after),
        at: now,
      });
      await notify(
        tx,
        {
          institutionId: row.institutionId,
          recipients: { userIds: [row.declarantUserId] },
          kind: "coi.declaration_expired",
          title: { ja: "利益相反申告の有効期限が切れました", en: "Your COI declaration has expired" },
          body: {
            ja: `有効期限 ${row.validUntil} を過ぎました。新しい申告をしてください。`,
            en: `It was valid until ${row.validUntil}. Please declare again.`,
          },
          link: "/coi",
        },
        now,
      );
      expired++;
    });
  }
  const plans = await deps.db
    .select({ p: coiManagementPlans, days: coiSettings.reminderDaysBefore })
    .from(coiManagementPlans)
    .leftJoin(coiSettings, eq(coiSettings.institutionId, coiManagementPlans.institutionId))
    .where(eq(coiManagementPlans.status, "active"));
  for (const { p, days } of plans) {
    const due = duePlanReminder(p.monitoringOn, today, p.remindersSent, days ?? undefined);
    if (!due) {
      continue;
    }
    await deps.db.transaction(async (tx) => {
      const sent = [...new Set([...p.remindersSent, ...due.markSent])].sort((a, b) => b - a);
      const [after] = await tx
        .update(coiManagementPlans)
        .set({ remindersSent: sent, updatedAt: now.toISOString() })
        .where(and(eq(coiManagementPlans.id, p.id), eq(coiManagementPlans.version, p.version)))
        .returning();
      if (!after) {
        return;
      }
      await appendAudit(tx, {
        institutionId: p.institutionId,
        actor: SYSTEM,
        action: "coi.plan_reminder_sent",
        entityType: "coi_plan",
        entityId: p.id,
        after: { monitoringOn: p.monitoringOn, daysLeft: due.daysLeft, remindersSent: sent },
        at: now,
      });
      const when =
        due.daysLeft > 0
          ? { ja: `あと${due.daysLeft}日`, en: `in ${due.daysLeft} ${due.daysLeft === 1 ? "day" : "days"}` }
          : due.daysLeft === 0
            ? { ja: "本日", en: "today" }
            : { ja: "期日超過", en: "overdue" };
      await notify(
        tx,
        {
          institutionId: p.institutionId,
          recipients: {
            permission: "coi.decide",
            userIds: [p.declarantUserId, ...(p.monitorUserId ? [p.monitorUserId] : [])],
          },
          kind: "coi.plan_monitoring_due",
          title: {
            ja: `マネジメント計画のモニタリング期日（${when.ja}）`,
            en: `Management plan monitoring due (${when.en})`,
          },
          body: { ja: `モニタリング期日: ${p.monitoringOn}`, en: `Monitoring date: ${p.monitoringOn}.` },
          link: `/coi/declarations/${p.declarationId}`,
        },
        now,
      );
      reminded++;
    });
  }
  return { expired, reminded };
}

export const coiDailyJob: Job = {
  name: "coi.daily",
  description: "Expire COI declarations past validity; remind management-plan monitoring dates",
  everyMinutes: 24 * 60,
  run: async (deps, now) => {
    const r = await runCoiDaily(deps, now);
    return `${r.expired} expired, ${r.reminded} reminded`;
  },
};
