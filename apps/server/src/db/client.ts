import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { acquireDataDirLock } from "./data-dir-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/** One database type for both drivers: repositories never know which one runs underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export interface DbHandle {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
  /** Raw SQL for maintenance tasks (migrate, backup, restore): returns rows as plain objects. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /** Runs `fn` while holding a session-level advisory lock (a no-op on single-connection PGlite). */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
}

export interface DbOptions {
  /** postgres:// URL, or `memory://` for an in-memory PGlite, or a folder for a PGlite file database. */
  url?: string | undefined;
  dataDir?: string;
  loadDataDir?: Blob | File;
  poolSize?: number;
  /** Told about errors of idle pooled connections (e.g. 57P01 when the server restarts). */
  onPoolError?: (err: Error) => void;
}

const CLOSE_WAIT_MS = 5_000;

export async function createDb(options: DbOptions): Promise<DbHandle> {
  if (options.url?.startsWith("postgres")) {
    // Dates stay strings: timestamps/dates are compared and shown as ISO text everywhere.
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection that the server ends (restart, failover, terminate) emits 'error' on the pool;
    // unhandled, that event exits the process (issue 10 item 6). The pool already discards the client
    // and connects afresh on the next query, so noting it is all there is to do.
    pool.on("error", (err) => options.onPoolError?.(err));
    // A connection that breaks while checked out (between queries of a transaction) emits 'error' on its
    // client, where the pool does not listen: every client gets a listener, so that too is not fatal.
    pool.on("connect", (client) => client.on("error", (err) => options.onPoolError?.(err)));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      // A client released after its connection broke (drizzle releases without the error) never
      // answers `end`: closing waits at most a few seconds for the others, then lets go of it.
      close: () =>
        Promise.race([
          pool.end(),
          new Promise<void>((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref()),
        ]),
      query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
      exec: async (text: string) => {
        await pool.query(text);
      },
      withAdvisoryLock: async (key, fn) => {
        const lockClient = await pool.connect();
        try {
          await lockClient.query("select pg_advisory_lock($1)", [key]);
          return await fn();
        } finally {
          await lockClient.query("select pg_advisory_unlock($1)", [key]).catch(() => undefined);
          lockClient.release();
        }
      },
    };
  }
  const memory = options.url === "memory://" || (!options.url && !options.dataDir);
  let release: () => void = () => undefined;
  if (!memory && options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    release = acquireDataDirLock(options.dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(memory ? {} : { dataDir: options.dataDir }),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: { pg_trgm },
    });
  } catch (err) {
    release();
    throw err;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
    query: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
    exec: async (text: string) => {
      await client.exec(text);
    },
    withAdvisoryLock: (_key, fn) => fn(),
  };
}
