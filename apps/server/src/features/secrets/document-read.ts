import { DomainError, levelName, reason } from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/client";
import { secretItems } from "../../db/schema";
import type { Actor } from "../../http/context";
import type { CaseSecretRef } from "./case-secrets";
import { decide, type GateItem, loadSecretContext, logSecretAccess } from "./secret-gate";
import { isPdf, type StampText, stampPdf } from "./secret-stamp";

export interface ReadableDocument {
  id: string;
  fileName: string;
  contentType: string;
  content: Buffer;
  uploadedBy: string | null;
  /** Set when the item was returned or destroyed and the bytes deleted (`secret-purge.ts`). */
  contentDeletedAt: string | null;
}

/** Types a browser shows by itself; other 厳秘/機密 files have no view (issue 12 item 4). */
const VIEWABLE = /^(application\/pdf|image\/(png|jpeg|gif|webp)|text\/plain)(;|$)/;

/**
 * Reads one case document through the one access decision (issue 12 items 3–4): refused → "not found"
 * (an item the reader may not see is not confirmed to exist) and logged; a download of a view-only item
 * is refused with the reasons; a returned or destroyed item's file is "gone" (410) for those who may list
 * it; classified PDFs come back stamped with level, recipient and time on every page. Every view,
 * download and refusal goes to the access log; a granted read's log row is written in one transaction
 * with the caller's audit event (`audit`), so the check costs one round trip and no extra commit.
 */
export async function readCaseDocument(
  db: DbOrTx,
  actor: Actor,
  c: CaseSecretRef,
  doc: ReadableDocument,
  action: "view" | "download",
  now: Date,
  audit?: (tx: Tx) => Promise<void>,
): Promise<{ body: Uint8Array; disposition: "inline" | "attachment"; contentType: string }> {
  const ctx = await loadSecretContext(db, actor, new Set([c.id]), {
    caseId: c.id,
    documentId: doc.id,
  });
  const row = ctx.items[0];
  const item: GateItem = row
    ? { ...row, caseId: c.id }
    : {
        id: null,
        level: 1,
        status: "active",
        partnerId: null,
        caseId: c.id,
        responsibleUserId: c.piUserId ?? doc.uploadedBy ?? "",
      };
  const decision = decide(ctx, item, action);
  const log = (a: "view" | "download" | "refused", on: DbOrTx = db) =>
    logSecretAccess(
      on,
      actor,
      "document",
      [{ itemId: item.id, caseId: c.id, partnerId: item.partnerId, level: item.level, action: a }],
      now,
    );
  if (decision.outcome === "deny" || doc.contentDeletedAt) {
    await log("refused");
    const ended = item.status !== "active" || doc.contentDeletedAt !== null;
    if (ended && decide(ctx, item, "list").outcome !== "deny") {
      // Someone who may see the record learns why there is no file (a link, a bookmark, an old mail).
      throw new DomainError(
        "GONE",
        "このファイルは返還・廃棄の記録に基づいて削除されました。 / This file was deleted when its return or destruction was recorded.",
        { reasons: decision.reasons, deletedAt: doc.contentDeletedAt },
      );
    }
    throw new DomainError("NOT_FOUND", "Document not found");
  }
  if (decision.outcome === "view_only") {
    await log("refused");
    throw new DomainError("RULE_VIOLATION", "This document is view-only", { reasons: decision.reasons });
  }
  const pdf = isPdf(doc.contentType, doc.fileName);
  if (action === "view" && !pdf && !VIEWABLE.test(doc.contentType)) {
    throw new DomainError("RULE_VIOLATION", "This file type cannot be shown in the browser", {
      reasons: [
        reason(
          "SEC-VIEW-TYPE",
          "seed002§3-2",
          "この形式はブラウザで表示できません。ダウンロードの許可を管理責任者に依頼してください",
          "This file type cannot be shown in the browser; ask the responsible person for download rights",
        ),
      ],
    });
  }
  let body: Uint8Array = doc.content;
  if (pdf && item.level >= 1 && (decision.stamp || action === "view")) {
    const name = levelName(ctx.scheme, item.level);
    const stamp: StampText = {
      level: `${name.ja} / ${name.en}`,
      recipient: actor.displayName,
      at: now.toISOString(),
      purpose: action === "view" ? "閲覧用" : "交付先",
    };
    body = await stampPdf(doc.content, stamp);
  }
  if (audit) {
    await db.transaction(async (tx) => {
      await log(action, tx);
      await audit(tx);
    });
  } else {
    await log(action);
  }
  return {
    body,
    disposition: action === "view" ? "inline" : "attachment",
    contentType: doc.contentType,
  };
}

/** A document read refused before the item was reached (the case is not visible): still logged. */
export async function logRefusedDocument(db: DbOrTx, actor: Actor, documentId: string, now: Date) {
  const [row] = await db
    .select()
    .from(secretItems)
    .where(and(eq(secretItems.documentId, documentId), eq(secretItems.institutionId, actor.institutionId)));
  if (row) {
    await logSecretAccess(
      db,
      actor,
      "document",
      [{ itemId: row.id, caseId: row.caseId, partnerId: row.partnerId, level: row.level, action: "refused" }],
      now,
    );
  }
}
