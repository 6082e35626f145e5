// Lists fetched on a schedule (issue 15 item 6): each source names the files or URLs of one list; a
// fetch reads them, and the list import diffs them against the version in force, stores a new version
// only when they changed, and re-screens every partner and person against what changed. A failed
// fetch (unreachable, too large, unparsable) changes nothing in the list: the version in force stays,
// the source records the error and the officers get an in-app alert.
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { ListFormat, TListSource, ZListSourceInput } from "@renkei/contract";
import { DomainError, parseSourceLocation, sourceDue } from "@renkei/domain";
import { and, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { screeningListSources, screeningLists, screeningListVersions } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { redact } from "../../lib/logger";
import { appendAudit } from "../audit/audit.writer";
import { notify } from "../notifications/notify";
import type { ListFile } from "../screening/list-files";
import { importList } from "../screening/list-import.service";

type Row = typeof screeningListSources.$inferSelect;
type Input = z.output<typeof ZListSourceInput>;

/** The largest list file a fetch accepts (the OFAC SDN set is ~4 MB, the UN list ~2 MB). */
export const MAX_SOURCE_BYTES = 100 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 120_000;
const SYSTEM = { userId: null, label: "list fetch (scheduled)" };

/** Reads one location; throws an Error whose message says what went wrong (shown to the officer). */
async function readLocation(raw: string): Promise<ListFile> {
  const loc = parseSourceLocation(raw);
  if (!loc) {
    throw new Error(`not a file path or http(s) URL: ${raw}`);
  }
  if (loc.kind === "file") {
    const s = await stat(loc.path);
    if (!s.isFile()) {
      throw new Error(`${loc.path} is not a file`);
    }
    if (s.size > MAX_SOURCE_BYTES) {
      throw new Error(`${loc.path} is larger than ${MAX_SOURCE_BYTES} bytes`);
    }
    return { name: basename(loc.path), bytes: new Uint8Array(await readFile(loc.path)) };
  }
  const res = await fetch(loc.url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: "follow" });
  if (!res.ok) {
    throw new Error(`${loc.url} answered HTTP ${res.status}`);
  }
  const length = Number(res.headers.get("content-length") ?? "0");
  if (length > MAX_SOURCE_BYTES) {
    throw new Error(`${loc.url} is larger than ${MAX_SOURCE_BYTES} bytes`);
  }
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.byteLength > MAX_SOURCE_BYTES) {
    throw new Error(`${loc.url} is larger than ${MAX_SOURCE_BYTES} bytes`);
  }
  const name = basename(new URL(loc.url).pathname) || "list";
  return { name, bytes };
}

const errorText = (err: unknown) =>
  redact(
    err instanceof DomainError ? `${err.message}` : err instanceof Error ? err.message : String(err),
  ).slice(0, 1000);

async function versionsInForce(db: DbOrTx, institutionId: string) {
  const rows = await db
    .select({
      name: screeningLists.name,
      seq: screeningListVersions.seq,
      label: screeningListVersions.versionLabel,
      importedAt: screeningListVersions.importedAt,
    })
    .from(screeningListVersions)
    .innerJoin(screeningLists, eq(screeningLists.id, screeningListVersions.listId))
    .where(eq(screeningLists.institutionId, institutionId))
    .orderBy(desc(screeningListVersions.seq));
  const out = new Map<string, { seq: number; label: string; importedAt: string }>();
  for (const r of rows) {
    if (!out.has(r.name)) {
      out.set(r.name, { seq: r.seq, label: r.label, importedAt: r.importedAt });
    }
  }
  return out;
}

const toView = (r: Row, inForce: TListSource["versionInForce"]): TListSource => ({
  id: r.id,
  listName: r.listName,
  format: r.format as ListFormat,
  locations: r.locations,
  intervalHours: r.intervalHours,
  enabled: r.enabled,
  lastAttemptAt: r.lastAttemptAt?.toISOString() ?? null,
  lastSuccessAt: r.lastSuccessAt?.toISOString() ?? null,
  lastStatus: r.lastStatus as TListSource["lastStatus"],
  lastError: r.lastError,
  consecutiveFailures: r.consecutiveFailures,
  versionInForce: inForce,
});

export interface FetchOutcome {
  sourceId: string;
  listName: string;
  status: "imported" | "unchanged" | "failed";
  error?: string;
}

/**
 * Fetches one source now. The import runs in its own transaction (a failure leaves the list as it
 * was); the source's status, the audit event and the alert are written afterwards in another one.
 */
