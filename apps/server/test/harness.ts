import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createApp } from "../src/app";
import { loadConfig } from "../src/config";
import { createDb, type DbHandle } from "../src/db/client";
import { migrateDb } from "../src/db/migrate";
import { DEMO_PASSWORD, seedDemo } from "../src/db/seed/dev-seed";
import type { Deps } from "../src/deps";
import { type Clock, fixedClock } from "../src/lib/clock";
import { createLogger } from "../src/lib/logger";
import { guardOverlappingQueries, takeOverlappingQueries } from "./overlap-guard";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a throwaway database on
 * the PostgreSQL server named by TEST_DATABASE_URL (CI runs the suite both ways).
 */
export async function createTestDb(): Promise<{ handle: DbHandle; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await createDb({ url: "memory://" });
    await migrateDb(handle);
    return { handle, drop: () => handle.close() };
  }
  // One connection runs one query at a time: a file that overlaps queries on a transaction fails.
  guardOverlappingQueries();
  const name = `renkei_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString(), poolSize: 5 });
  await migrateDb(handle);
  return {
    handle,
    drop: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      // The pool's connections may still be closing on the server side: terminating one of them (FORCE)
      // makes its client raise an unhandled error, so give them a moment to go first.
      for (let i = 0; i < 100; i++) {
        const { rows } = await c.query<{ n: number }>(
          "select count(*)::int as n from pg_stat_activity where datname = $1",
          [name],
        );
        if ((rows[0]?.n ?? 0) === 0) {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      const overlaps = takeOverlappingQueries();
      if (overlaps.length > 0) {
        throw new Error(
          `${overlaps.length} queries started while their connection was still running another ` +
            `(a transaction runs one query at a time; await them one after the other):\n${[...new Set(overlaps)].join("\n")}`,
        );
      }
    },
  };
}

export const TEST_NOW = "2026-11-21T03:00:00Z";

export async function createTestDeps(clock: Clock = fixedClock(TEST_NOW)) {
  const { handle, drop } = await createTestDb();
  // Mail the tests deliver lands in a fresh folder, never in the working tree.
  const config = loadConfig({
    RENKEI_DATA_DIR: "/nonexistent",
    RENKEI_MAIL_DIR: mkdtempSync(path.join(tmpdir(), "renkei-mail-")),
    // The audit checkpoint key of each test file lives in its own folder, outside the database.
    RENKEI_AUDIT_KEY_FILE: path.join(mkdtempSync(path.join(tmpdir(), "renkei-keys-")), "audit-ed25519.pem"),
  });
  const deps: Deps = { db: handle.db, handle, clock, logger: createLogger("silent"), config };
  return { deps, drop };
}

/** The app over a seeded demo institution, with helpers to act as any demo user. */
export async function createTestApp(options: { seed?: boolean; clock?: Clock } = {}) {
  const { deps, drop } = await createTestDeps(options.clock);
  if (options.seed !== false) {
    await seedDemo(deps);
  }
  const app = createApp(deps, { webDir: null });

  async function signIn(email: string, password = DEMO_PASSWORD) {
    const res = await app.request("/api/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) {
      throw new Error(`sign-in failed for ${email}: ${res.status} ${await res.text()}`);
    }
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
    const body = (await res.json()) as {
      csrfToken: string;
      user: { id: string; institution: { id: string } };
    };
    return asUser(cookie, body.csrfToken, body.user);
  }

  function asUser(cookie: string, csrf: string, user: { id: string; institution: { id: string } }) {
    const call = async (
      method: string,
      path: string,
      body?: unknown,
      extraHeaders: Record<string, string> = {},
    ) => {
      const headers: Record<string, string> = { cookie, "x-csrf-token": csrf, ...extraHeaders };
      let payload: RequestInit["body"] | undefined;
      if (body instanceof FormData) {
        payload = body;
      } else if (body !== undefined) {
        headers["content-type"] = "application/json";
        payload = JSON.stringify(body);
      }
      const res = await app.request(path, { method, headers, ...(payload ? { body: payload } : {}) });
      const text = await res.text();
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
      return { status: res.status, json: json as any, text, headers: res.headers };
    };
    return {
      cookie,
      csrf,
      user,
      get: (path: string) => call("GET", path),
      post: (path: string, body?: unknown, headers?: Record<string, string>) =>
        call("POST", path, body, headers),
      put: (path: string, body?: unknown) => call("PUT", path, body),
      patch: (path: string, body?: unknown) => call("PATCH", path, body),
      del: (path: string) => call("DELETE", path),
    };
  }

  return { app, deps, signIn, close: drop };
}

export type TestUser = Awaited<ReturnType<Awaited<ReturnType<typeof createTestApp>>["signIn"]>>;

export function email(role: string) {
  return `${role}@demo.renkei.example`;
}

export const samplePartner = {
  legalName: "株式会社テスト精機",
  nameEn: "Test Seiki Co., Ltd.",
  nameRomanized: "Tesuto Seiki",
  aliases: ["テストセイキ"],
  type: "company",
  country: "JP",
  corporateNumber: "7000012050002",
  foreignGovControl: false,
  stateOwned: false,
  japanPresence: "none",
  notes: "",
};
