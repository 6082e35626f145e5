// Screening use cases behind the API: ad-hoc search and batch, a subject's status and history, on-demand
// screening. Review decisions are in review.service.ts, lists in lists.service.ts.
import type { TScreeningBatchResponse, TScreeningSearchResponse, TSubjectScreening } from "@renkei/contract";
import { DomainError, ENGINE_VERSION, type EntitySchema, screenName } from "@renkei/domain";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { screeningHits, screeningListEntries, screeningRuns } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { institutionIndex } from "./index-cache";
import { toHit, toMatch, toRun, versionLabels } from "./screening.mapper";
import { screeningStatusOf } from "./screening-status";
import { type ScreenActor, screenSubject } from "./subject-screening";
import { loadSubjects, type SubjectKind } from "./subjects";

export const screenActor = (actor: Actor): ScreenActor => ({
  userId: actor.userId,
  label: actor.displayName,
});

/** Hits of the given rows with the list entry each refers to (for the reviewer's side-by-side view). */
export async function withEntries(tx: DbOrTx, rows: (typeof screeningHits.$inferSelect)[]) {
  const versionIds = [...new Set(rows.map((r) => r.versionId))];
  const entries =
    versionIds.length === 0
      ? []
      : await tx
          .select()
          .from(screeningListEntries)
          .where(
            and(
              inArray(screeningListEntries.versionId, versionIds),
              inArray(
                screeningListEntries.entryKey,
                rows.map((r) => r.entryKey),
              ),
            ),
          );
  return rows.map((r) =>
    toHit(
      r,
      entries.find((e) => e.versionId === r.versionId && e.entryKey === r.entryKey),
    ),
  );
}

export function createScreeningService(deps: Deps) {
  const { db, clock } = deps;

  async function requireSubject(tx: DbOrTx, actor: Actor, kind: SubjectKind, id: string) {
    const [subject] = await loadSubjects(tx, actor.institutionId, kind, [id]);
    if (!subject) {
      throw new DomainError("NOT_FOUND", "Not found");
    }
    return subject;
  }

  return {
    /** One name against the institution's lists; recorded as an ad-hoc run with an audit event. */
    async search(
      actor: Actor,
      input: {
        name: string;
        country?: string | null | undefined;
        schema?: EntitySchema | undefined;
        limit?: number | undefined;
      },
    ): Promise<TScreeningSearchResponse> {
      return db.transaction(async (tx) => {
        const idx = await institutionIndex(tx, actor.institutionId);
        const result = screenName(
          idx.index,
          {
            name: input.name,
            ...(input.country ? { country: input.country } : {}),
            ...(input.schema ? { schema: input.schema } : {}),
          },
          input.limit ? { limit: input.limit } : {},
        );
        const matches = result.matches.map((m) => toMatch(m, idx));
        const now = clock.now();
        const hitCount = matches.filter((m) => m.isMatch).length;
        const [run] = await tx
          .insert(screeningRuns)
          .values({
            institutionId: actor.institutionId,
            subjectKind: "adhoc",
            trigger: "adhoc",
            query: { names: [input.name], country: input.country ?? null, schema: input.schema ?? "unknown" },
            listVersions: idx.versions,
            engineVersion: ENGINE_VERSION,
            configVersion: result.configVersion,
            threshold: result.threshold,
            candidates: matches,
            outcome: hitCount > 0 ? "hit" : "clear",
            hitCount,
            performedBy: actor.userId,
            performedAt: now.toISOString(),
          })
          .returning({ id: screeningRuns.id });
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: screenActor(actor),
          action: "screening.adhoc_search",
          entityType: "screening_run",
          entityId: run!.id,
          after: {
            name: input.name,
            country: input.country ?? null,
            hitCount,
            listVersions: versionLabels(idx),
          },
          at: now,
        });
        return {
          matches,
          normalizedQuery: result.normalizedQuery,
          engineVersion: result.engineVersion,
          configVersion: result.configVersion,
          threshold: result.threshold,
          listVersions: versionLabels(idx),
          runId: run!.id,
        };
      });
    },

    /** Many names, same engine and result shape; one audit event for the whole batch. */
    async batch(
      actor: Actor,
      queries: { id: string; name: string; country?: string | null | undefined }[],
    ): Promise<TScreeningBatchResponse> {
      return db.transaction(async (tx) => {
        const idx = await institutionIndex(tx, actor.institutionId);
        const results = queries.map((q) => ({
          id: q.id,
          matches: screenName(idx.index, {
            name: q.name,
            ...(q.country ? { country: q.country } : {}),
          }).matches.map((m) => toMatch(m, idx)),
        }));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: screenActor(actor),
          action: "screening.batch_search",
          entityType: "screening_batch",
          entityId: `batch-${clock.now().toISOString()}`,
          after: {
            queries: queries.length,
            withMatches: results.filter((r) => r.matches.some((m) => m.isMatch)).length,
            listVersions: versionLabels(idx),
          },
          at: clock.now(),
        });
        return {
          results,
          engineVersion: ENGINE_VERSION,
          configVersion: idx.index.config.version,
          threshold: idx.index.config.threshold,
          listVersions: versionLabels(idx),
        };
      });
    },

    /** Status, review items and screening history of a partner or person of the actor's institution. */
    async subject(actor: Actor, kind: SubjectKind, id: string): Promise<TSubjectScreening> {
      await requireSubject(db, actor, kind, id);
      const where = (t: typeof screeningHits | typeof screeningRuns) =>
        and(eq(t.institutionId, actor.institutionId), eq(t.subjectKind, kind), eq(t.subjectId, id));
      const hits = await db
        .select()
        .from(screeningHits)
        .where(where(screeningHits))
        .orderBy(desc(screeningHits.createdAt));
      const runs = await db
        .select()
        .from(screeningRuns)
        .where(where(screeningRuns))
        .orderBy(desc(screeningRuns.performedAt))
        .limit(50);
      const status = (await screeningStatusOf(db, actor.institutionId, [{ kind, id }])).get(`${kind}:${id}`)!;
      return { status, hits: await withEntries(db, hits), runs: runs.map(toRun) };
    },

    /** Screens a subject now (on demand) against the current lists. */
    async screenNow(actor: Actor, kind: SubjectKind, id: string) {
      return db.transaction(async (tx) => {
        const subject = await requireSubject(tx, actor, kind, id);
        return (await screenSubject(
          tx,
          { now: clock.now() },
          actor.institutionId,
          subject,
          "on_demand",
          screenActor(actor),
        ))!;
      });
    },
  };
}

export type ScreeningService = ReturnType<typeof createScreeningService>;
