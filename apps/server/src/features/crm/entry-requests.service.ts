import type { TEntryRequest, TEntryRequestAction, TEntryRequestInput } from "@renkei/contract";
import { ZEntryRequestAction, ZEntryRequestInput } from "@renkei/contract";
import { type EntryRequestKind, type EntryRequestStatus, nextEntryRequestStatus } from "@renkei/domain";
import { and, desc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import { assertInInstitution } from "../../db/institution-refs";
import { crmEntryRequests, departments, partners, people, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { isoInstant } from "../../lib/iso";
import { notify } from "../notifications/notify";
import { audit, conflict, notFound, ref } from "./crm-shared";

type Row = typeof crmEntryRequests.$inferSelect;

const snapshot = (r: Row) => ({
  kind: r.kind,
  status: r.status,
  organisationName: r.organisationName,
  createdPartnerId: r.createdPartnerId,
  createdPersonId: r.createdPersonId,
  version: r.version,
});

/**
 * Requests from a department for the office to enter a partner or a contact, tracked to done (issue 17
 * item 1; seed 001 事例20). The requester sees their own requests; the office sees all of its institution.
 */
export function createEntryRequestsService(deps: Deps) {
  const { db, clock } = deps;

  async function find(tx: DbOrTx, actor: Actor, id: string): Promise<Row> {
    const [row] = await tx
      .select()
      .from(crmEntryRequests)
      .where(and(eq(crmEntryRequests.id, id), eq(crmEntryRequests.institutionId, actor.institutionId)));
    if (!row || !(actor.can("crm.request_handle") || row.requestedBy === actor.userId)) {
      notFound("Entry request");
    }
    return row;
  }

  async function list(actor: Actor, status?: EntryRequestStatus): Promise<TEntryRequest[]> {
    const requester = alias(users, "requester");
    const handler = alias(users, "handler");
    const linked = alias(partners, "linked");
    const created = alias(partners, "created");
    const conds: SQL[] = [eq(crmEntryRequests.institutionId, actor.institutionId)];
    if (!actor.can("crm.request_handle")) {
      conds.push(eq(crmEntryRequests.requestedBy, actor.userId));
    }
    if (status) {
      conds.push(eq(crmEntryRequests.status, status));
    }
    const rows = await db
      .select({
        r: crmEntryRequests,
        requester: requester.displayName,
        handler: handler.displayName,
        departmentJa: departments.nameJa,
        departmentEn: departments.nameEn,
        linked: linked.legalName,
        created: created.legalName,
        person: people.name,
      })
      .from(crmEntryRequests)
      .innerJoin(requester, eq(requester.id, crmEntryRequests.requestedBy))
      .leftJoin(handler, eq(handler.id, crmEntryRequests.handledBy))
      .leftJoin(departments, eq(departments.id, crmEntryRequests.departmentId))
      .leftJoin(linked, eq(linked.id, crmEntryRequests.partnerId))
      .leftJoin(created, eq(created.id, crmEntryRequests.createdPartnerId))
      .leftJoin(people, eq(people.id, crmEntryRequests.createdPersonId))
      .where(and(...conds))
      .orderBy(desc(crmEntryRequests.createdAt))
      .limit(500);
    return rows.map(({ r, ...n }) => ({
      id: r.id,
      kind: r.kind as EntryRequestKind,
      status: r.status as EntryRequestStatus,
      organisationName: r.organisationName,
      country: r.country,
      personName: r.personName,
      partner: ref(r.partnerId, n.linked),
      details: r.details,
      requestedBy: { id: r.requestedBy, label: n.requester },
      department: n.departmentJa ? { ja: n.departmentJa, en: n.departmentEn ?? n.departmentJa } : null,
      handledBy: ref(r.handledBy, n.handler),
      handledAt: r.handledAt ? isoInstant(r.handledAt) : null,
      createdPartner: ref(r.createdPartnerId, n.created),
      createdPerson: ref(r.createdPersonId, n.person),
      resolutionNote: r.resolutionNote,
      version: r.version,
      createdAt: isoInstant(r.createdAt),
    }));
  }

  async function create(actor: Actor, raw: TEntryRequestInput): Promise<string> {
    const input = ZEntryRequestInput.parse(raw);
    const now = clock.now();
    return db.transaction(async (tx) => {
      await assertInInstitution(tx, actor.institutionId, { partners: { partnerId: input.partnerId } });
      const [row] = await tx
        .insert(crmEntryRequests)
        .values({
          institutionId: actor.institutionId,
          kind: input.kind,
          requestedBy: actor.userId,
          departmentId: actor.departmentId,
          organisationName: input.organisationName,
          country: input.country,
          personName: input.personName,
          partnerId: input.partnerId,
          details: input.details,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        })
        .returning();
      await audit(tx, actor, now, {
        action: "crm.request_created",
        entityType: "crm_entry_request",
        entityId: row!.id,
        after: snapshot(row!),
      });
      await notify(
        tx,
        {
          institutionId: actor.institutionId,
          recipients: { permission: "crm.request_handle" },
          kind: "crm.request_created",
          title: {
            ja: `登録依頼: ${input.organisationName}`,
            en: `Entry request: ${input.organisationName}`,
          },
          body: {
            ja: `${actor.displayName} さんから連携先・担当者の登録依頼が届きました。`,
            en: `${actor.displayName} asked the office to enter a partner or contact.`,
          },
          link: "/crm/requests",
        },
        now,
      );
      return row!.id;
    });
  }

  async function act(actor: Actor, id: string, raw: TEntryRequestAction): Promise<void> {
    const input = ZEntryRequestAction.parse(raw);
    const now = clock.now();
    await db.transaction(async (tx) => {
      const before = await find(tx, actor, id);
      await assertInInstitution(tx, actor.institutionId, {
        partners: { createdPartnerId: input.createdPartnerId },
        people: { createdPersonId: input.createdPersonId },
      });
      const linked = Boolean(input.createdPartnerId || input.createdPersonId);
      const status = nextEntryRequestStatus(before.status as EntryRequestStatus, input.action, {
        linked,
        note: input.note,
      });
      const finished = status === "done" || status === "declined";
      const [after] = await tx
        .update(crmEntryRequests)
        .set({
          status,
          handledBy: actor.userId,
          handledAt: finished ? now.toISOString() : before.handledAt,
          createdPartnerId: status === "done" ? (input.createdPartnerId ?? null) : before.createdPartnerId,
          createdPersonId: status === "done" ? (input.createdPersonId ?? null) : before.createdPersonId,
          resolutionNote: input.note || before.resolutionNote,
          version: before.version + 1,
          updatedAt: now.toISOString(),
        })
        .where(and(eq(crmEntryRequests.id, id), eq(crmEntryRequests.version, input.version)))
        .returning();
      if (!after) {
        conflict("request");
      }
      await audit(tx, actor, now, {
        action: "crm.request_updated",
        entityType: "crm_entry_request",
        entityId: id,
        before: snapshot(before),
        after: snapshot(after),
      });
      if (finished) {
        await notify(
          tx,
          {
            institutionId: actor.institutionId,
            recipients: { userIds: [before.requestedBy] },
            kind: "crm.request_finished",
            title: {
              ja: `登録依頼（${before.organisationName}）: ${status === "done" ? "登録しました" : "見送りました"}`,
              en: `Entry request (${before.organisationName}): ${status === "done" ? "entered" : "declined"}`,
            },
            body: input.note
              ? { ja: input.note, en: input.note }
              : { ja: "事務局が対応しました。", en: "The office handled your request." },
            link: after.createdPartnerId ? `/partners/${after.createdPartnerId}` : "/crm/requests",
          },
          now,
        );
      }
    });
  }

  return { list, create, act };
}
