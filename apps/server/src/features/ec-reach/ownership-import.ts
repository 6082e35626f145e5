// Ownership and control edges imported with a list (issue 15 item 5; FtM Ownership / Directorship):
// called by the list import inside its transaction. The new version's edges replace the previous
// version's (those are withdrawn, never deleted, so a flag they raised stays explainable).
import type { FtmRelation } from "@renkei/domain";
import { and, eq, isNull, ne } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { ownershipEdges } from "../../db/schema";
import { appendAudit } from "../audit/audit.writer";

const CHUNK = 500;

export async function storeListEdges(
  tx: DbOrTx,
  v: {
    institutionId: string;
    listId: string;
    listName: string;
    versionId: string;
    versionLabel: string;
    actor: { userId: string | null; label: string };
    now: Date;
  },
  relations: FtmRelation[],
): Promise<void> {
  const withdrawn = await tx
    .update(ownershipEdges)
    .set({ withdrawnAt: v.now })
    .where(
      and(
        eq(ownershipEdges.institutionId, v.institutionId),
        eq(ownershipEdges.listId, v.listId),
        eq(ownershipEdges.origin, "list"),
        ne(ownershipEdges.listVersionId, v.versionId),
        isNull(ownershipEdges.withdrawnAt),
      ),
    )
    .returning({ id: ownershipEdges.id });
  const source = `${v.listName} ${v.versionLabel}`;
  for (let i = 0; i < relations.length; i += CHUNK) {
    await tx.insert(ownershipEdges).values(
      relations.slice(i, i + CHUNK).map((r) => ({
        institutionId: v.institutionId,
        relation: r.relation,
        origin: "list",
        listId: v.listId,
        listVersionId: v.versionId,
        ownerName: r.ownerName,
        ownerCountry: r.ownerCountry,
        ownerKind: r.ownerKind,
        ownerEntryKey: r.ownerId,
        ownerListed: r.ownerListed,
        ownedEntryKey: r.ownedId,
        ownedName: r.ownedName,
        share: r.share,
        startDate: r.startDate,
        endDate: r.endDate,
        source,
      })),
    );
  }
  if (relations.length > 0 || withdrawn.length > 0) {
    await appendAudit(tx, {
      institutionId: v.institutionId,
      actor: v.actor,
      action: "ownership.edges_imported",
      entityType: "screening_list",
      entityId: v.listId,
      after: { versionId: v.versionId, imported: relations.length, withdrawn: withdrawn.length },
      at: v.now,
    });
  }
}
