import type { SecretLevel } from "@renkei/domain";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../../db/client";
import {
  secretAccessGrants,
  secretItems,
  secretPledgeTexts,
  secretStudentPermissions,
} from "../../db/schema";

/**
 * Case documents and outbound disclosures become register items in the same transaction that stores
 * them (issue 12 item 2; X8), so the register is complete and every read path has a level to decide on.
 */

/** Categories of case documents that usually come from the partner. */
const RECEIVED_CATEGORIES = new Set(["nda", "correspondence"]);

export async function registerCaseDocument(
  tx: Tx,
  input: {
    institutionId: string;
    caseId: string;
    documentId: string;
    fileName: string;
    category: string;
    level: SecretLevel;
    responsibleUserId: string;
    createdBy: string;
    today: string;
  },
): Promise<string> {
  const received = RECEIVED_CATEGORIES.has(input.category);
  const [row] = await tx
    .insert(secretItems)
    .values({
      institutionId: input.institutionId,
      title: input.fileName,
      level: input.level,
      origin: received ? "received" : "own",
      direction: received ? "received" : "created",
      caseId: input.caseId,
      responsibleUserId: input.responsibleUserId,
      storageKind: "renkei",
      documentId: input.documentId,
      receivedOn: input.today,
      createdBy: input.createdBy,
    })
    .returning({ id: secretItems.id });
  return row!.id;
}

export async function registerDisclosure(
  tx: Tx,
  input: {
    institutionId: string;
    caseId: string;
    disclosureId: string;
    partnerId: string;
    title: string;
    level: SecretLevel;
    responsibleUserId: string;
    createdBy: string;
    disclosedOn: string;
  },
): Promise<string> {
  const [row] = await tx
    .insert(secretItems)
    .values({
      institutionId: input.institutionId,
      title: input.title,
      level: input.level,
      origin: "own",
      direction: "provided",
      partnerId: input.partnerId,
      caseId: input.caseId,
      responsibleUserId: input.responsibleUserId,
      storageKind: "system",
      disclosureId: input.disclosureId,
      receivedOn: input.disclosedOn,
      createdBy: input.createdBy,
    })
    .returning({ id: secretItems.id });
  return row!.id;
}

/**
 * A participant who leaves a case loses the access list entries of its items at once (issue 12 item 7;
 * H11): the grants are revoked with the reason `left_case`, which the leakage rule `after_leaving`
 * reads, and the supervisor's permission for a student ends with them.
 */
export async function endCaseAccess(
  tx: Tx,
  input: { institutionId: string; caseId: string; userId: string; byUserId: string; at: string },
): Promise<number> {
  const revoked = await tx
    .update(secretAccessGrants)
    .set({ revokedAt: input.at, revokedBy: input.byUserId, revokeReason: "left_case" })
    .where(
      and(
        eq(secretAccessGrants.userId, input.userId),
        eq(secretAccessGrants.institutionId, input.institutionId),
        isNull(secretAccessGrants.revokedAt),
        inArray(
          secretAccessGrants.itemId,
          tx.select({ id: secretItems.id }).from(secretItems).where(eq(secretItems.caseId, input.caseId)),
        ),
      ),
    )
    .returning({ id: secretAccessGrants.id });
  await tx
    .delete(secretStudentPermissions)
    .where(
      and(
        eq(secretStudentPermissions.caseId, input.caseId),
        eq(secretStudentPermissions.studentUserId, input.userId),
      ),
    );
  return revoked.length;
}

/**
 * Whether students of this institution sign the pledge themselves (X7): once a pledge text is
 * published, a student joins a case without a staff-recorded pledge and signs in the app; the case's
 * student gate then reads the student's own record (cases.repo). Without a text, the paper pledge
 * recorded by staff applies as before.
 */
export async function selfSignedPledges(tx: Tx, institutionId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: secretPledgeTexts.id })
    .from(secretPledgeTexts)
    .where(eq(secretPledgeTexts.institutionId, institutionId))
    .limit(1);
  return row !== undefined;
}
