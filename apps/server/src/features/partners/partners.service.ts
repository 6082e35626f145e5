import type { TDuplicateCandidate, TPartnerList, TPartnerValues } from "@renkei/contract";
import {
  assessDuplicate,
  type ContactVisibility,
  canSeeContact,
  DomainError,
  DUPLICATE_THRESHOLD,
  foldForSearch,
  hubMaySee,
  type RiskFlag,
  redactPartner,
} from "@renkei/domain";
import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { assertInInstitution } from "../../db/institution-refs";
import { affiliations, contacts, creditChecks, partners, people, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { screenAfterChange } from "../screening/screening-hooks";
import { auditSnapshot, toContact, toDetail, toSummary } from "./partners.mapper";
import {
  duplicateCandidates,
  findPartner,
  latestCredit,
  listPartners,
  loadPartnerRelations,
  type PartnerRow,
  partnerWhere,
  searchKeyOf,
} from "./partners.repo";
import { anyReadable, partnerReachWhere, readScope, viewOf } from "./partners.scope";

export interface ListInput {
  q?: string | undefined;
  country?: string | undefined;
  type?: string | undefined;
  risk: RiskFlag[];
  page: number;
  pageSize: number;
  institutionId?: string | undefined;
}

export interface DuplicateInput {
  legalName: string;
  nameEn?: string | null | undefined;
  nameRomanized?: string | null | undefined;
  aliases: string[];
  country?: string | null | undefined;
  corporateNumber?: string | null | undefined;
  excludeId?: string | undefined;
}

/** Names and country are what screening reads; other edits do not need a new screening. */
function screeningInputChanged(before: PartnerRow, after: PartnerRow): boolean {
  const key = (p: PartnerRow) =>
    JSON.stringify([p.legalName, p.nameEn, p.nameRomanized, p.aliases, p.country]);
  return key(before) !== key(after);
}

export function auditActor(actor: Actor) {
  return { userId: actor.userId, label: actor.displayName };
}

export function createPartnersService(deps: Deps) {
  const { db, clock } = deps;

  function rowValues(values: TPartnerValues) {
    return { ...values, searchKey: searchKeyOf(values) };
  }

  async function requireWritable(tx: DbOrTx, actor: Actor, id: string): Promise<PartnerRow> {
    // Writes are only ever allowed in the actor's own institution: consulting access is read-only.
    const row = await findPartner(tx, id, [actor.institutionId]);
    if (!row || row.mergedIntoId) {
      throw new DomainError("NOT_FOUND", "Partner not found");
    }
    return row;
  }

  async function findDuplicates(tx: DbOrTx, institutionId: string, input: DuplicateInput) {
    const names = [input.legalName, input.nameEn, input.nameRomanized, ...input.aliases].filter(
      (n): n is string => Boolean(n),
    );
    const corp = input.corporateNumber?.replace(/[-\s]/g, "") || null;
    const rows = await duplicateCandidates(tx, institutionId, names, corp, input.excludeId);
    const found: TDuplicateCandidate[] = [];
    for (const row of rows) {
      const verdict = assessDuplicate(
        { names, country: input.country ?? null, corporateNumber: corp },
        {
          names: [row.legalName, row.nameEn, row.nameRomanized, ...row.aliases].filter((n): n is string =>
            Boolean(n),
          ),
          country: row.country,
          corporateNumber: row.corporateNumber,
        },
      );
      if (verdict.score >= DUPLICATE_THRESHOLD * 0.75) {
        found.push({
          id: row.id,
          legalName: row.legalName,
          nameEn: row.nameEn,
          country: row.country,
          corporateNumber: row.corporateNumber,
          score: Math.round(verdict.score * 1000) / 1000,
          reasons: verdict.reasons,
        });
      }
    }
    return found.sort((a, b) => b.score - a.score);
  }

  /** The list filters (same for a page and for an export), scoped to what the actor may read. */
  function filtersWhere(actor: Actor, input: Omit<ListInput, "page" | "pageSize">) {
    const scope = readScope(actor, input.institutionId);
    const folded = input.q ? foldForSearch(input.q) : "";
    const reach = partnerReachWhere(actor);
    const where = partnerWhere({ ...scope, ...input, today: clock.today() }, folded || null);
    return reach ? (and(where, reach) as SQL) : where;
  }

  /** Of `ids`, those within the actor's reach (need to know: a student's own cases' partners). */
  async function reachable(actor: Actor, ids: string[]): Promise<Set<string>> {
    const reach = partnerReachWhere(actor);
    if (!reach || ids.length === 0) {
      return new Set(ids);
    }
    const rows = await db
      .select({ id: partners.id })
      .from(partners)
      .where(and(inArray(partners.id, ids), reach));
    return new Set(rows.map((r) => r.id));
  }

  async function insertPartner(tx: DbOrTx, actor: Actor, values: TPartnerValues): Promise<PartnerRow> {
    await assertInInstitution(tx, actor.institutionId, { users: { ownerUserId: values.ownerUserId } });
    const now = clock.now().toISOString();
    const [row] = await tx
      .insert(partners)
      .values({ ...rowValues(values), institutionId: actor.institutionId, createdAt: now, updatedAt: now })
      .returning();
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: auditActor(actor),
      action: "partner.created",
      entityType: "partner",
      entityId: row!.id,
      after: auditSnapshot(row!),
      at: clock.now(),
    });
    await screenAfterChange(tx, clock.now(), actor, "partner", row!.id, "created");
    return row!;
  }

  return {
    async findDuplicates(actor: Actor, input: DuplicateInput) {
      const found = await findDuplicates(db, actor.institutionId, input);
      const inReach = await reachable(
        actor,
        found.map((f) => f.id),
      );
      return found.filter((f) => inReach.has(f.id));
    },
    insertPartner,

    async list(actor: Actor, input: ListInput): Promise<TPartnerList> {
      const where = filtersWhere(actor, input);
      const { rows, total, totalCapped } = await listPartners(
        db,
        where,
        { offset: (input.page - 1) * input.pageSize, limit: input.pageSize },
        { searched: Boolean(input.q && foldForSearch(input.q)) },
      );
      return {
        items: rows.map((r) => toSummary(r, clock.today())),
        total,
        totalCapped,
        page: input.page,
        pageSize: input.pageSize,
      };
    },

    /** Everything matching the filters (for export), capped so one request cannot exhaust memory. */
    async listAll(actor: Actor, input: Omit<ListInput, "page" | "pageSize">) {
      const where = filtersWhere(actor, input);
      const { rows } = await listPartners(db, where, { offset: 0, limit: 100_000 });
      return rows;
    },

    async get(actor: Actor, id: string) {
      const view = viewOf(actor);
      const row = await findPartner(db, id, anyReadable(actor).institutionIds);
      if (!row || !(await reachable(actor, [row.id])).has(row.id)) {
        throw new DomainError("NOT_FOUND", "Partner not found");
      }
      const rel = await loadPartnerRelations(db, row.id);
      const userIds = new Set<string>(rel.contactRows.flatMap((c) => c.staffIds));
      if (row.ownerUserId) {
        userIds.add(row.ownerUserId);
      }
      const personIds = new Set<string>(rel.contactRows.flatMap((c) => c.personIds));
      const userNames = new Map(
        userIds.size
          ? (
              await db
                .select({ id: users.id, n: users.displayName })
                .from(users)
                .where(inArray(users.id, [...userIds]))
            ).map((u) => [u.id, u.n] as const)
          : [],
      );
      const personNames = new Map(
        personIds.size
          ? (
              await db
                .select({ id: people.id, n: people.name })
                .from(people)
                .where(inArray(people.id, [...personIds]))
            ).map((p) => [p.id, p.n] as const)
          : [],
      );
      // A hub reads a member's restricted contacts and credit checks only where the member granted them
      // (issue 16 §5, seed-coverage X6); each hub read is recorded in the member's audit chain.
      const viaHub = row.institutionId !== actor.institutionId;
      const reader = { institutionId: actor.institutionId, hubScopes: actor.hubScopes ?? {} };
      const visible = rel.contactRows
        .filter(
          (c) =>
            canSeeContact(
              { userId: actor.userId, role: actor.role },
              { ...c, visibility: c.visibility as ContactVisibility },
            ) &&
            (c.visibility === "institution" || hubMaySee(reader, row.institutionId, "restricted_contacts")),
        )
        .map((c) => toContact(c, { users: userNames, people: personNames }));
      if (viaHub) {
        if (!hubMaySee(reader, row.institutionId, "credit_checks")) {
          rel.creditRows = [];
        }
        await db.transaction((tx) =>
          appendAudit(tx, {
            institutionId: row.institutionId,
            actor: { userId: actor.userId, label: actor.displayName },
            action: "hub.record_read",
            entityType: "partner",
            entityId: row.id,
            at: clock.now(),
          }),
        );
      }
      const owner = row.ownerUserId
        ? { id: row.ownerUserId, displayName: userNames.get(row.ownerUserId) ?? "?" }
        : null;
      return redactPartner(
        view,
        toDetail(row, rel, visible, {
          owner,
          readOnly: row.institutionId !== actor.institutionId,
          today: clock.today(),
        }),
      );
    },

    async create(actor: Actor, values: TPartnerValues) {
      const row = await db.transaction((tx) => insertPartner(tx, actor, values));
      return row.id;
    },

    async update(actor: Actor, id: string, version: number, values: TPartnerValues) {
      await db.transaction(async (tx) => {
        const before = await requireWritable(tx, actor, id);
        await assertInInstitution(tx, actor.institutionId, { users: { ownerUserId: values.ownerUserId } });
        if (before.version !== version) {
          throw new DomainError("CONFLICT", "Someone else changed this partner; reload and try again", {
            currentVersion: before.version,
          });
        }
        const [after] = await tx
          .update(partners)
          .set({ ...rowValues(values), version: before.version + 1, updatedAt: clock.now().toISOString() })
          .where(and(eq(partners.id, id), eq(partners.version, version)))
          .returning();
        if (!after) {
          throw new DomainError("CONFLICT", "Someone else changed this partner; reload and try again");
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "partner.updated",
          entityType: "partner",
          entityId: id,
          before: auditSnapshot(before),
          after: auditSnapshot(after),
          at: clock.now(),
        });
        if (screeningInputChanged(before, after)) {
          await screenAfterChange(tx, clock.now(), actor, "partner", id, "updated");
        }
      });
    },

    /**
     * Merges `duplicateId` into `survivorId`: the duplicate's contacts, credit checks and affiliations move
     * to the survivor, its names become aliases, and it stays as a tombstone pointing at the survivor.
     */
    async merge(actor: Actor, survivorId: string, duplicateId: string) {
      if (survivorId === duplicateId) {
        throw new DomainError("VALIDATION_FAILED", "A partner cannot be merged into itself");
      }
      await db.transaction(async (tx) => {
        const survivor = await requireWritable(tx, actor, survivorId);
        const duplicate = await requireWritable(tx, actor, duplicateId);
        const aliases = [
          ...new Set(
            [
              ...survivor.aliases,
              duplicate.legalName,
              duplicate.nameEn,
              duplicate.nameRomanized,
              ...duplicate.aliases,
            ]
              .filter((n): n is string => Boolean(n))
              .filter(
                (n) => n !== survivor.legalName && n !== survivor.nameEn && n !== survivor.nameRomanized,
              ),
          ),
        ];
        await tx.update(contacts).set({ partnerId: survivorId }).where(eq(contacts.partnerId, duplicateId));
        await tx
          .update(creditChecks)
          .set({ partnerId: survivorId })
          .where(eq(creditChecks.partnerId, duplicateId));
        await tx
          .update(affiliations)
          .set({ partnerId: survivorId })
          .where(eq(affiliations.partnerId, duplicateId));
        const merged = {
          ...survivor,
          aliases,
          corporateNumber: survivor.corporateNumber ?? duplicate.corporateNumber,
          foreignGovControl: survivor.foreignGovControl || duplicate.foreignGovControl,
          stateOwned: survivor.stateOwned || duplicate.stateOwned,
        };
        const [after] = await tx
          .update(partners)
          .set({
            aliases,
            corporateNumber: merged.corporateNumber,
            foreignGovControl: merged.foreignGovControl,
            stateOwned: merged.stateOwned,
            searchKey: searchKeyOf(merged),
            ...(await latestCredit(tx, survivorId)),
            version: survivor.version + 1,
            updatedAt: clock.now().toISOString(),
          })
          .where(eq(partners.id, survivorId))
          .returning();
        await tx
          .update(partners)
          .set({
            mergedIntoId: survivorId,
            version: duplicate.version + 1,
            updatedAt: clock.now().toISOString(),
          })
          .where(eq(partners.id, duplicateId));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "partner.merged",
          entityType: "partner",
          entityId: survivorId,
          before: { survivor: auditSnapshot(survivor), duplicate: auditSnapshot(duplicate) },
          after: { survivor: auditSnapshot(after!), mergedId: duplicateId },
          at: clock.now(),
        });
        if (screeningInputChanged(survivor, after!)) {
          await screenAfterChange(tx, clock.now(), actor, "partner", survivorId, "updated");
        }
      });
    },
  };
}

export type PartnersService = ReturnType<typeof createPartnersService>;
