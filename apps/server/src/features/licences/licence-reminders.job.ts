import { dueLicenceReminder, japanDate, licenceHasExpired } from "@renkei/domain";
import { and, eq, isNotNull } from "drizzle-orm";
import { licences } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Job } from "../../jobs/job";
import { appendAudit } from "../audit/audit.writer";
import { notify } from "../notifications/notify";
import { enqueueWebhook } from "../webhooks/webhook-outbox";
import { licenceChanged, licenceSnapshot } from "./licences.service";

const SYSTEM = { userId: null, label: "job:licences.expiry" };

/**
 * Daily: granted licences are reminded 90, 30 and 7 days before expiry (holder and export-control
 * office), and marked expired the day after their validity ends. Each reminder is recorded on the row,
 * so running twice a day sends nothing twice.
 */
export async function remindLicenceExpiry(
  deps: Deps,
  now: Date,
): Promise<{ reminded: number; expired: number }> {
  const today = japanDate(now);
  const granted = await deps.db
    .select()
    .from(licences)
    .where(and(eq(licences.status, "granted"), isNotNull(licences.validUntil)));
  let reminded = 0;
  let expired = 0;
  for (const row of granted) {
    const validUntil = row.validUntil!;
    const recipients = {
      permission: "licence.manage" as const,
      ...(row.holderUserId ? { userIds: [row.holderUserId] } : {}),
    };
    if (licenceHasExpired("granted", validUntil, today)) {
      await deps.db.transaction(async (tx) => {
        const [after] = await tx
          .update(licences)
          .set({ status: "expired", version: row.version + 1, updatedAt: now })
          .where(and(eq(licences.id, row.id), eq(licences.status, "granted")))
          .returning();
        if (!after) {
          return;
        }
        await appendAudit(tx, {
          institutionId: row.institutionId,
          actor: SYSTEM,
          action: "licence.status_changed",
          entityType: "licence",
          entityId: row.id,
          before: licenceSnapshot(row),
          after: licenceSnapshot(after),
          at: now,
        });
        await notify(
          tx,
          {
            institutionId: row.institutionId,
            recipients,
            kind: "licence.expired",
            title: { ja: `許可の有効期限が切れました: ${row.title}`, en: `Licence expired: ${row.title}` },
            body: {
              ja: `許可番号 ${row.metiNumber ?? "—"} は ${validUntil} で失効しました。`,
              en: `Licence number ${row.metiNumber ?? "—"} expired on ${validUntil}.`,
            },
            link: `/licences/${row.id}`,
          },
          now,
        );
        await licenceChanged(tx, after, now);
        expired++;
      });
      continue;
    }
    const due = dueLicenceReminder(validUntil, today, row.remindersSent);
    if (!due) {
      continue;
    }
    await deps.db.transaction(async (tx) => {
      const sent = [...new Set([...row.remindersSent, ...due.markSent])].sort((a, b) => b - a);
      const [after] = await tx
        .update(licences)
        .set({ remindersSent: sent, updatedAt: now })
        .where(and(eq(licences.id, row.id), eq(licences.version, row.version)))
        .returning();
      if (!after) {
        return;
      }
      await appendAudit(tx, {
        institutionId: row.institutionId,
        actor: SYSTEM,
        action: "licence.reminder_sent",
        entityType: "licence",
        entityId: row.id,
        after: { threshold: due.threshold, daysLeft: due.daysLeft, validUntil, remindersSent: sent },
        at: now,
      });
      await notify(
        tx,
        {
          institutionId: row.institutionId,
          recipients,
          kind: "licence.expiring",
          title: {
            ja: `許可の有効期限まで${due.daysLeft}日: ${row.title}`,
            en: `Licence expires in ${due.daysLeft} ${due.daysLeft === 1 ? "day" : "days"}: ${row.title}`,
          },
          body: {
            ja: `許可番号 ${row.metiNumber ?? "—"} の有効期限は ${validUntil} です。更新が必要か確認してください。`,
            en: `Licence number ${row.metiNumber ?? "—"} is valid until ${validUntil}. Check whether it needs renewing.`,
          },
          link: `/licences/${row.id}`,
        },
        now,
      );
      await enqueueWebhook(
        tx,
        {
          institutionId: row.institutionId,
          event: "licence.expiring",
          payload: { licenceId: row.id, metiNumber: row.metiNumber, validUntil, daysLeft: due.daysLeft },
        },
        now,
      );
      reminded++;
    });
  }
  return { reminded, expired };
}

export const licenceExpiryJob: Job = {
  name: "licences.expiry",
  description: "Remind licence holders 90/30/7 days before expiry; mark expired licences",
  everyMinutes: 24 * 60,
  run: async (deps, now) => {
    const r = await remindLicenceExpiry(deps, now);
    return `${r.reminded} reminded, ${r.expired} expired`;
  },
};
