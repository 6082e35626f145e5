// Importing a list version (issue 3 "Lists"): parse → key and hash every entry → diff against the version
// in force → store the version beside the older ones with its entries and diff → re-screen every partner
// and person against the added / changed entries only → notify officers of new hits. One transaction:
// a failed import leaves the list as it was.
import type { ListFormat, TListChange, TListImportReport } from "@renkei/contract";
import { DomainError, diffListVersions, type ListEntry } from "@renkei/domain";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import {
  screeningHits,
  screeningListChanges,
  screeningListEntries,
  screeningLists,
  screeningListVersions,
} from "../../db/schema";
import type { Deps } from "../../deps";
import { appendAudit } from "../audit/audit.writer";
import { storeListEdges } from "../ec-reach/ownership-import";
import { categoriesOf, comparableEntry, contentHashOf, entryKeyOf, rowToEntry } from "./entry-key";
import { indexFromVersions } from "./index-cache";
import { type ListFile, parseListFiles } from "./list-files";
import { type NewHit, notifyNewHits, type ScreenActor, screenSubject } from "./subject-screening";
import { loadAllSubjects } from "./subjects";

export interface ListImportInput {
  format: ListFormat;
  name: string;
  source?: string | undefined;
  versionLabel?: string | undefined;
  publishedOn?: string | undefined;
  effectiveOn?: string | undefined;
  files: ListFile[];
}

export interface ListImportOptions {
  mode: "preview" | "commit";
  /** Progress lines for big files (the CLI prints them). */
  onProgress?: (message: string) => void;
  /** Notify officers of new hits (default true; the demo seed opens its review items silently). */
  notify?: boolean;
}

const CHUNK = 500;

interface KeyedEntry {
  key: string;
  entry: ListEntry;
  hash: string;
}

/** Keys every entry; a key seen twice keeps the last entry (as the domain diff does) and warns. */
function keyEntries(format: ListFormat, entries: ListEntry[], warnings: string[]): KeyedEntry[] {
  const byKey = new Map<string, KeyedEntry>();
  const bySource = new Map<string, string>();
  for (const entry of entries) {
    const key = entryKeyOf(format, entry);
    if (byKey.has(key)) {
      warnings.push(`duplicate entry ${key}: the later one is kept`);
    }
    const otherKey = bySource.get(entry.sourceId);
    if (otherKey !== undefined && otherKey !== key) {
      // The index looks results up by sourceId, so it must be unique within a version.
      entry.sourceId = `${entry.sourceId}#${key}`;
      warnings.push(`sourceId ${otherKey} repeats; stored as ${entry.sourceId}`);
    }
    bySource.set(entry.sourceId, key);
    byKey.set(key, { key, entry, hash: contentHashOf(format, entry, key) });
  }
  return [...byKey.values()];
}

const primaryName = (e: ListEntry) => e.names[0]?.value ?? e.sourceId;

