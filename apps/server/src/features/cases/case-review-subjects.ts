import { caseExportScope, DomainError, reason, scopeChanges } from "@renkei/domain";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import {
  caseParticipants,
  casePartners,
  caseReviewSubjects,
  partners,
  people,
  users,
  visitors,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { loadCaseBundle } from "./case-facts";
import { writeCase } from "./case-write";

/**
 * Which party of a case a 取引審査 covers (issue 15, C9: one decided review per foreign partner and per
 * non-resident / 特定類型 participant), kept beside the review by the cases feature.
 */

interface SubjectValues {
  caseId?: string | null | undefined;
  caseSubject?: { kind: "partner" | "participant"; id: string } | null | undefined;
}

function unknownSubject(): never {
  throw new DomainError("VALIDATION_FAILED", "The party is not on this case", {
    issues: [{ path: "caseSubject", message: "validation.unknown_record" }],
  });
}

/**
 * The counterparty of a review filed for a party of the case: that party's name and country (the
 * applicant does not retype them). Empty when the review covers no party; a party that is not on the
 * case (or a party without a case) is a 400.
 */
export async function caseParty(
  tx: DbOrTx,
  institutionId: string,
  values: SubjectValues,
): Promise<{ counterpartyName?: string; counterpartyCountry?: string | null }> {
  const s = values.caseSubject;
  if (!s) {
    return {};
  }
  if (!values.caseId) {
    unknownSubject();
  }
  if (s.kind === "partner") {
    const [p] = await tx
      .select({ name: partners.legalName, country: partners.country })
      .from(casePartners)
      .innerJoin(partners, eq(partners.id, casePartners.partnerId))
      .where(
        and(
          eq(casePartners.institutionId, institutionId),
          eq(casePartners.caseId, values.caseId),
          eq(casePartners.partnerId, s.id),
        ),
      );
    return p ? { counterpartyName: p.name, counterpartyCountry: p.country } : unknownSubject();
  }
  const [p] = await tx
    .select({
      name: sql<string>`coalesce(${users.displayName}, ${people.name}, '')`,
      country: visitors.homeCountry,
    })
    .from(caseParticipants)
    .leftJoin(users, eq(users.id, caseParticipants.userId))
    .leftJoin(people, eq(people.id, caseParticipants.personId))
    .leftJoin(
      visitors,
      and(eq(visitors.id, caseParticipants.visitorId), eq(visitors.institutionId, institutionId)),
    )
    .where(
      and(
        eq(caseParticipants.institutionId, institutionId),
        eq(caseParticipants.caseId, values.caseId),
        eq(caseParticipants.id, s.id),
      ),
    );
  return p ? { counterpartyName: p.name, counterpartyCountry: p.country ?? null } : unknownSubject();
}

/** Records which party the review covers (or the case as a whole); a review moved off a case drops it. */
export async function recordCaseSubject(
  tx: DbOrTx,
  institutionId: string,
  reviewId: string,
  values: SubjectValues,
): Promise<void> {
  if (!values.caseId) {
    await tx.delete(caseReviewSubjects).where(eq(caseReviewSubjects.reviewId, reviewId));
    return;
  }
  const subject = {
    caseId: values.caseId,
    subjectKind: values.caseSubject?.kind ?? null,
    subjectId: values.caseSubject?.id ?? null,
    decidedScope: null,
    decidedScopeAt: null,
  };
  // An edit that does not name the party (the web's edit form) keeps the one recorded for the same case.
  const keep =
    values.caseSubject === undefined
      ? {
          subjectKind: sql`case when ${caseReviewSubjects.caseId} = ${values.caseId} then ${caseReviewSubjects.subjectKind} end`,
          subjectId: sql`case when ${caseReviewSubjects.caseId} = ${values.caseId} then ${caseReviewSubjects.subjectId} end`,
        }
      : {};
  await tx
    .insert(caseReviewSubjects)
    .values({ reviewId, institutionId, ...subject })
    .onConflictDoUpdate({ target: caseReviewSubjects.reviewId, set: { ...subject, ...keep } });
}

/** The case's scope a decision was taken on (or reconfirmed on), so a later change shows as stale. */
export async function recordDecidedScope(
  tx: DbOrTx,
  institutionId: string,
  caseId: string,
  reviewId: string,
  scope: unknown,
  now: Date,
): Promise<void> {
  await tx
    .insert(caseReviewSubjects)
    .values({ reviewId, institutionId, caseId, decidedScope: scope, decidedScopeAt: now })
    .onConflictDoUpdate({
      target: caseReviewSubjects.reviewId,
      set: { decidedScope: scope, decidedScopeAt: now },
    });
}

/**
 * The officer reconfirms a decided review on the case as it now stands (issue 15): the decision holds
 * for the changed partners, participants, disclosure items or classifications. Only a decided review
 * of this case; the scope it now rests on and the changes it accepted are audited on the case.
 */
export async function reconfirmReview(
  deps: Deps,
  actor: Actor,
  caseId: string,
  reviewId: string,
): Promise<void> {
  await writeCase(
    deps,
    actor,
    caseId,
    { access: "read", section: null },
    async ({ tx, row, settings, today, now }) => {
      const bundle = await loadCaseBundle(tx, actor.institutionId, row, settings.policy, today);
      const review = bundle.facts.exportReviews?.find((r) => r.reviewId === reviewId);
      if (!review) {
        throw new DomainError("NOT_FOUND", "Transaction review not found on this case");
      }
      if (review.review.outcome === null) {
        throw new DomainError("RULE_VIOLATION", "Only a decided review can be reconfirmed", {
          reasons: [
            reason(
              "EXPORT-RECONFIRM-UNDECIDED",
              "seed001§IV.2-9",
              "判定前の取引審査は再確認できない",
              "A transaction review cannot be reconfirmed before it is decided",
            ),
          ],
        });
      }
      const scope = caseExportScope(bundle.facts);
      const changes = review.decidedScope ? scopeChanges(review.decidedScope, scope) : [];
      await recordDecidedScope(tx, actor.institutionId, caseId, reviewId, scope, now);
      return {
        result: undefined,
        changes: [
          {
            action: "case.export_review_reconfirmed",
            before: { reviewId, refNo: review.refNo, decidedScope: review.decidedScope },
            after: { reviewId, refNo: review.refNo, accepted: changes },
          },
        ],
      };
    },
  );
}
