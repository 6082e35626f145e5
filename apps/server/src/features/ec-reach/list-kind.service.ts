import { DomainError, type ListKind, listKindOf } from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import { screeningLists } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";

/**
 * Sets what a confirmed hit on a list means (issue 15, X5 / B6): sanctions, End User List, US list,
 * own or other. The format implies a kind; an own CSV of sanctioned parties, or an FtM export of a
 * sanctions dataset, is told here.
 */
export async function setListKind(deps: Deps, actor: Actor, listId: string, kind: ListKind): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [list] = await tx
      .select()
      .from(screeningLists)
      .where(and(eq(screeningLists.id, listId), eq(screeningLists.institutionId, actor.institutionId)));
    if (!list) {
      throw new DomainError("NOT_FOUND", "Not found");
    }
    await tx.update(screeningLists).set({ kind }).where(eq(screeningLists.id, listId));
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: { userId: actor.userId, label: actor.displayName },
      action: "screening.list_kind_set",
      entityType: "screening_list",
      entityId: listId,
      before: { name: list.name, kind: listKindOf(list.format, list.kind) },
      after: { name: list.name, kind },
      at: deps.clock.now(),
    });
  });
}
