import type { TOwnershipView, ZOwnershipInput } from "@renkei/contract";
import {
  assessOwnership,
  DomainError,
  type ListedParty,
  listKindOf,
  type OwnershipEdge,
  type OwnershipFinding,
} from "@renkei/domain";
import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { ownershipEdges, partners, screeningHits, screeningLists } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { confirmedHitsOf } from "../screening/hit-lists";

/**
 * Ownership and control of registry partners (issue 15 item 5; FollowTheMoney Ownership /
 * Directorship): edges entered by the officer with their source, and the partner flagged when listed
 * parties own 50 % or more in aggregate or a foreign government controls it, with the path shown.
 */

type EdgeRow = typeof ownershipEdges.$inferSelect;

/**
 * Node keys of the ownership graph. A list entry a registry partner was confirmed to be (a true-match
 * hit) is that partner: the list's edges then reach the partner.
 */
function keysOf(aliases: Map<string, string>) {
  const entry = (listId: string | null, key: string) => {
    const k = `entry:${listId}:${key}`;
    return aliases.get(k) ?? k;
  };
  return {
    owner: (e: EdgeRow) =>
      e.ownerPartnerId
        ? `partner:${e.ownerPartnerId}`
        : e.ownerEntryKey
          ? entry(e.listId, e.ownerEntryKey)
          : `name:${e.ownerName.toLowerCase()}`,
    owned: (e: EdgeRow) =>
      e.ownedPartnerId
        ? `partner:${e.ownedPartnerId}`
        : e.ownedEntryKey
          ? entry(e.listId, e.ownedEntryKey)
          : `name:${e.ownedName.toLowerCase()}`,
  };
}

/**
 * The ownership finding of each partner over the institution's whole graph (manual edges and the
 * edges imported with lists): listed owners are registry partners with a confirmed hit and list
 * targets (`ownerListed`). Used by the partner's ownership view and by the case gates.
 */
export async function ownershipFindings(
  db: DbOrTx,
  institutionId: string,
  partnerIds: string[],
  today: string,
): Promise<Map<string, OwnershipFinding>> {
  const byKey = await findingsByKey(
    db,
    institutionId,
    partnerIds.map((id) => `partner:${id}`),
    today,
  );
  return new Map([...byKey].map(([k, f]) => [k.slice("partner:".length), f]));
}

/**
 * The ownership finding of list entries (`entry:<listId>:<entryKey>`, as a screening hit names them):
 * the review item shows who owns the matched entry, so the officer sees a listed owner's path.
 */
export function entryOwnershipFindings(
  db: DbOrTx,
  institutionId: string,
  entries: { listId: string; entryKey: string }[],
  today: string,
): Promise<Map<string, OwnershipFinding>> {
  return findingsByKey(
    db,
    institutionId,
    entries.map((e) => `entry:${e.listId}:${e.entryKey}`),
    today,
  );
}

async function findingsByKey(
  db: DbOrTx,
  institutionId: string,
  targets: string[],
  today: string,
): Promise<Map<string, OwnershipFinding>> {
  const out = new Map<string, OwnershipFinding>();
  if (targets.length === 0) {
    return out;
  }
  const rows = await db
    .select()
    .from(ownershipEdges)
    .where(and(eq(ownershipEdges.institutionId, institutionId), isNull(ownershipEdges.withdrawnAt)));
  if (rows.length === 0) {
    return out;
  }
  const confirmed = await db
    .select({ partnerId: screeningHits.subjectId, listId: screeningHits.listId, key: screeningHits.entryKey })
    .from(screeningHits)
    .where(
      and(
        eq(screeningHits.institutionId, institutionId),
        eq(screeningHits.subjectKind, "partner"),
        eq(screeningHits.status, "true_match"),
      ),
    );
  const aliases = new Map(confirmed.map((h) => [`entry:${h.listId}:${h.key}`, `partner:${h.partnerId}`]));
  const key = keysOf(aliases);
  const owners = [...new Set(rows.flatMap((r) => (r.ownerPartnerId ? [r.ownerPartnerId] : [])))];
  const hits = await confirmedHitsOf(
    db,
    institutionId,
    owners.map((id) => ({ kind: "partner" as const, id })),
  );
  const listed = new Map<string, ListedParty>();
  for (const [k, h] of hits) {
    const own = h.find((x) => !x.related);
    if (own) {
      listed.set(k, { list: own.list, kind: own.kind });
    }
  }
  const lists = new Map(
    (
      await db
        .select({
          id: screeningLists.id,
          name: screeningLists.name,
          format: screeningLists.format,
          kind: screeningLists.kind,
        })
        .from(screeningLists)
        .where(eq(screeningLists.institutionId, institutionId))
    ).map((l) => [l.id, { list: l.name, kind: listKindOf(l.format, l.kind) }]),
  );
  for (const r of rows) {
    const l = r.listId ? lists.get(r.listId) : undefined;
    if (r.origin === "list" && r.ownerListed && l) {
      listed.set(key.owner(r), l);
    }
  }
  const edges: OwnershipEdge[] = rows.map((r) => ({
    relation: r.relation as OwnershipEdge["relation"],
    ownerKey: key.owner(r),
    ownerName: r.ownerName,
    ownerKind: r.ownerKind as OwnershipEdge["ownerKind"],
    ownerCountry: r.ownerCountry,
    ownedKey: key.owned(r),
    ownedName: r.ownedName,
    share: r.share,
    startDate: r.startDate,
    endDate: r.endDate,
  }));
  for (const target of new Set(targets)) {
    out.set(target, assessOwnership(aliases.get(target) ?? target, edges, listed, today, "JP"));
  }
  return out;
}