export async function importList(
  deps: Deps,
  institutionId: string,
  actor: ScreenActor,
  input: ListImportInput,
  options: ListImportOptions,
): Promise<TListImportReport> {
  const progress = options.onProgress ?? (() => undefined);
  progress(`reading ${input.files.map((f) => f.name).join(", ")} as ${input.format}`);
  const parsed = await parseListFiles(input.format, input.files, input.name);
  const warnings = [...parsed.warnings];
  const keyed = keyEntries(input.format, parsed.entries, warnings);
  progress(`parsed ${keyed.length} entries${warnings.length ? ` (${warnings.length} warnings)` : ""}`);
  const now = deps.clock.now();

  return deps.db.transaction(async (tx) => {
    // Two imports of the same list at once would both become "version N+1".
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`screening-list:${institutionId}:${input.name}`}))`,
    );
    const [list] = await tx
      .select()
      .from(screeningLists)
      .where(and(eq(screeningLists.institutionId, institutionId), eq(screeningLists.name, input.name)));
    if (list && list.format !== input.format) {
      throw new DomainError("VALIDATION_FAILED", `List "${input.name}" is in ${list.format} format`, {
        issues: [{ path: "format", message: "validation.list_format_mismatch" }],
      });
    }
    const [latest] = list
      ? await tx
          .select()
          .from(screeningListVersions)
          .where(eq(screeningListVersions.listId, list.id))
          .orderBy(desc(screeningListVersions.seq))
          .limit(1)
      : [];
    const base = {
      mode: options.mode,
      listId: list?.id ?? null,
      fileSha256: parsed.fileSha256,
      entryCount: keyed.length,
      warnings: warnings.slice(0, 200),
    };
    if (latest && latest.fileSha256 === parsed.fileSha256) {
      return {
        ...base,
        versionId: latest.id,
        seq: latest.seq,
        versionLabel: latest.versionLabel,
        unchanged: true,
        added: 0,
        changed: 0,
        removed: 0,
        sample: [],
        rescreen: null,
      };
    }
    const previous = latest
      ? await tx.select().from(screeningListEntries).where(eq(screeningListEntries.versionId, latest.id))
      : [];
    const prevByKey = new Map(previous.map((r) => [r.entryKey, r]));
    const newByKey = new Map(keyed.map((k) => [k.key, k]));
    const diff = diffListVersions(
      previous.map((r) => comparableEntry(input.format, rowToEntry(r, input.name), r.entryKey)),
      keyed.map((k) => comparableEntry(input.format, k.entry, k.key)),
    );
    const changes: TListChange[] = [
      ...diff.added.map((e) => {
        const k = newByKey.get(e.sourceId)!;
        return {
          change: "added" as const,
          entryKey: k.key,
          sourceId: k.entry.sourceId,
          name: primaryName(k.entry),
          fields: [],
        };
      }),
      ...diff.changed.map((c) => {
        const k = newByKey.get(c.after.sourceId)!;
        return {
          change: "changed" as const,
          entryKey: k.key,
          sourceId: k.entry.sourceId,
          name: primaryName(k.entry),
          fields: c.fields,
        };
      }),
      ...diff.removed.map((e) => {
        const r = prevByKey.get(e.sourceId)!;
        return {
          change: "removed" as const,
          entryKey: r.entryKey,
          sourceId: r.sourceId,
          name: r.primaryName,
          fields: [],
        };
      }),
    ];
    const seq = (latest?.seq ?? 0) + 1;
    const versionLabel = input.versionLabel || parsed.statedVersion || deps.clock.today();
    const summary = {
      ...base,
      seq,
      versionLabel,
      unchanged: false,
      added: diff.added.length,
      changed: diff.changed.length,
      removed: diff.removed.length,
      sample: changes.slice(0, 50),
    };
    progress(
      `diff against version ${latest?.seq ?? "-"}: +${summary.added} ~${summary.changed} -${summary.removed}`,
    );
    if (options.mode === "preview") {
      return { ...summary, versionId: null, rescreen: null };
    }

    const listId =
      list?.id ??
      (
        await tx
          .insert(screeningLists)
          .values({ institutionId, name: input.name, format: input.format, source: input.source ?? "" })
          .returning({ id: screeningLists.id })
      )[0]!.id;
    const [version] = await tx
      .insert(screeningListVersions)
      .values({
        institutionId,
        listId,
        seq,
        versionLabel,
        publishedOn: input.publishedOn ?? parsed.statedDate ?? null,
        effectiveOn: input.effectiveOn ?? null,
        source: input.source ?? list?.source ?? "",
        fileSha256: parsed.fileSha256,
        fileNames: input.files.map((f) => f.name),
        entryCount: keyed.length,
        addedCount: summary.added,
        changedCount: summary.changed,
        removedCount: summary.removed,
        warnings: warnings.slice(0, 1000),
        importedBy: actor.userId,
        importedByLabel: actor.label,
        importedAt: now.toISOString(),
      })
      .returning();
    const versionId = version!.id;
    for (let i = 0; i < keyed.length; i += CHUNK) {
      await tx.insert(screeningListEntries).values(
        keyed.slice(i, i + CHUNK).map(({ key, entry, hash }) => ({
          institutionId,
          versionId,
          entryKey: key,
          sourceId: entry.sourceId,
          primaryName: primaryName(entry),
          names: entry.names,
          schema: entry.schema,
          countries: entry.countries,
          addresses: entry.addresses,
          programs: entry.programs,
          categories: categoriesOf(input.format, entry),
          details: entry.details,
          contentHash: hash,
        })),
      );
      progress(`stored ${Math.min(i + CHUNK, keyed.length)}/${keyed.length} entries`);
    }
    for (let i = 0; i < changes.length; i += CHUNK) {
      await tx.insert(screeningListChanges).values(
        changes.slice(i, i + CHUNK).map((c) => ({
          institutionId,
          versionId,
          ...c,
          beforeHash: prevByKey.get(c.entryKey)?.contentHash ?? null,
          afterHash: newByKey.get(c.entryKey)?.hash ?? null,
        })),
      );
    }
    await markDelisted(
      tx,
      institutionId,
      listId,
      diff.removed.map((e) => e.sourceId),
    );
    if (parsed.relations) {
      // FtM exports carry ownership and control (issue 15 item 5): stored before the re-screen reads them.
      await storeListEdges(
        tx,
        { institutionId, listId, listName: input.name, versionId, versionLabel, actor, now },
        parsed.relations,
      );
    }
    const rescreen = await rescreenChanged(tx, now, institutionId, actor, {
      listId,
      listName: input.name,
      format: input.format,
      versionId,
      seq,
      label: versionLabel,
      keys: new Set([...diff.added, ...diff.changed.map((c) => c.after)].map((e) => e.sourceId)),
      progress,
      notify: options.notify !== false,
    });
    await tx.update(screeningListVersions).set({ rescreen }).where(eq(screeningListVersions.id, versionId));
    await appendAudit(tx, {
      institutionId,
      actor,
      action: "screening.list_imported",
      entityType: "screening_list",
      entityId: listId,
      after: {
        name: input.name,
        format: input.format,
        versionId,
        seq,
        versionLabel,
        fileSha256: parsed.fileSha256,
        entryCount: keyed.length,
        added: summary.added,
        changed: summary.changed,
        removed: summary.removed,
        rescreen,
      },
      at: now,
    });
    return { ...summary, listId, versionId, rescreen };
  });
}

/** Open review items whose entry left the list are closed as "delisted" (history kept, not deleted). */
async function markDelisted(tx: DbOrTx, institutionId: string, listId: string, keys: string[]) {
  for (let i = 0; i < keys.length; i += CHUNK) {
    await tx
      .update(screeningHits)
      .set({ status: "delisted" })
      .where(
        and(
          eq(screeningHits.institutionId, institutionId),
          eq(screeningHits.listId, listId),
          inArray(screeningHits.entryKey, keys.slice(i, i + CHUNK)),
          inArray(screeningHits.status, ["pending", "escalated"]),
        ),
      );
  }
}

/**
 * Reverse screening (screening-research.md §6.5): every partner and person against an index of only the
 * added and changed entries of the new version. Runs are stored for subjects with candidates at or above
 * the threshold; new review items are announced in one notice.
 */
async function rescreenChanged(
  tx: DbOrTx,
  now: Date,
  institutionId: string,
  actor: ScreenActor,
  v: {
    listId: string;
    listName: string;
    format: ListFormat;
    versionId: string;
    seq: number;
    label: string;
    keys: Set<string>;
    progress: (m: string) => void;
    notify: boolean;
  },
): Promise<{ subjects: number; newHits: number }> {
  if (v.keys.size === 0) {
    return { subjects: 0, newHits: 0 };
  }
  const delta = await indexFromVersions(
    tx,
    [
      {
        listId: v.listId,
        listName: v.listName,
        format: v.format,
        versionId: v.versionId,
        seq: v.seq,
        label: v.label,
      },
    ],
    (row) => v.keys.has(row.entryKey),
  );
  const subjects = await loadAllSubjects(tx, institutionId);
  v.progress(
    `re-screening ${subjects.length} partners and people against ${v.keys.size} added/changed entries`,
  );
  const newHits: NewHit[] = [];
  for (const subject of subjects) {
    const r = await screenSubject(tx, { now }, institutionId, subject, "list_import", actor, {
      index: delta,
      notify: false,
      storeClearRun: false,
    });
    newHits.push(...(r?.newHits ?? []));
  }
  if (v.notify) {
    await notifyNewHits(tx, institutionId, newHits, now);
  }
  v.progress(`re-screen done: ${newHits.length} new hit(s)`);
  return { subjects: subjects.length, newHits: newHits.length };
}
