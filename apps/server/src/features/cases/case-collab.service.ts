import { createHash } from "node:crypto";
import type {
  ZCommentInput,
  ZDisclosureInput,
  ZMonitoringInput,
  ZMonitoringUpdate,
  ZQuotationRequest,
  ZTaskInput,
  ZTaskUpdate,
} from "@renkei/contract";
import { buildQuotation, canDisclose, DomainError, isDomainError, type SecretLevel } from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { assertInInstitution } from "../../db/institution-refs";
import {
  caseComments,
  caseDisclosures,
  caseDocuments,
  caseMonitoringItems,
  casePartners,
  caseQuotations,
  caseTasks,
  MAX_CASE_DOCUMENT_BYTES,
  partners,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { DOCUMENT_EXTENSIONS, documentType } from "../../lib/file-types";
import { appendAudit } from "../audit/audit.writer";
import { loadCostComponents, secrecyBasis, storedRates } from "../cost/cost-components";
import { registerCaseDocument, registerDisclosure } from "../secrets/case-items";
import { logRefusedDocument, readCaseDocument } from "../secrets/document-read";
import { loadSecretSettings } from "../secrets/secret-gate";
import { loadCaseBundle } from "./case-facts";
import { caseLink, caseMembers } from "./case-notify";
import { auditActor, writeCase } from "./case-write";
import { findCaseRow } from "./cases.repo";
import { assertCaseAccess } from "./cases.scope";

/** Working on a case: tasks, comments, documents, monitoring, disclosures and quotations. */

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
  category: string;
  /** Confidentiality level of the document's register item (issue 12; default 秘). */
  level?: SecretLevel;
}

