import type { TListVersion, TScreeningHit, TScreeningMatch, TScreeningRun } from "@renkei/contract";
import type { ScreeningMatch } from "@renkei/domain";
import type {
  screeningHits,
  screeningListEntries,
  screeningListVersions,
  screeningRuns,
} from "../../db/schema";
import { type InstitutionIndex, metaKey } from "./index-cache";

/** An engine match in the API / CLI shape, with the list version it came from. */
export function toMatch(match: ScreeningMatch, idx: InstitutionIndex): TScreeningMatch {
  const meta = idx.meta.get(metaKey(match.list, match.sourceId));
  const entry = meta?.entry;
  return {
    list: match.list,
    sourceId: match.sourceId,
    name: match.name,
    score: match.score,
    isMatch: match.isMatch,
    explanation: match.explanation,
    entryName: match.entryName,
    schema: match.schema,
    countries: entry?.countries ?? [],
    programs: entry?.programs ?? [],
    listVersion: meta?.versionLabel ?? "",
  };
}

/** list name → version label, as reported with every result. */
export function versionLabels(idx: InstitutionIndex): Record<string, string> {
  return Object.fromEntries(Object.entries(idx.versions).map(([list, v]) => [list, v.label]));
}

type HitRow = typeof screeningHits.$inferSelect;
type EntryRow = typeof screeningListEntries.$inferSelect;

export function toHit(row: HitRow, entry: EntryRow | undefined): TScreeningHit {
  return {
    id: row.id,
    subjectKind: row.subjectKind as "partner" | "person",
    subjectId: row.subjectId,
    subjectName: row.subjectName,
    listName: row.listName,
    sourceId: row.sourceId,
    entryName: row.entryName,
    matchedName: row.matchedName,
    queryName: row.queryName,
    score: row.score,
    explanation: row.explanation,
    entry: entry
      ? {
          names: entry.names.map((n) => n.value),
          countries: entry.countries,
          programs: entry.programs,
          categories: entry.categories,
          details: entry.details,
        }
      : null,
    ownership:
      entry?.details.related === "true"
        ? { related: true, listedOwnership: false, listedShare: 0, paths: [] }
        : null,
    reason: row.reason as TScreeningHit["reason"],
    status: row.status as TScreeningHit["status"],
    decisionReason: row.decisionReason,
    decidedByLabel: row.decidedByLabel,
    decidedAt: row.decidedAt,
    createdAt: row.createdAt,
  };
}

export function toRun(row: typeof screeningRuns.$inferSelect): TScreeningRun {
  return {
    id: row.id,
    trigger: row.trigger,
    query: row.query,
    listVersions: row.listVersions,
    engineVersion: row.engineVersion,
    configVersion: row.configVersion,
    threshold: row.threshold,
    candidates: row.candidates,
    outcome: row.outcome as "clear" | "hit",
    hitCount: row.hitCount,
    suppressedCount: row.suppressedCount,
    performedAt: row.performedAt,
  };
}

export function toVersion(row: typeof screeningListVersions.$inferSelect): TListVersion {
  return {
    id: row.id,
    seq: row.seq,
    versionLabel: row.versionLabel,
    publishedOn: row.publishedOn,
    effectiveOn: row.effectiveOn,
    source: row.source,
    fileSha256: row.fileSha256,
    fileNames: row.fileNames,
    entryCount: row.entryCount,
    addedCount: row.addedCount,
    changedCount: row.changedCount,
    removedCount: row.removedCount,
    warnings: row.warnings,
    rescreen: row.rescreen ?? null,
    importedByLabel: row.importedByLabel,
    importedAt: row.importedAt,
  };
}
