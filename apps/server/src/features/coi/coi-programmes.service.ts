import type {
  TProgrammeView,
  ZMitigationUpdate,
  ZProgrammeInput,
  ZProgrammeReviewCreate,
} from "@renkei/contract";
import { COI_RULES, DomainError, type Mitigation, type Reason, type SecurityTier } from "@renkei/domain";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import {
  caseParticipants,
  cases,
  coiFundingApplications,
  people,
  securityProgrammeCases,
  securityProgrammes,
  securityReviews,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { derivedSecurityFacts, insertReview } from "./coi-security.service";
import { assertCasesInInstitution, auditActor, userInInstitution, userNames } from "./coi-store";
import { reasonView } from "./coi-views";

/**
 * The register of flagged programmes (特定研究開発プログラム, J7): technology-field tags, the cases and
 * funding applications run under each, and for every PI, student and partner senior researcher those
 * cases bring in, a review with cited evidence, a tier and mitigation conditions tracked to completion.
 * Nationality is never read: the review's input has no such field (research-security.ts).
 */

type Row = typeof securityProgrammes.$inferSelect;
type ReviewRow = typeof securityReviews.$inferSelect;
type MitigationRow = { condition: Mitigation; status: "open" | "met"; metOn?: string | null; note?: string };

const mitigationsOf = (r: ReviewRow) =>
  (r.mitigations as MitigationRow[]).map((m) => ({
    condition: m.condition,
    status: m.status,
    metOn: m.metOn ?? null,
    note: m.note ?? "",
  }));

function reviewView(r: ReviewRow) {
  return {
    id: r.id,
    subjectRole: r.subjectRole as TProgrammeView["subjects"][number]["subjectRole"],
    subjectName: r.subjectName,
    subjectUserId: r.subjectUserId,
    subjectPersonId: r.subjectPersonId,
    tier: r.tier as SecurityTier | null,
    reasons: (r.reasons as Reason[]).map(reasonView),
    mitigations: mitigationsOf(r),
    reviewedAt: r.reviewedAt,
    version: r.version,
  };
}

export function createCoiProgrammesService(deps: Deps) {
  const { db, clock } = deps;

  async function load(tx: DbOrTx, actor: Actor, id: string) {
    const [row] = await tx
      .select()
      .from(securityProgrammes)
      .where(and(eq(securityProgrammes.id, id), eq(securityProgrammes.institutionId, actor.institutionId)));
    if (!row) {
      throw new DomainError("NOT_FOUND", "Programme not found");
    }
    return row;
  }

  /** The people the programme's cases bring in: PI, students and partner researchers (J7). */
  async function subjects(tx: DbOrTx, caseRows: { id: string; title: string; piUserId: string | null }[]) {
    const out = new Map<
      string,
      {
        subjectRole: "pi" | "student" | "partner_senior_researcher";
        userId: string | null;
        personId: string | null;
        caseTitles: string[];
      }
    >();
    const add = (
      key: string,
      v: Omit<typeof out extends Map<string, infer V> ? V : never, "caseTitles">,
      title: string,
    ) => {
      const cur = out.get(key) ?? { ...v, caseTitles: [] };
      cur.caseTitles.push(title);
      out.set(key, cur);
    };
    const parts = caseRows.length
      ? await tx
          .select()
          .from(caseParticipants)
          .where(
            inArray(
              caseParticipants.caseId,
              caseRows.map((c) => c.id),
            ),
          )
      : [];
    for (const c of caseRows) {
      if (c.piUserId) {
        add(`pi:${c.piUserId}`, { subjectRole: "pi", userId: c.piUserId, personId: null }, c.title);
      }
      for (const p of parts.filter((x) => x.caseId === c.id)) {
        if (p.kind === "student" && p.userId) {
          add(`student:${p.userId}`, { subjectRole: "student", userId: p.userId, personId: null }, c.title);
        } else if (p.kind === "partner_researcher" && p.personId) {
          add(
            `partner:${p.personId}`,
            { subjectRole: "partner_senior_researcher", userId: null, personId: p.personId },
            c.title,
          );
        }
      }
    }
    return [...out.values()];
  }

  async function audit(
    tx: DbOrTx,
    actor: Actor,
    action: "coi.programme_saved" | "coi.programme_case_linked",
    id: string,
    after: object,
    before?: object,
  ) {
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: auditActor(actor),
      action,
      entityType: "security_programme",
      entityId: id,
      before,
      after,
      at: clock.now(),
    });
  }

  return {
    async list(actor: Actor) {
      const rows = await db
        .select({
          p: securityProgrammes,
          caseCount: sql<number>`(select count(*)::int from ${securityProgrammeCases} c where c.programme_id = ${securityProgrammes.id})`,
          fundingCount: sql<number>`(select count(*)::int from ${coiFundingApplications} f where f.programme_id = ${securityProgrammes.id})`,
        })
        .from(securityProgrammes)
        .where(eq(securityProgrammes.institutionId, actor.institutionId))
        .orderBy(securityProgrammes.name);
      const reviews = rows.length
        ? await db
            .select()
            .from(securityReviews)
            .where(
              inArray(
                securityReviews.programmeId,
                rows.map((r) => r.p.id),
              ),
            )
        : [];
      return rows.map(({ p, caseCount, fundingCount }) => {
        const mine = reviews.filter((r) => r.programmeId === p.id);
        return {
          ...summaryOf(p),
          caseCount,
          fundingCount,
          reviewCount: mine.length,
          openMitigations: mine.flatMap(mitigationsOf).filter((m) => m.status === "open").length,
        };
      });
    },

    async get(actor: Actor, id: string): Promise<TProgrammeView> {
      const p = await load(db, actor, id);
      const caseRows = await db
        .select({ id: cases.id, ref: cases.ref, title: cases.title, piUserId: cases.piUserId })
        .from(securityProgrammeCases)
        .innerJoin(cases, eq(cases.id, securityProgrammeCases.caseId))
        .where(eq(securityProgrammeCases.programmeId, id))
        .orderBy(cases.ref);
      const funding = await db
        .select()
        .from(coiFundingApplications)
        .where(eq(coiFundingApplications.programmeId, id));
      const reviews = await db
        .select()
        .from(securityReviews)
        .where(eq(securityReviews.programmeId, id))
        .orderBy(desc(securityReviews.reviewedAt));
      const subs = await subjects(db, caseRows);
      const names = await userNames(db, [...subs.map((s) => s.userId), ...funding.map((f) => f.userId)]);
      const personIds = subs.map((s) => s.personId).filter((x): x is string => x !== null);
      const persons = personIds.length
        ? await db
            .select({ id: people.id, name: people.name })
            .from(people)
            .where(inArray(people.id, personIds))
        : [];
      const mitigations = reviews.flatMap(mitigationsOf);
      return {
        ...summaryOf(p),
        caseCount: caseRows.length,
        fundingCount: funding.length,
        reviewCount: reviews.length,
        openMitigations: mitigations.filter((m) => m.status === "open").length,
        cases: caseRows.map(({ piUserId: _p, ...c }) => c),
        funding: funding.map((f) => ({
          id: f.id,
          applicantName: names.get(f.userId) ?? "",
          programme: String((f.data as { programme?: string }).programme ?? ""),
        })),
        subjects: subs.map((s) => {
          const review = reviews.find((r) =>
            s.userId ? r.subjectUserId === s.userId : r.subjectPersonId === s.personId,
          );
          return {
            ...s,
            name: s.userId
              ? (names.get(s.userId) ?? "")
              : (persons.find((x) => x.id === s.personId)?.name ?? ""),
            review: review ? reviewView(review) : null,
          };
        }),
        nationalityStatement: { ja: COI_RULES["RS-NATIONALITY"].ja, en: COI_RULES["RS-NATIONALITY"].en },
      };
    },

    async save(actor: Actor, id: string | null, input: z.output<typeof ZProgrammeInput>) {
      const { version, ...values } = input;
      const now = clock.now().toISOString();
      return db.transaction(async (tx) => {
        const [clash] = await tx
          .select({ id: securityProgrammes.id })
          .from(securityProgrammes)
          .where(
            and(
              eq(securityProgrammes.institutionId, actor.institutionId),
              eq(securityProgrammes.name, values.name),
            ),
          );
        if (clash && clash.id !== id) {
          throw new DomainError("VALIDATION_FAILED", "A programme with this name exists", {
            issues: [{ path: "name", message: "validation.duplicate" }],
          });
        }
        if (id === null) {
          const [row] = await tx
            .insert(securityProgrammes)
            .values({
              ...values,
              institutionId: actor.institutionId,
              createdBy: actor.userId,
              createdAt: now,
              updatedAt: now,
            })
            .returning();
          await audit(tx, actor, "coi.programme_saved", row!.id, values);
          return { id: row!.id };
        }
        const before = await load(tx, actor, id);
        if (before.version !== version) {
          throw new DomainError("CONFLICT", "The programme changed since it was read");
        }
        await tx
          .update(securityProgrammes)
          .set({ ...values, version: before.version + 1, updatedAt: now })
          .where(eq(securityProgrammes.id, id));
        await audit(tx, actor, "coi.programme_saved", id, values, summaryOf(before));
        return { id };
      });
    },

    /** Links (or with `unlink` removes) a case of the caller's institution; 400 for any other id. */
    async linkCase(actor: Actor, id: string, caseId: string, unlink = false) {
      await db.transaction(async (tx) => {
        await load(tx, actor, id);
        await assertCasesInInstitution(tx, actor.institutionId, [caseId], "caseId");
        if (unlink) {
          await tx
            .delete(securityProgrammeCases)
            .where(
              and(eq(securityProgrammeCases.programmeId, id), eq(securityProgrammeCases.caseId, caseId)),
            );
        } else {
          await tx
            .insert(securityProgrammeCases)
            .values({ programmeId: id, caseId, institutionId: actor.institutionId, linkedBy: actor.userId })
            .onConflictDoNothing();
        }
        await audit(tx, actor, "coi.programme_case_linked", id, { caseId, linked: !unlink });
      });
      return this.get(actor, id);
    },

    /** A review of one subject: the server reads the screening and profile facts, the officer adds findings. */
    async review(actor: Actor, id: string, input: z.output<typeof ZProgrammeReviewCreate>) {
      const now = clock.now();
      const today = clock.today();
      await db.transaction(async (tx) => {
        const p = await load(tx, actor, id);
        let name = "";
        if (input.subjectUserId) {
          name = (await userInInstitution(tx, actor.institutionId, input.subjectUserId, "subjectUserId"))
            .name;
        } else {
          const [person] = await tx
            .select({ name: people.name })
            .from(people)
            .where(and(eq(people.id, input.subjectPersonId!), eq(people.institutionId, actor.institutionId)));
          if (!person) {
            throw new DomainError("VALIDATION_FAILED", "Unknown person", {
              issues: [{ path: "subjectPersonId", message: "validation.unknown_person" }],
            });
          }
          name = person.name;
        }
        const derived = await derivedSecurityFacts(
          tx,
          actor.institutionId,
          { role: input.subjectRole, userId: input.subjectUserId, personId: input.subjectPersonId },
          today,
        );
        await insertReview(
          tx,
          actor,
          p,
          { name, userId: input.subjectUserId, personId: input.subjectPersonId },
          {
            subjectRole: input.subjectRole,
            programmeFlagged: p.flagged,
            technologyFields: p.technologyFields,
            ...derived,
            misconduct: input.misconduct,
            backgroundConcerns: input.backgroundConcerns,
            evidence: input.evidence,
          },
          today,
          now,
        );
      });
      return this.get(actor, id);
    },

    /** Marks a mitigation condition met (or open again), with the date and a note: tracked, audited. */
    async updateMitigation(actor: Actor, reviewId: string, input: z.output<typeof ZMitigationUpdate>) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const [r] = await tx
          .select()
          .from(securityReviews)
          .where(
            and(eq(securityReviews.id, reviewId), eq(securityReviews.institutionId, actor.institutionId)),
          );
        if (!r) {
          throw new DomainError("NOT_FOUND", "Review not found");
        }
        if (r.version !== input.version) {
          throw new DomainError("CONFLICT", "The review changed since it was read");
        }
        const list = mitigationsOf(r);
        if (!list[input.index]) {
          throw new DomainError("VALIDATION_FAILED", "No such condition", {
            issues: [{ path: "index", message: "validation.invalid" }],
          });
        }
        list[input.index] = {
          ...list[input.index]!,
          status: input.status,
          metOn: input.status === "met" ? clock.today() : null,
          note: input.note,
        };
        const [after] = await tx
          .update(securityReviews)
          .set({ mitigations: list, version: r.version + 1, updatedAt: now.toISOString() })
          .where(eq(securityReviews.id, reviewId))
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "coi.security_mitigation_updated",
          entityType: "security_review",
          entityId: reviewId,
          before: { mitigations: r.mitigations },
          after: { mitigations: list },
          at: now,
        });
        return reviewView(after!);
      });
    },
  };
}

function summaryOf(p: Row) {
  return {
    id: p.id,
    name: p.name,
    funder: p.funder,
    flagged: p.flagged,
    technologyFields: p.technologyFields,
    notes: p.notes,
    version: p.version,
  };
}
