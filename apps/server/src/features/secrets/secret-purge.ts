import { endDeletesFiles, type SecretEndKind, type SecretReason } from "@renkei/domain";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { caseDisclosures, caseDocuments } from "../../db/schema";

/**
 * Deletes the stored bytes of an ended item's files in the transaction that records the end (issue 12
 * item 7; seed 002 第3章 3-4): the case document that backs the item, or the one its disclosure points to.
 * The document row keeps its name, type, size and hash, and gets `content_deleted_at`; reads then answer
 * "gone" (410) instead of a file. What is deleted is returned for the audit event.
 */
export async function deleteEndedItemFiles(
  tx: Tx,
  institutionId: string,
  item: { documentId: string | null; disclosureId: string | null },
  kind: SecretEndKind,
  at: Date,
): Promise<{
  rule: SecretReason;
  files: { id: string; fileName: string; sizeBytes: number; sha256: string }[];
}> {
  const rule = endDeletesFiles(kind);
  let disclosed: string | null = null;
  if (item.disclosureId) {
    const [d] = await tx
      .select({ documentId: caseDisclosures.documentId })
      .from(caseDisclosures)
      .where(
        and(eq(caseDisclosures.id, item.disclosureId), eq(caseDisclosures.institutionId, institutionId)),
      );
    disclosed = d?.documentId ?? null;
  }
  const ids = [item.documentId, disclosed].filter((x): x is string => x !== null);
  if (ids.length === 0) {
    return { rule, files: [] };
  }
  const files = await tx
    .update(caseDocuments)
    .set({ content: Buffer.alloc(0), contentDeletedAt: at.toISOString() })
    .where(
      and(
        eq(caseDocuments.institutionId, institutionId),
        inArray(caseDocuments.id, ids),
        isNull(caseDocuments.contentDeletedAt),
      ),
    )
    .returning({
      id: caseDocuments.id,
      fileName: caseDocuments.fileName,
      sizeBytes: caseDocuments.sizeBytes,
      sha256: caseDocuments.sha256,
    });
  return { rule, files };
}
