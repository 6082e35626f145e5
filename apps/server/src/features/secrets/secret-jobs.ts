import {
  type AccessEvent,
  addDays,
  detectLeakage,
  dueSecretReminders,
  japanDate,
  LEAKAGE_RULE_LABELS,
  type ParticipationFacts,
} from "@renkei/domain";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { secretAccessGrants, secretAlerts, secretItems, secretReviews, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Job } from "../../jobs/job";
import { appendAudit } from "../audit/audit.writer";
import { notify } from "../notifications/notify";
import { loadSecretSettings, rows } from "./secret-gate";

/**
 * Periodic work of the confidential-information register: leakage detection over the access log (H8),
 * reminders at the end of a project (H10, H11), access ending for people who left the institution,
 * and the yearly inventory review (H13). Each step is safe to repeat.
 */

const SYSTEM = { userId: null, label: "Renkei" };
/** How far back each run reads the log: long enough for `before_end` and `across_wall`. */
const LOOKBACK_DAYS = 14;

export async function detectLeakageAlerts(deps: Deps, now: Date): Promise<number> {
  const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000).toISOString();
  const institutions = await rows<{ id: string }>(
    deps.db,
    sql`select distinct institution_id as id from secret_access_log where at >= ${since}`,
  );
  let raised = 0;
  for (const { id: inst } of institutions) {
    const { leakagePolicy } = await loadSecretSettings(deps.db, inst);
    const [events, participation, competitors] = await Promise.all([
      rows<AccessEvent>(
        deps.db,
        sql`select id, user_id as "userId", at, action, item_id as "itemId", case_id as "caseId",
          partner_id as "partnerId", level from secret_access_log
          where institution_id = ${inst} and at >= ${since} order by at`,
      ),
      rows<ParticipationFacts>(
        deps.db,
        sql`select g.user_id as "userId", i.case_id as "caseId", max(g.revoked_at) as "leftAt", null as "endsOn"
          from secret_access_grants g join secret_items i on i.id = g.item_id
          where g.institution_id = ${inst} and g.revoke_reason in ('left_case', 'left_institution')
            and i.case_id is not null group by g.user_id, i.case_id
          union all select cp.user_id, cp.case_id, null, cp.ends_on::text from case_participants cp
          where cp.institution_id = ${inst} and cp.user_id is not null and cp.ends_on is not null`,
      ),
      rows<{ partnerA: string; partnerB: string }>(
        deps.db,
        sql`select partner_a as "partnerA", partner_b as "partnerB" from secret_competitors where institution_id = ${inst}`,
      ),
    ]);
    const alerts = detectLeakage({
      events: events.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
      participation: participation.map((p) => ({
        ...p,
        leftAt: p.leftAt ? new Date(p.leftAt).toISOString() : null,
      })),
      competitors,
      policy: leakagePolicy,
    });
    for (const a of alerts) {
      await deps.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(secretAlerts)
          .values({
            institutionId: inst,
            rule: a.rule,
            userId: a.userId,
            dedupeKey: a.key,
            eventIds: a.eventIds,
            reasons: a.reasons,
            raisedAt: now.toISOString(),
          })
          .onConflictDoNothing()
          .returning({ id: secretAlerts.id });
        if (!row) {
          return;
        }
        raised++;
        const [u] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, a.userId));
        const label = LEAKAGE_RULE_LABELS[a.rule];
        await notify(
          tx,
          {
            institutionId: inst,
            recipients: { permission: "secret.manage" },
            kind: "secret.alert",
            title: {
              ja: `秘密情報の警告: ${label.ja}（${u?.name ?? ""}）`,
              en: `Confidential information alert: ${label.en} (${u?.name ?? ""})`,
            },
            body: {
              ja: a.reasons.map((r) => r.text.ja).join("\n"),
              en: a.reasons.map((r) => r.text.en).join("\n"),
            },
            link: "/secrets/alerts",
          },
          now,
        );
        await appendAudit(tx, {
          institutionId: inst,
          actor: SYSTEM,
          action: "secret.alert_raised",
          entityType: "secret_alert",
          entityId: row.id,
          after: { rule: a.rule, userId: a.userId, events: a.eventIds.length },
          at: now,
        });
      });
    }
  }
  return raised;
}

/** People whose account was disabled (left the institution) lose every access list entry (H11). */
export async function endAccessOfLeavers(deps: Deps, now: Date): Promise<number> {
  const revoked = await deps.db
    .update(secretAccessGrants)
    .set({ revokedAt: now.toISOString(), revokeReason: "left_institution" })
    .where(
      and(
        isNull(secretAccessGrants.revokedAt),
        inArray(
          secretAccessGrants.userId,
          deps.db.select({ id: users.id }).from(users).where(eq(users.disabled, true)),
        ),
      ),
    )
    .returning({ id: secretAccessGrants.id });
  return revoked.length;
}

interface ReminderRow {
  id: string;
  institutionId: string;
  title: string;
  status: "active";
  responsibleUserId: string;
  caseId: string | null;
  contractEndsOn: string | null;
  secrecyUntil: string | null;
  remindersSent: string[];
  ndaExpiresOn: string | null;
  caseEnded: boolean;
  studentIds: string[];
}

