import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { sql } from "drizzle-orm";
import type { DbHandle } from "./client";
import { migrateDb } from "./migrate";

/** Tables that hold only transient state and are not worth restoring. */
const TRANSIENT = new Set(["sessions", "login_attempts", "auth_challenges", "password_reset_requests"]);

/** Application tables in an order where every foreign key points to a table that comes earlier. */
export async function tablesInDependencyOrder(handle: DbHandle): Promise<string[]> {
  const tables = (
    await handle.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
    )
  ).map((t) => t.name);
  const edges = await handle.query<{ child: string; parent: string }>(
    `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = 'public'`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (ordered.includes(t) || visiting.has(t)) {
      return;
    }
    visiting.add(t);
    for (const e of edges) {
      if (e.child === t && e.parent !== t) {
        visit(e.parent);
      }
    }
    ordered.push(t);
  };
  tables.forEach(visit);
  return ordered;
}

export interface BackupSummary {
  tables: Record<string, number>;
}

/**
 * Writes every application table as gzip'd JSON lines: the same file restores into the embedded
 * database or a PostgreSQL server, because rows go through row_to_json / json_populate_record.
 */
export async function backupTo(handle: DbHandle, file: string): Promise<BackupSummary> {
  const tables = (await tablesInDependencyOrder(handle)).filter((t) => !TRANSIENT.has(t));
  const summary: BackupSummary = { tables: {} };
  async function* lines() {
    yield `${JSON.stringify({ format: "renkei-backup", version: 1, createdAt: new Date().toISOString(), tables })}\n`;
    for (const table of tables) {
      const rows = await handle.query<{ r: unknown }>(`select row_to_json(t) as r from "${table}" t`);
      summary.tables[table] = rows.length;
      for (const { r } of rows) {
        yield `${JSON.stringify({ t: table, r })}\n`;
      }
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file));
  return summary;
}

export class RestoreError extends Error {}

interface ParsedBackup {
  tables: string[];
  rowsByTable: Map<string, Record<string, unknown>[]>;
}

/**
 * Reads and checks the whole file before anything is touched (issue 10 item 5): every line must be
 * JSON, every row must name a table of the header that exists in this database, and every column of
 * every row must exist in that table. The first problem is reported with its line number.
 */
async function readBackup(handle: DbHandle, file: string): Promise<ParsedBackup> {
  const columns = new Map<string, Set<string>>();
  for (const c of await handle.query<{ t: string; c: string }>(
    "select table_name as t, column_name as c from information_schema.columns where table_schema = 'public'",
  )) {
    columns.set(c.t, (columns.get(c.t) ?? new Set()).add(c.c));
  }
  // Opened only now: readline starts reading at once, and lines read before the loop below would be lost.
  const input = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  type Header = { format?: unknown; version?: unknown; tables?: unknown };
  let header: Header | null = null;
  const rowsByTable = new Map<string, Record<string, unknown>[]>();
  let lineNo = 0;
  try {
    for await (const line of input) {
      lineNo++;
      if (!line) {
        continue;
      }
      let parsed: { t?: unknown; r?: unknown };
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new RestoreError(`line ${lineNo}: not JSON`);
      }
      if (!header) {
        header = parsed as Header;
        if (header?.format !== "renkei-backup" || header.version !== 1 || !Array.isArray(header.tables)) {
          throw new RestoreError("Not a Renkei backup file (version 1)");
        }
        for (const t of header.tables as unknown[]) {
          if (typeof t !== "string" || !columns.has(t)) {
            throw new RestoreError(`header: table ${String(t)} does not exist in this database`);
          }
          rowsByTable.set(t, []);
        }
        continue;
      }
      const list = typeof parsed.t === "string" ? rowsByTable.get(parsed.t) : undefined;
      if (!list) {
        throw new RestoreError(`line ${lineNo}: table ${String(parsed.t)} is not in the backup's header`);
      }
      const row = parsed.r;
      if (!row || typeof row !== "object" || Array.isArray(row)) {
        throw new RestoreError(`line ${lineNo}: the row is not an object`);
      }
      const known = columns.get(parsed.t as string)!;
      const unknown = Object.keys(row).find((k) => !known.has(k));
      if (unknown) {
        throw new RestoreError(`line ${lineNo}: table ${String(parsed.t)} has no column ${unknown}`);
      }
      list.push(row as Record<string, unknown>);
    }
  } catch (err) {
    if (err instanceof RestoreError) {
      throw err;
    }
    throw new RestoreError(
      `line ${lineNo + 1}: the file is not a complete gzip'd backup (${(err as Error).message})`,
    );
  }
  if (!header) {
    throw new RestoreError("Backup file has no header");
  }
  return { tables: header.tables as string[], rowsByTable };
}

/**
 * Replaces the database's contents with a backup. The whole file is read and checked first; then, in
 * ONE transaction, every table is emptied and refilled and the sequences moved past the restored ids.
 * A bad row anywhere rolls the transaction back: a failed restore changes nothing (issue 10 item 5).
 * The audit guards are switched off inside the transaction only (so the restore runs as the tables'
 * owner, see docs/postgres-roles.sql) and are on again when it commits.
 */
export async function restoreFrom(handle: DbHandle, file: string): Promise<BackupSummary> {
  await migrateDb(handle);
  const backup = await readBackup(handle, file);
  const all = await tablesInDependencyOrder(handle);
  const list = all.map((t) => `"${t}"`).join(", ");
  const summary: BackupSummary = { tables: {} };
  await handle.db.transaction(async (tx) => {
    const run = (text: string) => tx.execute(sql.raw(text));
    for (const t of all) {
      await run(`alter table "${t}" disable trigger user`);
    }
    await run(`truncate ${list} restart identity cascade`);
    for (const table of backup.tables) {
      const rows = backup.rowsByTable.get(table) ?? [];
      summary.tables[table] = rows.length;
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500);
        try {
          await tx.execute(
            sql`insert into ${sql.identifier(table)} select * from json_populate_recordset(null::${sql.identifier(table)}, ${JSON.stringify(chunk)}::json)`,
          );
        } catch (err) {
          const cause = (err as { cause?: Error }).cause?.message ?? "rejected";
          throw new RestoreError(
            `table ${table}, rows ${i + 1}–${i + chunk.length}: ${cause}; nothing was changed`,
          );
        }
      }
    }
    for (const t of all) {
      await run(`alter table "${t}" enable trigger user`);
    }
    const serials = (
      (await tx.execute(
        sql.raw(`select table_name as tbl, column_name as col from information_schema.columns
          where table_schema = 'public' and column_default like 'nextval(%'`),
      )) as unknown as { rows: { tbl: string; col: string }[] }
    ).rows;
    for (const { tbl, col } of serials) {
      await run(
        `select setval(pg_get_serial_sequence('"${tbl}"', '${col}'), coalesce((select max("${col}") from "${tbl}"), 0) + 1, false)`,
      );
    }
  });
  return summary;
}
