import type { TClassificationDetail, TClassificationSummary, TClassificationValues } from "@renkei/contract";
import {
  CLASSIFICATION_STATUS_LABELS,
  type ClassificationParameter,
  type ClassificationResult,
  type ClassificationStatus,
  classificationProblems,
  DEFAULT_RULE_DATA,
  DomainError,
  type ItemKind,
  type Reason,
  reason,
  selectRuleData,
} from "@renkei/domain";
import { and, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { ecClassifications, ecReviewClassifications, ecTransactionReviews } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { notify } from "../notifications/notify";
import { listEvidence } from "./evidence.service";
import { auditActor, iso, nextRefNo, retentionFromToday, userRefs } from "./records-common";

export type ClassificationRow = typeof ecClassifications.$inferSelect;

export interface ClassificationListInput {
  q?: string | undefined;
  determination?: ClassificationResult | undefined;
  reviewStatus?: ClassificationStatus | undefined;
  itemKind?: ItemKind | undefined;
  page: number;
  pageSize: number;
}

const EDITABLE: ClassificationStatus[] = ["draft", "returned"];

/** Audit snapshot: the record without bulky text. */
function snapshot(row: ClassificationRow) {
  return {
    refNo: row.refNo,
    itemKind: row.itemKind,
    name: row.name,
    model: row.model,
    listItem: row.listItem,
    listClause: row.listClause,
    determination: row.determination,
    parameters: row.parameters,
    reviewStatus: row.reviewStatus,
    retentionUntil: row.retentionUntil,
  };
}

function problemsOf(
  row: Pick<ClassificationRow, "itemKind" | "listItem" | "determination" | "parameters" | "basis">,
): Reason[] {
  return classificationProblems({
    itemKind: row.itemKind as ItemKind,
    listItem: row.listItem,
    determination: row.determination as ClassificationResult,
    parameters: row.parameters as ClassificationParameter[],
    basis: row.basis,
  });
}

/** Loads a record of the actor's institution (another institution's id looks missing). */
export async function findClassification(db: DbOrTx, institutionId: string, id: string) {
  const [row] = await db
    .select()
    .from(ecClassifications)
    .where(and(eq(ecClassifications.id, id), eq(ecClassifications.institutionId, institutionId)));
  if (!row) {
    throw new DomainError("NOT_FOUND", "Classification record not found");
  }
  return row;
}

export async function classificationSummaries(
  db: DbOrTx,
  rows: ClassificationRow[],
): Promise<TClassificationSummary[]> {
  const ref = await userRefs(
    db,
    rows.map((r) => r.preparedBy),
  );
  return rows.map((r) => ({
    id: r.id,
    refNo: r.refNo,
    itemKind: r.itemKind as ItemKind,
    name: r.name,
    model: r.model,
    listItem: r.listItem,
    determination: r.determination as ClassificationResult,
    reviewStatus: r.reviewStatus as ClassificationStatus,
    preparedBy: ref(r.preparedBy)!,
    updatedAt: iso(r.updatedAt)!,
    retentionUntil: r.retentionUntil,
  }));
}

export function createClassificationsService(deps: Deps) {
  const { db, clock } = deps;

  function values(v: TClassificationValues) {
    const assessedOn = v.assessedOn ?? clock.today();
    // The list text compared is the one in force on assessedOn; record which data version that was.
    const data = selectRuleData(assessedOn, DEFAULT_RULE_DATA);
    return {
      itemKind: v.itemKind,
      name: v.name,
      model: v.model,
      manufacturer: v.manufacturer,
      description: v.description,
      listItem: v.listItem,
      listClause: v.listClause,
      determination: v.determination,
      parameters: v.parameters,
      basis: v.basis,
      assessedOn,
      listVersion: data.dataVersions.listItems ?? "unknown",
    };
  }

  async function editable(tx: DbOrTx, actor: Actor, id: string, version?: number) {
    const row = await findClassification(tx, actor.institutionId, id);
    if (!EDITABLE.includes(row.reviewStatus as ClassificationStatus)) {
      throw new DomainError("RULE_VIOLATION", "Only a draft or returned record can be changed", {
        reasons: [
          reason(
            "EC-CL-LOCKED",
            "spec§6.3",
            "承認依頼中・承認済みの該非判定は変更できません（新しい記録を作成してください）",
            "A record under review or approved cannot be changed (create a new record)",
          ),
        ],
      });
    }
    if (version !== undefined && row.version !== version) {
      throw new DomainError("CONFLICT", "Someone else changed this record; reload and try again", {
        currentVersion: row.version,
      });
    }
    return row;
  }

  async function transition(
    actor: Actor,
    id: string,
    action: "submit" | "approve" | "return",
    input: { comment?: string | undefined; reason?: string | undefined },
  ) {
    const comment = input.comment;
    // Approving or returning is a decision with its own reason (issue 11 item 6); the contract requires it.
    const reasonText = input.reason?.trim() || null;
    await db.transaction(async (tx) => {
      const before = await findClassification(tx, actor.institutionId, id);
      const status = before.reviewStatus as ClassificationStatus;
      const reasons: Reason[] = [];
      const from: ClassificationStatus[] = action === "submit" ? EDITABLE : ["submitted"];
      if (!from.includes(status)) {
        reasons.push(
          reason(
            "EC-CL-STAGE",
            "spec§6.3",
            `現在の状態（${CLASSIFICATION_STATUS_LABELS[status].ja}）ではこの操作はできません`,
            `This step is not possible while the record is “${CLASSIFICATION_STATUS_LABELS[status].en}”`,
          ),
        );
      } else if (action === "submit") {
        reasons.push(...problemsOf(before));
      } else if (before.preparedBy === actor.userId) {
        // Four eyes: the office approves someone else's classification (spec §6.3, S42).
        reasons.push(
          reason(
            "EC-CL-FOUR-EYES",
            "S42",
            "自分で作成した該非判定は承認・差戻しできません",
            "You cannot approve or return a classification you prepared yourself",
          ),
        );
      } else if (action === "return" && !reasonText && !comment?.trim()) {
        reasons.push(
          reason(
            "EC-CL-COMMENT",
            "spec§6.3",
            "差戻し理由を記入してください",
            "Write the reason for returning",
          ),
        );
      }
      if (reasons.length > 0) {
        throw new DomainError("RULE_VIOLATION", `Classification ${action} not allowed`, { action, reasons });
      }
      const next: ClassificationStatus =
        action === "submit" ? "submitted" : action === "approve" ? "approved" : "returned";
      const now = clock.now().toISOString();
      const [after] = await tx
        .update(ecClassifications)
        .set({
          reviewStatus: next,
          ...(action === "submit"
            ? {}
            : {
                reviewerId: actor.userId,
                reviewedAt: now,
                reviewComment: comment?.trim() || null,
                decisionReason: reasonText,
              }),
          version: before.version + 1,
          updatedAt: now,
          retentionUntil: retentionFromToday(deps),
        })
        .where(eq(ecClassifications.id, id))
        .returning();
      const subject = { ja: `${after!.refNo}「${after!.name}」`, en: `${after!.refNo} "${after!.name}"` };
      await notify(
        tx,
        {
          institutionId: actor.institutionId,
          recipients:
            action === "submit"
              ? { permission: "export.classify.approve" }
              : { userIds: [after!.preparedBy] },
          kind: `export.classification.${next}`,
          title:
            action === "submit"
              ? { ja: `該非判定の確認依頼: ${subject.ja}`, en: `Classification to approve: ${subject.en}` }
              : action === "approve"
                ? {
                    ja: `該非判定が承認されました: ${subject.ja}`,
                    en: `Classification approved: ${subject.en}`,
                  }
                : {
                    ja: `該非判定が差し戻されました: ${subject.ja}`,
                    en: `Classification returned: ${subject.en}`,
                  },
          body:
            action === "return"
              ? {
                  ja: `差戻し理由: ${after!.decisionReason ?? after!.reviewComment ?? ""}`,
                  en: `Reason for return: ${after!.decisionReason ?? after!.reviewComment ?? ""}`,
                }
              : after!.decisionReason
                ? { ja: `理由: ${after!.decisionReason}`, en: `Reason: ${after!.decisionReason}` }
                : { ja: "内容を確認してください。", en: "Please review it." },
          link: `/export-control/classifications/${id}`,
        },
        clock.now(),
      );
      await appendAudit(tx, {
        institutionId: actor.institutionId,
        actor: auditActor(actor),
        action:
          action === "submit"
            ? "export.classification.submitted"
            : action === "approve"
              ? "export.classification.approved"
              : "export.classification.returned",
        entityType: "ec_classification",
        entityId: id,
        before: { reviewStatus: before.reviewStatus },
        after: {
          reviewStatus: after!.reviewStatus,
          reason: after!.decisionReason,
          comment: after!.reviewComment,
        },
        at: clock.now(),
      });
    });
  }

  return {
    async list(actor: Actor, input: ClassificationListInput) {
      const where: SQL[] = [eq(ecClassifications.institutionId, actor.institutionId)];
      if (input.q) {
        const like = `%${input.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
        where.push(
          or(
            ilike(ecClassifications.name, like),
            ilike(ecClassifications.model, like),
            ilike(ecClassifications.refNo, like),
            ilike(ecClassifications.manufacturer, like),
          )!,
        );
      }
      if (input.determination) {
        where.push(eq(ecClassifications.determination, input.determination));
      }
      if (input.reviewStatus) {
        where.push(eq(ecClassifications.reviewStatus, input.reviewStatus));
      }
      if (input.itemKind) {
        where.push(eq(ecClassifications.itemKind, input.itemKind));
      }
      const cond = and(...where);
      const rows = await db
        .select()
        .from(ecClassifications)
        .where(cond)
        .orderBy(desc(ecClassifications.updatedAt), desc(ecClassifications.id))
        .limit(input.pageSize)
        .offset((input.page - 1) * input.pageSize);
      const [total] = await db.select({ n: count() }).from(ecClassifications).where(cond);
      return {
        items: await classificationSummaries(db, rows),
        total: Number(total?.n ?? 0),
        page: input.page,
        pageSize: input.pageSize,
      };
    },

    async get(actor: Actor, id: string): Promise<TClassificationDetail> {
      const row = await findClassification(db, actor.institutionId, id);
      const [summary] = await classificationSummaries(db, [row]);
      const ref = await userRefs(db, [row.reviewerId]);
      const usedBy = await db
        .select({
          id: ecTransactionReviews.id,
          refNo: ecTransactionReviews.refNo,
          title: ecTransactionReviews.title,
          status: ecTransactionReviews.status,
        })
        .from(ecReviewClassifications)
        .innerJoin(ecTransactionReviews, eq(ecTransactionReviews.id, ecReviewClassifications.reviewId))
        .where(eq(ecReviewClassifications.classificationId, id))
        .orderBy(desc(ecTransactionReviews.createdAt));
      return {
        ...summary!,
        manufacturer: row.manufacturer,
        description: row.description,
        listClause: row.listClause,
        parameters: row.parameters as ClassificationParameter[],
        basis: row.basis,
        assessedOn: row.assessedOn,
        listVersion: row.listVersion,
        reviewer: ref(row.reviewerId),
        reviewComment: row.reviewComment,
        decisionReason: row.decisionReason,
        reviewedAt: iso(row.reviewedAt),
        createdAt: iso(row.createdAt)!,
        version: row.version,
        evidence: await listEvidence(db, { classificationId: id }),
        usedBy: usedBy as TClassificationDetail["usedBy"],
        problems: problemsOf(row),
      };
    },

    async create(actor: Actor, input: TClassificationValues): Promise<string> {
      return db.transaction(async (tx) => {
        const now = clock.now().toISOString();
        const refNo = await nextRefNo(
          tx,
          actor.institutionId,
          "CL",
          clock.today().slice(0, 4),
          ecClassifications,
        );
        const [row] = await tx
          .insert(ecClassifications)
          .values({
            ...values(input),
            institutionId: actor.institutionId,
            refNo,
            preparedBy: actor.userId,
            retentionUntil: retentionFromToday(deps),
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "export.classification.created",
          entityType: "ec_classification",
          entityId: row!.id,
          after: snapshot(row!),
          at: clock.now(),
        });
        return row!.id;
      });
    },

    async update(actor: Actor, id: string, version: number, input: TClassificationValues) {
      await db.transaction(async (tx) => {
        const before = await editable(tx, actor, id, version);
        const [after] = await tx
          .update(ecClassifications)
          .set({
            ...values(input),
            version: before.version + 1,
            updatedAt: clock.now().toISOString(),
            retentionUntil: retentionFromToday(deps),
          })
          .where(and(eq(ecClassifications.id, id), eq(ecClassifications.version, version)))
          .returning();
        if (!after) {
          throw new DomainError("CONFLICT", "Someone else changed this record; reload and try again");
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "export.classification.updated",
          entityType: "ec_classification",
          entityId: id,
          before: snapshot(before),
          after: snapshot(after),
          at: clock.now(),
        });
      });
    },

    submit: (actor: Actor, id: string) => transition(actor, id, "submit", {}),
    approve: (actor: Actor, id: string, input: { reason: string; comment?: string | undefined }) =>
      transition(actor, id, "approve", input),
    returnForCorrection: (
      actor: Actor,
      id: string,
      input: { reason: string; comment?: string | undefined },
    ) => transition(actor, id, "return", input),
    /** For evidence uploads: the record must be editable by the actor. */
    requireEditable: (tx: DbOrTx, actor: Actor, id: string) => editable(tx, actor, id),
  };
}

export type ClassificationsService = ReturnType<typeof createClassificationsService>;
