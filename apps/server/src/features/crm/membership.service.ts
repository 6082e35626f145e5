import {
  type TMembershipJoin,
  type TMembershipProgramme,
  type TMembershipTierInput,
  ZMembershipJoin,
  ZMembershipRenew,
  ZMembershipTierInput,
} from "@renkei/contract";
import {
  DomainError,
  japanDate,
  type MembershipStatus,
  membershipExpiry,
  renewalReminderDue,
  renewedExpiry,
} from "@renkei/domain";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { assertInInstitution } from "../../db/institution-refs";
import { membershipRenewals, memberships, membershipTiers, partners, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import type { Job } from "../../jobs/job";
import { appendAudit } from "../audit/audit.writer";
import { notify } from "../notifications/notify";
import { audit, conflict, notFound } from "./crm-shared";

type MembershipRow = typeof memberships.$inferSelect;
const snapshot = (m: MembershipRow) => ({
  partnerId: m.partnerId,
  tierId: m.tierId,
  status: m.status,
  startedOn: m.startedOn,
  expiresOn: m.expiresOn,
  version: m.version,
});

async function requireTier(tx: DbOrTx, institutionId: string, tierId: string) {
  const [tier] = await tx
    .select()
    .from(membershipTiers)
    .where(and(eq(membershipTiers.id, tierId), eq(membershipTiers.institutionId, institutionId)));
  if (!tier) {
    throw new DomainError("VALIDATION_FAILED", "Unknown tier", {
      issues: [{ path: "tierId", message: "validation.unknown_record" }],
    });
  }
  return tier;
}

/** The membership programme (issue 17 item 1; seed 001 事例19: MIT ILP): tiers, members, renewals. */
export function createMembershipService(deps: Deps) {
  const { db, clock } = deps;

  async function find(tx: DbOrTx, actor: Actor, id: string): Promise<MembershipRow> {
    const [row] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.id, id), eq(memberships.institutionId, actor.institutionId)));
    return row ?? notFound("Membership");
  }

  return {
    async read(actor: Actor, partnerId?: string): Promise<TMembershipProgramme> {
      const today = clock.today();
      const tiers = await db
        .select()
        .from(membershipTiers)
        .where(eq(membershipTiers.institutionId, actor.institutionId))
        .orderBy(desc(membershipTiers.annualFeeYen));
      const tierName = new Map(tiers.map((t) => [t.id, t.nameJa]));
      const conds = [eq(memberships.institutionId, actor.institutionId)];
      if (partnerId) {
        conds.push(eq(memberships.partnerId, partnerId));
      }
      const rows = await db
        .select({ m: memberships, partner: partners.legalName })
        .from(memberships)
        .innerJoin(partners, eq(partners.id, memberships.partnerId))
        .where(and(...conds))
        .orderBy(memberships.expiresOn)
        .limit(2000);
      const ids = rows.map((r) => r.m.id);
      const renewals =
        ids.length === 0
          ? []
          : await db
              .select({ r: membershipRenewals, by: users.displayName })
              .from(membershipRenewals)
              .innerJoin(users, eq(users.id, membershipRenewals.recordedBy))
              .where(inArray(membershipRenewals.membershipId, ids))
              .orderBy(membershipRenewals.createdAt);
      return {
        tiers: tiers.map((t) => ({
          id: t.id,
          nameJa: t.nameJa,
          nameEn: t.nameEn,
          annualFeeYen: t.annualFeeYen,
          benefits: t.benefits,
        })),
        members: rows.map(({ m, partner }) => ({
          id: m.id,
          partner: { id: m.partnerId, label: partner },
          tier: { id: m.tierId, label: tierName.get(m.tierId) ?? "?" },
          status: m.status as MembershipStatus,
          startedOn: m.startedOn,
          expiresOn: m.expiresOn,
          renewalDue: renewalReminderDue({ ...m, remindedFor: null }, today),
          renewals: renewals
            .filter((x) => x.r.membershipId === m.id)
            .map((x) => ({
              previousExpiresOn: x.r.previousExpiresOn,
              newExpiresOn: x.r.newExpiresOn,
              recordedBy: x.by,
            })),
          version: m.version,
        })),
      };
    },

    async addTier(actor: Actor, raw: TMembershipTierInput): Promise<string> {
      const input = ZMembershipTierInput.parse(raw);
      const now = clock.now();
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(membershipTiers)
          .values({ ...input, institutionId: actor.institutionId, createdAt: now.toISOString() })
          .onConflictDoNothing()
          .returning();
        if (!row) {
          throw new DomainError("VALIDATION_FAILED", "A tier of this name exists", {
            issues: [{ path: "nameJa", message: "validation.duplicate_name" }],
          });
        }
        await audit(tx, actor, now, {
          action: "membership.tier_saved",
          entityType: "membership_tier",
          entityId: row.id,
          after: input,
        });
        return row.id;
      });
    },

    async join(actor: Actor, raw: TMembershipJoin): Promise<string> {
      const input = ZMembershipJoin.parse(raw);
      const now = clock.now();
      return db.transaction(async (tx) => {
        await assertInInstitution(tx, actor.institutionId, { partners: { partnerId: input.partnerId } });
        await requireTier(tx, actor.institutionId, input.tierId);
        const [row] = await tx
          .insert(memberships)
          .values({
            institutionId: actor.institutionId,
            partnerId: input.partnerId,
            tierId: input.tierId,
            startedOn: input.startedOn,
            expiresOn: membershipExpiry(input.startedOn, input.years),
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          })
          .onConflictDoNothing()
          .returning();
        if (!row) {
          throw new DomainError("VALIDATION_FAILED", "Already a member", {
            issues: [{ path: "partnerId", message: "validation.already_member" }],
          });
        }
        await audit(tx, actor, now, {
          action: "membership.joined",
          entityType: "membership",
          entityId: row.id,
          after: snapshot(row),
        });
        return row.id;
      });
    },

    async renew(actor: Actor, id: string, raw: z.input<typeof ZMembershipRenew>): Promise<void> {
      const input = ZMembershipRenew.parse(raw);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const before = await find(tx, actor, id);
        if (before.status !== "active") {
          throw new DomainError("CONFLICT", "An ended membership is not renewed; join again");
        }
        const tierId = input.tierId ?? before.tierId;
        await requireTier(tx, actor.institutionId, tierId);
        const newExpiresOn = renewedExpiry(before.expiresOn, input.years);
        const [after] = await tx
          .update(memberships)
          .set({ tierId, expiresOn: newExpiresOn, version: before.version + 1, updatedAt: now.toISOString() })
          .where(and(eq(memberships.id, id), eq(memberships.version, input.version)))
          .returning();
        if (!after) {
          conflict("membership");
        }
        await tx.insert(membershipRenewals).values({
          institutionId: actor.institutionId,
          membershipId: id,
          tierId,
          previousExpiresOn: before.expiresOn,
          newExpiresOn,
          recordedBy: actor.userId,
          createdAt: now.toISOString(),
        });
        await audit(tx, actor, now, {
          action: "membership.renewed",
          entityType: "membership",
          entityId: id,
          before: snapshot(before),
          after: snapshot(after),
        });
      });
    },

    async end(actor: Actor, id: string, version: number): Promise<void> {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const before = await find(tx, actor, id);
        const [after] = await tx
          .update(memberships)
          .set({ status: "ended", version: before.version + 1, updatedAt: now.toISOString() })
          .where(
            and(eq(memberships.id, id), eq(memberships.version, version), eq(memberships.status, "active")),
          )
          .returning();
        if (!after) {
          conflict("membership");
        }
        await audit(tx, actor, now, {
          action: "membership.ended",
          entityType: "membership",
          entityId: id,
          before: snapshot(before),
          after: snapshot(after),
        });
      });
    },
  };
}

