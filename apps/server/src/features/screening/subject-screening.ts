// Screening a partner or person (issue 3 "Workflow"): every name form against the institution's index,
// candidates merged per list entry, hits at or above the threshold opened as review items unless the
// review memory suppresses them. Everything is stored: query, list versions, engine + config version,
// the explained candidates and what became of each (screening-research.md §6.4).
import { applyReviewMemory, ENGINE_VERSION, type ScreeningMatch, screenName } from "@renkei/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { screeningClearances, screeningHits, screeningRuns } from "../../db/schema";
import { appendAudit } from "../audit/audit.writer";
import { notify } from "../notifications/notify";
import { type EntryMeta, type InstitutionIndex, institutionIndex, metaKey } from "./index-cache";
import type { Subject, SubjectKind } from "./subjects";

export type ScreeningTrigger = "created" | "updated" | "on_demand" | "list_import" | "periodic";

export interface ScreenActor {
  userId: string | null;
  label: string;
}

/** A candidate for a subject: the engine's match, the subject name that produced it, server meta. */
export interface SubjectCandidate {
  match: ScreeningMatch;
  queryName: string;
  meta: EntryMeta;
}

/** Candidates for all name forms of a subject, best per list entry, best first. */
export function subjectCandidates(
  idx: InstitutionIndex,
  subject: Pick<Subject, "names" | "country" | "schema">,
  limit = 10,
): SubjectCandidate[] {
  const best = new Map<string, SubjectCandidate>();
  for (const name of subject.names) {
    const result = screenName(idx.index, {
      name,
      schema: subject.schema,
      ...(subject.country ? { country: subject.country } : {}),
    });
    for (const match of result.matches) {
      const key = metaKey(match.list, match.sourceId);
      const meta = idx.meta.get(key);
      const prev = best.get(key);
      if (meta && (!prev || match.score > prev.match.score)) {
        best.set(key, { match, queryName: name, meta });
      }
    }
  }
  return [...best.values()]
    .sort((a, b) => b.match.score - a.match.score || a.match.sourceId.localeCompare(b.match.sourceId))
    .slice(0, limit);
}

type Disposition = "new_hit" | "open" | "confirmed" | "suppressed" | "below_threshold";

export interface NewHit {
  id: string;
  subjectKind: SubjectKind;
  subjectId: string;
  subjectName: string;
  listName: string;
  entryName: string;
  score: number;
}

export interface SubjectScreeningResult {
  runId: string;
  outcome: "clear" | "hit";
  newHits: NewHit[];
  hitCount: number;
  suppressed: number;
}

export interface ScreenSubjectOptions {
  /** Index to screen against (default: the institution's current index). */
  index?: InstitutionIndex;
  /** Notify export-control officers about new hits (default true; list imports notify once in bulk). */
  notify?: boolean;
  /** Store a run even when no candidate reaches the threshold (default true). */
  storeClearRun?: boolean;
}

/**
 * Screens one subject inside the caller's transaction and records the run, its review items and an
 * audit event. Returns null when `storeClearRun` is false and nothing reached the threshold.
 */
