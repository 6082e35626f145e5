import type { SecretLevel, SecretOutcome } from "@renkei/domain";
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../http/context";
import { decide, type GateItem, type ItemRow, loadSecretContext, type SecretContext } from "./secret-gate";

/**
 * The case page, its history, the history PDF and document reads, filtered by the one access decision.
 * The caller has already checked that the actor sees the case (cases.scope), so `seesCase` is true for it.
 */

export interface CaseSecretRef {
  id: string;
  piUserId: string | null;
  createdBy: string | null;
}

/**
 * A document or disclosure with no register row (written before the register existed, or by another
 * path) counts as 秘 under the case's PI: the safe default for a case file (seed 003).
 */
function standIn(c: CaseSecretRef, fallbackOwner: string | null, level: SecretLevel = 1): GateItem {
  return {
    id: null,
    level,
    status: "active",
    partnerId: null,
    caseId: c.id,
    responsibleUserId: c.piUserId ?? fallbackOwner ?? c.createdBy ?? "",
  };
}

/** How the case page offers a document: a file, a view in the browser, or no file (returned / destroyed). */
export type DocumentAccess = Exclude<SecretOutcome, "deny"> | "ended";

export interface CaseSecretsView {
  ctx: SecretContext;
  /** Decision per document id (absent = hidden). */
  documents: Map<string, { level: SecretLevel; access: DocumentAccess; itemId: string | null }>;
  disclosureIds: Set<string>;
  planItemIds: Set<string>;
  hidden: { documents: number; disclosures: number; planItems: number };
  /** Ids of documents and disclosures the actor may not see: their history events are left out too. */
  hiddenIds: Set<string>;
  hiddenPlanItemIds: Set<string>;
}

export async function caseSecretsView(
  db: DbOrTx,
  actor: Actor,
  c: CaseSecretRef,
  lists: {
    documents: { id: string; uploadedBy: string | null }[];
    disclosures: { id: string; itemId: string; partnerId: string; recordedBy: string | null }[];
    planItems: { itemId: string; level: number; timing?: string }[];
  },
): Promise<CaseSecretsView> {
  const ctx = await loadSecretContext(db, actor, new Set([c.id]), { caseId: c.id });
  const items = ctx.items;
  const byDoc = new Map(items.filter((i) => i.documentId).map((i) => [i.documentId!, i]));
  const byDisc = new Map(items.filter((i) => i.disclosureId).map((i) => [i.disclosureId!, i]));
  const gate = (i: ItemRow): GateItem => ({ ...i, caseId: c.id });
  const view: CaseSecretsView = {
    ctx,
    documents: new Map(),
    disclosureIds: new Set(),
    planItemIds: new Set(),
    hidden: { documents: 0, disclosures: 0, planItems: 0 },
    hiddenIds: new Set(),
    hiddenPlanItemIds: new Set(),
  };
  for (const d of lists.documents) {
    const row = byDoc.get(d.id);
    const item = row ? gate(row) : standIn(c, d.uploadedBy);
    const list = decide(ctx, item, "list");
    if (list.outcome === "deny") {
      view.hidden.documents++;
      view.hiddenIds.add(d.id);
      continue;
    }
    const dl = decide(ctx, item, "download").outcome;
    view.documents.set(d.id, {
      level: item.level,
      // An ended item stays listed as the record, with no file to open (its bytes are deleted).
      access: item.status !== "active" ? "ended" : dl === "allow" ? "allow" : "view_only",
      itemId: row?.id ?? null,
    });
  }
  for (const p of lists.planItems) {
    // An item the plan discloses publicly is 公開 whatever level it was sorted under (seed 001 §IV.2-4).
    const level = (p.timing === "public" ? 0 : p.level >= 0 && p.level <= 3 ? p.level : 1) as SecretLevel;
    if (decide(ctx, standIn(c, null, level), "list").outcome === "deny") {
      view.hidden.planItems++;
      view.hiddenPlanItemIds.add(p.itemId);
    } else {
      view.planItemIds.add(p.itemId);
    }
  }
  for (const d of lists.disclosures) {
    const row = byDisc.get(d.id);
    const plan = lists.planItems.find((p) => p.itemId === d.itemId);
    const item = row ? gate(row) : standIn(c, d.recordedBy, (plan?.level ?? 1) as SecretLevel);
    if (decide(ctx, item, "list").outcome === "deny") {
      view.hidden.disclosures++;
      view.hiddenIds.add(d.id);
    } else {
      view.disclosureIds.add(d.id);
    }
  }
  return view;
}

/**
 * Leaves out history events about items the actor may not see (an upload's file name, a disclosure's
 * item): the history is a read path too (H6).
 */
export function withoutHiddenEvents<T extends { action: string; after: unknown }>(
  events: T[],
  view: Pick<CaseSecretsView, "hiddenIds" | "hiddenPlanItemIds">,
): T[] {
  if (view.hiddenIds.size === 0 && view.hiddenPlanItemIds.size === 0) {
    return events;
  }
  return events.filter((e) => {
    const a = (e.after ?? {}) as Record<string, unknown>;
    const hit = (k: string, set: Set<string>) => typeof a[k] === "string" && set.has(a[k] as string);
    return !(
      hit("id", view.hiddenIds) ||
      hit("documentId", view.hiddenIds) ||
      hit("disclosureId", view.hiddenIds) ||
      hit("itemId", view.hiddenPlanItemIds)
    );
  });
}