/** NDA expiry, surviving confidentiality, return due, and students' post-project secrecy (H10, J7). */
export async function sendSecretReminders(deps: Deps, now: Date): Promise<number> {
  const today = japanDate(now);
  const items = await rows<ReminderRow>(
    deps.db,
    sql`select i.id, i.institution_id as "institutionId", i.title, i.status,
      i.responsible_user_id as "responsibleUserId", i.case_id as "caseId",
      i.contract_ends_on::text as "contractEndsOn", i.secrecy_until::text as "secrecyUntil",
      i.reminders_sent as "remindersSent", n.expires_on::text as "ndaExpiresOn",
      coalesce(c.stage in ('closed', 'declined', 'withdrawn'), false) as "caseEnded",
      coalesce((select array_agg(cp.user_id) from case_participants cp where cp.case_id = i.case_id
        and cp.kind = 'student' and cp.user_id is not null), '{}') as "studentIds"
      from secret_items i left join case_ndas n on n.id = i.nda_id left join cases c on c.id = i.case_id
      where i.status = 'active' and i.level >= 1`,
  );
  let sent = 0;
  for (const i of items) {
    const due = dueSecretReminders({ ...i, studentsOnCase: i.studentIds.length > 0 }, today, i.remindersSent);
    if (due.length === 0) {
      continue;
    }
    await deps.db.transaction(async (tx) => {
      for (const r of due) {
        const toStudents = r.kind === "student_secrecy";
        await notify(
          tx,
          {
            institutionId: i.institutionId,
            recipients: { userIds: toStudents ? i.studentIds : [i.responsibleUserId] },
            kind: `secret.reminder.${r.kind}`,
            title: {
              ja: `秘密情報「${i.title}」: ${r.reason.text.ja}`,
              en: `Confidential item "${i.title}": ${r.reason.text.en}`,
            },
            body: { ja: r.reason.text.ja, en: r.reason.text.en },
            link: `/secrets/items/${i.id}`,
          },
          now,
        );
        sent++;
      }
      await tx
        .update(secretItems)
        .set({ remindersSent: [...i.remindersSent, ...due.map((r) => r.key)] })
        .where(eq(secretItems.id, i.id));
      await appendAudit(tx, {
        institutionId: i.institutionId,
        actor: SYSTEM,
        action: "secret.reminder_sent",
        entityType: "secret_item",
        entityId: i.id,
        after: { reminders: due.map((r) => r.key) },
        at: now,
      });
    });
  }
  return sent;
}

/**
 * Once a year each responsible person gets an inventory review task of their active items (seed 002
 * 第4章 定期的な見直し; H13). The year is the Japanese fiscal year (April–March); due in 30 days.
 */
export async function createYearlyReviews(deps: Deps, now: Date): Promise<number> {
  const today = japanDate(now);
  const fy = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 4 ? 1 : 0);
  const owners = await rows<{ institutionId: string; userId: string; n: number }>(
    deps.db,
    sql`select i.institution_id as "institutionId", i.responsible_user_id as "userId", count(*)::int as n
      from secret_items i join users u on u.id = i.responsible_user_id
      where i.status = 'active' and not u.disabled and not exists (select 1 from secret_reviews r
        where r.responsible_user_id = i.responsible_user_id and r.year = ${fy} and r.institution_id = i.institution_id)
      group by i.institution_id, i.responsible_user_id`,
  );
  for (const o of owners) {
    await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(secretReviews)
        .values({
          institutionId: o.institutionId,
          responsibleUserId: o.userId,
          year: fy,
          dueOn: addDays(today, 30),
          itemCount: o.n,
        })
        .onConflictDoNothing()
        .returning({ id: secretReviews.id });
      if (row) {
        await notify(
          tx,
          {
            institutionId: o.institutionId,
            recipients: { userIds: [o.userId] },
            kind: "secret.review",
            title: {
              ja: `${fy}年度 秘密情報の棚卸し（${o.n}件）`,
              en: `Fiscal year ${fy} confidential information review (${o.n} ${o.n === 1 ? "item" : "items"})`,
            },
            body: {
              ja: `管理責任者として登録されている秘密情報 ${o.n} 件の区分・保管場所・アクセスリストを確認してください。`,
              en: `Please review the level, storage and access list of the ${o.n} confidential ${o.n === 1 ? "item" : "items"} you are responsible for.`,
            },
            link: "/secrets/reviews",
          },
          now,
        );
      }
    });
  }
  return owners.length;
}

export const secretLeakageJob: Job = {
  name: "secrets.leakage-detection",
  description: "Read the access log for leakage patterns and alert the confidential-information officer",
  everyMinutes: 15,
  run: async (deps, now) => `${await detectLeakageAlerts(deps, now)} alert(s) raised`,
};

export const secretHousekeepingJob: Job = {
  name: "secrets.housekeeping",
  description:
    "End access of people who left, send NDA / secrecy / return reminders, open the yearly inventory reviews",
  everyMinutes: 60,
  run: async (deps, now) => {
    const left = await endAccessOfLeavers(deps, now);
    const reminders = await sendSecretReminders(deps, now);
    const reviews = await createYearlyReviews(deps, now);
    return `${left} grant(s) ended, ${reminders} reminder(s), ${reviews} review(s) opened`;
  },
};
