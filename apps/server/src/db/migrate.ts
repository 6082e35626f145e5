import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { DbHandle } from "./client";

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** Fixed key for the migration advisory lock: several app processes may start at once on one server. */
const MIGRATION_LOCK_KEY = 727_100_001;

/**
 * Applies the committed SQL migrations (architecture §10.17: drizzle-kit cannot migrate PGlite, so we
 * run drizzle's programmatic migrators from here for both drivers).
 */
export async function migrateDb(handle: DbHandle): Promise<void> {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  if (await upToDate(handle)) {
    // Nothing to apply: do not even try to create the migrations schema, so the app may run as a role
    // that owns nothing (docs/postgres-roles.sql).
    return;
  }
  await handle.withAdvisoryLock(MIGRATION_LOCK_KEY, () =>
    migratePg(handle.db as unknown as NodePgDatabase, { migrationsFolder: MIGRATIONS_FOLDER }),
  );
}

/** True when the newest committed migration is already recorded (drizzle compares `created_at`). */
async function upToDate(handle: DbHandle): Promise<boolean> {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
    entries: { when: number }[];
  };
  const newest = Math.max(...journal.entries.map((e) => e.when));
  try {
    const [row] = await handle.query<{ last: string | null }>(
      "select max(created_at)::text as last from drizzle.__drizzle_migrations",
    );
    return row?.last != null && Number(row.last) >= newest;
  } catch {
    return false;
  }
}
