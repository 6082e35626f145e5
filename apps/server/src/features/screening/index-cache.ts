// The in-memory screening index of an institution (the engine's buildIndex over the latest version of
// each of its lists), cached per institution. Before every screen one small query reads which versions
// are the latest; the cached index is reused only when they are exactly the ones it was built from, so
// an import in another process is seen at the next screen (issue 3 "the index is rebuilt when the
// latest list versions change").
import type { ListFormat } from "@renkei/contract";
import { buildIndex, type ListEntry, type ScreeningIndex } from "@renkei/domain";
import { desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { screeningListEntries, screeningLists, screeningListVersions } from "../../db/schema";
import { rowToEntry } from "./entry-key";

/** What the server knows about an indexed entry beyond the engine's shape. */
export interface EntryMeta {
  listId: string;
  listName: string;
  format: ListFormat;
  versionId: string;
  versionLabel: string;
  entryKey: string;
  contentHash: string;
  categories: string[];
  entry: ListEntry;
}

export interface ListVersionRef {
  versionId: string;
  label: string;
  seq: number;
}

export interface InstitutionIndex {
  stamp: string;
  index: ScreeningIndex;
  /** `${list name}\u0000${sourceId}` → meta. */
  meta: Map<string, EntryMeta>;
  versions: Record<string, ListVersionRef>;
  /** list name → format (e.g. to restrict a lookup to METI End User Lists). */
  formats: Record<string, ListFormat>;
}

export const metaKey = (list: string, sourceId: string) => `${list}\u0000${sourceId}`;

export interface LatestVersion {
  listId: string;
  listName: string;
  format: ListFormat;
  versionId: string;
  seq: number;
  label: string;
}

/** The version in force of each list of the institution (one row per list that has a version). */
export async function latestVersions(tx: DbOrTx, institutionId: string): Promise<LatestVersion[]> {
  const rows = await tx
    .selectDistinctOn([screeningListVersions.listId], {
      listId: screeningListVersions.listId,
      listName: screeningLists.name,
      format: screeningLists.format,
      versionId: screeningListVersions.id,
      seq: screeningListVersions.seq,
      label: screeningListVersions.versionLabel,
    })
    .from(screeningListVersions)
    .innerJoin(screeningLists, eq(screeningLists.id, screeningListVersions.listId))
    .where(eq(screeningListVersions.institutionId, institutionId))
    .orderBy(screeningListVersions.listId, desc(screeningListVersions.seq));
  return rows.map((r) => ({ ...r, format: r.format as ListFormat }));
}

/** Builds an index (plus meta) from stored entries of the given versions. */
export async function indexFromVersions(
  tx: DbOrTx,
  versions: LatestVersion[],
  filter?: (row: { versionId: string; entryKey: string }) => boolean,
): Promise<InstitutionIndex> {
  const byVersion = new Map(versions.map((v) => [v.versionId, v]));
  const rows =
    versions.length === 0
      ? []
      : await tx
          .select()
          .from(screeningListEntries)
          .where(
            inArray(
              screeningListEntries.versionId,
              versions.map((v) => v.versionId),
            ),
          );
  const entries: ListEntry[] = [];
  const meta = new Map<string, EntryMeta>();
  for (const row of rows) {
    if (filter && !filter(row)) {
      continue;
    }
    const v = byVersion.get(row.versionId)!;
    const entry = rowToEntry(row, v.listName);
    entries.push(entry);
    meta.set(metaKey(v.listName, row.sourceId), {
      listId: v.listId,
      listName: v.listName,
      format: v.format,
      versionId: v.versionId,
      versionLabel: v.label,
      entryKey: row.entryKey,
      contentHash: row.contentHash,
      categories: row.categories,
      entry,
    });
  }
  const refs = Object.fromEntries(
    versions.map((v) => [v.listName, { versionId: v.versionId, label: v.label, seq: v.seq }]),
  );
  return {
    stamp: stampOf(versions),
    index: buildIndex(entries, {
      listVersions: Object.fromEntries(versions.map((v) => [v.listName, v.label])),
    }),
    meta,
    versions: refs,
    formats: Object.fromEntries(versions.map((v) => [v.listName, v.format])),
  };
}

function stampOf(versions: LatestVersion[]): string {
  return versions
    .map((v) => v.versionId)
    .sort()
    .join(",");
}

const cache = new Map<string, { stamp: string; built: Promise<InstitutionIndex> }>();

/** The institution's current index: cached, rebuilt when any list got a new version. */
export async function institutionIndex(tx: DbOrTx, institutionId: string): Promise<InstitutionIndex> {
  const versions = await latestVersions(tx, institutionId);
  const stamp = stampOf(versions);
  const hit = cache.get(institutionId);
  if (hit && hit.stamp === stamp) {
    return hit.built;
  }
  const built = indexFromVersions(tx, versions);
  cache.set(institutionId, { stamp, built });
  built.catch(() => {
    if (cache.get(institutionId)?.built === built) {
      cache.delete(institutionId);
    }
  });
  return built;
}