async function requirePartner(db: DbOrTx, actor: Actor, id: string, path?: string) {
  const [p] = await db
    .select({ id: partners.id, name: partners.legalName })
    .from(partners)
    .where(and(eq(partners.id, id), eq(partners.institutionId, actor.institutionId)));
  if (!p) {
    throw path
      ? new DomainError("VALIDATION_FAILED", "Unknown partner", {
          issues: [{ path, message: "validation.unknown_record" }],
        })
      : new DomainError("NOT_FOUND", "Not found");
  }
  return p;
}

const NO_FINDING: OwnershipFinding = {
  listedOwnership: false,
  listedShare: 0,
  foreignGovernmentControl: false,
  paths: [],
  listedRoots: [],
  reasons: [],
};

export function createOwnershipService(deps: Deps) {
  const { db, clock } = deps;
  const audit = (
    tx: DbOrTx,
    actor: Actor,
    action: "ownership.edge_added" | "ownership.edge_withdrawn",
    partnerId: string,
    after: unknown,
  ) =>
    appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: { userId: actor.userId, label: actor.displayName },
      action,
      entityType: "partner",
      entityId: partnerId,
      after,
      at: clock.now(),
    });

  return {
    async add(actor: Actor, partnerId: string, input: z.output<typeof ZOwnershipInput>): Promise<string> {
      return db.transaction(async (tx) => {
        const owned = await requirePartner(tx, actor, partnerId);
        if (input.ownerPartnerId) {
          await requirePartner(tx, actor, input.ownerPartnerId, "ownerPartnerId");
        }
        const [row] = await tx
          .insert(ownershipEdges)
          .values({
            institutionId: actor.institutionId,
            origin: "manual",
            ...input,
            ownedPartnerId: partnerId,
            ownedName: owned.name,
            createdBy: actor.userId,
          })
          .returning();
        await audit(tx, actor, "ownership.edge_added", partnerId, { edgeId: row!.id, ...input });
        return row!.id;
      });
    },

    async withdraw(actor: Actor, partnerId: string, edgeId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(ownershipEdges)
          .set({ withdrawnAt: clock.now() })
          .where(
            and(
              eq(ownershipEdges.id, edgeId),
              eq(ownershipEdges.institutionId, actor.institutionId),
              eq(ownershipEdges.ownedPartnerId, partnerId),
              eq(ownershipEdges.origin, "manual"),
              isNull(ownershipEdges.withdrawnAt),
            ),
          )
          .returning();
        if (!row) {
          throw new DomainError("NOT_FOUND", "Not found");
        }
        await audit(tx, actor, "ownership.edge_withdrawn", partnerId, { edgeId, ownerName: row.ownerName });
      });
    },

    /** The partner's owners and the domain's finding over the institution's whole ownership graph. */
    async view(actor: Actor, partnerId: string): Promise<TOwnershipView> {
      await requirePartner(db, actor, partnerId);
      const rows = await db
        .select()
        .from(ownershipEdges)
        .where(
          and(
            eq(ownershipEdges.institutionId, actor.institutionId),
            eq(ownershipEdges.ownedPartnerId, partnerId),
            isNull(ownershipEdges.withdrawnAt),
          ),
        );
      const finding = (await ownershipFindings(db, actor.institutionId, [partnerId], clock.today())).get(
        partnerId,
      ) ?? { ...NO_FINDING };
      return {
        edges: rows.map((r) => ({
          id: r.id,
          relation: r.relation as "ownership" | "directorship",
          origin: r.origin as "list" | "manual",
          ownerName: r.ownerName,
          ownerKind: r.ownerKind as "organisation" | "person" | "government",
          ownerCountry: r.ownerCountry,
          share: r.share,
          startDate: r.startDate,
          endDate: r.endDate,
          source: r.source,
        })),
        listedOwnership: finding.listedOwnership,
        listedShare: finding.listedShare,
        foreignGovernmentControl: finding.foreignGovernmentControl,
        paths: finding.paths,
        reasons: finding.reasons,
      };
    },
  };
}
