import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "../../src/db/client";
import { migrateDb } from "../../src/db/migrate";
import { institutions } from "../../src/db/schema";
import { appendAudit } from "../../src/features/audit/audit.writer";

/**
 * docs/postgres-roles.sql: with the tables owned apart from the role the app writes with, the app role
 * can run Renkei but cannot drop or disable the audit triggers, nor delete or rewrite the log.
 * PostgreSQL only (PGlite has one role).
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const SCRIPT = path.resolve(import.meta.dirname, "../../../../docs/postgres-roles.sql");

describe.skipIf(!serverUrl)("PostgreSQL owner and app roles (TEST_DATABASE_URL unset: skipped)", () => {
  const suffix = randomBytes(4).toString("hex");
  const dbName = `renkei_roles_${suffix}`;
  const appRole = `renkei_app_${suffix}`;
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const fn of cleanup.reverse()) {
      await fn().catch(() => undefined);
    }
  });

  async function admin(sql: string, database = "postgres") {
    const url = new URL(serverUrl!);
    url.pathname = `/${database}`;
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  }

  it("lets the app role write the log but not drop its triggers or rewrite it", async () => {
    await admin(`create database ${dbName}`);
    cleanup.push(() => admin(`drop database if exists ${dbName} with (force)`));
    await admin(`create role ${appRole} login password 'app-pass-${suffix}'`);
    cleanup.push(() => admin(`drop owned by ${appRole}; drop role if exists ${appRole}`, dbName));
    // The owner (here the superuser of the test server) migrates, then applies the script.
    const ownerUrl = new URL(serverUrl!);
    ownerUrl.pathname = `/${dbName}`;
    const owner = await createDb({ url: ownerUrl.toString(), poolSize: 2 });
    await migrateDb(owner);
    const [inst] = await owner.db
      .insert(institutions)
      .values({ code: "r", nameJa: "試験", nameEn: "Test" })
      .returning();
    await owner.exec(readFileSync(SCRIPT, "utf8").replaceAll("renkei_app", appRole));
    await owner.close();

    const appUrl = new URL(ownerUrl);
    appUrl.username = appRole;
    appUrl.password = `app-pass-${suffix}`;
    const app: DbHandle = await createDb({ url: appUrl.toString(), poolSize: 2 });
    cleanup.unshift(() => app.close());
    // Starting the app migrates: with nothing pending it only reads the migrations table.
    await migrateDb(app);
    for (let i = 0; i < 2; i++) {
      await app.db.transaction((tx) =>
        appendAudit(tx, {
          institutionId: inst!.id,
          actor: { userId: null, label: "app" },
          action: "institution.created",
          entityType: "institution",
          entityId: inst!.id,
          at: new Date(),
        }),
      );
    }
    const refused = [
      "drop trigger audit_events_no_update on audit_events",
      "alter table audit_events disable trigger user",
      "alter table audit_heads disable trigger audit_heads_forward_only",
      "drop trigger audit_checkpoints_no_update on audit_checkpoints",
      "delete from audit_events",
      "truncate audit_events",
      "delete from audit_heads",
      "update audit_events set actor_label = 'x'",
    ];
    for (const sql of refused) {
      await expect(app.exec(sql), sql).rejects.toThrow(/must be owner|permission denied/);
    }
    // The head still moves only forward, whoever asks.
    await expect(app.exec("update audit_heads set last_seq = last_seq - 1")).rejects.toThrow(
      /only moves forward/,
    );
    const [{ n }] = (await app.query<{ n: number }>("select count(*)::int as n from audit_events")) as [
      { n: number },
    ];
    expect(n).toBe(2);
  });
});
