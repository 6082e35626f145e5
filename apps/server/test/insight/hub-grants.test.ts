import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema";
import { createTestApp, email, samplePartner, type TestUser } from "../harness";

// Issue 16 §5 (seed 000 fn 16, seed-coverage X6): what a hub reads is what the member granted, no more.
let t: Awaited<ReturnType<typeof createTestApp>>;
let member: TestUser;
let memberExec: TestUser;
let hub: TestUser;
let partnerId: string;
let hubId: string;

beforeAll(async () => {
  t = await createTestApp();
  member = await t.signIn(email("coordinator"));
  memberExec = await t.signIn(email("executive"));
  hub = await t.signIn("hub-coordinator@demo.renkei.example");
  hubId = hub.user.institution.id;
  partnerId = (await member.post("/api/v1/partners", samplePartner)).json.id;
  await member.post(`/api/v1/partners/${partnerId}/contacts`, {
    kind: "meeting",
    occurredOn: "2026-10-01",
    title: "寄附の打診（限定）",
    visibility: "restricted",
  });
  await member.post(`/api/v1/partners/${partnerId}/contacts`, {
    kind: "meeting",
    occurredOn: "2026-10-02",
    title: "公開の面談",
  });
  await member.post(`/api/v1/partners/${partnerId}/credit-checks`, {
    checkedOn: "2026-10-01",
    sources: "帝国データバンク",
    result: "clear",
  });
});
afterAll(() => t.close());

const titles = (detail: { contacts: { title: string }[] }) => detail.contacts.map((c) => c.title);

describe("hub access follows the member's grant", () => {
  it("with the demo grant (registry only) the hub reads the partner without restricted contacts or credit checks", async () => {
    const res = await hub.get(`/api/v1/partners/${partnerId}`);
    expect(res.status).toBe(200);
    expect(titles(res.json)).toEqual(["公開の面談"]);
    expect(res.json.creditChecks).toEqual([]);
    // The member's own coordinator sees both.
    const own = await member.get(`/api/v1/partners/${partnerId}`);
    expect(titles(own.json).sort()).toEqual(["公開の面談", "寄附の打診（限定）"].sort());
    expect(own.json.creditChecks).toHaveLength(1);
  });

  it("the hub cannot grant itself anything; the member's coordinator cannot grant either", async () => {
    expect(
      (await hub.post("/api/v1/hub/grants", { hubInstitutionId: hubId, scopes: ["registry"] })).status,
    ).toBe(403);
    expect(
      (await member.post("/api/v1/hub/grants", { hubInstitutionId: hubId, scopes: ["registry"] })).status,
    ).toBe(403);
  });

  it("refuses a grant to a non-hub or with contacts but no registry, and writes nothing", async () => {
    const before = (await memberExec.get("/api/v1/hub/grants")).json.items;
    const bad = await memberExec.post("/api/v1/hub/grants", {
      hubInstitutionId: member.user.institution.id,
      scopes: ["registry"],
    });
    expect(bad.status).toBe(400);
    const noRegistry = await memberExec.post("/api/v1/hub/grants", {
      hubInstitutionId: hubId,
      scopes: ["credit_checks"],
    });
    expect(noRegistry.status).toBe(400);
    expect((await memberExec.get("/api/v1/hub/grants")).json.items).toEqual(before);
  });

  it("restricted contacts and credit checks appear once granted, and every hub read is audited in the member's chain", async () => {
    const res = await memberExec.post("/api/v1/hub/grants", {
      hubInstitutionId: hubId,
      scopes: ["registry", "restricted_contacts", "credit_checks"],
    });
    expect(res.status).toBe(204);
    const detail = await hub.get(`/api/v1/partners/${partnerId}`);
    expect(titles(detail.json).sort()).toEqual(["公開の面談", "寄附の打診（限定）"].sort());
    expect(detail.json.creditChecks).toHaveLength(1);
    const reads = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "hub.record_read"), eq(auditEvents.entityId, partnerId)));
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.every((e) => e.institutionId === member.user.institution.id)).toBe(true);
    const grants = (await memberExec.get("/api/v1/hub/grants")).json.items;
    expect(grants[0].scopes).toEqual(["registry", "restricted_contacts", "credit_checks"]);
  });

  it("after revocation the hub reads nothing of the member", async () => {
    expect((await memberExec.del(`/api/v1/hub/grants/${hubId}`)).status).toBe(204);
    expect((await hub.get(`/api/v1/partners/${partnerId}`)).status).toBe(404);
    const list = await hub.get(`/api/v1/partners?institutionId=${member.user.institution.id}`);
    expect(list.status).toBe(404);
    // Revoking twice says there is nothing to revoke.
    expect((await memberExec.del(`/api/v1/hub/grants/${hubId}`)).status).toBe(404);
    const actions = (
      await t.deps.db
        .select({ a: auditEvents.action })
        .from(auditEvents)
        .where(eq(auditEvents.entityType, "consulting_grant"))
    ).map((r) => r.a);
    expect(actions).toEqual(expect.arrayContaining(["hub.access_changed", "hub.access_revoked"]));
  });
});
