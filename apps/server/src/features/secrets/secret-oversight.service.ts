import type {
  TSecretAlert,
  TSecretSettings,
  ZAlertDecision,
  ZCompetitorInput,
  ZStudentPermissionInput,
  ZWallApprovalInput,
  ZWallWithdrawalInput,
} from "@renkei/contract";
import { type AuditAction, DomainError, type SecretReason, wallReport } from "@renkei/domain";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client";
import {
  caseParticipants,
  partners,
  secretAlerts,
  secretCompetitors,
  secretSettings,
  secretStudentPermissions,
  secretWallApprovals,
  users,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { loadSecretSettings, rows } from "./secret-gate";
import { auditActor } from "./secrets.service";

/**
 * The officer's side (issue 12 items 5, 6, 9): competitors and walls, wall approvals, the supervisor's
 * permission for students, the alert queue and the institution's scheme.
 */

function invalid(path: string, message: string): never {
  throw new DomainError("VALIDATION_FAILED", "Invalid reference", { issues: [{ path, message }] });
}

type Named = { id: string; name: string };

export function createSecretOversightService(deps: Deps) {
  const { db, clock } = deps;

  async function audit(
    tx: Tx,
    actor: Actor,
    action: AuditAction,
    entityType: string,
    id: string,
    after: unknown,
    before: unknown = null,
  ) {
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: auditActor(actor),
      action,
      entityType,
      entityId: id,
      before,
      after,
      at: clock.now(),
    });
  }

  async function assertPartners(tx: Tx, actor: Actor, ids: [string, string][]) {
    for (const [path, id] of ids) {
      const [p] = await tx
        .select({ id: partners.id })
        .from(partners)
        .where(and(eq(partners.id, id), eq(partners.institutionId, actor.institutionId)));
      if (!p) {
        invalid(path, "validation.unknown_partner");
      }
    }
  }

  async function assertUser(tx: Tx, actor: Actor, path: string, id: string) {
    const [u] = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(and(eq(users.id, id), eq(users.institutionId, actor.institutionId)));
    if (!u) {
      invalid(path, "validation.unknown_user");
    }
    return u;
  }

  return {
    async competitors(actor: Actor) {
      const items = await rows<{
        id: string;
        partnerA: Named;
        partnerB: Named;
        note: string;
        markedAt: string;
      }>(
        db,
        sql`select c.id, json_build_object('id', a.id, 'name', a.legal_name) as "partnerA",
          json_build_object('id', b.id, 'name', b.legal_name) as "partnerB", c.note, c.marked_at as "markedAt"
          from secret_competitors c join partners a on a.id = c.partner_a join partners b on b.id = c.partner_b
          where c.institution_id = ${actor.institutionId} order by a.legal_name, b.legal_name`,
      );
      return { items: items.map((i) => ({ ...i, markedAt: String(i.markedAt) })) };
    },

    async markCompetitors(actor: Actor, input: z.output<typeof ZCompetitorInput>): Promise<string> {
      const [a, b] = [input.partnerA, input.partnerB].sort() as [string, string];
      return db.transaction(async (tx) => {
        await assertPartners(tx, actor, [
          ["partnerA", input.partnerA],
          ["partnerB", input.partnerB],
        ]);
        const [row] = await tx
          .insert(secretCompetitors)
          .values({
            institutionId: actor.institutionId,
            partnerA: a,
            partnerB: b,
            note: input.note,
            markedBy: actor.userId,
          })
          .onConflictDoNothing()
          .returning();
        if (!row) {
          throw new DomainError("CONFLICT", "These partners are already marked as competitors");
        }
        await audit(tx, actor, "secret.competitors_marked", "partner", a, {
          partnerA: a,
          partnerB: b,
          note: input.note,
        });
        return row.id;
      });
    },

    async unmarkCompetitors(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const [row] = await tx
          .delete(secretCompetitors)
          .where(and(eq(secretCompetitors.id, id), eq(secretCompetitors.institutionId, actor.institutionId)))
          .returning();
        if (!row) {
          throw new DomainError("NOT_FOUND", "Not found");
        }
        await audit(tx, actor, "secret.competitors_unmarked", "partner", row.partnerA, null, row);
      });
    },

    /** The officer's recorded approval: this person may hold secrets of `partnerId` despite the wall. */
    async approveWall(actor: Actor, input: z.output<typeof ZWallApprovalInput>): Promise<string> {
      return db.transaction(async (tx) => {
        await assertUser(tx, actor, "userId", input.userId);
        await assertPartners(tx, actor, [["partnerId", input.partnerId]]);
        const [row] = await tx
          .insert(secretWallApprovals)
          .values({ institutionId: actor.institutionId, ...input, approvedBy: actor.userId })
          .onConflictDoNothing()
          .returning();
        if (!row) {
          throw new DomainError("CONFLICT", "Already approved");
        }
        await audit(tx, actor, "secret.wall_approved", "user", input.userId, input);
        return row.id;
      });
    },

    /** The approvals, in force and withdrawn, newest first (who approved or withdrew, when and why). */
    async wallApprovals(actor: Actor) {
      const items = await rows<{
        id: string;
        user: Named;
        partner: Named;
        justification: string;
        approvedBy: Named;
        approvedAt: string;
        withdrawnBy: Named | null;
        withdrawnAt: string | null;
        withdrawalReason: string | null;
      }>(
        db,
        sql`select a.id, json_build_object('id', u.id, 'name', u.display_name) as "user",
          json_build_object('id', p.id, 'name', p.legal_name) as "partner", a.justification,
          json_build_object('id', b.id, 'name', b.display_name) as "approvedBy", a.approved_at as "approvedAt",
          case when w.id is null then null else json_build_object('id', w.id, 'name', w.display_name) end as "withdrawnBy",
          a.withdrawn_at as "withdrawnAt", a.withdrawal_reason as "withdrawalReason"
          from secret_wall_approvals a join users u on u.id = a.user_id join partners p on p.id = a.partner_id
          join users b on b.id = a.approved_by left join users w on w.id = a.withdrawn_by
          where a.institution_id = ${actor.institutionId}
          order by (a.withdrawn_at is null) desc, a.approved_at desc`,
      );
      return {
        items: items.map((i) => ({
          ...i,
          approvedAt: String(i.approvedAt),
          withdrawnAt: i.withdrawnAt === null ? null : String(i.withdrawnAt),
        })),
      };
    },

    /**
     * The officer withdraws an approval (H9: the wall closes again). The record stays with who withdrew
     * it, when and why; the next read across the wall is refused by the one access decision, which reads
     * only approvals in force.
     */
    async withdrawWall(actor: Actor, id: string, input: z.output<typeof ZWallWithdrawalInput>) {
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(secretWallApprovals)
          .set({
            withdrawnAt: clock.now().toISOString(),
            withdrawnBy: actor.userId,
            withdrawalReason: input.reason,
          })
          .where(
            and(
              eq(secretWallApprovals.id, id),
              eq(secretWallApprovals.institutionId, actor.institutionId),
              isNull(secretWallApprovals.withdrawnAt),
            ),
          )
          .returning();
        if (!row) {
          throw new DomainError("NOT_FOUND", "No approval in force with this id");
        }
        await audit(
          tx,
          actor,
          "secret.wall_approval_withdrawn",
          "user",
          row.userId,
          { partnerId: row.partnerId, reason: input.reason },
          { partnerId: row.partnerId, justification: row.justification },
        );
      });
    },

    /** Everyone who holds secrets of two competing partners, and what the officer approved (H9). */
    async wallsReport(actor: Actor) {
      const inst = actor.institutionId;
      const [holdings, pairs, approvals, names] = await Promise.all([
        rows<{ userId: string; partnerIds: string[] }>(
          db,
          sql`select h.user_id as "userId", array_agg(distinct h.partner_id) as "partnerIds" from (
            select i.responsible_user_id as user_id, i.partner_id from secret_items i
              where i.institution_id = ${inst} and i.partner_id is not null and i.level >= 1 and i.status = 'active'
            union all select g.user_id, i.partner_id from secret_access_grants g join secret_items i on i.id = g.item_id
              where i.institution_id = ${inst} and i.partner_id is not null and i.level >= 1
              and i.status = 'active' and g.revoked_at is null) h group by h.user_id`,
        ),
        rows<{ partnerA: string; partnerB: string }>(
          db,
          sql`select partner_a as "partnerA", partner_b as "partnerB" from secret_competitors where institution_id = ${inst}`,
        ),
        rows<{ userId: string; partnerId: string }>(
          db,
          sql`select user_id as "userId", partner_id as "partnerId" from secret_wall_approvals
            where institution_id = ${inst} and withdrawn_at is null`,
        ),
        rows<{ id: string; name: string }>(
          db,
          sql`select id, display_name as name from users where institution_id = ${inst}
            union all select id, legal_name from partners where institution_id = ${inst}`,
        ),
      ]);
      const name = new Map(names.map((n) => [n.id, n.name]));
      const named = (id: string) => ({ id, name: name.get(id) ?? "" });
      return {
        rows: wallReport(holdings, pairs, approvals).map((r) => ({
          user: named(r.userId),
          partners: r.partnerIds.map(named),
          approved: r.approvedPartnerIds.map(named),
        })),
      };
    },

    /**
     * The supervisor (the case's PI) records that a student may read 秘 items of the case (seed 003
     * 名古屋大学: 指導教員の許可). 厳秘/機密 stay closed to students whatever is recorded.
     */
    async permitStudent(actor: Actor, input: z.output<typeof ZStudentPermissionInput>): Promise<string> {
      return db.transaction(async (tx) => {
        const [c] = await rows<{ piUserId: string | null }>(
          tx,
          sql`select pi_user_id as "piUserId" from cases where id = ${input.caseId} and institution_id = ${actor.institutionId}`,
        );
        if (!c) {
          invalid("caseId", "validation.unknown_case");
        }
        if (c.piUserId !== actor.userId && !actor.can("secret.manage")) {
          throw new DomainError(
            "FORBIDDEN",
            "Only the case's PI (the supervisor) or the officer permits a student",
          );
        }
        const u = await assertUser(tx, actor, "studentUserId", input.studentUserId);
        const [onCase] = await tx
          .select({ id: caseParticipants.id })
          .from(caseParticipants)
          .where(
            and(eq(caseParticipants.caseId, input.caseId), eq(caseParticipants.userId, input.studentUserId)),
          );
        if (u.role !== "student" || !onCase) {
          invalid("studentUserId", "validation.not_a_student_on_case");
        }
        const [row] = await tx
          .insert(secretStudentPermissions)
          .values({ institutionId: actor.institutionId, ...input, grantedBy: actor.userId })
          .onConflictDoNothing()
          .returning();
        if (!row) {
          throw new DomainError("CONFLICT", "Already permitted");
        }
        await audit(tx, actor, "secret.student_permitted", "case", input.caseId, input);
        return row.id;
      });
    },

    async alerts(actor: Actor, status: string | undefined): Promise<{ items: TSecretAlert[] }> {
      const items = await rows<TSecretAlert & { eventIds: string[] }>(
        db,
        sql`select a.id, a.rule, json_build_object('id', u.id, 'name', u.display_name) as "user", a.status,
          a.raised_at as "raisedAt", a.reasons, a.note,
          case when d.id is null then null else json_build_object('id', d.id, 'name', d.display_name) end as "decidedBy",
          a.decided_at as "decidedAt",
          coalesce((select json_agg(json_build_object('at', l.at, 'action', l.action, 'path', l.path, 'level', l.level,
            'itemTitle', i.title) order by l.at) from secret_access_log l left join secret_items i on i.id = l.item_id
            where l.id = any(a.event_ids)), '[]') as events
          from secret_alerts a join users u on u.id = a.user_id left join users d on d.id = a.decided_by
          where a.institution_id = ${actor.institutionId} ${status ? sql`and a.status = ${status}` : sql``}
          order by a.raised_at desc limit 500`,
      );
      return {
        items: items.map((a) => ({
          ...a,
          raisedAt: String(a.raisedAt),
          decidedAt: a.decidedAt ? String(a.decidedAt) : null,
          reasons: a.reasons as SecretReason[],
        })),
      };
    },

    async decideAlert(actor: Actor, id: string, input: z.output<typeof ZAlertDecision>) {
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(secretAlerts)
          .set({
            status: input.status,
            note: input.note,
            decidedBy: actor.userId,
            decidedAt: clock.now().toISOString(),
          })
          .where(
            and(
              eq(secretAlerts.id, id),
              eq(secretAlerts.institutionId, actor.institutionId),
              eq(secretAlerts.status, "open"),
            ),
          )
          .returning();
        if (!row) {
          throw new DomainError("NOT_FOUND", "No open alert with this id");
        }
        await audit(tx, actor, "secret.alert_decided", "secret_alert", id, input);
      });
    },

    settings: (actor: Actor) => loadSecretSettings(db, actor.institutionId),

    async saveSettings(actor: Actor, input: TSecretSettings) {
      await db.transaction(async (tx) => {
        const before = await loadSecretSettings(tx, actor.institutionId);
        const values = {
          scheme: input.scheme,
          leakagePolicy: input.leakagePolicy,
          updatedBy: actor.userId,
          updatedAt: clock.now().toISOString(),
        };
        await tx
          .insert(secretSettings)
          .values({ institutionId: actor.institutionId, ...values })
          .onConflictDoUpdate({ target: secretSettings.institutionId, set: values });
        await audit(tx, actor, "secret.settings_updated", "institution", actor.institutionId, input, before);
      });
    },
  };
}
