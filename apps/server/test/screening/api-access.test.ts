// API shape of search / batch, permissions per role, and tenancy (another institution gets 404).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions, screeningHits } from "../../src/db/schema";
import { createUser } from "../../src/features/users/users.service";
import { createTestApp, email, type TestUser } from "../harness";
import { bytes, partnerIdByName, upload } from "./support";

let t: Awaited<ReturnType<typeof createTestApp>>;
let officer: TestUser;
let outsiderOfficer: TestUser;
let hub: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn(email("export-control"));
  hub = await t.signIn("hub-coordinator@demo.renkei.example");
  const [other] = await t.deps.db
    .insert(institutions)
    .values({ code: "other", nameJa: "別大学", nameEn: "Other University" })
    .returning();
  await t.deps.db.transaction((tx) =>
    createUser(
      tx,
      t.deps,
      { userId: null, label: "test" },
      {
        institutionId: other!.id,
        email: "officer@other.example",
        displayName: "他大学 輸出管理",
        role: "export_control_officer",
        password: "other-password-1",
      },
    ),
  );
  outsiderOfficer = await t.signIn("officer@other.example", "other-password-1");
});
afterAll(() => t.close());

type Match = {
  list: string;
  sourceId: string;
  name: string;
  score: number;
  isMatch: boolean;
  explanation: unknown;
};

function expectMatchShape(m: Match) {
  expect(typeof m.list).toBe("string");
  expect(typeof m.sourceId).toBe("string");
  expect(typeof m.name).toBe("string");
  expect(m.score).toBeGreaterThanOrEqual(0);
  expect(m.score).toBeLessThanOrEqual(1);
  expect(typeof m.isMatch).toBe("boolean");
  expect(m.explanation).toMatchObject({
    method: expect.any(String),
    matched: expect.any(Array),
    entryRules: expect.any(Array),
  });
}

