import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupTo, restoreFrom } from "../src/db/backup";
import { verifyAudit } from "../src/features/audit/audit-verify";
import { createTestApp, email, samplePartner } from "./harness";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("hash-chained audit log", () => {
  it("verifies an untouched log", async () => {
    const report = await verifyAudit(t.deps.db);
    expect(report.ok).toBe(true);
    expect(report.events).toBeGreaterThan(100);
  });

  it("refuses UPDATE, DELETE and TRUNCATE at the database", async () => {
    await expect(
      t.deps.handle.exec("update audit_events set actor_label = 'x' where seq = 1"),
    ).rejects.toThrow(/append-only/);
    await expect(t.deps.handle.exec("delete from audit_events where seq = 1")).rejects.toThrow(/append-only/);
    await expect(t.deps.handle.exec("truncate audit_events")).rejects.toThrow(/append-only/);
  });

  it("lets an auditor browse and export it as CSV", async () => {
    const auditor = await t.signIn(email("auditor"));
    const page = await auditor.get("/api/v1/audit?pageSize=5");
    expect(page.json.items).toHaveLength(5);
    expect(page.json.items[0].seq).toBeGreaterThan(page.json.items[4].seq);
    const csv = await auditor.get("/api/v1/audit?format=csv&action=partner.created");
    expect(csv.text.split("\r\n")[0]).toContain("seq,at,actor,action");
    expect(csv.text).toContain("partner.created");
  });

  it("backs up and restores, with the chain still intact", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "renkei-backup-"));
    const file = path.join(dir, "b.jsonl.gz");
    const before = await t.deps.handle.query<{ n: number }>("select count(*)::int as n from partners");
    await backupTo(t.deps.handle, file);
    const coord = await t.signIn(email("coordinator"));
    expect((await coord.post("/api/v1/partners", samplePartner)).status).toBe(201);
    await restoreFrom(t.deps.handle, file);
    const after = await t.deps.handle.query<{ n: number }>("select count(*)::int as n from partners");
    expect(after[0]!.n).toBe(before[0]!.n);
    expect((await verifyAudit(t.deps.db)).ok).toBe(true);
    // New rows after a restore get fresh ids and extend the chain.
    const again = await t.signIn(email("coordinator"));
    expect((await again.post("/api/v1/partners", samplePartner)).status).toBe(201);
    expect((await verifyAudit(t.deps.db)).ok).toBe(true);
  });

  it("detects an edited row, a deleted row and a deleted tail", async () => {
    await t.deps.handle.exec("alter table audit_events disable trigger user");
    await t.deps.handle.exec("update audit_events set actor_label = 'forged' where seq = 5");
    let report = await verifyAudit(t.deps.db);
    expect(report.problems).toContainEqual(expect.objectContaining({ seq: 5, problem: "hash_mismatch" }));

    await t.deps.handle.exec("delete from audit_events where seq = 10");
    report = await verifyAudit(t.deps.db);
    expect(report.problems.some((p) => p.problem === "chain_broken")).toBe(true);

    await t.deps.handle.exec("delete from audit_events where seq = (select max(seq) from audit_events)");
    report = await verifyAudit(t.deps.db);
    expect(report.problems.some((p) => p.problem === "head_mismatch")).toBe(true);
    expect(report.ok).toBe(false);
  });
});
