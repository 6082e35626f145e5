import type { TMobilityAlert } from "@renkei/contract";
import { type MobilityAlertStatus, mobilityAlertReasons, type Reason } from "@renkei/domain";
import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import {
  caseParticipants,
  cases,
  crmMobilityAlerts,
  partners,
  people,
  secretItems,
  users,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { findCaseRow } from "../cases/cases.repo";
import { assertCaseAccess } from "../cases/cases.scope";
import { notify } from "../notifications/notify";
import { audit, conflict, notFound, ref } from "./crm-shared";

export interface PersonMove {
  personId: string;
  /** The organisations whose affiliations the move ended. */
  fromPartnerIds: string[];
  toPartnerId: string;
  movedOn: string;
}

/**
 * Called inside the move's transaction (people feature): every open case on which the person is a
 * participant and which holds live secrets gets an alert, to the coordinators and the case's PI, in
 * their language (issue 17 item 1; seed 003 異動と秘密情報; seed 002 §3-1). Returns the alerts raised.
 */
export async function raiseMobilityAlerts(
  tx: DbOrTx,
  actor: Actor,
  move: PersonMove,
  now: Date,
): Promise<number> {
  const fromPartnerId = move.fromPartnerIds.find((p) => p !== move.toPartnerId) ?? null;
  if (move.fromPartnerIds.length > 0 && fromPartnerId === null) {
    return 0; // a new role at the same organisation is not a change of employer
  }
  const onCases = await tx
    .select({
      caseId: cases.id,
      ref: cases.ref,
      stage: cases.stage,
      piUserId: cases.piUserId,
      live: sql<number>`(select count(*)::int from ${secretItems} s where s.case_id = ${cases.id} and s.status = 'active')`,
    })
    .from(caseParticipants)
    .innerJoin(cases, eq(cases.id, caseParticipants.caseId))
    .where(
      and(
        eq(caseParticipants.personId, move.personId),
        eq(cases.institutionId, actor.institutionId),
        ne(cases.stage, "closed"),
      ),
    );
  if (onCases.length === 0) {
    return 0;
  }
  const names = await tx
    .select({ id: partners.id, name: partners.legalName })
    .from(partners)
    .where(inArray(partners.id, [move.toPartnerId, ...(fromPartnerId ? [fromPartnerId] : [])]));
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const [person] = await tx.select({ name: people.name }).from(people).where(eq(people.id, move.personId));
  const coordinators = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.institutionId, actor.institutionId), eq(users.role, "coordinator")));
  let raised = 0;
  for (const c of onCases) {
    const reasons: Reason[] = mobilityAlertReasons({
      caseRef: c.ref,
      closed: c.stage === "closed",
      activeSecretItems: c.live,
      personName: person?.name ?? "?",
      fromPartnerName: fromPartnerId ? (nameOf.get(fromPartnerId) ?? null) : null,
      toPartnerName: nameOf.get(move.toPartnerId) ?? "?",
    });
    if (reasons.length === 0) {
      continue;
    }
    const [row] = await tx
      .insert(crmMobilityAlerts)
      .values({
        institutionId: actor.institutionId,
        caseId: c.caseId,
        personId: move.personId,
        fromPartnerId,
        toPartnerId: move.toPartnerId,
        movedOn: move.movedOn,
        reasons,
        createdAt: now.toISOString(),
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      continue;
    }
    raised++;
    await audit(tx, actor, now, {
      action: "mobility.alert_raised",
      entityType: "case",
      entityId: c.caseId,
      after: {
        alertId: row.id,
        personId: move.personId,
        toPartnerId: move.toPartnerId,
        movedOn: move.movedOn,
      },
    });
    await notify(
      tx,
      {
        institutionId: actor.institutionId,
        recipients: { userIds: [...coordinators.map((u) => u.id), ...(c.piUserId ? [c.piUserId] : [])] },
        kind: "mobility.alert",
        title: {
          ja: `案件 ${c.ref}: 秘密情報を知る人が移籍しました`,
          en: `Case ${c.ref}: a person who knows its secrets changed employer`,
        },
        body: { ja: reasons.map((r) => r.text.ja).join("\n"), en: reasons.map((r) => r.text.en).join("\n") },
        link: `/cases/${c.caseId}`,
      },
      now,
    );
  }
  return raised;
}

/** Alerts on a case, read with the case's own access decision; and the coordinator's acknowledgement. */
export function createMobilityService(deps: Deps) {
  const { db, clock } = deps;

  async function requireCase(tx: DbOrTx, actor: Actor, caseId: string) {
    const row = await findCaseRow(tx, actor.institutionId, caseId);
    await assertCaseAccess(tx, actor, row, "read");
  }

  return {
    async list(actor: Actor, caseId: string): Promise<TMobilityAlert[]> {
      await requireCase(db, actor, caseId);
      const from = alias(partners, "from_partner");
      const to = alias(partners, "to_partner");
      const rows = await db
        .select({
          a: crmMobilityAlerts,
          person: people.name,
          from: from.legalName,
          to: to.legalName,
          by: users.displayName,
        })
        .from(crmMobilityAlerts)
        .innerJoin(people, eq(people.id, crmMobilityAlerts.personId))
        .innerJoin(to, eq(to.id, crmMobilityAlerts.toPartnerId))
        .leftJoin(from, eq(from.id, crmMobilityAlerts.fromPartnerId))
        .leftJoin(users, eq(users.id, crmMobilityAlerts.acknowledgedBy))
        .where(
          and(eq(crmMobilityAlerts.caseId, caseId), eq(crmMobilityAlerts.institutionId, actor.institutionId)),
        )
        .orderBy(desc(crmMobilityAlerts.createdAt));
      return rows.map(({ a, ...n }) => ({
        id: a.id,
        caseId: a.caseId,
        person: { id: a.personId, label: n.person },
        fromPartner: ref(a.fromPartnerId, n.from),
        toPartner: { id: a.toPartnerId, label: n.to },
        movedOn: a.movedOn,
        reasons: a.reasons as Reason[],
        status: a.status as MobilityAlertStatus,
        acknowledgedBy: n.by,
        note: a.note,
      }));
    },

    async acknowledge(actor: Actor, caseId: string, alertId: string, note: string): Promise<void> {
      const now = clock.now();
      await db.transaction(async (tx) => {
        await requireCase(tx, actor, caseId);
        const [before] = await tx
          .select()
          .from(crmMobilityAlerts)
          .where(
            and(
              eq(crmMobilityAlerts.id, alertId),
              eq(crmMobilityAlerts.caseId, caseId),
              eq(crmMobilityAlerts.institutionId, actor.institutionId),
            ),
          );
        if (!before) {
          notFound("Alert");
        }
        const [after] = await tx
          .update(crmMobilityAlerts)
          .set({
            status: "acknowledged",
            acknowledgedBy: actor.userId,
            acknowledgedAt: now.toISOString(),
            note,
          })
          .where(and(eq(crmMobilityAlerts.id, alertId), eq(crmMobilityAlerts.status, "open")))
          .returning();
        if (!after) {
          conflict("alert");
        }
        await audit(tx, actor, now, {
          action: "mobility.alert_acknowledged",
          entityType: "case",
          entityId: caseId,
          before: { alertId, status: before.status },
          after: { alertId, status: after.status, note },
        });
      });
    },
  };
}
