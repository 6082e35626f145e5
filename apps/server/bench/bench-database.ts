// One throwaway database for a bench: a PGlite directory, or a database of its own on the PostgreSQL server
// that BENCH_DATABASE_URL (or TEST_DATABASE_URL) names, dropped afterwards. BENCH_DB_NAME picks the name;
// BENCH_KEEP_DB=1 keeps it for EXPLAIN (its name goes to stderr). Shared by every `npm run bench:*`.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { loadConfig } from "../src/config";
import { createDb, type DbHandle } from "../src/db/client";
import { migrateDb } from "../src/db/migrate";
import type { Deps } from "../src/deps";
import { systemClock } from "../src/lib/clock";
import { createLogger } from "../src/lib/logger";

/** The PostgreSQL server the benches measure on, or null when none is named. */
export function benchServerUrl(): string | null {
  return process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;
}

export interface BenchDatabase {
  handle: DbHandle;
  /** The own database's URL (PostgreSQL only), for a server the bench starts. */
  url: string | null;
  cleanup: () => Promise<void>;
}

async function onServer(server: string, sql: string) {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function openBenchDatabase(
  kind: "pglite" | "postgres",
  options: { prefix: string; poolSize: number },
): Promise<BenchDatabase> {
  if (kind === "pglite") {
    const dir = mkdtempSync(path.join(tmpdir(), `${options.prefix.replaceAll("_", "-")}-`));
    const handle = await createDb({ dataDir: dir });
    return { handle, url: null, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const server = benchServerUrl();
  if (!server) {
    throw new Error("set BENCH_DATABASE_URL=postgres://… to measure on a PostgreSQL server");
  }
  const name = process.env.BENCH_DB_NAME ?? `${options.prefix}_${randomBytes(4).toString("hex")}`;
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`not a plain database name: ${name}`);
  }
  await onServer(server, `create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString(), poolSize: options.poolSize });
  return {
    handle,
    url: url.toString(),
    cleanup: async () => {
      if (process.env.BENCH_KEEP_DB) {
        console.error(`kept database ${name}`);
        return;
      }
      await onServer(server, `drop database if exists ${name} with (force)`);
    },
  };
}

/**
 * A migrated database of its own on the PostgreSQL server, with the app's dependencies over it (the
 * single-process benches: bench:secrets, bench:insight). Exits with a clear message when no server is named.
 */
export async function openBenchDeps(bench: string, prefix: string) {
  if (!benchServerUrl()) {
    console.error(`${bench} needs BENCH_DATABASE_URL or TEST_DATABASE_URL (a PostgreSQL server)`);
    process.exit(2);
  }
  const { handle, cleanup } = await openBenchDatabase("postgres", { prefix, poolSize: 4 });
  await migrateDb(handle);
  const config = loadConfig({ RENKEI_DATA_DIR: "/nonexistent" });
  const deps: Deps = { db: handle.db, handle, clock: systemClock, logger: createLogger("silent"), config };
  return {
    handle,
    deps,
    close: async () => {
      await handle.close();
      await cleanup();
    },
  };
}
