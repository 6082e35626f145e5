import type { TAdvice, TAdviceInboxItem, TAdviceRequestInput } from "@renkei/contract";
import {
  type AuditAction,
  CLASSIFICATION_STATUS_LABELS,
  type ClassificationResult,
  type ClassificationStatus,
  DomainError,
  type ExportControlOutcome,
  ITEM_KIND_LABELS,
  type ItemKind,
  OUTCOME_LABELS,
  RESULT_LABELS,
  REVIEW_STATUS_LABELS,
  type ReviewStatus,
} from "@renkei/domain";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import { consultingGrants, ecTransactionReviews, hubAdvice, institutions, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { type AuditActor, appendAudit } from "../audit/audit.writer";
import { findClassification } from "../export-control/classifications.service";
import { findReadableReview } from "../export-control/transaction-reviews.service";

const auditActor = (a: Actor): AuditActor => ({ userId: a.userId, label: a.displayName });
type Kind = TAdviceRequestInput["subjectKind"];

/** The member's active grant to the hub covers advice (seed 000 fn 16: the member decides what the hub does). */
async function adviceGranted(db: DbOrTx, hubId: string, memberId: string): Promise<boolean> {
  const [grant] = await db
    .select({ scopes: consultingGrants.scopes })
    .from(consultingGrants)
    .where(
      and(
        eq(consultingGrants.hubInstitutionId, hubId),
        eq(consultingGrants.memberInstitutionId, memberId),
        isNull(consultingGrants.revokedAt),
      ),
    );
  return grant?.scopes.includes("advice") ?? false;
}

/** The same event in the member's chain and the hub's (member first: one lock order, no deadlock). */
async function auditBoth(
  tx: DbOrTx,
  actor: Actor,
  row: {
    id: string;
    memberInstitutionId: string;
    hubInstitutionId: string;
    subjectKind: string;
    subjectId: string;
  },
  action: AuditAction,
  at: Date,
) {
  for (const institutionId of [row.memberInstitutionId, row.hubInstitutionId]) {
    await appendAudit(tx, {
      institutionId,
      actor: auditActor(actor),
      action,
      entityType: "hub_advice",
      entityId: row.id,
      after: { subjectKind: row.subjectKind, subjectId: row.subjectId, member: row.memberInstitutionId },
      at,
    });
  }
}

/**
 * Advice across institutions (issue 16 §6, seed-coverage N1, N4): a member's export-control office asks
 * its hub about a 取引審査 or 該非判定; the hub's officer answers on the record. Both only while the member's
 * grant includes "advice"; the member's record stays the member's (the hub never changes it).
 */
export function createHubAdviceService(deps: Deps) {
  const { db, clock } = deps;
  const member = alias(institutions, "member");
  const hub = alias(institutions, "hub");
  const asker = alias(users, "asker");
  const adviser = alias(users, "adviser");

  /** The subject must be a record of the member the actor may read; an id from elsewhere is a bad input. */
  async function checkSubject(actor: Actor, kind: Kind, id: string) {
    try {
      if (kind === "review") {
        await findReadableReview(db, actor, id);
      } else {
        if (!actor.can("export.read")) {
          throw new DomainError("NOT_FOUND");
        }
        await findClassification(db, actor.institutionId, id);
      }
    } catch (e) {
      if (e instanceof DomainError && e.code === "NOT_FOUND") {
        throw new DomainError("VALIDATION_FAILED", "Unknown record", {
          issues: [{ path: "subjectId", message: "validation.unknown_record" }],
        });
      }
      throw e;
    }
  }

  function select() {
    return db
      .select({
        a: hubAdvice,
        hubJa: hub.nameJa,
        hubEn: hub.nameEn,
        memberJa: member.nameJa,
        memberEn: member.nameEn,
        asker: asker.displayName,
        adviser: adviser.displayName,
      })
      .from(hubAdvice)
      .innerJoin(hub, eq(hub.id, hubAdvice.hubInstitutionId))
      .innerJoin(member, eq(member.id, hubAdvice.memberInstitutionId))
      .leftJoin(asker, eq(asker.id, hubAdvice.requestedBy))
      .leftJoin(adviser, eq(adviser.id, hubAdvice.answeredBy));
  }
  type Row = Awaited<ReturnType<ReturnType<typeof select>["where"]>>[number];
  const toAdvice = (r: Row): TAdvice => ({
    id: r.a.id,
    hubName: { ja: r.hubJa, en: r.hubEn },
    memberName: { ja: r.memberJa, en: r.memberEn },
    subjectKind: r.a.subjectKind as Kind,
    subjectId: r.a.subjectId,
    question: r.a.question,
    requestedBy: r.asker ?? "",
    requestedAt: r.a.requestedAt.toISOString(),
    answer: r.a.answer,
    answeredBy: r.adviser,
    answeredAt: r.a.answeredAt?.toISOString() ?? null,
  });

  /** What the hub's officer reads of the member's record to advise on it. */
  async function subjectOf(kind: Kind, memberId: string, id: string): Promise<TAdviceInboxItem["subject"]> {
    if (kind === "review") {
      const [r] = await db
        .select()
        .from(ecTransactionReviews)
        .where(and(eq(ecTransactionReviews.id, id), eq(ecTransactionReviews.institutionId, memberId)));
      if (!r) {
        throw new DomainError("NOT_FOUND");
      }
      return {
        ref: r.refNo,
        title: r.title,
        description: r.description,
        facts: [
          { label: { ja: "状態", en: "Status" }, value: REVIEW_STATUS_LABELS[r.status as ReviewStatus] },
          { label: { ja: "取引の相手方", en: "Counterparty" }, value: r.counterpartyName ?? "" },
          { label: { ja: "相手方の国・地域", en: "Country" }, value: r.counterpartyCountry ?? "" },
          ...(r.outcome
            ? [
                {
                  label: { ja: "判定結果", en: "Determination" },
                  value: OUTCOME_LABELS[r.outcome as ExportControlOutcome],
                },
              ]
            : []),
        ],
      };
    }
    const c = await findClassification(db, memberId, id);
    return {
      ref: c.refNo,
      title: c.name,
      description: c.description,
      facts: [
        {
          label: { ja: "状態", en: "Status" },
          value: CLASSIFICATION_STATUS_LABELS[c.reviewStatus as ClassificationStatus],
        },
        { label: { ja: "種類", en: "Kind" }, value: ITEM_KIND_LABELS[c.itemKind as ItemKind] },
        {
          label: { ja: "判定", en: "Result" },
          value: RESULT_LABELS[c.determination as ClassificationResult],
        },
        { label: { ja: "該当条項", en: "Clause" }, value: c.listClause ?? "" },
        { label: { ja: "根拠", en: "Basis" }, value: c.basis },
      ],
    };
  }

  return {
    /** Hubs this member's office may ask: those whose active grant includes advice. */
    async hubs(actor: Actor) {
      const rows = await db
        .select({ id: institutions.id, ja: institutions.nameJa, en: institutions.nameEn })
        .from(consultingGrants)
        .innerJoin(institutions, eq(institutions.id, consultingGrants.hubInstitutionId))
        .where(
          and(
            eq(consultingGrants.memberInstitutionId, actor.institutionId),
            isNull(consultingGrants.revokedAt),
            sql`'advice' = any(${consultingGrants.scopes})`,
          ),
        );
      return rows.map((r) => ({ id: r.id, name: { ja: r.ja, en: r.en } }));
    },

    async request(actor: Actor, input: TAdviceRequestInput) {
      await checkSubject(actor, input.subjectKind, input.subjectId);
      return db.transaction(async (tx) => {
        if (!(await adviceGranted(tx, input.hubInstitutionId, actor.institutionId))) {
          throw new DomainError("VALIDATION_FAILED", "This hub may not advise", {
            issues: [{ path: "hubInstitutionId", message: "validation.hub_no_advice" }],
          });
        }
        const [row] = await tx
          .insert(hubAdvice)
          .values({
            memberInstitutionId: actor.institutionId,
            hubInstitutionId: input.hubInstitutionId,
            subjectKind: input.subjectKind,
            subjectId: input.subjectId,
            question: input.question,
            requestedBy: actor.userId,
            requestedAt: clock.now(),
          })
          .returning();
        await auditBoth(tx, actor, row!, "hub.advice_requested", clock.now());
        return { id: row!.id };
      });
    },

    /** The advice on one of the member's own records, shown with the record. */
    async forSubject(actor: Actor, kind: Kind, id: string): Promise<TAdvice[]> {
      await checkSubject(actor, kind, id);
      const rows = await select()
        .where(
          and(
            eq(hubAdvice.memberInstitutionId, actor.institutionId),
            eq(hubAdvice.subjectKind, kind),
            eq(hubAdvice.subjectId, id),
          ),
        )
        .orderBy(desc(hubAdvice.requestedAt));
      return rows.map(toAdvice);
    },

    /**
     * The hub officer's requests from members whose grant still includes advice, each with the record it
     * is about. Every record shown is a hub read, audited in the member's chain.
     */
    async inbox(actor: Actor): Promise<TAdviceInboxItem[]> {
      const rows = await select()
        .innerJoin(
          consultingGrants,
          and(
            eq(consultingGrants.hubInstitutionId, hubAdvice.hubInstitutionId),
            eq(consultingGrants.memberInstitutionId, hubAdvice.memberInstitutionId),
          ),
        )
        .where(
          and(
            eq(hubAdvice.hubInstitutionId, actor.institutionId),
            isNull(consultingGrants.revokedAt),
            sql`'advice' = any(${consultingGrants.scopes})`,
          ),
        )
        .orderBy(desc(hubAdvice.requestedAt))
        .limit(200);
      const items: TAdviceInboxItem[] = [];
      for (const r of rows) {
        items.push({
          ...toAdvice(r),
          subject: await subjectOf(r.a.subjectKind as Kind, r.a.memberInstitutionId, r.a.subjectId),
        });
      }
      if (rows.length) {
        await db.transaction(async (tx) => {
          for (const r of rows) {
            await appendAudit(tx, {
              institutionId: r.a.memberInstitutionId,
              actor: auditActor(actor),
              action: "hub.record_read",
              entityType: r.a.subjectKind === "review" ? "transaction_review" : "classification",
              entityId: r.a.subjectId,
              at: clock.now(),
            });
          }
        });
      }
      return items;
    },

    async answer(actor: Actor, id: string, answer: string) {
      await db.transaction(async (tx) => {
        const [row] = await tx
          .select()
          .from(hubAdvice)
          .where(and(eq(hubAdvice.id, id), eq(hubAdvice.hubInstitutionId, actor.institutionId)))
          .for("update");
        // A revoked grant (or one without advice) makes the request invisible to the hub, as if it never was.
        if (!row || !(await adviceGranted(tx, row.hubInstitutionId, row.memberInstitutionId))) {
          throw new DomainError("NOT_FOUND", "No such advice request");
        }
        if (row.answer !== null) {
          throw new DomainError("CONFLICT", "Already answered");
        }
        await tx
          .update(hubAdvice)
          .set({ answer, answeredBy: actor.userId, answeredAt: clock.now() })
          .where(eq(hubAdvice.id, id));
        await auditBoth(tx, actor, row, "hub.advice_given", clock.now());
      });
    },
  };
}
