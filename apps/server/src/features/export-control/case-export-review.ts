import {
  type ExportControlOutcome,
  japanDate,
  type LinkedTransactionReview,
  type ReviewDecision,
  type ReviewStatus,
} from "@renkei/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import {
  caseParticipants,
  caseReviewSubjects,
  cases,
  ecClassifications,
  ecTransactionReviews,
  licences,
  partners,
  people,
  users,
} from "../../db/schema";

/** The latest 取引審査 of a collaboration case, as the cases feature reads it. */
export interface CaseTransactionReview extends LinkedTransactionReview {
  reviewId: string;
  refNo: string;
  title: string;
  decidedAt: string | null;
}

/** The columns of a case's review both readers share. */
const REVIEW_COLUMNS = {
  caseId: ecTransactionReviews.caseId,
  reviewId: ecTransactionReviews.id,
  refNo: ecTransactionReviews.refNo,
  title: ecTransactionReviews.title,
  status: ecTransactionReviews.status,
  outcome: ecTransactionReviews.outcome,
  decision: ecTransactionReviews.decision,
  decidedAt: ecTransactionReviews.decidedAt,
};

/**
 * The latest 取引審査 (transaction review) of each given collaboration case, in one query (seed 001
 * §IV.2-4 / §IV.2-9: export control is settled before the contract). `outcome` is the engine's
 * determination made on submission (null while a draft); `decision` the officer's, once decided.
 * Another institution's case id finds nothing, like a missing one.
 */
