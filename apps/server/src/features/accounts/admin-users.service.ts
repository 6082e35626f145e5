import type { TAdminUser, TAdminUserUpdate, TUserImportReport, ZAdminUserCreate } from "@renkei/contract";
import { adminChangeProblem, DomainError, type Role, validateUserImport } from "@renkei/domain";
import { and, asc, count, eq, ilike, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { accountTokens, departments, sessions, users, userTotp } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { type AuditActor, appendAudit } from "../audit/audit.writer";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

import { issueAccountToken } from "./account-tokens";

type UserRow = typeof users.$inferSelect;
const auditActor = (actor: Actor): AuditActor => ({ userId: actor.userId, label: actor.displayName });

function toAdminUser(u: UserRow, totp: boolean, pendingInvite: boolean): TAdminUser {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role as Role,
    departmentId: u.departmentId,
    locale: u.locale === "en" ? "en" : "ja",
    eppn: u.eppn,
    disabled: u.disabled,
    deactivatedAt: iso(u.deactivatedAt),
    lastSignInAt: iso(u.lastSignInAt),
    createdAt: u.createdAt.toISOString(),
    invitePending: pendingInvite && u.passwordHash === null && u.lastSignInAt === null,
    totpEnabled: totp,
  };
}

export async function listAdminUsers(
  db: DbOrTx,
  institutionId: string,
  q: { q?: string | undefined; status: "active" | "deactivated" | "all" },
) {
  const filters = [eq(users.institutionId, institutionId)];
  if (q.status !== "all") {
    filters.push(eq(users.disabled, q.status === "deactivated"));
  }
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    filters.push(or(ilike(users.email, like), ilike(users.displayName, like))!);
  }
  const rows = await db
    .select({
      user: users,
      totp: isNotNull(userTotp.confirmedAt).mapWith(Boolean),
      pending:
        sql<boolean>`exists (select 1 from ${accountTokens} where ${accountTokens.userId} = ${users.id} and ${accountTokens.purpose} = 'invite' and ${accountTokens.usedAt} is null)`.mapWith(
          Boolean,
        ),
    })
    .from(users)
    .leftJoin(userTotp, eq(userTotp.userId, users.id))
    .where(and(...filters))
    .orderBy(asc(users.displayName))
    .limit(2000);
  return rows.map((r) => toAdminUser(r.user, r.totp, r.pending));
}

/** The user of the caller's institution, for update; another institution's id is "not found". */
async function targetUser(tx: DbOrTx, actor: Actor, id: string) {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.institutionId, actor.institutionId)))
    .for("update");
  if (!row) {
    throw new DomainError("NOT_FOUND", "No such user");
  }
  return row;
}

async function checkDepartment(tx: DbOrTx, actor: Actor, departmentId: string | null | undefined) {
  if (!departmentId) {
    return;
  }
  const [d] = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(
      and(
        eq(departments.id, departmentId),
        eq(departments.institutionId, actor.institutionId),
        eq(departments.active, true),
      ),
    );
  if (!d) {
    throw new DomainError("VALIDATION_FAILED", "Unknown department", {
      issues: [{ path: "departmentId", message: "accounts.department_unknown" }],
    });
  }
}

async function activeAdmins(tx: DbOrTx, institutionId: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.institutionId, institutionId), eq(users.role, "admin"), eq(users.disabled, false)));
  return row?.n ?? 0;
}

function refuse(problem: "own_account" | "last_admin") {
  return new DomainError("RULE_VIOLATION", "This change would lock the institution's administration out", {
    reasons: [{ ruleId: `ACCOUNT-${problem.toUpperCase()}`, code: `accounts.rule.${problem}` }],
  });
}

async function assertEmailFree(tx: DbOrTx, email: string, eppn: string | null, institutionId: string) {
  const [taken] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  if (taken) {
    throw new DomainError("CONFLICT", "An account with this e-mail exists", {
      issues: [{ path: "email", message: "validation.email_taken" }],
    });
  }
  if (eppn) {
    const [eppnTaken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.institutionId, institutionId), eq(users.eppn, eppn)));
    if (eppnTaken) {
      throw new DomainError("CONFLICT", "This ePPN belongs to another account", {
        issues: [{ path: "eppn", message: "accounts.import.eppn_taken" }],
      });
    }
  }
}

/** Creates an account without a password; the invitation mail lets the person set one. */
export async function createAccount(
  tx: DbOrTx,
  deps: Deps,
  actor: AuditActor,
  institutionId: string,
  input: z.output<typeof ZAdminUserCreate>,
) {
  const now = deps.clock.now();
  const [row] = await tx
    .insert(users)
    .values({
      institutionId,
      email: input.email,
      displayName: input.displayName,
      role: input.role,
      departmentId: input.departmentId,
      locale: input.locale,
      eppn: input.eppn,
      passwordHash: null,
      createdAt: now,
    })
    .returning();
  const user = row!;
  await appendAudit(tx, {
    institutionId,
    actor,
    action: "user.created",
    entityType: "user",
    entityId: user.id,
    after: {
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      departmentId: user.departmentId,
    },
    at: now,
  });
  if (input.invite) {
    await issueAccountToken(tx, deps, user, "invite");
    await appendAudit(tx, {
      institutionId,
      actor,
      action: "user.invited",
      entityType: "user",
      entityId: user.id,
      at: now,
    });
  }
  return user;
}

