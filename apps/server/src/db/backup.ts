import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
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

/**
 * Replaces the database's contents with a backup: the schema is dropped and migrated afresh, then rows
 * are inserted table by table and sequences moved past the restored ids. The whole file is read and
 * checked before anything is dropped, so a truncated or foreign file leaves the database untouched.
 */
export async function restoreFrom(handle: DbHandle, file: string): Promise<BackupSummary> {
  const input = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let header: { format?: string; tables?: string[] } | null = null;
  const rowsByTable = new Map<string, unknown[]>();
  for await (const line of input) {
    if (!line) {
      continue;
    }
    const parsed = JSON.parse(line);
    if (!header) {
      header = parsed;
      if (header?.format !== "renkei-backup") {
        throw new Error("Not a Renkei backup file");
      }
      continue;
    }
    const list = rowsByTable.get(parsed.t) ?? [];
    list.push(parsed.r);
    rowsByTable.set(parsed.t, list);
  }
  if (!header?.tables) {
    throw new Error("Backup file has no header");
  }
  await handle.exec(
    "drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;",
  );
  await migrateDb(handle);
  const summary: BackupSummary = { tables: {} };
  for (const table of header.tables) {
    const rows = rowsByTable.get(table) ?? [];
    summary.tables[table] = rows.length;
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await handle.query(
        `insert into "${table}" select * from json_populate_recordset(null::"${table}", $1::json)`,
        [JSON.stringify(chunk)],
      );
    }
  }
  const serials = await handle.query<{ tbl: string; col: string }>(
    `select table_name as tbl, column_name as col from information_schema.columns
      where table_schema = 'public' and column_default like 'nextval(%'`,
  );
  for (const { tbl, col } of serials) {
    await handle.query(
      `select setval(pg_get_serial_sequence('"${tbl}"', '${col}'), coalesce((select max("${col}") from "${tbl}"), 0) + 1, false)`,
    );
  }
  return summary;
}
