import type { OpenAPIHono } from "@hono/zod-openapi";
import { DomainError } from "@renkei/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { ecEvidenceFiles } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor, AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json } from "../../http/openapi-helpers";
import { appendAudit } from "../audit/audit.writer";
import { createClassificationsService, findClassification } from "./classifications.service";
import { findEvidence, insertEvidence } from "./evidence.service";
import { attachment } from "./http-files";
import { auditActor } from "./records-common";
import { createTransactionReviewsService, findReadableReview } from "./transaction-reviews.service";

export const ZUploadForm = z.object({
  file: z.any().meta({ format: "binary" }),
  note: z.string().max(1000).optional(),
});
const ZId = z.object({ id: z.uuid() });

type Owner = { classificationId: string } | { reviewId: string };

/**
 * Who may add or remove evidence: the preparer side while the record is editable (draft / returned), and
 * the export-control office while it reviews (submitted 該非判定, 取引審査 at the officer stage).
 */
export function createEvidenceActions(deps: Deps) {
  const { db, clock } = deps;
  const classifications = createClassificationsService(deps);
  const reviews = createTransactionReviewsService(deps);

  async function requireWritableOwner(tx: DbOrTx, actor: Actor, owner: Owner) {
    if ("classificationId" in owner) {
      const row = await findClassification(tx, actor.institutionId, owner.classificationId);
      if (row.reviewStatus === "submitted" && actor.can("export.classify.approve")) {
        return;
      }
      if (!actor.can("export.classify")) {
        throw new DomainError("FORBIDDEN", "Requires export.classify");
      }
      await classifications.requireEditable(tx, actor, owner.classificationId);
      return;
    }
    const row = await findReadableReview(tx, actor, owner.reviewId);
    if (row.status === "officer_review" && actor.can("export.review.decide")) {
      return;
    }
    await reviews.requireEditable(tx, actor, owner.reviewId);
  }

  return {
    requireWritableOwner,

    async remove(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const row = await findEvidence(tx, actor.institutionId, id);
        const owner: Owner = row.classificationId
          ? { classificationId: row.classificationId }
          : { reviewId: row.reviewId! };
        await requireWritableOwner(tx, actor, owner);
        await tx.delete(ecEvidenceFiles).where(eq(ecEvidenceFiles.id, id));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "export.evidence.removed",
          entityType: row.classificationId ? "ec_classification" : "ec_transaction_review",
          entityId: (row.classificationId ?? row.reviewId)!,
          before: {
            evidenceId: row.id,
            fileName: row.fileName,
            sizeBytes: row.sizeBytes,
            sha256: row.sha256,
          },
          at: clock.now(),
        });
      });
    },

    async upload(actor: Actor, owner: Owner, form: FormData): Promise<string> {
      const file = form.get("file");
      if (!(file instanceof File)) {
        throw new DomainError("VALIDATION_FAILED", "Attach a file in the `file` field", {
          issues: [{ path: "file", message: "validation.required" }],
        });
      }
      const note = String(form.get("note") ?? "");
      const bytes = new Uint8Array(await file.arrayBuffer());
      return db.transaction(async (tx) => {
        await requireWritableOwner(tx, actor, owner);
        const row = await insertEvidence(
          tx,
          { institutionId: actor.institutionId, ...owner },
          { fileName: file.name, bytes, note },
          actor.userId,
          clock.now().toISOString(),
        );
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "export.evidence.uploaded",
          entityType: "classificationId" in owner ? "ec_classification" : "ec_transaction_review",
          entityId: "classificationId" in owner ? owner.classificationId : owner.reviewId,
          after: { evidenceId: row.id, fileName: row.fileName, sizeBytes: row.sizeBytes, sha256: row.sha256 },
          at: clock.now(),
        });
        return row.id;
      });
    },
  };
}

/** Download and removal of one evidence file (the owner's read / write rules apply). */
export function registerEvidenceRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const actions = createEvidenceActions(deps);
  const tags = ["export-control"];

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/export-control/evidence/{id}",
      permission: "export.read",
      tags,
      summary: "Download an evidence file",
      request: { params: ZId },
      responses: { 200: { description: "The file" } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const row = await deps.db.transaction(async (tx) => {
        const found = await findEvidence(tx, actor.institutionId, c.req.valid("param").id);
        if (found.reviewId) {
          await findReadableReview(tx, actor, found.reviewId);
        }
        // Evidence may hold a partner's technical secrets: each download is on the record (issue 10).
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "export.evidence.downloaded",
          entityType: found.reviewId ? "ec_transaction_review" : "ec_classification",
          entityId: found.reviewId ?? found.classificationId ?? found.id,
          after: { evidenceId: found.id, fileName: found.fileName, sha256: found.sha256 },
          at: deps.clock.now(),
        });
        return found;
      });
      return c.body(new Uint8Array(row.data), 200, attachment(row.fileName, row.contentType));
    },
  );

  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/export-control/evidence/{id}",
      permission: "export.read",
      tags,
      summary: "Remove an evidence file from a record that can still be edited",
      request: { params: ZId },
      responses: { 200: { description: "Removed", ...json(ZId) } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await actions.remove(actorOf(c), id);
      return c.json({ id }, 200);
    },
  );
}
