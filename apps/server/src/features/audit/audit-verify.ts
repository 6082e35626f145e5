import { asc, gt } from "drizzle-orm";
import type { Db } from "../../db/client";
import { auditEvents, auditHeads } from "../../db/schema";
import { eventHash, GENESIS_HASH } from "./audit.writer";

export interface VerifyProblem {
  institutionId: string;
  seq: number | null;
  problem: "hash_mismatch" | "chain_broken" | "head_mismatch";
}

export interface VerifyReport {
  ok: boolean;
  events: number;
  institutions: number;
  problems: VerifyProblem[];
}

/**
 * Recomputes every institution's chain. An edited row fails its own hash; a deleted row breaks the next
 * row's link; deleting the newest rows leaves the head pointing past the end.
 */
export async function verifyAudit(db: Db): Promise<VerifyReport> {
  const last = new Map<string, { seq: number; hash: string }>();
  const problems: VerifyProblem[] = [];
  let events = 0;
  // Paged by seq so a log of millions of events is verified in constant memory.
  for (let after = 0; ; ) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, after))
      .orderBy(asc(auditEvents.seq))
      .limit(PAGE);
    if (rows.length === 0) {
      break;
    }
    events += rows.length;
    after = rows[rows.length - 1]!.seq;
    checkPage(rows, last, problems);
  }
  const heads = await db.select().from(auditHeads);
  for (const head of heads) {
    const tail = last.get(head.institutionId);
    if (!tail || tail.seq !== head.lastSeq || tail.hash !== head.lastHash) {
      problems.push({ institutionId: head.institutionId, seq: tail?.seq ?? null, problem: "head_mismatch" });
    }
  }
  return { ok: problems.length === 0, events, institutions: last.size, problems };
}

const PAGE = 5000;

function checkPage(
  rows: (typeof auditEvents.$inferSelect)[],
  last: Map<string, { seq: number; hash: string }>,
  problems: VerifyProblem[],
): void {
  for (const row of rows) {
    const prev = last.get(row.institutionId)?.hash ?? GENESIS_HASH;
    if (row.prevHash !== prev) {
      problems.push({ institutionId: row.institutionId, seq: row.seq, problem: "chain_broken" });
    }
    const expected = eventHash(row.prevHash, {
      institutionId: row.institutionId,
      at: row.at,
      actorId: row.actorId,
      actorLabel: row.actorLabel,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
    });
    if (expected !== row.hash) {
      problems.push({ institutionId: row.institutionId, seq: row.seq, problem: "hash_mismatch" });
    }
    last.set(row.institutionId, { seq: row.seq, hash: row.hash });
  }
}
