import { DomainError, type Reason, reason, retentionProblems } from "@renkei/domain";
import { and, eq, gt } from "drizzle-orm";
import { ecClassifications, ecReviewClassifications, ecTransactionReviews } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { findClassification } from "./classifications.service";
import { auditActor, setRetentionToday } from "./records-common";
import { findReview } from "./transaction-reviews.service";

function refuse(reasons: Reason[]): never {
  throw new DomainError("RULE_VIOLATION", "The record is still within its retention period", { reasons });
}

/**
 * Deleting export-control records (spec §6.5): never before `retention_until` (the service refuses, and a
 * database trigger backs it up), and a 該非判定 still used by a retained 取引審査 stays too. A deletion is
 * written to the audit log with the deleted record's summary.
 */
export function createRetentionService(deps: Deps) {
  const { db, clock } = deps;
  return {
    async deleteClassification(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const today = clock.today();
        const row = await findClassification(tx, actor.institutionId, id);
        const problems = retentionProblems(row.retentionUntil, today);
        const [user] = await tx
          .select({ refNo: ecTransactionReviews.refNo, until: ecTransactionReviews.retentionUntil })
          .from(ecReviewClassifications)
          .innerJoin(ecTransactionReviews, eq(ecTransactionReviews.id, ecReviewClassifications.reviewId))
          .where(
            and(
              eq(ecReviewClassifications.classificationId, id),
              gt(ecTransactionReviews.retentionUntil, today),
            ),
          )
          .limit(1);
        if (user) {
          problems.push(
            reason(
              "EC-RETENTION-IN-USE",
              "spec§6.5",
              `保存期間中の取引審査（${user.refNo}、${user.until} まで）が参照しているため削除できません`,
              `A transaction review still within its retention period (${user.refNo}, until ${user.until}) uses this record`,
            ),
          );
        }
        if (problems.length > 0) {
          refuse(problems);
        }
        await setRetentionToday(tx, today);
        // Links from reviews whose own retention ended go with it.
        await tx.delete(ecReviewClassifications).where(eq(ecReviewClassifications.classificationId, id));
        await tx.delete(ecClassifications).where(eq(ecClassifications.id, id));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "export.classification.deleted",
          entityType: "ec_classification",
          entityId: id,
          before: {
            refNo: row.refNo,
            name: row.name,
            determination: row.determination,
            listItem: row.listItem,
            retentionUntil: row.retentionUntil,
          },
          at: clock.now(),
        });
      });
    },

    async deleteReview(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const today = clock.today();
        const row = await findReview(tx, actor.institutionId, id);
        const problems = retentionProblems(row.retentionUntil, today);
        if (problems.length > 0) {
          refuse(problems);
        }
        await setRetentionToday(tx, today);
        await tx.delete(ecTransactionReviews).where(eq(ecTransactionReviews.id, id));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "export.review.deleted",
          entityType: "ec_transaction_review",
          entityId: id,
          before: {
            refNo: row.refNo,
            title: row.title,
            status: row.status,
            outcome: row.outcome,
            decision: row.decision,
            decidedAt: row.decidedAt,
            retentionUntil: row.retentionUntil,
          },
          at: clock.now(),
        });
      });
    },
  };
}
