import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDemoUser } from "../desk/desk-setup";
import { addInstitution, noticesOf, OFFICER } from "../ec-workflows/support";
import { createTestApp, email, type TestUser } from "../harness";

let t: Awaited<ReturnType<typeof createTestApp>>;
let researcher: TestUser;
let officer: TestUser;
let colleague: TestUser;
let visitorId: string;

const visit = {
  kind: "short_visitor",
  fullName: "Tom Baker（テスト）",
  homeOrganisation: "Example Labs Ltd (fictional)",
  homeCountry: "GB",
  purpose: "研究室見学",
  stayFrom: "2026-12-03",
  stayUntil: "2026-12-03",
  declaration: { nationality: "GB", employedInJapan: false },
};

const tour = (over: Record<string, unknown> = {}) => ({
  title: "材料工学研究室の見学",
  visitOn: "2026-12-03",
  items: [
    { kind: "show", description: "クリーンルーム（窓越し）" },
    { kind: "show", description: "試作中の成形装置" },
    { kind: "handout", description: "研究室紹介パンフレット（公開版）" },
  ],
  ...over,
});

async function count(table: string) {
  const r = await t.deps.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`));
  return ((r as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0) as number;
}

beforeAll(async () => {
  t = await createTestApp();
  researcher = await t.signIn(email("researcher"));
  officer = await t.signIn(OFFICER);
  colleague = await addDemoUser(t, "researcher", "tour-colleague");
  visitorId = (await researcher.post("/api/v1/visitors", visit)).json.id;
});
afterAll(() => t.close());

describe("tour and handout checklist of a short visit (spec C7)", () => {
  let id: string;
  let version: number;

  it("the host lists what will be shown or handed out, linked to the visit", async () => {
    const res = await researcher.post(`/api/v1/visitors/${visitorId}/tours`, tour());
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ status: "draft", visitorId, host: { id: researcher.user.id } });
    expect(res.json.items.map((i: { decision: string }) => i.decision)).toEqual([
      "pending",
      "pending",
      "pending",
    ]);
    id = res.json.id;
    version = res.json.version;
  });

  it("refuses bad input, an unknown person, and a visit the caller cannot see — writing nothing", async () => {
    const before = await count("visit_tours");
    expect((await researcher.post(`/api/v1/visitors/${visitorId}/tours`, tour({ title: "" }))).status).toBe(
      400,
    );
    const other = await addInstitution(t, "tourother", ["researcher"]);
    const stranger = await other.signIn("researcher");
    const bad = await researcher.post(
      `/api/v1/visitors/${visitorId}/tours`,
      tour({ hostUserId: stranger.user.id }),
    );
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.issues[0].path).toBe("hostUserId");
    expect((await colleague.post(`/api/v1/visitors/${visitorId}/tours`, tour())).status).toBe(404);
    expect((await colleague.get(`/api/v1/visitors/${visitorId}/tours`)).status).toBe(404);
    expect((await stranger.post(`/api/v1/visit-tours/${id}/submission`, { version })).status).toBe(404);
    expect(await count("visit_tours")).toBe(before);
  });

  it("the office decides each line after submission; the host cannot approve", async () => {
    const sub = await researcher.post(`/api/v1/visit-tours/${id}/submission`, { version });
    expect(sub.json.status).toBe("submitted");
    expect((await noticesOf(officer)).map((n) => n.kind)).toContain("visit_tour.submitted");
    expect(
      (await researcher.put(`/api/v1/visit-tours/${id}`, { version: sub.json.version, tour: tour() })).status,
    ).toBe(422);
    const decisions = [
      { decision: "allowed" },
      { decision: "refused" },
      { decision: "conditional", conditions: "公開版のみ配布" },
    ];
    expect(
      (
        await researcher.post(`/api/v1/visit-tours/${id}/decision`, {
          version: sub.json.version,
          outcome: "approve",
          decisions,
        })
      ).status,
    ).toBe(403);
    const missing = await officer.post(`/api/v1/visit-tours/${id}/decision`, {
      version: sub.json.version,
      outcome: "approve",
      decisions: [{ decision: "allowed" }, { decision: "refused" }, { decision: "conditional" }],
    });
    expect(missing.status).toBe(422);
    expect(missing.json.error.details.reasons[0].ruleId).toBe("TOUR-CONDITIONS");
    const ok = await officer.post(`/api/v1/visit-tours/${id}/decision`, {
      version: sub.json.version,
      outcome: "approve",
      decisions,
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ status: "approved", decidedBy: { id: officer.user.id } });
    expect(ok.json.items.map((i: { decision: string }) => i.decision)).toEqual([
      "allowed",
      "refused",
      "conditional",
    ]);
    version = ok.json.version;
  });

  it("records what was shown after the visit, never a refused line", async () => {
    const refused = await researcher.post(`/api/v1/visit-tours/${id}/completion`, {
      version,
      done: [true, true, true],
    });
    expect(refused.status).toBe(422);
    expect(refused.json.error.details.reasons[0].ruleId).toBe("TOUR-REFUSED-DONE");
    const done = await researcher.post(`/api/v1/visit-tours/${id}/completion`, {
      version,
      done: [true, false, true],
    });
    expect(done.json.status).toBe("completed");
    const list = (await officer.get(`/api/v1/visitors/${visitorId}/tours`)).json.items;
    expect(list).toHaveLength(1);
    expect(list[0].items.map((i: { done: boolean }) => i.done)).toEqual([true, false, true]);
    const audit = await t.deps.db.execute<{ action: string }>(
      sql`select action from audit_events where entity_id = ${id} order by seq`,
    );
    expect((audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action)).toEqual([
      "visit_tour.saved",
      "visit_tour.submitted",
      "visit_tour.decided",
      "visit_tour.completed",
    ]);
  });

  it("a returned checklist goes back to the host with a reason, and its edit resets the lines", async () => {
    const c = (await researcher.post(`/api/v1/visitors/${visitorId}/tours`, tour({ title: "2回目" }))).json;
    const s = (await researcher.post(`/api/v1/visit-tours/${c.id}/submission`, { version: c.version })).json;
    expect(
      (await officer.post(`/api/v1/visit-tours/${c.id}/decision`, { version: s.version, outcome: "return" }))
        .status,
    ).toBe(422);
    const r = await officer.post(`/api/v1/visit-tours/${c.id}/decision`, {
      version: s.version,
      outcome: "return",
      comment: "撮影の可否を追記してください",
    });
    expect(r.json).toMatchObject({ status: "returned", decisionComment: "撮影の可否を追記してください" });
    const e = await researcher.put(`/api/v1/visit-tours/${c.id}`, {
      version: r.json.version,
      tour: tour({ title: "2回目（修正）" }),
    });
    expect(e.json).toMatchObject({ status: "returned", title: "2回目（修正）" });
    expect(
      (await researcher.put(`/api/v1/visit-tours/${c.id}`, { version: r.json.version, tour: tour() })).status,
    ).toBe(409);
  });
});
