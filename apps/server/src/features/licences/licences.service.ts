import type { TLicence } from "@renkei/contract";
import {
  compareDates,
  DomainError,
  daysBetween,
  deletionAllowed,
  type LicenceApplicationStatus,
  type LicenceLinkKind,
  laterRetention,
  licenceExpiryLevel,
  retainUntil,
  transitionLicence,
} from "@renkei/domain";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { assertInInstitution } from "../../db/institution-refs";
import { licences, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { retentionYears } from "../../lib/retention-years";
import { type AuditActor, appendAudit } from "../audit/audit.writer";
import { notify } from "../notifications/notify";
import { enqueueWebhook } from "../webhooks/webhook-outbox";

/** A licence status in words for notices (the codes never reach mail). */
const STATUS_WORDS: Record<string, { ja: string; en: string }> = {
  drafting: { ja: "作成中", en: "drafting" },
  filed: { ja: "申請中", en: "filed" },
  granted: { ja: "許可", en: "granted" },
  refused: { ja: "不許可", en: "refused" },
  expired: { ja: "期限切れ", en: "expired" },
};
function statusWords(status: string): { ja: string; en: string } {
  return STATUS_WORDS[status] ?? { ja: status, en: status };
}

export type LicenceRow = typeof licences.$inferSelect;

export interface LicenceValues {
  title: string;
  metiNumber: string | null;
  filedOn: string | null;
  decidedOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
  conditions: string;
  linkKind: LicenceLinkKind;
  linkRef: string | null;
  holderUserId: string | null;
  notes: string;
}

const auditActor = (a: Actor): AuditActor => ({ userId: a.userId, label: a.displayName });

export function licenceSnapshot(r: LicenceRow) {
  const { institutionId: _i, createdAt: _c, updatedAt: _u, ...rest } = r;
  return rest;
}

export function licenceView(r: LicenceRow, holderName: string | null, today: string): TLicence {
  return {
    id: r.id,
    title: r.title,
    status: r.status as LicenceApplicationStatus,
    metiNumber: r.metiNumber,
    filedOn: r.filedOn,
    decidedOn: r.decidedOn,
    validFrom: r.validFrom,
    validUntil: r.validUntil,
    conditions: r.conditions,
    linkKind: r.linkKind as LicenceLinkKind,
    linkRef: r.linkRef,
    holderUserId: r.holderUserId,
    holderName,
    notes: r.notes,
    remindersSent: r.remindersSent,
    expiry: licenceExpiryLevel(r.status as LicenceApplicationStatus, r.validUntil, today),
    daysLeft: r.status === "granted" && r.validUntil ? daysBetween(today, r.validUntil) : null,
    retainUntil: r.retainUntil,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Kept 7 years (configurable) after the later of today and the end of validity (spec §6.5). */
export function licenceRetention(
  deps: Deps,
  today: string,
  validUntil: string | null,
  current: string | null,
) {
  const end = validUntil && compareDates(validUntil, today) > 0 ? validUntil : today;
  return laterRetention(current, retainUntil(end, retentionYears(deps.config)));
}

/** A licence change is pushed to subscribers with references only. */
export async function licenceChanged(tx: DbOrTx, r: LicenceRow, now: Date) {
  await enqueueWebhook(
    tx,
    {
      institutionId: r.institutionId,
      event: "licence.changed",
      payload: {
        licenceId: r.id,
        status: r.status,
        metiNumber: r.metiNumber,
        validFrom: r.validFrom,
        validUntil: r.validUntil,
        linkKind: r.linkKind,
        linkRef: r.linkRef,
      },
    },
    now,
  );
}

export function createLicencesService(deps: Deps) {
  const { db, clock } = deps;

  async function find(tx: DbOrTx, actor: Actor, id: string): Promise<LicenceRow> {
    const [row] = await tx
      .select()
      .from(licences)
      .where(and(eq(licences.id, id), eq(licences.institutionId, actor.institutionId)));
    if (!row) {
      throw new DomainError("NOT_FOUND", "Licence not found");
    }
    return row;
  }

  async function holderNames(ids: (string | null)[]) {
    const wanted = [...new Set(ids.filter((i): i is string => Boolean(i)))];
    if (wanted.length === 0) {
      return new Map<string, string>();
    }
    const rows = await db
      .select({ id: users.id, n: users.displayName })
      .from(users)
      .where(inArray(users.id, wanted));
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  async function view(r: LicenceRow) {
    const n = await holderNames([r.holderUserId]);
    return licenceView(r, r.holderUserId ? (n.get(r.holderUserId) ?? null) : null, clock.today());
  }

  return {
    async list(
      actor: Actor,
      query: { status?: LicenceApplicationStatus | undefined; linkRef?: string | undefined },
    ) {
      const conds: SQL[] = [eq(licences.institutionId, actor.institutionId)];
      if (query.status) {
        conds.push(eq(licences.status, query.status));
      }
      if (query.linkRef) {
        conds.push(eq(licences.linkRef, query.linkRef));
      }
      // Soonest expiry first: the list is where the office sees what runs out next.
      const rows = await db
        .select()
        .from(licences)
        .where(and(...conds))
        .orderBy(asc(licences.validUntil), asc(licences.createdAt))
        .limit(1000);
      const n = await holderNames(rows.map((r) => r.holderUserId));
      const today = clock.today();
      return rows.map((r) => licenceView(r, r.holderUserId ? (n.get(r.holderUserId) ?? null) : null, today));
    },

    async get(actor: Actor, id: string) {
      return view(await find(db, actor, id));
    },

    async create(actor: Actor, values: LicenceValues) {
      const now = clock.now();
      const today = clock.today();
      const row = await db.transaction(async (tx) => {
        await assertInInstitution(tx, actor.institutionId, { users: { holderUserId: values.holderUserId } });
        const [created] = await tx
          .insert(licences)
          .values({
            ...values,
            institutionId: actor.institutionId,
            status: "drafting",
            retainUntil: licenceRetention(deps, today, values.validUntil, null),
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "licence.created",
          entityType: "licence",
          entityId: created!.id,
          after: licenceSnapshot(created!),
          at: now,
        });
        await licenceChanged(tx, created!, now);
        return created!;
      });
      return view(row);
    },

    async update(actor: Actor, id: string, input: { version: number; licence: LicenceValues }) {
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const before = await find(tx, actor, id);
        await assertInInstitution(tx, actor.institutionId, {
          users: { holderUserId: input.licence.holderUserId },
        });
        const [after] = await tx
          .update(licences)
          .set({
            ...input.licence,
            retainUntil: licenceRetention(deps, clock.today(), input.licence.validUntil, before.retainUntil),
            version: before.version + 1,
            updatedAt: now,
          })
          .where(and(eq(licences.id, id), eq(licences.version, input.version)))
          .returning();
        if (!after) {
          throw new DomainError("CONFLICT", "The licence changed since it was read");
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "licence.updated",
          entityType: "licence",
          entityId: id,
          before: licenceSnapshot(before),
          after: licenceSnapshot(after),
          at: now,
        });
        await licenceChanged(tx, after, now);
        return after;
      });
      return view(row);
    },

    /** Moves the application through its states; a grant records METI's number and validity. */
    async transition(
      actor: Actor,
      id: string,
      input: {
        to: LicenceApplicationStatus;
        version: number;
        metiNumber: string | null;
        filedOn: string | null;
        decidedOn: string | null;
        validFrom: string | null;
        validUntil: string | null;
      },
    ) {
      const now = clock.now();
      const today = clock.today();
      const row = await db.transaction(async (tx) => {
        const before = await find(tx, actor, id);
        if (before.version !== input.version) {
          throw new DomainError("CONFLICT", "The licence changed since it was read");
        }
        const fields = {
          metiNumber: input.metiNumber ?? before.metiNumber,
          filedOn: input.filedOn ?? before.filedOn ?? (input.to === "filed" ? today : null),
          validFrom: input.validFrom ?? before.validFrom,
          validUntil: input.validUntil ?? before.validUntil,
        };
        const status = transitionLicence(before.status as LicenceApplicationStatus, input.to, fields);
        const decided = status === "granted" || status === "refused";
        const [after] = await tx
          .update(licences)
          .set({
            ...fields,
            status,
            decidedOn: decided ? (input.decidedOn ?? today) : before.decidedOn,
            // A new validity period starts a new reminder cycle.
            remindersSent: status === "granted" ? [] : before.remindersSent,
            retainUntil: licenceRetention(deps, today, fields.validUntil, before.retainUntil),
            version: before.version + 1,
            updatedAt: now,
          })
          .where(eq(licences.id, id))
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "licence.status_changed",
          entityType: "licence",
          entityId: id,
          before: licenceSnapshot(before),
          after: licenceSnapshot(after!),
          at: now,
        });
        if (after!.holderUserId) {
          await notify(
            tx,
            {
              institutionId: actor.institutionId,
              recipients: { userIds: [after!.holderUserId] },
              kind: "licence.status_changed",
              title: {
                ja: `許可申請「${after!.title}」: ${statusWords(status).ja}`,
                en: `Licence application "${after!.title}": ${statusWords(status).en}`,
              },
              body: {
                ja: `状態が「${statusWords(before.status).ja}」から「${statusWords(status).ja}」に変わりました。`,
                en: `The status changed from "${statusWords(before.status).en}" to "${statusWords(status).en}".`,
              },
              link: `/licences/${id}`,
            },
            now,
          );
        }
        await licenceChanged(tx, after!, now);
        return after!;
      });
      return view(row);
    },

    /** Deletion only after the retention date (spec §6.5); the database refuses it too. */
    async remove(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const row = await find(tx, actor, id);
        if (!deletionAllowed(row.retainUntil, clock.today())) {
          throw new DomainError("RULE_VIOLATION", `Retained until ${row.retainUntil}`, {
            reasons: ["retention.retained"],
            retainUntil: row.retainUntil,
          });
        }
        await tx.delete(licences).where(eq(licences.id, id));
        await appendAudit(tx, {
          institutionId: row.institutionId,
          actor: auditActor(actor),
          action: "licence.deleted",
          entityType: "licence",
          entityId: id,
          before: licenceSnapshot(row),
          at: clock.now(),
        });
      });
    },
  };
}