export function createAdminUsersService(deps: Deps) {
  const { db, clock } = deps;
  return {
    async create(actor: Actor, input: z.output<typeof ZAdminUserCreate>) {
      return db.transaction(async (tx) => {
        await checkDepartment(tx, actor, input.departmentId);
        await assertEmailFree(tx, input.email, input.eppn, actor.institutionId);
        return createAccount(tx, deps, auditActor(actor), actor.institutionId, input);
      });
    },

    async update(actor: Actor, id: string, change: TAdminUserUpdate) {
      await db.transaction(async (tx) => {
        const target = await targetUser(tx, actor, id);
        const problem = adminChangeProblem({
          actorId: actor.userId,
          target: { id: target.id, role: target.role as Role, disabled: target.disabled },
          change: { ...(change.role ? { role: change.role } : {}) },
          activeAdmins: await activeAdmins(tx, actor.institutionId),
        });
        if (problem) {
          throw refuse(problem);
        }
        await checkDepartment(tx, actor, change.departmentId);
        const eppn = change.eppn === undefined ? undefined : (change.eppn?.toLowerCase() ?? null);
        if (eppn && eppn !== target.eppn) {
          await assertEmailFree(tx, "\u0000", eppn, actor.institutionId);
        }
        const set = {
          ...(change.displayName !== undefined ? { displayName: change.displayName } : {}),
          ...(change.role !== undefined ? { role: change.role } : {}),
          ...(change.departmentId !== undefined ? { departmentId: change.departmentId } : {}),
          ...(eppn !== undefined ? { eppn } : {}),
        };
        if (Object.keys(set).length === 0) {
          return;
        }
        await tx.update(users).set(set).where(eq(users.id, id));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "user.updated",
          entityType: "user",
          entityId: id,
          before: {
            displayName: target.displayName,
            role: target.role,
            departmentId: target.departmentId,
            eppn: target.eppn,
          },
          after: set,
          at: clock.now(),
        });
      });
    },

    /** Deactivation ends every session at once and voids unused links; reactivation undoes it. */
    async setActive(actor: Actor, id: string, active: boolean) {
      await db.transaction(async (tx) => {
        const target = await targetUser(tx, actor, id);
        if (!active) {
          const problem = adminChangeProblem({
            actorId: actor.userId,
            target: { id: target.id, role: target.role as Role, disabled: target.disabled },
            change: { deactivate: true },
            activeAdmins: await activeAdmins(tx, actor.institutionId),
          });
          if (problem) {
            throw refuse(problem);
          }
        }
        if (target.disabled === !active) {
          return;
        }
        const now = clock.now();
        await tx
          .update(users)
          .set({ disabled: !active, deactivatedAt: active ? null : now })
          .where(eq(users.id, id));
        if (!active) {
          await tx.delete(sessions).where(eq(sessions.userId, id));
          await tx
            .update(accountTokens)
            .set({ usedAt: now })
            .where(and(eq(accountTokens.userId, id), isNull(accountTokens.usedAt)));
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: active ? "user.reactivated" : "user.deactivated",
          entityType: "user",
          entityId: id,
          at: now,
        });
      });
    },

    async sendInvite(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const target = await targetUser(tx, actor, id);
        if (target.disabled) {
          throw new DomainError("RULE_VIOLATION", "The account is deactivated", {
            reasons: [{ ruleId: "ACCOUNT-DEACTIVATED", code: "accounts.rule.deactivated" }],
          });
        }
        await issueAccountToken(tx, deps, target, target.passwordHash ? "reset" : "invite");
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "user.invited",
          entityType: "user",
          entityId: id,
          at: clock.now(),
        });
      });
    },

    async importUsers(
      actor: Actor,
      table: string[][],
      mode: "preview" | "commit",
      invite: boolean,
    ): Promise<TUserImportReport> {
      const depts = await db
        .select()
        .from(departments)
        .where(eq(departments.institutionId, actor.institutionId));
      const existing = await db
        .select({ email: users.email, eppn: users.eppn, institutionId: users.institutionId })
        .from(users);
      const result = validateUserImport(table, {
        departments: depts,
        existingEmails: new Set(existing.map((u) => u.email.toLowerCase())),
        existingEppns: new Set(
          existing
            .filter((u) => u.institutionId === actor.institutionId && u.eppn)
            .map((u) => u.eppn as string),
        ),
      });
      if (result.missingColumns.length > 0) {
        throw new DomainError("IMPORT_FAILED", "The header lacks required columns", {
          reason: "missing_header",
          missing: result.missingColumns,
        });
      }
      const report: TUserImportReport = {
        mode,
        rows: result.rows.length + new Set(result.errors.map((e) => e.row)).size,
        valid: result.rows.length,
        errors: result.errors,
        preview: result.rows.slice(0, 500).map((r) => ({
          row: r.row,
          email: r.email,
          displayName: r.displayName,
          role: r.role,
          departmentId: r.departmentId,
        })),
        created: 0,
      };
      if (mode === "preview") {
        return report;
      }
      if (report.errors.length > 0 || report.valid === 0) {
        throw new DomainError("IMPORT_FAILED", "Nothing was imported: fix the rows listed and try again", {
          report,
        });
      }
      await db.transaction(async (tx) => {
        for (const r of result.rows) {
          await createAccount(tx, deps, auditActor(actor), actor.institutionId, { ...r, invite });
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "user.imported",
          entityType: "user_import",
          entityId: clock.now().toISOString(),
          after: { rows: result.rows.length, invited: invite },
          at: clock.now(),
        });
      });
      return { ...report, created: result.rows.length };
    },
  };
}
