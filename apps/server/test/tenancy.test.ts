import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions } from "../src/db/schema";
import { createUser } from "../src/features/users/users.service";
import { createTestApp, email, samplePartner, type TestUser } from "./harness";

let t: Awaited<ReturnType<typeof createTestApp>>;
let demo: TestUser;
let outsider: TestUser;
let hub: TestUser;
let partnerId: string;

beforeAll(async () => {
  t = await createTestApp();
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
        email: "coordinator@other.example",
        displayName: "他大学 URA",
        role: "coordinator",
        password: "other-password-1",
      },
    ),
  );
  demo = await t.signIn(email("coordinator"));
  outsider = await t.signIn("coordinator@other.example", "other-password-1");
  hub = await t.signIn("hub-coordinator@demo.renkei.example");
  partnerId = (await demo.post("/api/v1/partners", samplePartner)).json.id;
});
afterAll(() => t.close());

describe("one institution never sees another's data", () => {
  it("hides the partner from another institution on every route (404, never 403)", async () => {
    expect((await outsider.get(`/api/v1/partners/${partnerId}`)).status).toBe(404);
    expect(
      (await outsider.put(`/api/v1/partners/${partnerId}`, { version: 1, partner: samplePartner })).status,
    ).toBe(404);
    expect(
      (
        await outsider.post(`/api/v1/partners/${partnerId}/contacts`, {
          kind: "meeting",
          occurredOn: "2026-01-01",
          title: "x",
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await outsider.post(`/api/v1/partners/${partnerId}/credit-checks`, {
          checkedOn: "2026-01-01",
          sources: "x",
          result: "clear",
        })
      ).status,
    ).toBe(404);
    const own = (await outsider.post("/api/v1/partners", { ...samplePartner, corporateNumber: null })).json
      .id;
    expect((await outsider.post(`/api/v1/partners/${own}/merge`, { duplicateId: partnerId })).status).toBe(
      404,
    );
    expect((await outsider.post("/api/v1/people", { name: "X", partnerId })).status).toBe(400);
  });

  it("lists, searches, exports, dedupes and audits only the caller's own institution", async () => {
    const list = await outsider.get(`/api/v1/partners?q=${encodeURIComponent("テスト精機")}`);
    expect(
      list.json.items.every(
        (p: { institutionId: string }) => p.institutionId === outsider.user.institution.id,
      ),
    ).toBe(true);
    expect((await outsider.get("/api/v1/partners?pageSize=200")).json.total).toBe(1);
    const exported = await outsider.get("/api/v1/partners/export?format=csv");
    expect(exported.text).not.toContain("さくら精機");
    const dups = await outsider.post("/api/v1/partners/duplicates", { legalName: "株式会社さくら精機" });
    expect(dups.json.candidates).toEqual([]);
    expect((await outsider.get(`/api/v1/partners?institutionId=${demo.user.institution.id}`)).status).toBe(
      404,
    );
    const users = await outsider.get("/api/v1/users");
    expect(users.json.items).toHaveLength(1);
  });

  it("lets a hub with a consulting grant read a member's registry, read-only", async () => {
    const list = await hub.get(
      `/api/v1/partners?institutionId=${demo.user.institution.id}&q=${encodeURIComponent("テスト精機")}`,
    );
    expect(list.status).toBe(200);
    expect(list.json.items.map((p: { id: string }) => p.id)).toContain(partnerId);
    const detail = await hub.get(`/api/v1/partners/${partnerId}`);
    expect(detail.status).toBe(200);
    expect(detail.json.readOnly).toBe(true);
    expect(
      (
        await hub.put(`/api/v1/partners/${partnerId}`, {
          version: detail.json.version,
          partner: samplePartner,
        })
      ).status,
    ).toBe(404);
    expect((await hub.get(`/api/v1/partners?institutionId=${outsider.user.institution.id}`)).status).toBe(
      404,
    );
  });
});
