import {
  type TMatchInput,
  type TReactionInput,
  type TSeedNeedEntryInput,
  type TSeedNeedEntryUpdate,
  type TSeedNeedRegister,
  ZMatchInput,
  ZReactionInput,
  ZSeedNeedEntryInput,
  ZSeedNeedEntryUpdate,
} from "@renkei/contract";
import {
  DomainError,
  type MatchStatus,
  type ReactionEventKind,
  type ReactionInterest,
  type RegisterKind,
} from "@renkei/domain";
import { and, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import { assertInInstitution } from "../../db/institution-refs";
import { crmMatches, crmReactions, crmRegisterEntries, partners, people, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { isoInstant } from "../../lib/iso";
import { audit, notFound, ref } from "./crm-shared";

type EntryRow = typeof crmRegisterEntries.$inferSelect;

/** An entry is corrected by its author or by the office that keeps the register (事例17). */
const mayEdit = (actor: Actor, e: EntryRow) =>
  e.createdBy === actor.userId || actor.can("crm.request_handle");

const entrySnapshot = (e: EntryRow) => ({
  kind: e.kind,
  title: e.title,
  summary: e.summary,
  keywords: e.keywords,
  ownerUserId: e.ownerUserId,
  partnerId: e.partnerId,
  closed: e.closed,
});

/**
 * The seeds/needs register (issue 17 item 1; seed 001 事例17: マーケティングと企業ニーズのデータベース化、
 * 技術シーズのデータベース化、マッチング), and reactions at talks and exhibitions (事例18, 20).
 */
export function createRegisterService(deps: Deps) {
  const { db, clock } = deps;

  /** Both ends of a match must be entries of this institution, of the right kind. */
  async function requireEntries(tx: DbOrTx, actor: Actor, seedId: string, needId: string) {
    const rows = await tx
      .select({ id: crmRegisterEntries.id, kind: crmRegisterEntries.kind })
      .from(crmRegisterEntries)
      .where(
        and(
          inArray(crmRegisterEntries.id, [seedId, needId]),
          eq(crmRegisterEntries.institutionId, actor.institutionId),
        ),
      );
    const kinds = new Map(rows.map((r) => [r.id, r.kind]));
    const issues = [
      ...(kinds.get(seedId) === "seed" ? [] : [{ path: "seedId", message: "validation.unknown_record" }]),
      ...(kinds.get(needId) === "need" ? [] : [{ path: "needId", message: "validation.unknown_record" }]),
    ];
    if (issues.length > 0) {
      throw new DomainError("VALIDATION_FAILED", "Unknown seed or need", { issues });
    }
  }

  return {
    async read(actor: Actor): Promise<TSeedNeedRegister> {
      const owner = alias(users, "owner");
      const entries = await db
        .select({ e: crmRegisterEntries, owner: owner.displayName, partner: partners.legalName })
        .from(crmRegisterEntries)
        .leftJoin(owner, eq(owner.id, crmRegisterEntries.ownerUserId))
        .leftJoin(partners, eq(partners.id, crmRegisterEntries.partnerId))
        .where(eq(crmRegisterEntries.institutionId, actor.institutionId))
        .orderBy(desc(crmRegisterEntries.createdAt))
        .limit(1000);
      const byId = new Map(entries.map((x) => [x.e.id, x]));
      const matches = await db
        .select()
        .from(crmMatches)
        .where(eq(crmMatches.institutionId, actor.institutionId))
        .orderBy(desc(crmMatches.updatedAt))
        .limit(1000);
      const seed = alias(crmRegisterEntries, "seed");
      const reactions = await db
        .select({ r: crmReactions, partner: partners.legalName, person: people.name, seed: seed.title })
        .from(crmReactions)
        .leftJoin(partners, eq(partners.id, crmReactions.partnerId))
        .leftJoin(people, eq(people.id, crmReactions.personId))
        .leftJoin(seed, eq(seed.id, crmReactions.seedId))
        .where(eq(crmReactions.institutionId, actor.institutionId))
        .orderBy(desc(crmReactions.occurredOn))
        .limit(1000);
      return {
        entries: entries.map(({ e, owner: o, partner }) => ({
          id: e.id,
          kind: e.kind as RegisterKind,
          title: e.title,
          summary: e.summary,
          keywords: e.keywords,
          owner: ref(e.ownerUserId, o),
          partner: ref(e.partnerId, partner),
          closed: e.closed,
          editable: mayEdit(actor, e),
          createdAt: isoInstant(e.createdAt),
        })),
        matches: matches.map((m) => {
          const need = byId.get(m.needId);
          return {
            id: m.id,
            seed: { id: m.seedId, label: byId.get(m.seedId)?.e.title ?? "?" },
            need: { id: m.needId, label: need?.e.title ?? "?" },
            partner: ref(need?.e.partnerId ?? null, need?.partner),
            status: m.status as MatchStatus,
            note: m.note,
            updatedAt: isoInstant(m.updatedAt),
          };
        }),
        reactions: reactions.map(({ r, partner, person, seed: s }) => ({
          id: r.id,
          eventKind: r.eventKind as ReactionEventKind,
          eventName: r.eventName,
          occurredOn: r.occurredOn,
          partner: ref(r.partnerId, partner),
          person: ref(r.personId, person),
          seed: ref(r.seedId, s),
          interest: r.interest as ReactionInterest,
          note: r.note,
        })),
      };
    },

    async addEntry(actor: Actor, raw: TSeedNeedEntryInput): Promise<string> {
      const input = ZSeedNeedEntryInput.parse(raw);
      const now = clock.now();
      // A seed belongs to a researcher (the author unless the office names one); a need to a partner.
      const ownerUserId = input.kind === "seed" ? (input.ownerUserId ?? actor.userId) : null;
      const partnerId = input.kind === "need" ? (input.partnerId ?? null) : null;
      return db.transaction(async (tx) => {
        await assertInInstitution(tx, actor.institutionId, {
          users: { ownerUserId },
          partners: { partnerId },
        });
        const [row] = await tx
          .insert(crmRegisterEntries)
          .values({
            institutionId: actor.institutionId,
            kind: input.kind,
            title: input.title,
            summary: input.summary,
            keywords: input.keywords,
            ownerUserId,
            partnerId,
            createdBy: actor.userId,
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          })
          .returning();
        await audit(tx, actor, now, {
          action: "crm.register_saved",
          entityType: "crm_register_entry",
          entityId: row!.id,
          after: { kind: row!.kind, title: row!.title, partnerId, ownerUserId },
        });
        return row!.id;
      });
    },

    /** Corrects an entry or closes it; the kind stays (a seed does not become a need). */
    async updateEntry(actor: Actor, id: string, raw: TSeedNeedEntryUpdate): Promise<void> {
      const { entry: input, closed } = ZSeedNeedEntryUpdate.parse(raw);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(crmRegisterEntries)
          .where(
            and(eq(crmRegisterEntries.id, id), eq(crmRegisterEntries.institutionId, actor.institutionId)),
          );
        if (!before) {
          notFound("Register entry");
        }
        if (!mayEdit(actor, before)) {
          throw new DomainError("FORBIDDEN", "Only the author or the office corrects an entry");
        }
        if (input.kind !== before.kind) {
          throw new DomainError("VALIDATION_FAILED", "The kind of an entry stays", {
            issues: [{ path: "kind", message: "validation.entry_kind_fixed" }],
          });
        }
        const ownerUserId = before.kind === "seed" ? (input.ownerUserId ?? before.ownerUserId) : null;
        const partnerId = before.kind === "need" ? (input.partnerId ?? null) : null;
        await assertInInstitution(tx, actor.institutionId, {
          users: { ownerUserId },
          partners: { partnerId },
        });
        const [after] = await tx
          .update(crmRegisterEntries)
          .set({
            title: input.title,
            summary: input.summary,
            keywords: input.keywords,
            ownerUserId,
            partnerId,
            closed,
            updatedAt: now.toISOString(),
          })
          .where(eq(crmRegisterEntries.id, id))
          .returning();
        await audit(tx, actor, now, {
          action: "crm.register_saved",
          entityType: "crm_register_entry",
          entityId: id,
          before: entrySnapshot(before),
          after: entrySnapshot(after!),
        });
      });
    },

    /** Records a match, or moves an existing one of the same pair to a new status. */
    async saveMatch(actor: Actor, raw: TMatchInput): Promise<string> {
      const input = ZMatchInput.parse(raw);
      const now = clock.now().toISOString();
      return db.transaction(async (tx) => {
        await requireEntries(tx, actor, input.seedId, input.needId);
        const [row] = await tx
          .insert(crmMatches)
          .values({
            institutionId: actor.institutionId,
            seedId: input.seedId,
            needId: input.needId,
            status: input.status,
            note: input.note,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          })
          .onConflictDoUpdate({
            target: [crmMatches.seedId, crmMatches.needId],
            set: { status: input.status, note: input.note, updatedAt: now },
          })
          .returning();
        await audit(tx, actor, clock.now(), {
          action: "crm.match_saved",
          entityType: "crm_match",
          entityId: row!.id,
          after: { seedId: row!.seedId, needId: row!.needId, status: row!.status },
        });
        return row!.id;
      });
    },

    async addReaction(actor: Actor, raw: TReactionInput): Promise<string> {
      const input = ZReactionInput.parse(raw);
      const now = clock.now();
      return db.transaction(async (tx) => {
        await assertInInstitution(tx, actor.institutionId, {
          partners: { partnerId: input.partnerId },
          people: { personId: input.personId },
        });
        if (input.seedId) {
          const [s] = await tx
            .select({ kind: crmRegisterEntries.kind })
            .from(crmRegisterEntries)
            .where(
              and(
                eq(crmRegisterEntries.id, input.seedId),
                eq(crmRegisterEntries.institutionId, actor.institutionId),
              ),
            );
          if (s?.kind !== "seed") {
            throw new DomainError("VALIDATION_FAILED", "Unknown seed", {
              issues: [{ path: "seedId", message: "validation.unknown_record" }],
            });
          }
        }
        const [row] = await tx
          .insert(crmReactions)
          .values({
            institutionId: actor.institutionId,
            eventKind: input.eventKind,
            eventName: input.eventName,
            occurredOn: input.occurredOn,
            partnerId: input.partnerId ?? null,
            personId: input.personId ?? null,
            seedId: input.seedId ?? null,
            interest: input.interest,
            note: input.note,
            createdBy: actor.userId,
            createdAt: now.toISOString(),
          })
          .returning();
        await audit(tx, actor, now, {
          action: "crm.reaction_recorded",
          entityType: "crm_reaction",
          entityId: row!.id,
          after: { eventName: row!.eventName, partnerId: row!.partnerId, interest: row!.interest },
        });
        return row!.id;
      });
    },
  };
}
