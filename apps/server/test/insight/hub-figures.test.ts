import type { THubFigures, TSurvey } from "@renkei/contract";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema";
import { createTestApp, email, type TestUser } from "../harness";

// Issue 16 §5: the hub sees the key figures of the members that granted it that scope, side by side; every
// read is audited in the member's chain; a revocation takes the member's column away.
let t: Awaited<ReturnType<typeof createTestApp>>;
let member: TestUser;
let memberExec: TestUser;
let hub: TestUser;
let hubId: string;
let memberId: string;

beforeAll(async () => {
  t = await createTestApp();
  member = await t.signIn(email("coordinator"));
  memberExec = await t.signIn(email("executive"));
  hub = await t.signIn("hub-coordinator@demo.renkei.example");
  hubId = hub.user.institution.id;
  memberId = member.user.institution.id;
});
afterAll(() => t.close());

const figures = async (who: TestUser) => {
  const res = await who.get("/api/v1/hub/figures?fy=2025");
  expect(res.status).toBe(200);
  return res.json as THubFigures;
};
const reads = () =>
  t.deps.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "hub.record_read"), eq(auditEvents.entityType, "survey_figures")));

describe("members' figures side by side at the hub", () => {
  it("shows no member whose grant lacks the figures scope (the demo grant is the registry only)", async () => {
    const view = await figures(hub);
    expect(view.members).toEqual([]);
    // The rows are still there, labelled in words, so the page explains itself.
    expect(view.rows.find((r) => r.id === "joint_research.amount")?.label.ja).toBe("共同研究 受入額");
    expect(await reads()).toHaveLength(0);
  });

  it("once granted, the member's column holds its own survey figures, and the read is audited in its chain", async () => {
    const grant = await memberExec.post("/api/v1/hub/grants", {
      hubInstitutionId: hubId,
      scopes: ["registry", "figures"],
    });
    expect(grant.status).toBe(204);
    const view = await figures(hub);
    expect(view.members.map((m) => m.institutionId)).toEqual([memberId]);
    const own = (await member.get("/api/v1/insight/survey?fy=2025")).json as TSurvey;
    const ownValue = (id: string) => own.figures.find((f) => f.id === id)?.value;
    for (const row of view.rows) {
      expect(view.members[0]?.values[row.id]).toBe(ownValue(row.id));
    }
    // The demo money makes the comparison non-trivial.
    expect(view.members[0]?.values["joint_research.amount"]).toBeGreaterThan(0);
    const audited = await reads();
    expect(audited).toHaveLength(1);
    expect(audited[0]?.institutionId).toBe(memberId);
  });

  it("a member's own users see no other institution's figures here, and roles without the permission are refused", async () => {
    expect((await figures(member)).members).toEqual([]);
    const researcher = await t.signIn(email("researcher"));
    expect((await researcher.get("/api/v1/hub/figures?fy=2025")).status).toBe(403);
    expect((await hub.get("/api/v1/hub/figures?fy=x")).status).toBe(400);
  });

  it("after revocation the member's column is gone and nothing more is read", async () => {
    expect((await memberExec.del(`/api/v1/hub/grants/${hubId}`)).status).toBe(204);
    const before = (await reads()).length;
    expect((await figures(hub)).members).toEqual([]);
    expect(await reads()).toHaveLength(before);
  });
});
