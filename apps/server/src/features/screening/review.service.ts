// The review queue (issue 3 "a hit opens a review: true match / false positive / escalate, with reason
// and reviewer"). A false positive is remembered for the list entry's content hash until it expires
// (SCREENING_CLEARANCE_DAYS), so re-screens do not reopen it unless the entry changes.
import type { TScreeningHit } from "@renkei/contract";
import { clearanceExpiry, DomainError, decideHit, type HitDecision, type HitStatus } from "@renkei/domain";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { screeningClearances, screeningHits } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { entryOwnershipFindings } from "../ec-reach/ownership.service";
import { screenActor, withEntries } from "./screening.service";

/** Review items with who owns the matched entry (issue 15 item 5: the path is shown on the hit). */
async function withOwnership(
  db: DbOrTx,
  institutionId: string,
  rows: (typeof screeningHits.$inferSelect)[],
  today: string,
): Promise<TScreeningHit[]> {
  const hits = await withEntries(db, rows);
  const findings = await entryOwnershipFindings(db, institutionId, rows, today);
  return hits.map((h, i) => {
    const r = rows[i]!;
    const f = findings.get(`entry:${r.listId}:${r.entryKey}`);
    if (!f || (f.paths.length === 0 && h.ownership === null)) {
      return h;
    }
    return {
      ...h,
      ownership: {
        related: h.ownership?.related ?? false,
        listedOwnership: f.listedOwnership,
        listedShare: f.listedShare,
        paths: f.paths,
      },
    };
  });
}

export function createReviewService(deps: Deps) {
  const { db, clock, config } = deps;

  return {
    async queue(
      actor: Actor,
      input: { status: "open" | HitStatus; page: number; pageSize: number },
    ): Promise<{ items: TScreeningHit[]; total: number; page: number; pageSize: number }> {
      const statuses = input.status === "open" ? ["pending", "escalated"] : [input.status];
      const where = and(
        eq(screeningHits.institutionId, actor.institutionId),
        inArray(screeningHits.status, statuses),
      );
      const rows = await db
        .select()
        .from(screeningHits)
        .where(where)
        .orderBy(asc(screeningHits.createdAt), asc(screeningHits.id))
        .offset((input.page - 1) * input.pageSize)
        .limit(input.pageSize);
      const [total] = await db.select({ n: count() }).from(screeningHits).where(where);
      return {
        items: await withOwnership(db, actor.institutionId, rows, clock.today()),
        total: total?.n ?? 0,
        page: input.page,
        pageSize: input.pageSize,
      };
    },

    async get(actor: Actor, id: string): Promise<TScreeningHit> {
      const [row] = await db
        .select()
        .from(screeningHits)
        .where(and(eq(screeningHits.id, id), eq(screeningHits.institutionId, actor.institutionId)));
      if (!row) {
        throw new DomainError("NOT_FOUND", "Not found");
      }
      return (await withOwnership(db, actor.institutionId, [row], clock.today()))[0]!;
    },

    async decide(actor: Actor, id: string, input: { decision: HitDecision; reason: string }) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const [hit] = await tx
          .select()
          .from(screeningHits)
          .where(and(eq(screeningHits.id, id), eq(screeningHits.institutionId, actor.institutionId)));
        if (!hit) {
          throw new DomainError("NOT_FOUND", "Not found");
        }
        const next = decideHit(hit.status as HitStatus, input.decision, input.reason);
        const [updated] = await tx
          .update(screeningHits)
          .set({
            status: next,
            decisionReason: input.reason.trim(),
            decidedBy: actor.userId,
            decidedByLabel: actor.displayName,
            decidedAt: now.toISOString(),
          })
          .where(and(eq(screeningHits.id, id), eq(screeningHits.status, hit.status)))
          .returning();
        if (!updated) {
          throw new DomainError("CONFLICT", "Someone else decided this item; reload");
        }
        let expiresAt: string | null = null;
        if (next === "false_positive") {
          expiresAt = clearanceExpiry(now, config.screeningClearanceDays);
          await tx.insert(screeningClearances).values({
            institutionId: actor.institutionId,
            subjectKind: hit.subjectKind,
            subjectId: hit.subjectId,
            listId: hit.listId,
            entryKey: hit.entryKey,
            contentHash: hit.contentHash,
            versionId: hit.versionId,
            hitId: hit.id,
            reason: input.reason.trim(),
            clearedBy: actor.userId,
            clearedAt: now.toISOString(),
            expiresAt,
          });
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: screenActor(actor),
          action: "screening.hit_decided",
          entityType: hit.subjectKind,
          entityId: hit.subjectId,
          before: { hitId: hit.id, status: hit.status },
          after: {
            hitId: hit.id,
            status: next,
            reason: input.reason.trim(),
            list: hit.listName,
            sourceId: hit.sourceId,
            entryName: hit.entryName,
            contentHash: hit.contentHash,
            clearanceExpiresAt: expiresAt,
          },
          at: now,
        });
        return (await withEntries(tx, [updated]))[0]!;
      });
    },
  };
}
