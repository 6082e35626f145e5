import type {
  ZMyPledges,
  ZPledgeSign,
  ZPledgeTextInput,
  ZReviewComplete,
  ZSecretReviews,
} from "@renkei/contract";
import { DomainError, type PledgeRequirement, pledgeRequired } from "@renkei/domain";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { secretPledges, secretPledgeTexts, secretReviews } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { rows } from "./secret-gate";
import { auditActor } from "./secrets.service";

/**
 * Students sign for themselves (issue 12 item 8; X7, J1, J2): the officer publishes a versioned pledge
 * text with the institution's policy; a student on a case confirms consent and pledge in the app. The
 * record is the student's own act against one version, never a box ticked by someone else.
 * Also the yearly inventory reviews (item 9, H13).
 */

type PledgeText = z.output<typeof ZMyPledges>["current"];

async function currentText(db: DbOrTx, institutionId: string): Promise<NonNullable<PledgeText> | null> {
  const [t] = await rows<NonNullable<PledgeText>>(
    db,
    sql`select id, version, body_ja as "bodyJa", body_en as "bodyEn", requirement, published_at as "publishedAt"
      from secret_pledge_texts where institution_id = ${institutionId} order by version desc limit 1`,
  );
  return t ? { ...t, publishedAt: String(t.publishedAt) } : null;
}

export function createSecretPledgesService(deps: Deps) {
  const { db, clock } = deps;
  return {
    current: (actor: Actor) => currentText(db, actor.institutionId),

    async publish(actor: Actor, input: z.output<typeof ZPledgeTextInput>): Promise<string> {
      return db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`pledge:${actor.institutionId}`}))`);
        const [{ v }] = (await rows<{ v: number }>(
          tx,
          sql`select coalesce(max(version), 0)::int as v from secret_pledge_texts where institution_id = ${actor.institutionId}`,
        )) as [{ v: number }];
        const [row] = await tx
          .insert(secretPledgeTexts)
          .values({ institutionId: actor.institutionId, version: v + 1, ...input, publishedBy: actor.userId })
          .returning({ id: secretPledgeTexts.id });
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "secret.pledge_text_published",
          entityType: "institution",
          entityId: actor.institutionId,
          after: { version: v + 1, requirement: input.requirement },
          at: clock.now(),
        });
        return row!.id;
      });
    },

    /** The student's cases, whether a pledge is needed on each and which version they signed. */
    async mine(actor: Actor): Promise<z.output<typeof ZMyPledges>> {
      const current = await currentText(db, actor.institutionId);
      const cases = await rows<{
        caseId: string;
        ref: string;
        title: string;
        employed: boolean;
        partnerAsks: boolean;
        signedVersion: number | null;
        signedAt: string | null;
      }>(
        db,
        sql`select c.id as "caseId", c.ref, c.title, cp.employed_by_institution as employed,
          exists (select 1 from secret_items i where i.case_id = c.id and i.partner_requires_pledge) as "partnerAsks",
          (select max(t.version) from secret_pledges p join secret_pledge_texts t on t.id = p.pledge_text_id
            where p.user_id = ${actor.userId} and p.case_id = c.id) as "signedVersion",
          (select max(p.signed_at) from secret_pledges p where p.user_id = ${actor.userId} and p.case_id = c.id) as "signedAt"
          from case_participants cp join cases c on c.id = cp.case_id
          where cp.user_id = ${actor.userId} and cp.institution_id = ${actor.institutionId} order by c.ref`,
      );
      return {
        current,
        cases: cases.map((c) => ({
          caseId: c.caseId,
          ref: c.ref,
          title: c.title,
          required: current
            ? pledgeRequired(current.requirement as PledgeRequirement, {
                employed: c.employed,
                partnerRequiresPledge: c.partnerAsks,
              })
            : false,
          signedVersion: c.signedVersion,
          signedAt: c.signedAt ? String(c.signedAt) : null,
        })),
      };
    },

    async sign(actor: Actor, input: z.output<typeof ZPledgeSign>): Promise<string> {
      return db.transaction(async (tx) => {
        const current = await currentText(tx, actor.institutionId);
        if (!current || current.id !== input.pledgeTextId) {
          throw new DomainError(
            "CONFLICT",
            "The pledge text has changed; read the current version and sign it",
          );
        }
        const [onCase] = await rows<{ id: string }>(
          tx,
          sql`select id from case_participants where case_id = ${input.caseId} and user_id = ${actor.userId}
            and institution_id = ${actor.institutionId}`,
        );
        if (!onCase) {
          throw new DomainError("VALIDATION_FAILED", "You are not on this case", {
            issues: [{ path: "caseId", message: "validation.unknown_case" }],
          });
        }
        const [row] = await tx
          .insert(secretPledges)
          .values({
            institutionId: actor.institutionId,
            userId: actor.userId,
            caseId: input.caseId,
            pledgeTextId: input.pledgeTextId,
            consented: true,
          })
          .onConflictDoNothing()
          .returning({ id: secretPledges.id });
        if (!row) {
          throw new DomainError("CONFLICT", "Already signed");
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "secret.pledge_signed",
          entityType: "case",
          entityId: input.caseId,
          after: { version: current.version, userId: actor.userId },
          at: clock.now(),
        });
        return row.id;
      });
    },

    async reviews(actor: Actor): Promise<z.output<typeof ZSecretReviews>> {
      const all = actor.can("secret.manage");
      const items = await rows<z.output<typeof ZSecretReviews>["items"][number]>(
        db,
        sql`select r.id, json_build_object('id', u.id, 'name', u.display_name) as responsible, r.year,
          r.due_on::text as "dueOn", r.item_count as "itemCount", r.completed_on::text as "completedOn", r.note
          from secret_reviews r join users u on u.id = r.responsible_user_id
          where r.institution_id = ${actor.institutionId} ${all ? sql`` : sql`and r.responsible_user_id = ${actor.userId}`}
          order by r.completed_on nulls first, r.due_on limit 500`,
      );
      return { items };
    },

    async completeReview(actor: Actor, id: string, input: z.output<typeof ZReviewComplete>) {
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(secretReviews)
          .set({ completedOn: clock.today(), completedBy: actor.userId, note: input.note })
          .where(
            and(
              eq(secretReviews.id, id),
              eq(secretReviews.institutionId, actor.institutionId),
              eq(secretReviews.responsibleUserId, actor.userId),
              isNull(secretReviews.completedOn),
            ),
          )
          .returning();
        if (!row) {
          throw new DomainError("NOT_FOUND", "No open review of yours with this id");
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "secret.review_completed",
          entityType: "user",
          entityId: actor.userId,
          after: { year: row.year, itemCount: row.itemCount, note: input.note },
          at: clock.now(),
        });
      });
    },
  };
}