const SYSTEM = { userId: null, label: "job:membership.renewals" };

/**
 * Daily: reminds the office once per term of each membership ending within the reminder window
 * (domain `renewalReminderDue`). The term reminded for is recorded on the row, so a second run sends
 * nothing twice.
 */
export async function remindMembershipRenewals(deps: Deps, now: Date): Promise<number> {
  const today = japanDate(now);
  const active = await deps.db
    .select({ m: memberships, partner: partners.legalName })
    .from(memberships)
    .innerJoin(partners, eq(partners.id, memberships.partnerId))
    .where(eq(memberships.status, "active"));
  let sent = 0;
  for (const { m, partner } of active.filter((x) => renewalReminderDue(x.m, today))) {
    await deps.db.transaction(async (tx) => {
      const [after] = await tx
        .update(memberships)
        .set({ remindedFor: m.expiresOn })
        .where(and(eq(memberships.id, m.id), eq(memberships.version, m.version)))
        .returning();
      if (!after) {
        return;
      }
      await appendAudit(tx, {
        institutionId: m.institutionId,
        actor: SYSTEM,
        action: "membership.reminded",
        entityType: "membership",
        entityId: m.id,
        after: { expiresOn: m.expiresOn },
        at: now,
      });
      await notify(
        tx,
        {
          institutionId: m.institutionId,
          recipients: { permission: "membership.manage" },
          kind: "membership.renewal_due",
          title: { ja: `会員更新のご案内: ${partner}`, en: `Membership renewal due: ${partner}` },
          body: {
            ja: `${partner} の会員期間は ${m.expiresOn} に終わります。更新の手続きをしてください。`,
            en: `${partner}'s membership ends on ${m.expiresOn}. Please arrange the renewal.`,
          },
          link: "/crm/memberships",
        },
        now,
      );
      sent++;
    });
  }
  return sent;
}

export const membershipRenewalJob: Job = {
  name: "membership.renewals",
  description: "Remind the office of memberships ending within 60 days",
  everyMinutes: 24 * 60,
  async run(deps, now) {
    return `${await remindMembershipRenewals(deps, now)} reminders`;
  },
};
