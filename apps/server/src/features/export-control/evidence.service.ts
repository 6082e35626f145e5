import { createHash } from "node:crypto";
import type { TEvidenceFile } from "@renkei/contract";
import { DomainError } from "@renkei/domain";
import { and, asc, eq, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { ecEvidenceFiles } from "../../db/schema";
import { DOCUMENT_EXTENSIONS, documentType } from "../../lib/file-types";
import { iso, userRefs } from "./records-common";

/** Evidence is stored in the database (bytea); one file at most this size. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Accepted evidence types: documents, spreadsheets, images, plain text and e-mails, checked by content. */
export const EVIDENCE_EXTENSIONS = DOCUMENT_EXTENSIONS;

export interface EvidenceUpload {
  fileName: string;
  bytes: Uint8Array;
  note: string;
}

function refuse(message: string, reason: string): never {
  throw new DomainError("VALIDATION_FAILED", message, { issues: [{ path: "file", message: reason }] });
}

/** Checks size and type; returns the content type to store. */
export function checkEvidence(upload: EvidenceUpload): string {
  if (upload.bytes.byteLength === 0) {
    refuse("The file is empty", "validation.file_empty");
  }
  if (upload.bytes.byteLength > MAX_EVIDENCE_BYTES) {
    refuse(`The file is larger than ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`, "validation.file_too_large");
  }
  const type = documentType(upload.fileName, upload.bytes);
  if ("refused" in type) {
    refuse(
      type.refused === "unknown_type"
        ? `Accepted types: ${EVIDENCE_EXTENSIONS.join(", ")}`
        : `The file is not a valid .${type.extension} file`,
      "validation.file_type",
    );
  }
  return type.contentType;
}

export async function insertEvidence(
  tx: DbOrTx,
  owner: { institutionId: string; classificationId?: string; reviewId?: string },
  upload: EvidenceUpload,
  uploadedBy: string,
  at: string,
) {
  const contentType = checkEvidence(upload);
  const [row] = await tx
    .insert(ecEvidenceFiles)
    .values({
      institutionId: owner.institutionId,
      classificationId: owner.classificationId ?? null,
      reviewId: owner.reviewId ?? null,
      fileName: upload.fileName.slice(0, 255),
      contentType,
      sizeBytes: upload.bytes.byteLength,
      sha256: createHash("sha256").update(upload.bytes).digest("hex"),
      note: upload.note.slice(0, 1000),
      data: Buffer.from(upload.bytes),
      uploadedBy,
      uploadedAt: at,
    })
    .returning({
      id: ecEvidenceFiles.id,
      fileName: ecEvidenceFiles.fileName,
      sizeBytes: ecEvidenceFiles.sizeBytes,
      sha256: ecEvidenceFiles.sha256,
      contentType: ecEvidenceFiles.contentType,
    });
  return row!;
}

/** Evidence metadata of one record (never the bytes). */
export async function listEvidence(
  db: DbOrTx,
  owner: { classificationId?: string; reviewId?: string },
): Promise<TEvidenceFile[]> {
  const where: SQL = owner.classificationId
    ? eq(ecEvidenceFiles.classificationId, owner.classificationId)
    : eq(ecEvidenceFiles.reviewId, owner.reviewId ?? "");
  const rows = await db
    .select({
      id: ecEvidenceFiles.id,
      fileName: ecEvidenceFiles.fileName,
      contentType: ecEvidenceFiles.contentType,
      sizeBytes: ecEvidenceFiles.sizeBytes,
      sha256: ecEvidenceFiles.sha256,
      note: ecEvidenceFiles.note,
      uploadedAt: ecEvidenceFiles.uploadedAt,
      uploadedBy: ecEvidenceFiles.uploadedBy,
    })
    .from(ecEvidenceFiles)
    .where(where)
    .orderBy(asc(ecEvidenceFiles.uploadedAt), asc(ecEvidenceFiles.id));
  const ref = await userRefs(
    db,
    rows.map((r) => r.uploadedBy),
  );
  return rows.map((r) => ({ ...r, uploadedAt: iso(r.uploadedAt)!, uploadedBy: ref(r.uploadedBy)! }));
}

/** One evidence file of the institution, with its bytes and owner. */
export async function findEvidence(db: DbOrTx, institutionId: string, id: string) {
  const [row] = await db
    .select()
    .from(ecEvidenceFiles)
    .where(and(eq(ecEvidenceFiles.id, id), eq(ecEvidenceFiles.institutionId, institutionId)));
  if (!row) {
    throw new DomainError("NOT_FOUND", "Evidence file not found");
  }
  return row;
}
