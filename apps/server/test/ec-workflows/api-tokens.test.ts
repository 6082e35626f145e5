import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTokenFromCli } from "../../src/cli/tokens";
import { registeredRoutes } from "../../src/http/define-route";
import { createTestApp, email, type TestUser } from "../harness";
import { addInstitution, OFFICER, tripPlan } from "./support";

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: TestUser;
let ref: string;
let tripId: string;

function bearer(token: string, path: string, init: RequestInit = {}) {
  return t.app.request(path, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(email("admin"));
  const researcher = await t.signIn(email("researcher"));
  const filed = await researcher.post("/api/v1/trips", tripPlan());
  ref = filed.json.ref;
  tripId = filed.json.id;
  const officer = await t.signIn(OFFICER);
  await officer.post(`/api/v1/trips/${tripId}/decision`, { reason: "確認済み", decision: "clear" });
});
afterAll(() => t.close());

describe("institution API tokens (issue 4: external systems cannot use session cookies)", () => {
  it("are created by an admin, shown once, listed without the secret", async () => {
    const res = await admin.post("/api/v1/api-tokens", {
      name: "出張旅費システム",
      permission: "clearance.read",
    });
    expect(res.status).toBe(201);
    expect(res.json.token).toMatch(/^rk_[A-Za-z0-9_-]{43}$/);
    expect(res.json.item).toMatchObject({ permission: "clearance.read", lastUsedAt: null, revokedAt: null });
    const list = await admin.get("/api/v1/api-tokens");
    expect(list.text).not.toContain(res.json.token);
    expect(list.json.items[0].tokenPrefix).toBe(res.json.token.slice(0, 10));
    const audit = await (await t.signIn(email("auditor"))).get("/api/v1/audit?entityType=api_token");
    expect(audit.text).not.toContain(res.json.token);
    expect(audit.json.items[0].action).toBe("api_token.created");
  });

  it("answer the clearance route and record the last use", async () => {
    const { token } = (
      await admin.post("/api/v1/api-tokens", { name: "travel", permission: "clearance.read" })
    ).json;
    const res = await bearer(token, `/api/v1/clearances/${ref}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ref,
      status: "cleared",
      decidedAt: "2026-11-21T03:00:00.000Z",
      validUntil: "2026-12-12",
    });
    const listed = (await admin.get("/api/v1/api-tokens")).json.items.find(
      (i: { tokenPrefix: string }) => i.tokenPrefix === token.slice(0, 10),
    );
    expect(listed.lastUsedAt).toBe("2026-11-21T03:00:00.000Z");
  });

  it("are refused on every route that does not declare tokens", async () => {
    const { token } = (await admin.post("/api/v1/api-tokens", { name: "t", permission: "clearance.read" }))
      .json;
    for (const path of [
      "/api/v1/trips",
      `/api/v1/trips/${tripId}`,
      "/api/v1/partners",
      "/api/v1/api-tokens",
      "/api/v1/auth/session",
    ]) {
      expect((await bearer(token, path)).status, path).toBe(401);
    }
    const write = await bearer(token, `/api/v1/trips/${tripId}/decision`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ decision: "refuse", comment: "x" }),
    });
    expect(write.status).toBe(401);
    const declared = registeredRoutes.filter((r) => r.allowToken).map((r) => `${r.method} ${r.path}`);
    expect(declared).toEqual(["GET /api/v1/clearances/{ref}"]);
  });

  it("are refused once revoked, and unknown tokens are refused", async () => {
    const created = (
      await admin.post("/api/v1/api-tokens", { name: "revoke me", permission: "clearance.read" })
    ).json;
    expect((await bearer(created.token, `/api/v1/clearances/${ref}`)).status).toBe(200);
    const revoked = await admin.post(`/api/v1/api-tokens/${created.item.id}/revoke`);
    expect(revoked.json.revokedAt).not.toBeNull();
    expect((await bearer(created.token, `/api/v1/clearances/${ref}`)).status).toBe(401);
    expect((await admin.post(`/api/v1/api-tokens/${created.item.id}/revoke`)).status).toBe(404);
    expect((await bearer(`${created.token}x`, `/api/v1/clearances/${ref}`)).status).toBe(401);
    expect((await t.app.request(`/api/v1/clearances/${ref}`)).status).toBe(401);
  });

  it("carry one permission from the allowed list; only admins manage them", async () => {
    expect((await admin.post("/api/v1/api-tokens", { name: "x", permission: "trip.review" })).status).toBe(
      400,
    );
    const officer = await t.signIn(OFFICER);
    expect(
      (await officer.post("/api/v1/api-tokens", { name: "x", permission: "clearance.read" })).status,
    ).toBe(403);
    expect((await officer.get("/api/v1/api-tokens")).status).toBe(403);
  });

  it("are institution-scoped: another institution's token cannot read our references", async () => {
    const other = await addInstitution(t, "othertok", ["admin"]);
    const theirAdmin = await other.signIn("admin");
    const theirs = (await theirAdmin.post("/api/v1/api-tokens", { name: "x", permission: "clearance.read" }))
      .json;
    expect((await bearer(theirs.token, `/api/v1/clearances/${ref}`)).status).toBe(404);
    const ours = (await admin.get("/api/v1/api-tokens")).json.items;
    expect((await theirAdmin.post(`/api/v1/api-tokens/${ours[0].id}/revoke`)).status).toBe(404);
    expect((await theirAdmin.get("/api/v1/api-tokens")).json.items).toHaveLength(1);
  });

  it("can be created from the command line (renkei tokens create)", async () => {
    const { token } = await createTokenFromCli(t.deps, {
      institution: "demo",
      name: "経費精算システム",
      permission: "clearance.read",
    });
    expect((await bearer(token, `/api/v1/clearances/${ref}`)).status).toBe(200);
    await expect(
      createTokenFromCli(t.deps, { institution: "nope", name: "x", permission: "clearance.read" }),
    ).rejects.toThrow(/No institution/);
  });
});
