import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupTo, RestoreError, restoreFrom } from "../../src/db/backup";
import { verifyAudit } from "../../src/features/audit/audit-verify";
import { createTestApp, email, samplePartner } from "../harness";

/** Issue 10 item 5: a restore that failed midway had already emptied the tables. */
let t: Awaited<ReturnType<typeof createTestApp>>;
const dir = mkdtempSync(path.join(tmpdir(), "renkei-restore-"));
const good = path.join(dir, "good.jsonl.gz");
beforeAll(async () => {
  t = await createTestApp();
  await backupTo(t.deps.handle, good);
});
afterAll(() => t.close());

const count = async (table: string) =>
  (await t.deps.handle.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

/** Writes a copy of the good backup with `edit` applied to its lines. */
function variant(name: string, edit: (lines: string[]) => string[]): string {
  const lines = gunzipSync(readFileSync(good)).toString("utf8").split("\n");
  const file = path.join(dir, name);
  writeFileSync(file, gzipSync(edit(lines).join("\n")));
  return file;
}

function editPartnerRow(lines: string[], change: (row: Record<string, unknown>) => void): string[] {
  // The last partners row: every table before it has already been refilled when it fails.
  const index = lines.findLastIndex((l) => l.startsWith('{"t":"partners"'));
  const parsed = JSON.parse(lines[index]!);
  change(parsed.r);
  lines[index] = JSON.stringify(parsed);
  return lines;
}

describe("restore", () => {
  it("changes nothing when one row is bad, even after other tables were refilled", async () => {
    const coord = await t.signIn(email("coordinator"));
    expect((await coord.post("/api/v1/partners", samplePartner)).status).toBe(201);
    const partners = await count("partners");
    const events = await count("audit_events");
    const bad = variant("bad-row.jsonl.gz", (l) =>
      editPartnerRow(l, (r) => {
        r.country = "not a country code at all";
      }),
    );
    const failed = await restoreFrom(t.deps.handle, bad).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(RestoreError);
    expect(String(failed)).toMatch(/table partners, rows .*nothing was changed/);
    expect(await count("partners")).toBe(partners);
    expect(await count("audit_events")).toBe(events);
    const report = await verifyAudit(t.deps.db);
    expect(report.problems).toEqual([]); // chain intact and every guard trigger still on
  });

  it("refuses, before touching anything, a row with an unknown column, a foreign table or a broken line", async () => {
    const partners = await count("partners");
    const cases: [string, (l: string[]) => string[], RegExp][] = [
      [
        "column",
        (l) => editPartnerRow(l, (r) => Object.assign(r, { evil: 1 })),
        /line \d+: table partners has no column evil/,
      ],
      [
        "table",
        (l) => [...l.slice(0, -1), '{"t":"pg_authid","r":{}}'],
        /table pg_authid is not in the backup's header/,
      ],
      ["json", (l) => [l[0]!, "{not json", ...l.slice(1)], /line 2: not JSON/],
      ["header", (l) => ['{"format":"something-else"}', ...l.slice(1)], /Not a Renkei backup/],
    ];
    for (const [name, edit, message] of cases) {
      await expect(restoreFrom(t.deps.handle, variant(`${name}.jsonl.gz`, edit))).rejects.toThrow(message);
    }
    const truncated = path.join(dir, "truncated.jsonl.gz");
    writeFileSync(truncated, readFileSync(good).subarray(0, 2000));
    await expect(restoreFrom(t.deps.handle, truncated)).rejects.toBeInstanceOf(RestoreError);
    expect(await count("partners")).toBe(partners);
  });

  it("restores a good file in one go, with the chain intact and the guards on", async () => {
    const before = await count("partners");
    await restoreFrom(t.deps.handle, good);
    expect(await count("partners")).toBe(before - 1); // the partner added after the backup is gone
    expect((await verifyAudit(t.deps.db)).problems).toEqual([]);
    await expect(t.deps.handle.exec("delete from audit_events")).rejects.toThrow(/append-only/);
  });
});
