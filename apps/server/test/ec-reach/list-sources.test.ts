import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screeningHits } from "../../src/db/schema";
import { listFetchJob } from "../../src/features/ec-reach/list-fetch.job";
import { newPartner } from "../cases/case-setup";
import { createTestApp, email, type TestUser } from "../harness";

// Issue 15 item 6: lists fetched on a schedule from a file path or a URL the server can reach, diffed,
// re-screened; a failed fetch alerts and keeps the version in force. A local file and a loopback HTTP
// server stand in for the publishers.

let t: Awaited<ReturnType<typeof createTestApp>>;
let officer: TestUser;
let pi: TestUser;
let dir: string;
let http: Server;
let baseUrl: string;
let served: { status: number; body: string } = { status: 200, body: "" };

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn(email("export-control"));
  pi = await t.signIn(email("researcher"));
  dir = mkdtempSync(path.join(tmpdir(), "renkei-lists-"));
  http = createServer((_req, res) => {
    res.writeHead(served.status, { "content-type": "text/csv" });
    res.end(served.body);
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => http.close(resolve));
  rmSync(dir, { recursive: true, force: true });
  await t.close();
});

const sourceOf = async (id: string) =>
  ((await officer.get("/api/v1/screening/list-sources")).json as { id: string }[]).find((s) => s.id === id) as
    | Record<string, unknown>
    | undefined;

const alerts = async (user: TestUser) =>
  (
    (await user.get("/api/v1/notifications?limit=200")).json.items as { kind: string; title: string }[]
  ).filter((n) => n.kind === "screening.list_fetch_failed");

describe("list sources on a local file", () => {
  it("imports, re-screens against what changed, skips an unchanged file and keeps the version on failure", async () => {
    const file = path.join(dir, "watch.csv");
    writeFileSync(file, "id,name\nW-1,Quellfeld Antriebstechnik GmbH\n");
    const partnerId = await newPartner(officer, {
      legalName: "Zielwerk Raketentechnik GmbH",
      nameEn: "Zielwerk Raketentechnik GmbH",
      country: "DE",
    });
    const created = await officer.post("/api/v1/screening/list-sources", {
      listName: "定期取得テスト（架空）",
      format: "csv",
      locations: [file],
      intervalHours: 24,
      enabled: true,
    });
    expect(created.status).toBe(201);
    const id = created.json.id as string;

    const first = await officer.post(`/api/v1/screening/list-sources/${id}/fetch`, {});
    expect(first.json).toMatchObject({ status: "imported" });
    expect(await sourceOf(id)).toMatchObject({
      lastStatus: "imported",
      versionInForce: { seq: 1 },
      consecutiveFailures: 0,
    });
    const hitsBefore = await t.deps.db
      .select()
      .from(screeningHits)
      .where(eq(screeningHits.subjectId, partnerId));

    // The same file again: no new version.
    expect((await officer.post(`/api/v1/screening/list-sources/${id}/fetch`, {})).json.status).toBe(
      "unchanged",
    );
    expect(await sourceOf(id)).toMatchObject({ lastStatus: "unchanged", versionInForce: { seq: 1 } });

    // The publisher adds the partner: a new version, and the partner is re-screened into a review item.
    writeFileSync(file, "id,name\nW-1,Quellfeld Antriebstechnik GmbH\nW-2,Zielwerk Raketentechnik GmbH\n");
    expect((await officer.post(`/api/v1/screening/list-sources/${id}/fetch`, {})).json.status).toBe(
      "imported",
    );
    expect(await sourceOf(id)).toMatchObject({ versionInForce: { seq: 2 } });
    const hitsAfter = await t.deps.db
      .select()
      .from(screeningHits)
      .where(eq(screeningHits.subjectId, partnerId));
    expect(hitsAfter.length).toBeGreaterThan(hitsBefore.length);
    expect(hitsAfter.some((h) => h.entryName === "Zielwerk Raketentechnik GmbH")).toBe(true);

    // The file disappears: the fetch fails, version 2 stays in force, the officers are alerted.
    rmSync(file);
    const failed = await officer.post(`/api/v1/screening/list-sources/${id}/fetch`, {});
    expect(failed.json.status).toBe("failed");
    expect(await sourceOf(id)).toMatchObject({
      lastStatus: "failed",
      consecutiveFailures: 1,
      versionInForce: { seq: 2 },
    });
    expect((await sourceOf(id))?.lastError).toContain("watch.csv");
    expect((await alerts(officer)).some((n) => n.title.includes("定期取得テスト"))).toBe(true);
    expect(await alerts(pi)).toEqual([]);
  });
});

describe("list sources on a URL, fetched by the scheduled job", () => {
  it("runs due sources only, and a server error keeps the version in force", async () => {
    served = { status: 200, body: "id,name\nU-1,Fernwerk Beispiel AG\n" };
    const created = await officer.post("/api/v1/screening/list-sources", {
      listName: "URL 取得テスト（架空）",
      format: "csv",
      locations: [`${baseUrl}/list.csv`],
      intervalHours: 24,
      enabled: true,
    });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    const summary = await listFetchJob.run(t.deps, t.deps.clock.now());
    expect(summary).toMatch(/imported/);
    expect(await sourceOf(id)).toMatchObject({ lastStatus: "imported", versionInForce: { seq: 1 } });
    // Not due again within its interval (the test clock stands still).
    expect(await listFetchJob.run(t.deps, t.deps.clock.now())).toMatch(/^0 source/);

    served = { status: 503, body: "maintenance" };
    const failed = await officer.post(`/api/v1/screening/list-sources/${id}/fetch`, {});
    expect(failed.json).toMatchObject({ status: "failed" });
    expect(failed.json.error).toContain("503");
    expect(await sourceOf(id)).toMatchObject({ lastStatus: "failed", versionInForce: { seq: 1 } });
    // The list still screens with version 1.
    const lists = (await officer.get("/api/v1/screening/lists")).json.items as {
      name: string;
      latest: { seq: number };
    }[];
    expect(lists.find((l) => l.name === "URL 取得テスト（架空）")?.latest.seq).toBe(1);
  });
});

describe("list source input", () => {
  it("refuses bad input and writes nothing; only list managers configure", async () => {
    const before = ((await officer.get("/api/v1/screening/list-sources")).json as unknown[]).length;
    for (const bad of [
      { listName: "x", format: "csv", locations: ["relative/path.csv"], intervalHours: 24, enabled: true },
      { listName: "x", format: "csv", locations: ["ftp://example.org/x"], intervalHours: 24, enabled: true },
      { listName: "x", format: "csv", locations: [], intervalHours: 24, enabled: true },
      { listName: "x", format: "csv", locations: ["/tmp/x.csv"], intervalHours: 0, enabled: true },
      {
        listName: "定期取得テスト（架空）",
        format: "csv",
        locations: ["/tmp/x.csv"],
        intervalHours: 24,
        enabled: true,
      },
      {
        listName: "URL 取得テスト（架空）",
        format: "ofac",
        locations: ["/tmp/x.csv"],
        intervalHours: 24,
        enabled: true,
      },
    ]) {
      expect((await officer.post("/api/v1/screening/list-sources", bad)).status).toBe(400);
    }
    expect(((await officer.get("/api/v1/screening/list-sources")).json as unknown[]).length).toBe(before);
    const denied = await pi.post("/api/v1/screening/list-sources", {
      listName: "y",
      format: "csv",
      locations: ["/tmp/y.csv"],
      intervalHours: 24,
      enabled: true,
    });
    expect(denied.status).toBe(403);
  });
});
