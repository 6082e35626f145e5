import type { TClearanceView, ZClearanceCreate } from "@renkei/contract";
import { clearanceAccess, clearanceState, DomainError, type SecurityClearanceScheme } from "@renkei/domain";
import { and, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { securityClearanceOfficers, securityClearances, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";

/**
 * The security-clearance register (J9): a purpose-limited register that only this module reads. Every
 * read asks `clearanceAccess` (the role's `clearance.register` AND the institution's designation);
 * audit events carry no clearance facts, since others read the audit log.
 */

type Row = typeof securityClearances.$inferSelect;
const actorOf = (a: Actor) => ({ userId: a.userId, label: a.displayName });

async function userOf(tx: DbOrTx, institutionId: string, userId: string, path: string) {
  const [u] = await tx
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.institutionId, institutionId)));
  if (!u) {
    throw new DomainError("VALIDATION_FAILED", "Unknown user", {
      issues: [{ path, message: "validation.unknown_user" }],
    });
  }
  return u;
}

export function createClearanceService(deps: Deps) {
  const { db, clock } = deps;

  /** Not designated: the register does not exist for this user (404, nothing about its content). */
  async function requireKeeper(tx: DbOrTx, actor: Actor) {
    const [d] = await tx
      .select()
      .from(securityClearanceOfficers)
      .where(
        and(
          eq(securityClearanceOfficers.institutionId, actor.institutionId),
          eq(securityClearanceOfficers.userId, actor.userId),
        ),
      );
    const access = clearanceAccess({
      role: actor.role,
      holdsPermission: actor.can("clearance.register"),
      designated: Boolean(d),
    });
    if (access === "none") {
      throw new DomainError("NOT_FOUND", "Not found");
    }
  }

  const view = (r: Row, name: string): TClearanceView => ({
    id: r.id,
    subjectUserId: r.subjectUserId,
    subjectName: name,
    scheme: r.scheme as SecurityClearanceScheme,
    purpose: r.purpose,
    assessedOn: r.assessedOn,
    validUntil: r.validUntil,
    assessingBody: r.assessingBody,
    notes: r.notes,
    state: clearanceState(
      { status: r.status as "valid" | "revoked", validUntil: r.validUntil },
      clock.today(),
    ),
    version: r.version,
  });

  return {
    async list(actor: Actor) {
      return db.transaction(async (tx) => {
        await requireKeeper(tx, actor);
        const rows = await tx
          .select({ r: securityClearances, name: users.displayName })
          .from(securityClearances)
          .innerJoin(users, eq(users.id, securityClearances.subjectUserId))
          .where(eq(securityClearances.institutionId, actor.institutionId))
          .orderBy(desc(securityClearances.assessedOn));
        // Reading the register is itself recorded (purpose limitation: who looked, and when).
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: actorOf(actor),
          action: "clearance.read",
          entityType: "security_clearance_register",
          entityId: actor.institutionId,
          after: { count: rows.length },
          at: clock.now(),
        });
        return rows.map((x) => view(x.r, x.name));
      });
    },

    async create(actor: Actor, input: z.output<typeof ZClearanceCreate>) {
      return db.transaction(async (tx) => {
        await requireKeeper(tx, actor);
        const subject = await userOf(tx, actor.institutionId, input.subjectUserId, "subjectUserId");
        const [row] = await tx
          .insert(securityClearances)
          .values({ ...input, institutionId: actor.institutionId, recordedBy: actor.userId })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: actorOf(actor),
          action: "clearance.recorded",
          entityType: "security_clearance",
          entityId: row!.id,
          after: {},
          at: clock.now(),
        });
        return view(row!, subject.name);
      });
    },

    async revoke(actor: Actor, id: string, version: number) {
      return db.transaction(async (tx) => {
        await requireKeeper(tx, actor);
        const [before] = await tx
          .select()
          .from(securityClearances)
          .where(
            and(eq(securityClearances.id, id), eq(securityClearances.institutionId, actor.institutionId)),
          );
        if (!before) {
          throw new DomainError("NOT_FOUND", "Not found");
        }
        if (before.version !== version) {
          throw new DomainError("CONFLICT", "The record changed since it was read");
        }
        const [row] = await tx
          .update(securityClearances)
          .set({ status: "revoked", version: version + 1, updatedAt: clock.now().toISOString() })
          .where(eq(securityClearances.id, id))
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: actorOf(actor),
          action: "clearance.changed",
          entityType: "security_clearance",
          entityId: id,
          after: { status: "revoked" },
          at: clock.now(),
        });
        const subject = await userOf(tx, actor.institutionId, row!.subjectUserId, "subjectUserId");
        return view(row!, subject.name);
      });
    },

    /** The administrator designates the keeper; designating gives no read of the register itself. */
    async officers(actor: Actor) {
      const rows = await db
        .select({
          userId: securityClearanceOfficers.userId,
          name: users.displayName,
          designatedAt: securityClearanceOfficers.designatedAt,
        })
        .from(securityClearanceOfficers)
        .innerJoin(users, eq(users.id, securityClearanceOfficers.userId))
        .where(eq(securityClearanceOfficers.institutionId, actor.institutionId));
      return { items: rows };
    },

    async designate(actor: Actor, userId: string, remove = false) {
      await db.transaction(async (tx) => {
        await userOf(tx, actor.institutionId, userId, "userId");
        const where = and(
          eq(securityClearanceOfficers.institutionId, actor.institutionId),
          eq(securityClearanceOfficers.userId, userId),
        );
        if (remove) {
          await tx.delete(securityClearanceOfficers).where(where);
        } else {
          await tx
            .insert(securityClearanceOfficers)
            .values({ institutionId: actor.institutionId, userId, designatedBy: actor.userId })
            .onConflictDoNothing();
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: actorOf(actor),
          action: remove ? "clearance.officer_removed" : "clearance.officer_designated",
          entityType: "security_clearance_officer",
          entityId: userId,
          after: { userId },
          at: clock.now(),
        });
      });
      return this.officers(actor);
    },
  };
}
