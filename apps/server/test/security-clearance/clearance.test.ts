import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityClearances } from "../../src/db/schema";
import type { TestApp } from "../cases/case-setup";
import { createTestApp, email, type TestUser } from "../harness";

/**
 * The security-clearance register (issue 13 item 11, J9): its own table, permission and audit actions,
 * kept by a designated officer only; no other read path — search, people and users, the person's data
 * export, COI pages, home, audit log — ever shows what it holds.
 */
let t: TestApp;
let officer: TestUser;
let admin: TestUser;
let researcher: TestUser;
let reviewer: TestUser;
const MARK = "適性評価マーカーZ9Q";

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn(email("export-control"));
  admin = await t.signIn(email("admin"));
  researcher = await t.signIn(email("researcher"));
  reviewer = await t.signIn(email("coi-reviewer"));
});
afterAll(() => t.close());

const record = () => ({
  subjectUserId: researcher.user.id,
  scheme: "economic_security",
  purpose: `${MARK} 重要経済安保情報を扱う共同研究`,
  assessedOn: "2026-04-01",
  validUntil: "2036-03-31",
  assessingBody: `${MARK} 内閣府`,
});

describe("the security-clearance register", () => {
  it("is kept only by the officer the institution designated", async () => {
    // The officer's role holds the permission, but without a designation the register does not exist.
    expect((await officer.get("/api/v1/security-clearances")).status).toBe(404);
    expect((await officer.post("/api/v1/security-clearances", record())).status).toBe(404);
    // The administrator designates, and still cannot read it.
    expect((await admin.get("/api/v1/security-clearances")).status).toBe(403);
    const d = await admin.post("/api/v1/security-clearances/officers", { userId: officer.user.id });
    expect(d.status, d.text).toBe(200);
    expect(d.json.items.map((i: { userId: string }) => i.userId)).toEqual([officer.user.id]);
    expect((await reviewer.get("/api/v1/security-clearances")).status).toBe(403);
    expect((await researcher.get("/api/v1/security-clearances")).status).toBe(403);

    const bad = await officer.post("/api/v1/security-clearances", { ...record(), validUntil: "2020-01-01" });
    expect(bad.status).toBe(400);
    const unknown = await officer.post("/api/v1/security-clearances", {
      ...record(),
      subjectUserId: crypto.randomUUID(),
    });
    expect(unknown.status).toBe(400);
    expect(await t.deps.db.select().from(securityClearances)).toHaveLength(0);

    const ok = await officer.post("/api/v1/security-clearances", record());
    expect(ok.status, ok.text).toBe(201);
    expect(ok.json.state).toBe("current");
    const list = await officer.get("/api/v1/security-clearances");
    expect(list.json.items.map((i: { purpose: string }) => i.purpose)).toEqual([record().purpose]);
    const revoked = await officer.post(`/api/v1/security-clearances/${ok.json.id}/revoke`, { version: 1 });
    expect(revoked.json.state).toBe("revoked");
    const [row] = await t.deps.db
      .select()
      .from(securityClearances)
      .where(eq(securityClearances.id, ok.json.id));
    expect(row!.status).toBe("revoked");
  });

  it("never shows through any other read path", async () => {
    expect(await t.deps.db.select().from(securityClearances)).toHaveLength(1);
    const reads: [TestUser, string][] = [
      [officer, `/api/v1/search?q=${encodeURIComponent(MARK)}`],
      [researcher, `/api/v1/search?q=${encodeURIComponent(MARK)}`],
      [researcher, "/api/v1/personal-data/me"],
      [admin, `/api/v1/personal-data/users/${researcher.user.id}`],
      [admin, "/api/v1/users"],
      [researcher, "/api/v1/home"],
      [officer, "/api/v1/home"],
      [researcher, "/api/v1/coi/me"],
      [researcher, `/api/v1/coi/profiles/${researcher.user.id}`],
      [reviewer, `/api/v1/coi/profiles/${researcher.user.id}`],
      [reviewer, "/api/v1/coi/queue"],
      [officer, "/api/v1/coi/programmes"],
      [admin, "/api/v1/audit"],
    ];
    for (const [user, path] of reads) {
      const res = await user.get(path);
      expect(res.status, `${path}: ${res.text.slice(0, 200)}`).toBe(200);
      expect(res.text, path).not.toContain(MARK);
      expect(res.text, path).not.toContain("economic_security");
    }
  });
});