export async function exportReviewsForCases(
  db: DbOrTx,
  institutionId: string,
  caseIds: string[],
): Promise<Map<string, CaseTransactionReview>> {
  if (caseIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectDistinctOn([ecTransactionReviews.caseId], REVIEW_COLUMNS)
    .from(ecTransactionReviews)
    .where(
      and(
        eq(ecTransactionReviews.institutionId, institutionId),
        inArray(ecTransactionReviews.caseId, caseIds),
      ),
    )
    .orderBy(
      ecTransactionReviews.caseId,
      sql`${ecTransactionReviews.createdAt} desc`,
      sql`${ecTransactionReviews.id} desc`,
    );
  return new Map(
    rows.map((r) => {
      const decidedAt = r.decidedAt ? new Date(r.decidedAt) : null;
      return [
        r.caseId as string,
        {
          reviewId: r.reviewId,
          refNo: r.refNo,
          title: r.title,
          status: r.status as ReviewStatus,
          outcome: r.outcome as ExportControlOutcome | null,
          decision: r.decision as ReviewDecision | null,
          decidedAt: decidedAt?.toISOString() ?? null,
          decidedOn: decidedAt ? japanDate(decidedAt) : null,
        },
      ];
    }),
  );
}

/** The case a review is filed for, when it is one of the institution's (null otherwise). */
export async function caseForReview(
  db: DbOrTx,
  institutionId: string,
  caseId: string,
): Promise<{ id: string; ref: string; title: string } | null> {
  const [row] = await db
    .select({ id: cases.id, ref: cases.ref, title: cases.title })
    .from(cases)
    .where(and(eq(cases.institutionId, institutionId), eq(cases.id, caseId)));
  return row ?? null;
}

/**
 * The party of its case a review covers (issue 15: one review per foreign partner and per non-resident
 * / 特定類型 participant), with the name a person reads; null when it covers the case as a whole.
 */
export async function reviewSubjectOf(
  db: DbOrTx,
  institutionId: string,
  reviewId: string,
): Promise<{ kind: "partner" | "participant"; id: string; name: string } | null> {
  const [s] = await db
    .select({ kind: caseReviewSubjects.subjectKind, id: caseReviewSubjects.subjectId })
    .from(caseReviewSubjects)
    .where(
      and(eq(caseReviewSubjects.reviewId, reviewId), eq(caseReviewSubjects.institutionId, institutionId)),
    );
  if (!s?.kind || !s.id) {
    return null;
  }
  if (s.kind === "partner") {
    const [p] = await db
      .select({ name: partners.legalName })
      .from(partners)
      .where(and(eq(partners.id, s.id), eq(partners.institutionId, institutionId)));
    return p ? { kind: "partner", id: s.id, name: p.name } : null;
  }
  const [m] = await db
    .select({ name: sql<string>`coalesce(${users.displayName}, ${people.name}, '')` })
    .from(caseParticipants)
    .leftJoin(users, eq(users.id, caseParticipants.userId))
    .leftJoin(people, eq(people.id, caseParticipants.personId))
    .where(and(eq(caseParticipants.id, s.id), eq(caseParticipants.institutionId, institutionId)));
  return m ? { kind: "participant", id: s.id, name: m.name } : null;
}

/** A case's 取引審査 with the party it covers and the licence linked to it (issue 15). */
export interface CaseSubjectReview extends CaseTransactionReview {
  subject: { kind: "partner" | "participant"; id: string } | null;
  decidedScope: unknown;
  /** The licence (許可) recorded against this review, if any (licences.link_ref = id or reference). */
  licence: { status: "not_applied" | "applied" | "granted" | "denied"; expiresOn: string | null } | null;
}

const LICENCE_STATUS: Record<string, "not_applied" | "applied" | "granted" | "denied"> = {
  drafting: "not_applied",
  filed: "applied",
  granted: "granted",
  // An expired licence is a granted one past its end: the gate says so with the date.
  expired: "granted",
  refused: "denied",
};

/**
 * Every 取引審査 of each given case, newest first, with the party it covers (seed 001 §IV.2-9: one per
 * foreign partner and per non-resident / 特定類型 participant) and its best licence (granted and
 * latest-ending first). Another institution's case id finds nothing.
 */
export async function subjectReviewsForCases(
  db: DbOrTx,
  institutionId: string,
  caseIds: string[],
): Promise<Map<string, CaseSubjectReview[]>> {
  const out = new Map<string, CaseSubjectReview[]>();
  if (caseIds.length === 0) {
    return out;
  }
  const rows = await db
    .select({
      ...REVIEW_COLUMNS,
      subjectKind: caseReviewSubjects.subjectKind,
      subjectId: caseReviewSubjects.subjectId,
      decidedScope: caseReviewSubjects.decidedScope,
    })
    .from(ecTransactionReviews)
    .leftJoin(caseReviewSubjects, eq(caseReviewSubjects.reviewId, ecTransactionReviews.id))
    .where(
      and(
        eq(ecTransactionReviews.institutionId, institutionId),
        inArray(ecTransactionReviews.caseId, caseIds),
      ),
    )
    .orderBy(sql`${ecTransactionReviews.createdAt} desc`, sql`${ecTransactionReviews.id} desc`);
  const refs = rows.flatMap((r) => [r.reviewId, r.refNo]);
  const lic =
    refs.length === 0
      ? []
      : await db
          .select({ linkRef: licences.linkRef, status: licences.status, validUntil: licences.validUntil })
          .from(licences)
          .where(
            and(
              eq(licences.institutionId, institutionId),
              eq(licences.linkKind, "transaction"),
              inArray(licences.linkRef, refs),
            ),
          )
          .orderBy(sql`(${licences.status} = 'granted') desc`, sql`${licences.validUntil} desc nulls first`);
  for (const r of rows) {
    const l = lic.find((x) => x.linkRef === r.reviewId || x.linkRef === r.refNo);
    const decidedAt = r.decidedAt ? new Date(r.decidedAt) : null;
    const list = out.get(r.caseId as string) ?? [];
    list.push({
      reviewId: r.reviewId,
      refNo: r.refNo,
      title: r.title,
      status: r.status as ReviewStatus,
      outcome: r.outcome as ExportControlOutcome | null,
      decision: r.decision as ReviewDecision | null,
      decidedAt: decidedAt?.toISOString() ?? null,
      decidedOn: decidedAt ? japanDate(decidedAt) : null,
      subject:
        r.subjectKind && r.subjectId
          ? { kind: r.subjectKind as "partner" | "participant", id: r.subjectId }
          : null,
      decidedScope: r.decidedScope ?? null,
      licence: l
        ? {
            status: LICENCE_STATUS[l.status] ?? "not_applied",
            expiresOn: l.validUntil ?? (l.status === "expired" ? "1970-01-01" : null),
          }
        : null,
    });
    out.set(r.caseId as string, list);
  }
  return out;
}

/** The 該非判定 records with the given ids (of the institution only), as a case's disclosure items cite them. */
export async function classificationsByIds(
  db: DbOrTx,
  institutionId: string,
  ids: string[],
): Promise<
  {
    classificationId: string;
    determination: string;
    listItem: string | null;
    version: number;
    label: string;
  }[]
> {
  const uuids = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (uuids.length === 0) {
    return [];
  }
  return db
    .select({
      classificationId: ecClassifications.id,
      determination: ecClassifications.determination,
      listItem: ecClassifications.listItem,
      version: ecClassifications.version,
      label: sql<string>`${ecClassifications.refNo} || ' ' || ${ecClassifications.name}`,
    })
    .from(ecClassifications)
    .where(and(eq(ecClassifications.institutionId, institutionId), inArray(ecClassifications.id, uuids)));
}
