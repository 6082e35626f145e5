import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { createDb, type DbHandle } from "../../src/db/client";
import { migrateDb } from "../../src/db/migrate";
import { fixedClock } from "../../src/lib/clock";
import { createLogger } from "../../src/lib/logger";
import { TEST_NOW } from "../harness";

/**
 * Issue 10 item 6: the app survives its PostgreSQL server restarting under it. A private throwaway
 * cluster on a free loopback port is stopped and started while the app holds pooled connections.
 */
const PGBIN = "/usr/lib/postgresql/15/bin";
const available = existsSync(path.join(PGBIN, "initdb")) && existsSync(path.join(PGBIN, "pg_ctl"));
const asRoot = process.getuid?.() === 0;

function runPg(args: string[]) {
  // initdb refuses to run as root (as in .ci/run).
  const [cmd, ...rest] = asRoot ? ["runuser", "-u", "postgres", "--", ...args] : args;
  execFileSync(cmd!, rest, { stdio: "pipe" });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe.skipIf(!available)(`the app over a restarting PostgreSQL (skipped: no ${PGBIN}/initdb)`, () => {
  const dir = mkdtempSync(path.join(tmpdir(), "renkei-pg-"));
  const data = path.join(dir, "data");
  let handle: DbHandle | null = null;
  let port = 0;
  const pgCtl = (...args: string[]) =>
    runPg([
      `${PGBIN}/pg_ctl`,
      "-D",
      data,
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      "-l",
      path.join(dir, "log"),
      "-w",
      ...args,
    ]);

  afterAll(async () => {
    await handle?.close().catch(() => undefined);
    try {
      pgCtl("-m", "immediate", "stop");
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 503 with Retry-After while the database is away, does not exit, and reconnects", async () => {
    if (asRoot) {
      chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), 0);
    }
    port = await freePort();
    runPg([
      `${PGBIN}/initdb`,
      "-D",
      data,
      "-U",
      "postgres",
      "--auth=trust",
      "--encoding=UTF8",
      "--locale=C.UTF-8",
    ]);
    pgCtl("start");
    const poolErrors: string[] = [];
    handle = await createDb({
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      poolSize: 3,
      onPoolError: (err) => poolErrors.push((err as { code?: string }).code ?? err.message),
    });
    await migrateDb(handle);
    const config = loadConfig({
      RENKEI_DATA_DIR: dir,
      RENKEI_AUDIT_KEY_FILE: path.join(dir, "keys", "k.pem"),
    });
    const app = createApp(
      { db: handle.db, handle, clock: fixedClock(TEST_NOW), logger: createLogger("silent"), config },
      { webDir: null },
    );
    const login = () =>
      app.request("/api/v1/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "nobody@example.jp", password: "wrong-password-1" }),
      });
    // Several requests at once leave several idle connections in the pool.
    expect((await Promise.all([login(), login(), login()])).map((r) => r.status)).toEqual([401, 401, 401]);

    pgCtl("-m", "fast", "stop");
    const away = await login();
    expect(away.status).toBe(503);
    expect(away.headers.get("retry-after")).toBe("5");
    expect(((await away.json()) as { error: { code: string } }).error.code).toBe("UNAVAILABLE");
    // The server ended the idle connections (57P01): noted, not fatal (the process is still here).
    await vi.waitFor(() => expect(poolErrors).toContain("57P01"), { timeout: 10_000 });

    pgCtl("start");
    // A connection the server ended may still be handed out once before the pool notices (the 57P01
    // of each idle client arrives on its own); the app must answer 503 for it, never exit, and serve
    // again from fresh connections.
    const statuses: number[] = [];
    await vi.waitFor(
      async () => {
        statuses.push((await login()).status);
        expect(statuses.at(-1)).toBe(401);
      },
      { timeout: 10_000, interval: 200 },
    );
    expect(statuses.filter((s) => s !== 401 && s !== 503)).toEqual([]);
  });
});
