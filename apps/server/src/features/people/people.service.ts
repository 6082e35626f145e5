import type { TPerson } from "@renkei/contract";
import { DomainError, foldForSearch, partnerSearchKey, redactPerson } from "@renkei/domain";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { affiliations, partners, people } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { raiseMobilityAlerts } from "../crm/mobility.service";
import { findPartner } from "../partners/partners.repo";
import { partnerReachWhere, personReachWhere, viewOf } from "../partners/partners.scope";
import { auditActor } from "../partners/partners.service";
import { screenAfterChange } from "../screening/screening-hooks";

export interface PersonValues {
  name: string;
  nameEn: string | null;
  nameKana: string | null;
  nationality: string | null;
  email: string | null;
  notes: string;
  partnerId?: string | null | undefined;
  role: string;
  startedOn?: string | null | undefined;
}

/** People at partner organisations; a person's moves between organisations are kept as history. */
export function createPeopleService(deps: Deps) {
  const { db, clock } = deps;

  async function requirePartner(tx: DbOrTx, actor: Actor, partnerId: string) {
    const partner = await findPartner(tx, partnerId, [actor.institutionId]);
    if (!partner || partner.mergedIntoId) {
      throw new DomainError("VALIDATION_FAILED", "Unknown partner", {
        issues: [{ path: "partnerId", message: "validation.unknown_partner" }],
      });
    }
  }

  /** People as the actor may read them: affiliations only with reachable partners, sensitive parts withheld. */
  async function load(actor: Actor, ids: string[]): Promise<TPerson[]> {
    if (ids.length === 0) {
      return [];
    }
    const view = viewOf(actor);
    const rows = await db.select().from(people).where(inArray(people.id, ids)).orderBy(asc(people.name));
    const affs = await db
      .select({ a: affiliations, partnerName: partners.legalName, personName: people.name })
      .from(affiliations)
      .innerJoin(partners, eq(partners.id, affiliations.partnerId))
      .innerJoin(people, eq(people.id, affiliations.personId))
      .where(and(inArray(affiliations.personId, ids), partnerReachWhere(actor)))
      .orderBy(desc(affiliations.startedOn));
    const full = rows.map((p) => ({
      id: p.id,
      name: p.name,
      nameEn: p.nameEn,
      nameKana: p.nameKana,
      nationality: p.nationality,
      email: p.email,
      notes: p.notes,
      affiliations: affs
        .filter((x) => x.a.personId === p.id)
        .map((x) => ({
          id: x.a.id,
          personId: p.id,
          personName: x.personName,
          partnerId: x.a.partnerId,
          partnerName: x.partnerName,
          role: x.a.role,
          startedOn: x.a.startedOn,
          endedOn: x.a.endedOn,
        })),
    }));
    return full.map((p) => redactPerson(view, p));
  }

  return {
    async search(actor: Actor, q: string | undefined) {
      const folded = q ? foldForSearch(q) : "";
      const rows = await db
        .select({ id: people.id })
        .from(people)
        .where(
          and(
            eq(people.institutionId, actor.institutionId),
            personReachWhere(actor),
            folded ? sql`${people.searchKey} like ${`%${folded.replace(/[\\%_]/g, "\\$&")}%`}` : undefined,
          ),
        )
        .orderBy(asc(people.name))
        .limit(100);
      return load(
        actor,
        rows.map((r) => r.id),
      );
    },

    async get(actor: Actor, id: string) {
      const [row] = await db
        .select({ id: people.id })
        .from(people)
        .where(
          and(eq(people.id, id), eq(people.institutionId, actor.institutionId), personReachWhere(actor)),
        );
      if (!row) {
        throw new DomainError("NOT_FOUND", "Person not found");
      }
      return (await load(actor, [id]))[0]!;
    },

    async create(actor: Actor, values: PersonValues) {
      return db.transaction(async (tx) => {
        if (values.partnerId) {
          await requirePartner(tx, actor, values.partnerId);
        }
        const { partnerId, role, startedOn, ...person } = values;
        const [row] = await tx
          .insert(people)
          .values({
            ...person,
            institutionId: actor.institutionId,
            searchKey: partnerSearchKey([person.name, person.nameEn, person.nameKana]),
            createdAt: clock.now().toISOString(),
          })
          .returning();
        if (partnerId) {
          await tx.insert(affiliations).values({
            institutionId: actor.institutionId,
            personId: row!.id,
            partnerId,
            role,
            startedOn: startedOn ?? clock.today(),
          });
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "person.created",
          entityType: "person",
          entityId: row!.id,
          after: { ...row, partnerId, role },
          at: clock.now(),
        });
        await screenAfterChange(tx, clock.now(), actor, "person", row!.id, "created");
        return row!.id;
      });
    },

    /** Ends the person's open affiliations on `movedOn` and opens one at the new organisation. */
    async move(actor: Actor, personId: string, to: { partnerId: string; role: string; movedOn: string }) {
      await db.transaction(async (tx) => {
        const [person] = await tx
          .select()
          .from(people)
          .where(and(eq(people.id, personId), eq(people.institutionId, actor.institutionId)));
        if (!person) {
          throw new DomainError("NOT_FOUND", "Person not found");
        }
        await requirePartner(tx, actor, to.partnerId);
        const open = await tx
          .update(affiliations)
          .set({ endedOn: to.movedOn })
          .where(and(eq(affiliations.personId, personId), isNull(affiliations.endedOn)))
          .returning();
        await tx.insert(affiliations).values({
          institutionId: actor.institutionId,
          personId,
          partnerId: to.partnerId,
          role: to.role,
          startedOn: to.movedOn,
        });
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "person.moved",
          entityType: "person",
          entityId: personId,
          before: { affiliations: open.map((a) => ({ partnerId: a.partnerId, role: a.role })) },
          after: to,
          at: clock.now(),
        });
        // A move of someone who knows a case's secrets alerts the coordinator (issue 17 item 1).
        await raiseMobilityAlerts(
          tx,
          actor,
          {
            personId,
            fromPartnerIds: open.map((a) => a.partnerId),
            toPartnerId: to.partnerId,
            movedOn: to.movedOn,
          },
          clock.now(),
        );
      });
    },
  };
}
