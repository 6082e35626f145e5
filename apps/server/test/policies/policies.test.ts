import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addInstitution } from "../ec-workflows/support";
import { createTestApp, email, type TestUser } from "../harness";

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: TestUser;
let researcher: TestUser;

const version = (effectiveFrom: string, over: Record<string, unknown> = {}) => ({
  titleJa: "利益相反マネジメント規程",
  titleEn: "Conflict of Interest Policy",
  effectiveFrom,
  body: "第1条 …",
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(email("admin"));
  researcher = await t.signIn(email("researcher"));
});
afterAll(() => t.close());

describe("written policies as versioned documents (seed 001 §IV.1-1)", () => {
  it("numbers versions in date order and answers which applied on a date", async () => {
    expect((await admin.post("/api/v1/policies/coi/versions", version("2020-04-01"))).json.versionNo).toBe(1);
    expect((await admin.post("/api/v1/policies/coi/versions", version("2026-04-01"))).json.versionNo).toBe(2);
    const ci = await admin.post(
      "/api/v1/policies/confidential_information/versions",
      version("2025-01-01", { titleJa: "秘密情報管理規程", titleEn: "Confidential Information Rules" }),
    );
    expect(ci.status).toBe(201);
    const before = (await researcher.get("/api/v1/policies/applied?decision=coi_declaration&on=2026-03-31"))
      .json;
    expect(before.items).toEqual([
      { kind: "coi", version: expect.objectContaining({ versionNo: 1, effectiveFrom: "2020-04-01" }) },
    ]);
    const after = (await researcher.get("/api/v1/policies/applied?decision=coi_declaration&on=2026-04-01"))
      .json;
    expect(after.items[0].version.versionNo).toBe(2);
    const forCase = (await researcher.get("/api/v1/policies/applied?decision=case&on=2026-05-01")).json.items;
    expect(forCase).toEqual([
      { kind: "international_collaboration", version: null },
      {
        kind: "confidential_information",
        version: expect.objectContaining({ titleJa: "秘密情報管理規程", versionNo: 1 }),
      },
    ]);
  });

  it("refuses an earlier effective date, bad input and a researcher — writing nothing", async () => {
    const count = async () =>
      (
        (await t.deps.db.execute(sql`select count(*)::int as n from policy_versions`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]!.n;
    const n = await count();
    const early = await admin.post("/api/v1/policies/coi/versions", version("2026-04-01"));
    expect(early.status).toBe(422);
    expect(early.json.error.details.reasons[0].ruleId).toBe("POLICY-VERSION-ORDER");
    expect((await admin.post("/api/v1/policies/coi/versions", version("2026-13-01"))).status).toBe(400);
    expect((await admin.post("/api/v1/policies/tax/versions", version("2027-01-01"))).status).toBe(400);
    expect((await researcher.post("/api/v1/policies/coi/versions", version("2027-01-01"))).status).toBe(403);
    expect(await count()).toBe(n);
  });

  it("keeps each institution's policies to itself and audits every version", async () => {
    const other = await addInstitution(t, "polother", ["researcher"]);
    const stranger = await other.signIn("researcher");
    expect((await stranger.get("/api/v1/policies")).json.items).toEqual([]);
    expect(
      (await stranger.get("/api/v1/policies/applied?decision=coi_declaration&on=2026-05-01")).json.items[0]
        .version,
    ).toBeNull();
    const audit = await t.deps.db.execute(
      sql`select count(*)::int as n from audit_events where action = 'policy.version_added'`,
    );
    expect((audit as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(3);
  });
});