export async function screenSubject(
  tx: DbOrTx,
  ctx: { now: Date },
  institutionId: string,
  subject: Subject,
  trigger: ScreeningTrigger,
  actor: ScreenActor,
  options: ScreenSubjectOptions = {},
): Promise<SubjectScreeningResult | null> {
  const idx = options.index ?? (await institutionIndex(tx, institutionId));
  const candidates = subjectCandidates(idx, subject);
  const matches = candidates.filter((c) => c.match.isMatch);
  if (matches.length === 0 && options.storeClearRun === false) {
    return null;
  }
  const subjectWhere = and(
    eq(screeningHits.institutionId, institutionId),
    eq(screeningHits.subjectKind, subject.kind),
    eq(screeningHits.subjectId, subject.id),
  );
  const existing = matches.length === 0 ? [] : await tx.select().from(screeningHits).where(subjectWhere);
  const clearances =
    matches.length === 0
      ? []
      : await tx
          .select()
          .from(screeningClearances)
          .where(
            and(
              eq(screeningClearances.institutionId, institutionId),
              eq(screeningClearances.subjectKind, subject.kind),
              eq(screeningClearances.subjectId, subject.id),
              inArray(
                screeningClearances.listId,
                matches.map((m) => m.meta.listId),
              ),
            ),
          );
  const dispositions: Disposition[] = [];
  const toOpen: { c: SubjectCandidate; reason: "new" | "entry_changed" | "clearance_expired" }[] = [];
  const toRefresh: { id: string; c: SubjectCandidate }[] = [];
  let suppressed = 0;
  for (const c of candidates) {
    if (!c.match.isMatch) {
      dispositions.push("below_threshold");
      continue;
    }
    const same = (h: { listId: string; entryKey: string }) =>
      h.listId === c.meta.listId && h.entryKey === c.meta.entryKey;
    const open = existing.find((h) => same(h) && (h.status === "pending" || h.status === "escalated"));
    if (open) {
      if (open.contentHash !== c.meta.contentHash) {
        toRefresh.push({ id: open.id, c });
      }
      dispositions.push("open");
      continue;
    }
    if (existing.some((h) => same(h) && h.status === "true_match")) {
      dispositions.push("confirmed");
      continue;
    }
    const verdict = applyReviewMemory(clearances.filter(same), c.meta.contentHash, ctx.now);
    if (verdict.suppressed) {
      suppressed++;
      dispositions.push("suppressed");
      continue;
    }
    toOpen.push({ c, reason: verdict.reason });
    dispositions.push("new_hit");
  }
  const hitCount = dispositions.filter((d) => d === "new_hit" || d === "open" || d === "confirmed").length;
  const outcome = hitCount > 0 ? "hit" : "clear";
  const [run] = await tx
    .insert(screeningRuns)
    .values({
      institutionId,
      subjectKind: subject.kind,
      subjectId: subject.id,
      trigger,
      query: { names: subject.names, country: subject.country, schema: subject.schema },
      listVersions: idx.versions,
      engineVersion: ENGINE_VERSION,
      configVersion: idx.index.config.version,
      threshold: idx.index.config.threshold,
      candidates: candidates.map((c, i) => ({
        ...c.match,
        queryName: c.queryName,
        entryKey: c.meta.entryKey,
        versionId: c.meta.versionId,
        listVersion: c.meta.versionLabel,
        contentHash: c.meta.contentHash,
        disposition: dispositions[i],
      })),
      outcome,
      hitCount,
      suppressedCount: suppressed,
      performedBy: actor.userId,
      performedAt: ctx.now.toISOString(),
    })
    .returning({ id: screeningRuns.id });
  const runId = run!.id;
  for (const { id, c } of toRefresh) {
    // The entry changed while the item was still open: the reviewer sees the current content.
    await tx
      .update(screeningHits)
      .set({
        versionId: c.meta.versionId,
        contentHash: c.meta.contentHash,
        sourceId: c.match.sourceId,
        entryName: c.match.entryName,
        matchedName: c.match.name,
        queryName: c.queryName,
        score: c.match.score,
        explanation: c.match.explanation,
      })
      .where(eq(screeningHits.id, id));
  }
  const inserted =
    toOpen.length === 0
      ? []
      : await tx
          .insert(screeningHits)
          .values(
            toOpen.map(({ c, reason }) => ({
              institutionId,
              runId,
              subjectKind: subject.kind,
              subjectId: subject.id,
              subjectName: subject.displayName,
              listId: c.meta.listId,
              listName: c.meta.listName,
              versionId: c.meta.versionId,
              entryKey: c.meta.entryKey,
              sourceId: c.match.sourceId,
              entryName: c.match.entryName,
              matchedName: c.match.name,
              queryName: c.queryName,
              score: c.match.score,
              contentHash: c.meta.contentHash,
              explanation: c.match.explanation,
              reason,
              createdAt: ctx.now.toISOString(),
            })),
          )
          .returning();
  const newHits: NewHit[] = inserted.map((h) => ({
    id: h.id,
    subjectKind: subject.kind,
    subjectId: subject.id,
    subjectName: subject.displayName,
    listName: h.listName,
    entryName: h.entryName,
    score: h.score,
  }));
  await appendAudit(tx, {
    institutionId,
    actor,
    action: "screening.subject_screened",
    entityType: subject.kind,
    entityId: subject.id,
    after: {
      runId,
      trigger,
      outcome,
      hitCount,
      newHits: newHits.map((h) => h.id),
      suppressed,
      listVersions: idx.versions,
      engineVersion: ENGINE_VERSION,
      configVersion: idx.index.config.version,
    },
    at: ctx.now,
  });
  if (options.notify !== false && newHits.length > 0) {
    await notifyNewHits(tx, institutionId, newHits, ctx.now);
  }
  return { runId, outcome, newHits, hitCount, suppressed };
}

/** One notice to the export-control officers (and admins) about new review items. */
export async function notifyNewHits(tx: DbOrTx, institutionId: string, hits: NewHit[], now: Date) {
  if (hits.length === 0) {
    return;
  }
  const lines = hits
    .slice(0, 20)
    .map((h) => `- ${h.subjectName} ↔ ${h.entryName} (${h.listName}, ${h.score.toFixed(2)})`);
  const more = hits.length > 20 ? [`… +${hits.length - 20}`] : [];
  await notify(
    tx,
    {
      institutionId,
      recipients: { permission: "screening.review" },
      kind: "screening.hit",
      title: {
        ja: `リスト照合: 該当候補 ${hits.length} 件`,
        en: `Screening: ${hits.length} new ${hits.length === 1 ? "hit" : "hits"}`,
      },
      body: {
        ja: [
          "リスト照合で確認が必要な該当候補が見つかりました。審査キューで判定してください。",
          "",
          ...lines,
          ...more,
        ].join("\n"),
        en: [
          "Screening found candidates that need review. Decide them in the review queue.",
          "",
          ...lines,
          ...more,
        ].join("\n"),
      },
      link: "/screening/queue",
    },
    now,
  );
}