export async function fetchSource(deps: Deps, source: Row, by: { userId: string | null; label: string }) {
  const now = deps.clock.now();
  let outcome: FetchOutcome;
  let report: { seq: number; added: number; changed: number; removed: number; fileSha256: string } | null =
    null;
  try {
    const files: ListFile[] = [];
    for (const loc of source.locations) {
      files.push(await readLocation(loc));
    }
    const r = await importList(
      deps,
      source.institutionId,
      by,
      {
        format: source.format as ListFormat,
        name: source.listName,
        source: source.locations.join(" "),
        files,
      },
      { mode: "commit" },
    );
    report = { seq: r.seq, added: r.added, changed: r.changed, removed: r.removed, fileSha256: r.fileSha256 };
    outcome = {
      sourceId: source.id,
      listName: source.listName,
      status: r.unchanged ? "unchanged" : "imported",
    };
  } catch (err) {
    outcome = { sourceId: source.id, listName: source.listName, status: "failed", error: errorText(err) };
  }
  await deps.db.transaction(async (tx) => {
    const ok = outcome.status !== "failed";
    await tx
      .update(screeningListSources)
      .set({
        lastAttemptAt: now,
        lastStatus: outcome.status,
        lastError: outcome.error ?? "",
        consecutiveFailures: ok ? 0 : source.consecutiveFailures + 1,
        ...(ok ? { lastSuccessAt: now, lastSha256: report?.fileSha256 ?? null } : {}),
      })
      .where(eq(screeningListSources.id, source.id));
    await appendAudit(tx, {
      institutionId: source.institutionId,
      actor: by,
      action: ok ? "screening.list_fetched" : "screening.list_fetch_failed",
      entityType: "screening_list_source",
      entityId: source.id,
      after: { listName: source.listName, status: outcome.status, error: outcome.error, report },
      at: now,
    });
    if (!ok) {
      await notify(
        tx,
        {
          institutionId: source.institutionId,
          recipients: { permission: "list.manage" },
          kind: "screening.list_fetch_failed",
          title: {
            ja: `リストの取得に失敗しました: ${source.listName}`,
            en: `List fetch failed: ${source.listName}`,
          },
          body: {
            ja: [
              "定期取得でリストを読み込めませんでした。現在の版を引き続き照合に使っています。取得元の設定を確認してください。",
              "",
              outcome.error ?? "",
            ].join("\n"),
            en: [
              "The scheduled fetch could not read the list. The version in force is still used for screening. Check the source.",
              "",
              outcome.error ?? "",
            ].join("\n"),
          },
          link: "/screening/lists",
        },
        now,
      );
    }
  });
  return outcome;
}

/** Fetches every due source of every institution (the scheduled job and `renkei jobs run`). */
export async function fetchDueSources(deps: Deps, now: Date): Promise<FetchOutcome[]> {
  const rows = await deps.db
    .select()
    .from(screeningListSources)
    .where(eq(screeningListSources.enabled, true));
  const out: FetchOutcome[] = [];
  for (const r of rows) {
    const due = sourceDue(
      {
        enabled: r.enabled,
        intervalHours: r.intervalHours,
        lastAttemptAt: r.lastAttemptAt,
        lastStatus: r.lastStatus as TListSource["lastStatus"],
      },
      now,
    );
    if (due) {
      out.push(await fetchSource(deps, r, SYSTEM));
    }
  }
  return out;
}

export function createListSourcesService(deps: Deps) {
  const { db, clock } = deps;
  const by = (actor: Actor) => ({ userId: actor.userId, label: actor.displayName });

  async function load(tx: DbOrTx, actor: Actor, id: string): Promise<Row> {
    const [row] = await tx
      .select()
      .from(screeningListSources)
      .where(
        and(eq(screeningListSources.id, id), eq(screeningListSources.institutionId, actor.institutionId)),
      );
    if (!row) {
      throw new DomainError("NOT_FOUND", "Not found");
    }
    return row;
  }

  /** A source feeding a list that exists must use that list's format (the import would refuse it). */
  async function checkFormat(tx: DbOrTx, actor: Actor, input: Input) {
    const [list] = await tx
      .select({ format: screeningLists.format })
      .from(screeningLists)
      .where(
        and(eq(screeningLists.institutionId, actor.institutionId), eq(screeningLists.name, input.listName)),
      );
    if (list && list.format !== input.format) {
      throw new DomainError("VALIDATION_FAILED", "Format differs from the list's", {
        issues: [{ path: "format", message: "validation.list_format_mismatch" }],
      });
    }
  }

  async function taken(tx: DbOrTx, actor: Actor, listName: string, except?: string) {
    const rows = await tx
      .select({ id: screeningListSources.id })
      .from(screeningListSources)
      .where(
        and(
          eq(screeningListSources.institutionId, actor.institutionId),
          eq(screeningListSources.listName, listName),
        ),
      );
    if (rows.some((r) => r.id !== except)) {
      throw new DomainError("VALIDATION_FAILED", "The list already has a source", {
        issues: [{ path: "listName", message: "validation.list_source_exists" }],
      });
    }
  }

  return {
    async list(actor: Actor): Promise<TListSource[]> {
      const rows = await db
        .select()
        .from(screeningListSources)
        .where(eq(screeningListSources.institutionId, actor.institutionId))
        .orderBy(screeningListSources.listName);
      const inForce = await versionsInForce(db, actor.institutionId);
      return rows.map((r) => toView(r, inForce.get(r.listName) ?? null));
    },

    async create(actor: Actor, input: Input): Promise<string> {
      return db.transaction(async (tx) => {
        await taken(tx, actor, input.listName);
        await checkFormat(tx, actor, input);
        const [row] = await tx
          .insert(screeningListSources)
          .values({ institutionId: actor.institutionId, ...input, createdBy: actor.userId })
          .returning({ id: screeningListSources.id });
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: by(actor),
          action: "screening.list_source_saved",
          entityType: "screening_list_source",
          entityId: row!.id,
          after: input,
          at: clock.now(),
        });
        return row!.id;
      });
    },

    async update(actor: Actor, id: string, input: Input): Promise<void> {
      await db.transaction(async (tx) => {
        const before = await load(tx, actor, id);
        await taken(tx, actor, input.listName, id);
        await checkFormat(tx, actor, input);
        await tx
          .update(screeningListSources)
          .set({ ...input, version: before.version + 1 })
          .where(eq(screeningListSources.id, id));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: by(actor),
          action: "screening.list_source_saved",
          entityType: "screening_list_source",
          entityId: id,
          before: {
            listName: before.listName,
            format: before.format,
            locations: before.locations,
            intervalHours: before.intervalHours,
            enabled: before.enabled,
          },
          after: input,
          at: clock.now(),
        });
      });
    },

    /** Fetches the source now (the officer's "fetch now"). */
    async fetchNow(actor: Actor, id: string): Promise<FetchOutcome> {
      const row = await load(db, actor, id);
      return fetchSource(deps, row, by(actor));
    },
  };
}