export function createCaseCollabService(deps: Deps) {
  return {
    async addTask(actor: Actor, caseId: string, input: z.output<typeof ZTaskInput>) {
      return writeCase(
        deps,
        actor,
        caseId,
        { access: "collaborate", section: "collaboration" },
        async ({ tx, row }) => {
          await assertInInstitution(tx, actor.institutionId, { users: { assigneeId: input.assigneeId } });
          const [task] = await tx
            .insert(caseTasks)
            .values({
              institutionId: actor.institutionId,
              caseId,
              title: input.title,
              detail: input.detail,
              assigneeId: input.assigneeId ?? null,
              dueOn: input.dueOn,
              createdBy: actor.userId,
            })
            .returning();
          const messages =
            input.assigneeId && input.assigneeId !== actor.userId
              ? [
                  {
                    userIds: [input.assigneeId],
                    kind: "case.task_assigned",
                    title: {
                      ja: `タスクが割り当てられました: ${input.title}`,
                      en: `Task assigned to you: ${input.title}`,
                    },
                    body: {
                      ja: `${row.ref}「${row.title}」のタスク「${input.title}」${input.dueOn ? `（期限 ${input.dueOn}）` : ""}が ${actor.displayName} さんから割り当てられました。`,
                      en: `${actor.displayName} assigned you the task "${input.title}"${input.dueOn ? ` (due ${input.dueOn})` : ""} on ${row.ref} "${row.title}".`,
                    },
                    link: caseLink(caseId),
                  },
                ]
              : [];
          return { result: task!.id, changes: [{ action: "case.task_created", after: task }], messages };
        },
      );
    },

    async updateTask(actor: Actor, caseId: string, taskId: string, input: z.output<typeof ZTaskUpdate>) {
      return writeCase(
        deps,
        actor,
        caseId,
        { access: "collaborate", section: "collaboration" },
        async ({ tx, row, now }) => {
          const [old] = await tx
            .select()
            .from(caseTasks)
            .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.id, taskId)));
          if (!old) {
            throw new DomainError("NOT_FOUND", "Task not found");
          }
          await assertInInstitution(tx, actor.institutionId, { users: { assigneeId: input.assigneeId } });
          const set = {
            ...(input.title !== undefined ? { title: input.title } : {}),
            ...(input.detail !== undefined ? { detail: input.detail } : {}),
            ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}),
            ...(input.dueOn !== undefined ? { dueOn: input.dueOn } : {}),
            ...(input.done === true && !old.doneAt
              ? { doneAt: now.toISOString(), doneBy: actor.userId }
              : {}),
            ...(input.done === false ? { doneAt: null, doneBy: null } : {}),
          };
          const [task] = await tx.update(caseTasks).set(set).where(eq(caseTasks.id, taskId)).returning();
          const reassigned =
            input.assigneeId && input.assigneeId !== old.assigneeId && input.assigneeId !== actor.userId;
          const messages = reassigned
            ? [
                {
                  userIds: [input.assigneeId as string],
                  kind: "case.task_assigned",
                  title: {
                    ja: `タスクが割り当てられました: ${task!.title}`,
                    en: `Task assigned to you: ${task!.title}`,
                  },
                  body: {
                    ja: `${row.ref}「${row.title}」のタスク「${task!.title}」が ${actor.displayName} さんから割り当てられました。`,
                    en: `${actor.displayName} assigned you the task "${task!.title}" on ${row.ref} "${row.title}".`,
                  },
                  link: caseLink(caseId),
                },
              ]
            : [];
          return {
            result: undefined,
            changes: [{ action: "case.task_updated", before: old, after: task }],
            messages,
          };
        },
      );
    },

    async addComment(actor: Actor, caseId: string, input: z.output<typeof ZCommentInput>) {
      return writeCase(
        deps,
        actor,
        caseId,
        { access: "collaborate", section: "collaboration" },
        async ({ tx, row, membership }) => {
          const [comment] = await tx
            .insert(caseComments)
            .values({ institutionId: actor.institutionId, caseId, authorId: actor.userId, body: input.body })
            .returning();
          const excerpt = input.body.length > 400 ? `${input.body.slice(0, 400)}…` : input.body;
          return {
            result: comment!.id,
            changes: [{ action: "case.comment_added", after: { id: comment!.id, body: input.body } }],
            messages: [
              {
                userIds: caseMembers(membership, actor.userId),
                kind: "case.comment",
                title: {
                  ja: `${row.ref} にコメント: ${actor.displayName}`,
                  en: `Comment on ${row.ref}: ${actor.displayName}`,
                },
                body: { ja: excerpt, en: excerpt },
                link: caseLink(caseId),
              },
            ],
          };
        },
      );
    },

    async upload(actor: Actor, caseId: string, file: UploadedFile) {
      if (file.bytes.byteLength > MAX_CASE_DOCUMENT_BYTES) {
        throw new DomainError("VALIDATION_FAILED", "The file is larger than 10 MB", {
          issues: [{ path: "file", message: "validation.file_too_large" }],
        });
      }
      // The stored type comes from the checked content, never from the browser's claim (issue 10).
      const type = documentType(file.name, file.bytes);
      if ("refused" in type) {
        throw new DomainError("VALIDATION_FAILED", `Accepted types: ${DOCUMENT_EXTENSIONS.join(", ")}`, {
          issues: [{ path: "file", message: "validation.file_type" }],
        });
      }
      return writeCase(
        deps,
        actor,
        caseId,
        { access: "collaborate", section: "collaboration" },
        async ({ tx, row, today }) => {
          const sha256 = createHash("sha256").update(file.bytes).digest("hex");
          const [doc] = await tx
            .insert(caseDocuments)
            .values({
              institutionId: actor.institutionId,
              caseId,
              category: file.category,
              fileName: file.name,
              contentType: type.contentType,
              sizeBytes: file.bytes.byteLength,
              sha256,
              content: Buffer.from(file.bytes),
              uploadedBy: actor.userId,
            })
            .returning({ id: caseDocuments.id });
          const level = file.level ?? 1;
          const itemId = await registerCaseDocument(tx, {
            institutionId: actor.institutionId,
            caseId,
            documentId: doc!.id,
            fileName: file.name,
            category: file.category,
            level,
            responsibleUserId: row.piUserId ?? actor.userId,
            createdBy: actor.userId,
            today,
          });
          return {
            result: doc!.id,
            changes: [
              {
                action: "case.document_uploaded",
                after: {
                  id: doc!.id,
                  fileName: file.name,
                  category: file.category,
                  sizeBytes: file.bytes.byteLength,
                  sha256,
                  level,
                },
              },
              { action: "secret.item_registered", after: { id: itemId, documentId: doc!.id, level } },
            ],
          };
        },
      );
    },

    /**
     * A document's bytes through the one access decision (issue 12): refused, view-only or stamped;
     * each view, download and refusal is logged (case files hold partners' secrets).
     */
    async download(
      actor: Actor,
      caseId: string,
      documentId: string,
      action: "view" | "download" = "download",
    ) {
      const row = await findCaseRow(deps.db, actor.institutionId, caseId);
      try {
        await assertCaseAccess(deps.db, actor, row, "read");
      } catch (err) {
        // Someone off the case (or who left it) asking for its file: a refusal the leakage rules read.
        await logRefusedDocument(deps.db, actor, documentId, deps.clock.now());
        throw err;
      }
      const [doc] = await deps.db
        .select()
        .from(caseDocuments)
        .where(and(eq(caseDocuments.caseId, caseId), eq(caseDocuments.id, documentId)));
      if (!doc) {
        throw new DomainError("NOT_FOUND", "Document not found");
      }
      // The audit event is written with the access-log row, in one transaction (secrets/document-read).
      const read = await readCaseDocument(deps.db, actor, row!, doc, action, deps.clock.now(), (tx) =>
        appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: action === "view" ? "secret.document_viewed" : "case.document_downloaded",
          entityType: "case",
          entityId: caseId,
          after: { id: doc.id, fileName: doc.fileName },
          at: deps.clock.now(),
        }),
      );
      return { ...doc, ...read };
    },

    async addMonitoring(actor: Actor, caseId: string, input: z.output<typeof ZMonitoringInput>) {
      return writeCase(deps, actor, caseId, { access: "edit", section: "monitoring" }, async ({ tx }) => {
        const [item] = await tx
          .insert(caseMonitoringItems)
          .values({
            institutionId: actor.institutionId,
            caseId,
            kind: input.kind,
            title: input.title,
            dueOn: input.dueOn,
            visitorName: input.visitorName ?? null,
            createdBy: actor.userId,
          })
          .returning();
        return { result: item!.id, changes: [{ action: "case.monitoring_item_added", after: item }] };
      });
    },

    async updateMonitoring(
      actor: Actor,
      caseId: string,
      itemId: string,
      input: z.output<typeof ZMonitoringUpdate>,
    ) {
      return writeCase(deps, actor, caseId, { access: "edit", section: "monitoring" }, async ({ tx }) => {
        const [old] = await tx
          .select()
          .from(caseMonitoringItems)
          .where(and(eq(caseMonitoringItems.caseId, caseId), eq(caseMonitoringItems.id, itemId)));
        if (!old) {
          throw new DomainError("NOT_FOUND", "Monitoring item not found");
        }
        const set = {
          ...(input.completedOn !== undefined ? { completedOn: input.completedOn } : {}),
          ...(input.cancelled !== undefined ? { cancelled: input.cancelled } : {}),
          ...(input.minutes !== undefined ? { minutes: input.minutes } : {}),
          ...(input.dueOn !== undefined ? { dueOn: input.dueOn, alertLevel: null } : {}),
        };
        const [item] = await tx
          .update(caseMonitoringItems)
          .set(set)
          .where(eq(caseMonitoringItems.id, itemId))
          .returning();
        return {
          result: undefined,
          changes: [{ action: "case.monitoring_item_updated", before: old, after: item }],
        };
      });
    },

    /**
     * Records confidential information given to a partner, only if the domain's `canDisclose` allows it
     * on that date (seed 001 §IV.2-4/5: no disclosure before an NDA; after-contract items only after
     * signing). A refusal is kept in the audit log too.
     */
    async recordDisclosure(actor: Actor, caseId: string, input: z.output<typeof ZDisclosureInput>) {
      try {
        return await writeCase(
          deps,
          actor,
          caseId,
          { access: "edit", section: "disclosures" },
          async ({ tx, row, settings, today }) => {
            if (input.disclosedOn > today) {
              throw new DomainError("VALIDATION_FAILED", "A disclosure cannot be recorded in advance", {
                issues: [{ path: "disclosedOn", message: "validation.future_date" }],
              });
            }
            const bundle = await loadCaseBundle(tx, actor.institutionId, row, settings.policy, today);
            const decision = canDisclose(bundle.facts, input, input.disclosedOn, settings.policy);
            if (decision.outcome === "denied") {
              throw new DomainError("RULE_VIOLATION", "Disclosure not allowed", {
                reasons: decision.reasons,
              });
            }
            await assertInInstitution(tx, actor.institutionId, {
              caseDocuments: { documentId: input.documentId },
            });
            const [d] = await tx
              .insert(caseDisclosures)
              .values({
                institutionId: actor.institutionId,
                caseId,
                itemId: input.itemId,
                partnerId: input.partnerId,
                disclosedOn: input.disclosedOn,
                documentId: input.documentId ?? null,
                note: input.note,
                recordedBy: actor.userId,
              })
              .returning();
            const plan = bundle.facts.scheme?.disclosurePlan.find((i) => i.itemId === input.itemId);
            const itemId = await registerDisclosure(tx, {
              institutionId: actor.institutionId,
              caseId,
              disclosureId: d!.id,
              partnerId: input.partnerId,
              title: plan?.description || input.itemId,
              level: (plan?.timing === "public" ? 0 : (plan?.level ?? 1)) as SecretLevel,
              responsibleUserId: row.piUserId ?? actor.userId,
              createdBy: actor.userId,
              disclosedOn: input.disclosedOn,
            });
            return {
              result: d!.id,
              changes: [
                { action: "case.disclosure_recorded", after: d },
                { action: "secret.item_registered", after: { id: itemId, disclosureId: d!.id } },
              ],
            };
          },
        );
      } catch (err) {
        if (
          isDomainError(err) &&
          err.code === "RULE_VIOLATION" &&
          err.details?.reasons &&
          !err.details.section
        ) {
          await deps.db.transaction((tx) =>
            appendAudit(tx, {
              institutionId: actor.institutionId,
              actor: auditActor(actor),
              action: "case.disclosure_refused",
              entityType: "case",
              entityId: caseId,
              after: { ...input, reasons: err.details?.reasons },
              at: deps.clock.now(),
            }),
          );
        }
        throw err;
      }
    },

    async addQuotation(actor: Actor, caseId: string, input: z.output<typeof ZQuotationRequest>) {
      return writeCase(
        deps,
        actor,
        caseId,
        { access: "edit", section: "quotation" },
        async ({ tx, settings }) => {
          // X9: the 30 % rate is for international joint research in the partner's language; whether the
          // case is international comes from its partners, not from the request.
          const countries = await tx
            .select({ country: partners.country })
            .from(casePartners)
            .innerJoin(partners, eq(partners.id, casePartners.partnerId))
            .where(eq(casePartners.caseId, caseId));
          const international = countries.some((p) => p.country !== settings.policy.institutionCountry);
          // Issue 17 item 4: the indirect split and the secrecy line, priced on the register's items.
          const { secrecyMonths, ...request } = input;
          // One after the other: a transaction is one connection, which runs one query at a time.
          const { settings: components } = await loadCostComponents(tx, actor.institutionId);
          const secrecy = await secrecyBasis(tx, actor.institutionId, caseId, secrecyMonths);
          const { scheme } = await loadSecretSettings(tx, actor.institutionId);
          const stored = { ...request, international, secrecy };
          const quotation = buildQuotation({ ...stored, caseId }, settings.costRates, { components, scheme });
          const [q] = await tx
            .insert(caseQuotations)
            .values({
              institutionId: actor.institutionId,
              caseId,
              input: stored,
              rates: storedRates(settings.costRates, components),
              totalYen: quotation.totalYen,
              createdBy: actor.userId,
            })
            .returning({ id: caseQuotations.id });
          return {
            result: { id: q!.id, quotation },
            changes: [
              {
                action: "case.quotation_created",
                after: {
                  id: q!.id,
                  totalYen: quotation.totalYen,
                  indirectRatePercent: quotation.indirectRatePercent,
                  secrecyYen: quotation.secrecy?.amountYen ?? 0,
                },
              },
            ],
          };
        },
      );
    },
  };
}
