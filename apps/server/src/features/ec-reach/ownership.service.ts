import type { TOwnershipView, ZOwnershipInput } from "@renkei/contract";
import { assessOwnership, DomainError, type ListedParty, type OwnershipEdge } from "@renkei/domain";
import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { ownershipEdges, partners } from "../../db/schema";
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

const ownerKey = (e: EdgeRow) =>
  e.ownerPartnerId
    ? `partner:${e.ownerPartnerId}`
    : e.ownerEntryKey
      ? `entry:${e.listId}:${e.ownerEntryKey}`
      : `name:${e.ownerName.toLowerCase()}`;
const ownedKey = (e: EdgeRow) =>
  e.ownedPartnerId
    ? `partner:${e.ownedPartnerId}`
    : e.ownedEntryKey
      ? `entry:${e.listId}:${e.ownedEntryKey}`
      : `name:${e.ownedName.toLowerCase()}`;

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
          and(eq(ownershipEdges.institutionId, actor.institutionId), isNull(ownershipEdges.withdrawnAt)),
        );
      const owners = [...new Set(rows.flatMap((r) => (r.ownerPartnerId ? [r.ownerPartnerId] : [])))];
      const hits = await confirmedHitsOf(
        db,
        actor.institutionId,
        owners.map((id) => ({ kind: "partner" as const, id })),
      );
      const listed = new Map<string, ListedParty>();
      for (const [key, h] of hits) {
        listed.set(key, { list: h[0]!.list, kind: h[0]!.kind });
      }
      for (const r of rows.filter((x) => x.origin === "list" && x.ownerEntryKey)) {
        // An owner imported with a list is an entry of that list: listed by definition.
        listed.set(ownerKey(r), { list: r.source || "list", kind: "other" });
      }
      const edges: OwnershipEdge[] = rows.map((r) => ({
        relation: r.relation as OwnershipEdge["relation"],
        ownerKey: ownerKey(r),
        ownerName: r.ownerName,
        ownerKind: r.ownerKind as OwnershipEdge["ownerKind"],
        ownerCountry: r.ownerCountry,
        ownedKey: ownedKey(r),
        ownedName: r.ownedName,
        share: r.share,
        startDate: r.startDate,
        endDate: r.endDate,
      }));
      const finding = assessOwnership(`partner:${partnerId}`, edges, listed, clock.today(), "JP");
      return {
        edges: rows
          .filter((r) => r.ownedPartnerId === partnerId)
          .map((r) => ({
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
        ...finding,
      };
    },
  };
}
