import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "../../src/db/client";
import { DataDirLockedError, lockFileOf } from "../../src/db/data-dir-lock";
import { migrateDb } from "../../src/db/migrate";
import { auditEvents, institutions, users } from "../../src/db/schema";
import { appendAudit } from "../../src/features/audit/audit.writer";
import { verifyAudit } from "../../src/features/audit/audit-verify";

/**
 * Issue 10 item 3: `renkei users create` against the data folder of a running embedded server created
 * the user in its own copy and lost the audit event. Now the folder is locked by whoever opens it.
 */
const BIN = path.resolve(import.meta.dirname, "../../bin/renkei.js");
const dir = mkdtempSync(path.join(tmpdir(), "renkei-lock-"));
const dataDir = path.join(dir, "data");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    env: {
      ...process.env,
      RENKEI_DATA_DIR: dataDir,
      DATABASE_URL: "",
      RENKEI_AUDIT_KEY_FILE: path.join(dir, "keys", "k.pem"),
      LOG_LEVEL: "silent",
    },
    encoding: "utf8",
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

const createUserArgs = [
  "users",
  "create",
  "--email",
  "new.officer@a.example.ac.jp",
  "--name",
  "新任 担当",
  "--role",
  "export_control_officer",
  "--institution",
  "a",
  "--password",
  "Kumo-no-ue-2026!",
];

// The lock guards the embedded database only; on a PostgreSQL run there is nothing more to learn here.
describe.skipIf(process.env.TEST_DATABASE_URL)("one writer per embedded database (PGlite only)", () => {
  let server: DbHandle | null = null;

  it("refuses a CLI write while the server holds the folder, and loses nothing", async () => {
    server = await createDb({ dataDir });
    await migrateDb(server);
    const [inst] = await server.db
      .insert(institutions)
      .values({ code: "a", nameJa: "甲大学", nameEn: "A" })
      .returning();
    await server.db.transaction((tx) =>
      appendAudit(tx, {
        institutionId: inst!.id,
        actor: { userId: null, label: "test" },
        action: "institution.created",
        entityType: "institution",
        entityId: inst!.id,
        at: new Date(),
      }),
    );
    expect(JSON.parse(readFileSync(lockFileOf(dataDir), "utf8"))).toMatchObject({ pid: process.pid });

    const refused = cli(createUserArgs);
    expect(refused.status).toBe(3);
    expect(refused.err).toContain("使用中");
    expect(refused.err).toContain("is in use by another Renkei process");
    expect(refused.err).toContain(`pid ${process.pid}`);
    // A second opener inside this process is refused the same way.
    await expect(createDb({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);

    expect(await server.db.select().from(users)).toHaveLength(0);
    expect((await verifyAudit(server.db)).ok).toBe(true);
    await server.close();
    server = null;
    expect(existsSync(lockFileOf(dataDir))).toBe(false);

    // With the server stopped the same command works, and its event is in the chain.
    const created = cli(createUserArgs);
    expect(created.err).toBe("");
    expect(created.status).toBe(0);
    const after = await createDb({ dataDir });
    try {
      expect(await after.db.select().from(users)).toHaveLength(1);
      const events = await after.db.select().from(auditEvents);
      expect(events.map((e) => e.action)).toContain("user.created");
      expect((await verifyAudit(after.db)).ok).toBe(true);
    } finally {
      await after.close();
    }
  });

  it("takes over a lock left by a process that is gone", async () => {
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid!;
    writeFileSync(
      lockFileOf(dataDir),
      JSON.stringify({ pid: gone, host: hostname(), command: "serve", startedAt: "2026-01-01T00:00:00Z" }),
    );
    const handle = await createDb({ dataDir });
    expect(JSON.parse(readFileSync(lockFileOf(dataDir), "utf8")).pid).toBe(process.pid);
    await handle.close();
  });
});
