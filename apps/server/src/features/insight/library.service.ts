import type { TLibraryEntry, TOwnLibraryEntry } from "@renkei/contract";
import {
  anonymiseCase,
  type CaseStage,
  DomainError,
  findIdentifiers,
  type LibraryEntry,
  type LibrarySource,
  libraryOutcome,
  type PartnerType,
} from "@renkei/domain";
import { and, desc, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import {
  affiliations,
  caseComments,
  caseMonitoringItems,
  caseParticipants,
  casePartners,
  caseQuotations,
  caseStageRecords,
  cases,
  libraryEntries,
  partners,
  people,
  receipts,
  surveyAgreements,
  users,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { type AuditActor, appendAudit } from "../audit/audit.writer";

const auditActor = (a: Actor): AuditActor => ({ userId: a.userId, label: a.displayName });

/** Every string inside a JSON value (stage records, due-diligence notes), as free text of the case. */
function strings(value: unknown): string[] {
  if (typeof value === "string") {
    return value.trim() ? [value] : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap(strings);
  }
  if (value && typeof value === "object") {
    return Object.values(value).flatMap(strings);
  }
  return [];
}

/**
 * Everything that identifies the source case, read from every table that holds some of it: partner names
 * (all their forms), people (PI, participants, the partners' registry people), amounts and free text.
 * The anonymiser never sees more than it needs; the identifier check sees all of it.
 */
async function loadSource(db: DbOrTx, institutionId: string, caseId: string): Promise<LibrarySource> {
  const [c] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.institutionId, institutionId)));
  if (!c) {
    throw new DomainError("VALIDATION_FAILED", "Unknown case", {
      issues: [{ path: "caseId", message: "validation.unknown_case" }],
    });
  }
  const ps = await db
    .select({ p: partners, dd: casePartners.dueDiligence })
    .from(casePartners)
    .innerJoin(partners, eq(partners.id, casePartners.partnerId))
    .where(eq(casePartners.caseId, caseId));
  const partnerIds = ps.map((r) => r.p.id);
  // One after the other: this runs inside the publishing transaction, one connection, one query at a time.
  const participantRows = await db
    .select({ user: users.displayName, person: people.name, personEn: people.nameEn })
    .from(caseParticipants)
    .leftJoin(users, eq(users.id, caseParticipants.userId))
    .leftJoin(people, eq(people.id, caseParticipants.personId))
    .where(eq(caseParticipants.caseId, caseId));
  const partnerPeople = partnerIds.length
    ? await db
        .select({ name: people.name, nameEn: people.nameEn, kana: people.nameKana })
        .from(affiliations)
        .innerJoin(people, eq(people.id, affiliations.personId))
        .where(inArray(affiliations.partnerId, partnerIds))
    : [];
  const records = await db
    .select({ data: caseStageRecords.data })
    .from(caseStageRecords)
    .where(eq(caseStageRecords.caseId, caseId));
  const comments = await db
    .select({ body: caseComments.body })
    .from(caseComments)
    .where(eq(caseComments.caseId, caseId));
  const minutes = await db
    .select({ title: caseMonitoringItems.title, minutes: caseMonitoringItems.minutes })
    .from(caseMonitoringItems)
    .where(eq(caseMonitoringItems.caseId, caseId));
  const quotes = await db
    .select({ total: caseQuotations.totalYen })
    .from(caseQuotations)
    .where(eq(caseQuotations.caseId, caseId))
    .orderBy(desc(caseQuotations.createdAt));
  const money = await db
    .select({
      title: surveyAgreements.title,
      amount: sql<number>`coalesce(sum(${receipts.direct} + ${receipts.indirect}), 0)`,
    })
    .from(surveyAgreements)
    .leftJoin(receipts, eq(receipts.agreementId, surveyAgreements.id))
    .where(eq(surveyAgreements.caseId, caseId))
    .groupBy(surveyAgreements.id);
  const pi = c.piUserId
    ? await db.select({ n: users.displayName }).from(users).where(eq(users.id, c.piUserId))
    : [];
  const received = money.reduce((t, m) => t + Number(m.amount), 0);
  const first = ps[0]?.p;
  return {
    caseNumber: c.ref,
    title: c.title,
    kind: c.kind,
    partnerNames: ps.flatMap((r) =>
      [r.p.legalName, r.p.nameEn, r.p.nameRomanized, ...r.p.aliases].filter((n): n is string => !!n),
    ),
    partnerType: (first?.type ?? "other") as PartnerType,
    partnerCountry: first?.country ?? "JP",
    peopleNames: [
      ...pi.map((u) => u.n),
      ...participantRows.flatMap((p) => [p.user, p.person, p.personEn]),
      ...partnerPeople.flatMap((p) => [p.name, p.nameEn, p.kana]),
    ].filter((n): n is string => !!n),
    amountYen: quotes[0]?.total ?? (received || null),
    startedOn: c.createdAt.slice(0, 10),
    riskFlags: c.emergingTech,
    outcome: libraryOutcome(c.stage as CaseStage),
    freeTexts: [
      c.summary,
      c.highRiskNote ?? "",
      ...c.keywords,
      ...ps.flatMap((r) => [...strings(r.dd), r.p.notes]),
      ...records.flatMap((r) => strings(r.data)),
      ...comments.map((r) => r.body),
      ...minutes.flatMap((m) => [m.title, m.minutes]),
      ...money.map((m) => m.title),
    ].filter((t) => t.trim().length > 0),
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * The anonymised case library (issue 16 §7, seed 000 §4-2②, seed-coverage N3, N5). An institution's
 * office prepares an entry from a case: the anonymiser builds every field by rule and the identifier check
 * refuses a lessons text that names the partner, a person, the amount or quotes the case. A reviewer other
 * than the preparer checks it again and releases it; released entries are readable by every institution,
 * and carry nothing that points back to the case or the institution.
 */
export function createLibraryService(deps: Deps) {
  const { db, clock } = deps;
  const preparer = alias(users, "preparer");
  const reviewer = alias(users, "reviewer");

  /** The anonymised entry for the case, or a refusal naming what would identify it (own institution only). */
  async function build(tx: DbOrTx, actor: Actor, caseId: string, lessons: string): Promise<LibraryEntry> {
    const source = await loadSource(tx, actor.institutionId, caseId);
    const entry = anonymiseCase(source, lessons);
    const found = findIdentifiers(source, entry);
    if (found.length) {
      throw new DomainError("VALIDATION_FAILED", "The lessons text identifies the case", {
        issues: [{ path: "lessons", message: "validation.library_identifying" }],
        found,
      });
    }
    return entry;
  }

  const publicEntry = (r: typeof libraryEntries.$inferSelect): TLibraryEntry => {
    const e = r.entry as LibraryEntry;
    return {
      id: r.id,
      kind: e.kind as TLibraryEntry["kind"],
      partnerType: e.partnerType,
      region: e.region,
      amountBand: e.amountBand,
      year: e.year,
      riskFlags: e.riskFlags as TLibraryEntry["riskFlags"],
      outcome: e.outcome,
      lessons: e.lessons,
      releasedAt: r.releasedAt?.toISOString() ?? null,
    };
  };

  async function audit(
    tx: DbOrTx,
    actor: Actor,
    action: "library.entry_prepared" | "library.entry_released" | "library.entry_withdrawn",
    id: string,
    caseId: string,
  ) {
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: auditActor(actor),
      action,
      entityType: "library_entry",
      entityId: id,
      after: { caseId },
      at: clock.now(),
    });
  }

  async function own(tx: DbOrTx, actor: Actor, id: string) {
    const [row] = await tx
      .select()
      .from(libraryEntries)
      .where(and(eq(libraryEntries.id, id), eq(libraryEntries.institutionId, actor.institutionId)))
      .for("update");
    if (!row) {
      throw new DomainError("NOT_FOUND", "No such library entry");
    }
    return row;
  }

  return {
    async prepare(actor: Actor, caseId: string, lessons: string) {
      return db.transaction(async (tx) => {
        const entry = await build(tx, actor, caseId, lessons);
        const [row] = await tx
          .insert(libraryEntries)
          .values({
            institutionId: actor.institutionId,
            sourceCaseId: caseId,
            entry,
            preparedBy: actor.userId,
          })
          .returning({ id: libraryEntries.id });
        await audit(tx, actor, "library.entry_prepared", row!.id, caseId);
        return { id: row!.id };
      });
    },

    /** A second person checks the entry and releases it; the check runs again on the case as it is now. */
    async release(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const row = await own(tx, actor, id);
        if (row.status !== "draft") {
          throw new DomainError("CONFLICT", "Only a draft can be released");
        }
        if (row.preparedBy === actor.userId) {
          throw new DomainError("RULE_VIOLATION", "The preparer cannot release their own entry", {
            reasons: [
              { ruleId: "LIB-FOUR-EYES", sourceId: "seed000§4-2②", text: "作成者以外の確認者が公開する" },
            ],
          });
        }
        const entry = await build(tx, actor, row.sourceCaseId, (row.entry as LibraryEntry).lessons);
        await tx
          .update(libraryEntries)
          .set({ status: "released", entry, reviewedBy: actor.userId, releasedAt: clock.now() })
          .where(eq(libraryEntries.id, id));
        await audit(tx, actor, "library.entry_released", id, row.sourceCaseId);
      });
    },

    async withdraw(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const row = await own(tx, actor, id);
        if (row.status === "withdrawn") {
          throw new DomainError("CONFLICT", "Already withdrawn");
        }
        await tx.update(libraryEntries).set({ status: "withdrawn" }).where(eq(libraryEntries.id, id));
        await audit(tx, actor, "library.entry_withdrawn", id, row.sourceCaseId);
      });
    },

    /** The institution's own entries (drafts to review, released, withdrawn) with their source case. */
    async mine(actor: Actor): Promise<TOwnLibraryEntry[]> {
      if (!actor.can("library.prepare") && !actor.can("library.release")) {
        throw new DomainError("FORBIDDEN");
      }
      const rows = await db
        .select({
          r: libraryEntries,
          ref: cases.ref,
          preparer: preparer.displayName,
          reviewer: reviewer.displayName,
        })
        .from(libraryEntries)
        .innerJoin(cases, eq(cases.id, libraryEntries.sourceCaseId))
        .leftJoin(preparer, eq(preparer.id, libraryEntries.preparedBy))
        .leftJoin(reviewer, eq(reviewer.id, libraryEntries.reviewedBy))
        .where(eq(libraryEntries.institutionId, actor.institutionId))
        .orderBy(desc(libraryEntries.createdAt));
      return rows.map(({ r, ref, preparer: p, reviewer: v }) => ({
        ...publicEntry(r),
        status: r.status as TOwnLibraryEntry["status"],
        sourceCaseId: r.sourceCaseId,
        sourceCaseRef: ref,
        preparedBy: p ?? "",
        reviewedBy: v,
        mayRelease: r.status === "draft" && actor.can("library.release") && r.preparedBy !== actor.userId,
      }));
    },

    /** Released entries of every institution on the server, newest first, searchable by words and filters. */
    async search(q: { q?: string | undefined; kind?: string | undefined; region?: string | undefined }) {
      const where: SQL[] = [eq(libraryEntries.status, "released")];
      if (q.q) {
        const like = `%${escapeLike(q.q)}%`;
        where.push(
          or(
            ilike(sql`${libraryEntries.entry}->>'lessons'`, like),
            sql`${libraryEntries.entry}->'riskFlags' ? ${q.q}`,
          )!,
        );
      }
      if (q.kind) {
        where.push(sql`${libraryEntries.entry}->>'kind' = ${q.kind}`);
      }
      if (q.region) {
        where.push(sql`${libraryEntries.entry}->>'region' = ${q.region}`);
      }
      const rows = await db
        .select()
        .from(libraryEntries)
        .where(and(...where))
        .orderBy(desc(libraryEntries.releasedAt))
        .limit(200);
      return rows.map(publicEntry);
    },

    async get(id: string): Promise<TLibraryEntry> {
      const [row] = await db
        .select()
        .from(libraryEntries)
        .where(and(eq(libraryEntries.id, id), eq(libraryEntries.status, "released")));
      if (!row) {
        throw new DomainError("NOT_FOUND", "No such library entry");
      }
      return publicEntry(row);
    },
  };
}