describe("POST /screening/search and /screening/batch", () => {
  it("search returns explained candidates ordered by score, with versions, and records the run", async () => {
    const res = await officer.post("/api/v1/screening/search", { name: "国家架空航天研究院", country: "CN" });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      engineVersion: expect.stringMatching(/^renkei-screening\//),
      threshold: 0.7,
      listVersions: { "外国ユーザーリスト（架空・デモ用）": "2026-04-01" },
      runId: expect.any(String),
    });
    const matches: Match[] = res.json.matches;
    expect(matches.length).toBeGreaterThanOrEqual(2);
    matches.forEach(expectMatchShape);
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
    expect(matches[0]).toMatchObject({
      isMatch: true,
      entryName: "National Fictional Aerospace Research Academy",
    });
    expect(res.json.matches.find((m: { list: string }) => m.list.startsWith("外国")).programs).toEqual(["M"]);
  });

  it("batch answers every query in order with the same match shape", async () => {
    const res = await officer.post("/api/v1/screening/batch", {
      queries: [
        { id: "a", name: "Arrakan Defence Systems" },
        { id: "b", name: "Completely Unrelated Bakery" },
        { id: "c", name: "ケストレル・ヴァントール" },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.json.results.map((r: { id: string }) => r.id)).toEqual(["a", "b", "c"]);
    const [a, b, c] = res.json.results as { matches: Match[] }[];
    a!.matches.forEach(expectMatchShape);
    expect(a!.matches[0]!.isMatch).toBe(true);
    expect(b!.matches.some((m) => m.isMatch)).toBe(false);
    expect(c!.matches[0]).toMatchObject({ isMatch: true, sourceId: "W-004" });
  });

  it("the single search and the batch give the same scores", async () => {
    const single = await officer.post("/api/v1/screening/search", { name: "Arrakan Defence Systems" });
    const batch = await officer.post("/api/v1/screening/batch", {
      queries: [{ id: "x", name: "Arrakan Defence Systems" }],
    });
    const pick = (ms: Match[]) => ms.map((m) => [m.list, m.sourceId, m.score]);
    expect(pick(batch.json.results[0].matches)).toEqual(pick(single.json.matches));
  });
});

describe("permissions (deny by default)", () => {
  it.each([
    ["researcher", "POST", "/api/v1/screening/search", { name: "x" }, 403],
    ["student", "GET", "/api/v1/screening/hits", undefined, 403],
    ["auditor", "POST", "/api/v1/screening/search", { name: "x" }, 403],
    ["coordinator", "POST", "/api/v1/screening/search", { name: "x" }, 200],
    ["auditor", "GET", "/api/v1/screening/hits", undefined, 200],
    ["auditor", "GET", "/api/v1/screening/lists", undefined, 200],
  ])("%s %s %s %j → %i", async (role, method, path, body, status) => {
    const user = await t.signIn(email(role));
    const res = method === "GET" ? await user.get(path) : await user.post(path, body);
    expect(res.status).toBe(status);
  });

  it("coordinators may search but neither decide review items nor import lists", async () => {
    const coordinator = await t.signIn(email("coordinator"));
    const [hit] = await t.deps.db.select().from(screeningHits).limit(1);
    const decide = await coordinator.post(`/api/v1/screening/hits/${hit!.id}/decision`, {
      decision: "false_positive",
      reason: "x",
    });
    expect(decide.status).toBe(403);
    const imp = await upload(coordinator, { format: "csv", name: "x" }, [
      { name: "x.csv", bytes: bytes("id,name\n1,x\n") },
    ]);
    expect(imp.status).toBe(403);
  });
});

describe("tenancy: another institution sees nothing (404, never 403)", () => {
  it("hides review items, lists, versions, diffs and subject history", async () => {
    const [hit] = await t.deps.db.select().from(screeningHits).limit(1);
    const lists = (await officer.get("/api/v1/screening/lists")).json.items;
    const list = lists[0];
    const partnerId = await partnerIdByName(t.deps.db, "国家架空航天研究院");
    expect((await outsiderOfficer.get(`/api/v1/screening/hits/${hit!.id}`)).status).toBe(404);
    expect(
      (
        await outsiderOfficer.post(`/api/v1/screening/hits/${hit!.id}/decision`, {
          decision: "false_positive",
          reason: "x",
        })
      ).status,
    ).toBe(404);
    expect((await outsiderOfficer.get(`/api/v1/screening/lists/${list.id}/versions`)).status).toBe(404);
    expect((await outsiderOfficer.get(`/api/v1/screening/versions/${list.latest.id}/changes`)).status).toBe(
      404,
    );
    expect((await outsiderOfficer.get(`/api/v1/partners/${partnerId}/screening`)).status).toBe(404);
    expect((await outsiderOfficer.post(`/api/v1/partners/${partnerId}/screening`)).status).toBe(404);
    expect((await outsiderOfficer.get("/api/v1/screening/lists")).json.items).toEqual([]);
    expect((await outsiderOfficer.get("/api/v1/screening/hits")).json.total).toBe(0);
    // The other institution's searches never reach the demo lists.
    const search = await outsiderOfficer.post("/api/v1/screening/search", { name: "国家架空航天研究院" });
    expect(search.json.matches).toEqual([]);
    // Consulting access to the registry does not extend to screening records.
    expect((await hub.get(`/api/v1/partners/${partnerId}/screening`)).status).toBe(404);
    const [stillPending] = await t.deps.db.select().from(screeningHits).where(eq(screeningHits.id, hit!.id));
    expect(stillPending!.status).toBe("pending");
  });

  it("keeps lists of the same name apart per institution", async () => {
    const mine = await upload(outsiderOfficer, { format: "csv", name: "学内ウォッチリスト（架空・デモ）" }, [
      { name: "w.csv", bytes: bytes("id,name\nO-1,Other Only Fictional Entity\n") },
    ]);
    expect(mine.json).toMatchObject({ seq: 1, entryCount: 1 });
    const demoLists = (await officer.get("/api/v1/screening/lists")).json.items;
    const demoWatch = demoLists.find((l: { name: string }) => l.name === "学内ウォッチリスト（架空・デモ）");
    expect(demoWatch.latest.entryCount).toBe(4);
  });
});
