import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addInstitution, OFFICER } from "../ec-workflows/support";
import { createTestApp, email, type TestUser } from "../harness";
import { addDemoUser, shortVisit } from "./desk-setup";

let t: Awaited<ReturnType<typeof createTestApp>>;
let researcher: TestUser;
let colleague: TestUser;
let officer: TestUser;
let coordinator: TestUser;
let auditor: TestUser;
let visitorId: string;

const visit = { ...shortVisit("Anna Schmidt（テスト）"), nameEn: "Anna Schmidt" };

async function auditActions(entityId: string) {
  const rows = await t.deps.db.execute<{ action: string }>(
    sql`select action from audit_events where entity_id = ${entityId} order by seq`,
  );
  return (rows as unknown as { rows?: { action: string }[] }).rows?.map((r) => r.action) ?? [];
}

beforeAll(async () => {
  t = await createTestApp();
  researcher = await t.signIn(email("researcher"));
  officer = await t.signIn(OFFICER);
  coordinator = await t.signIn(email("coordinator"));
  auditor = await t.signIn(email("auditor"));
  colleague = await addDemoUser(t, "researcher", "desk-colleague");
  const res = await researcher.post("/api/v1/visitors", visit);
  expect(res.status).toBe(201);
  visitorId = res.json.id;
});
afterAll(() => t.close());

describe("asking the desk (seed 000 §3-2)", () => {
  let id: string;

  it("asks from a visit; the label is read from the record and the office is notified", async () => {
    const res = await researcher.post("/api/v1/desk/questions", {
      topic: "export_control",
      subject: "来週の見学で試作品を見せてよいか",
      body: "見学者に試作品と評価データを見せる予定です。",
      about: { kind: "visitor", id: visitorId },
    });
    expect(res.status).toBe(201);
    id = res.json.id;
    const q = (await researcher.get(`/api/v1/desk/questions/${id}`)).json;
    expect(q).toMatchObject({ status: "open", ref: "DQ-2026-0001", about: { kind: "visitor" } });
    expect(q.about.label).toContain("Anna Schmidt");
    const notices = (await officer.get("/api/v1/notifications?limit=50")).json.items as { kind: string }[];
    expect(notices.map((n) => n.kind)).toContain("desk.question_asked");
    expect(await auditActions(id)).toEqual(["desk.question_asked"]);
  });

  it("refuses bad input and a record of another institution, writing nothing", async () => {
    const before = (await researcher.get("/api/v1/desk/questions")).json.items.length;
    expect(
      (await researcher.post("/api/v1/desk/questions", { topic: "export_control", subject: "", body: "x" }))
        .status,
    ).toBe(400);
    expect(
      (await researcher.post("/api/v1/desk/questions", { topic: "weather", subject: "a", body: "b" })).status,
    ).toBe(400);
    const other = await addInstitution(t, "deskother", ["researcher"]);
    const stranger = await other.signIn("researcher");
    const theirs = await stranger.post("/api/v1/visitors", visit);
    const res = await researcher.post("/api/v1/desk/questions", {
      topic: "export_control",
      subject: "a",
      body: "b",
      about: { kind: "visitor", id: theirs.json.id },
    });
    expect(res.status).toBe(400);
    expect(res.text).not.toContain("Anna");
    expect((await stranger.get(`/api/v1/desk/questions/${id}`)).status).toBe(404);
    expect((await researcher.get("/api/v1/desk/questions")).json.items.length).toBe(before);
  });

  it("is read by the asker, the topic's office and auditors — never another researcher or office", async () => {
    expect((await researcher.get(`/api/v1/desk/questions/${id}`)).status).toBe(200);
    expect((await officer.get(`/api/v1/desk/questions/${id}`)).status).toBe(200);
    expect((await auditor.get(`/api/v1/desk/questions/${id}`)).status).toBe(200);
    expect((await colleague.get(`/api/v1/desk/questions/${id}`)).status).toBe(404);
    expect((await coordinator.get(`/api/v1/desk/questions/${id}`)).status).toBe(404);
    const inbox = async (u: TestUser) =>
      ((await u.get("/api/v1/desk/questions?box=inbox")).json.items as { id: string }[]).map((q) => q.id);
    expect(await inbox(officer)).toContain(id);
    expect(await inbox(auditor)).toContain(id);
    expect(await inbox(coordinator)).not.toContain(id);
    expect(await inbox(colleague)).not.toContain(id);
    expect(
      (await colleague.post(`/api/v1/desk/questions/${id}/replies`, { body: "x", version: 1 })).status,
    ).toBe(404);
  });

  it("threads answers: the office answers, a follow-up re-opens, close and re-open", async () => {
    let q = (await officer.get(`/api/v1/desk/questions/${id}`)).json;
    // No case: the export-control officer does not hold case.create.
    expect(q.can).toMatchObject({ reply: true, convert: ["classification", "review"] });
    expect(
      (
        await officer.post(`/api/v1/desk/questions/${id}/replies`, {
          body: "試作品は見せられません。",
          version: q.version,
        })
      ).status,
    ).toBe(204);
    q = (await researcher.get(`/api/v1/desk/questions/${id}`)).json;
    expect(q.status).toBe("answered");
    expect(q.messages[0]).toMatchObject({ fromOffice: true, body: "試作品は見せられません。" });
    expect(q.can.convert).toEqual([]);
    // A stale version is a conflict and adds no message.
    expect(
      (await researcher.post(`/api/v1/desk/questions/${id}/replies`, { body: "古い版", version: 1 })).status,
    ).toBe(409);
    expect(
      (
        await researcher.post(`/api/v1/desk/questions/${id}/replies`, {
          body: "評価データは？",
          version: q.version,
        })
      ).status,
    ).toBe(204);
    q = (await researcher.get(`/api/v1/desk/questions/${id}`)).json;
    expect(q.status).toBe("reopened");
    expect(q.messages).toHaveLength(2);
    expect(
      (await auditor.post(`/api/v1/desk/questions/${id}/state`, { to: "closed", version: q.version })).status,
    ).toBe(422);
    expect(
      (await researcher.post(`/api/v1/desk/questions/${id}/state`, { to: "closed", version: q.version }))
        .status,
    ).toBe(204);
    q = (await officer.get(`/api/v1/desk/questions/${id}`)).json;
    expect(q.status).toBe("closed");
    const refused = await officer.post(`/api/v1/desk/questions/${id}/replies`, {
      body: "x",
      version: q.version,
    });
    expect(refused.status).toBe(422);
    expect(refused.json.error.details.reasons[0].ruleId).toBe("DESK-REPLY-CLOSED");
    expect(
      (await officer.post(`/api/v1/desk/questions/${id}/state`, { to: "reopened", version: q.version }))
        .status,
    ).toBe(204);
    expect(await auditActions(id)).toEqual([
      "desk.question_asked",
      "desk.replied",
      "desk.replied",
      "desk.closed",
      "desk.reopened",
    ]);
  });

  it("opens a 取引審査 from the question, pre-filled from the visit and the lab profile, linked back", async () => {
    const saved = await researcher.put("/api/v1/lab-profiles", {
      version: 0,
      profile: {
        labName: "材料工学研究室",
        fields: ["複合材料"],
        technologies: [{ listItem: "4", clause: "4(3)", description: "炭素繊維複合材の成形技術" }],
        foreignMembers: [{ name: "Chen", country: "CN", residency: "resident", tokutei: false }],
      },
    });
    expect(saved.status).toBe(200);
    const q = (await officer.get(`/api/v1/desk/questions/${id}`)).json;
    // Not the office of this topic, and not the office at all: refused, nothing created.
    expect(
      (
        await coordinator.post(`/api/v1/desk/questions/${id}/conversions`, {
          kind: "review",
          version: q.version,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await researcher.post(`/api/v1/desk/questions/${id}/conversions`, {
          kind: "review",
          version: q.version,
        })
      ).status,
    ).toBe(403);
    const res = await officer.post(`/api/v1/desk/questions/${id}/conversions`, {
      kind: "review",
      version: q.version,
    });
    expect(res.status).toBe(201);
    const review = (await officer.get(`/api/v1/export-control/reviews/${res.json.recordId}`)).json;
    expect(review.title).toBe("来週の見学で試作品を見せてよいか");
    expect(review.applicant.id).toBe(researcher.user.id);
    expect(review.counterpartyName).toContain("Anna Schmidt");
    expect(review.counterpartyCountry).toBe("DE");
    expect(review.facts).toMatchObject({ activity: "technology_provision", item: { listItem: "4" } });
    expect(review.description).toContain("外国籍メンバー: 1名");
    // The asker reads it as their own review, and the question shows the link.
    expect((await researcher.get(`/api/v1/export-control/reviews/${res.json.recordId}`)).status).toBe(200);
    const after = (await researcher.get(`/api/v1/desk/questions/${id}`)).json;
    expect(after.conversions).toEqual([
      expect.objectContaining({
        kind: "review",
        recordId: res.json.recordId,
        label: expect.stringContaining("TR-2026-"),
      }),
    ]);
    const again = await officer.post(`/api/v1/desk/questions/${id}/conversions`, {
      kind: "review",
      version: after.version,
    });
    expect(again.status).toBe(409);
    expect(await auditActions(id)).toContain("desk.converted");
    expect(await auditActions(res.json.recordId)).toEqual(["export.review.created"]);
  });

  it("opens a 該非判定 from the lab's listed technology; a failed creation leaves no link", async () => {
    let q = (await officer.get(`/api/v1/desk/questions/${id}`)).json;
    const res = await officer.post(`/api/v1/desk/questions/${id}/conversions`, {
      kind: "classification",
      version: q.version,
    });
    expect(res.status).toBe(201);
    const cl = (await officer.get(`/api/v1/export-control/classifications/${res.json.recordId}`)).json;
    expect(cl).toMatchObject({
      itemKind: "technology",
      listItem: "4",
      listClause: "4(3)",
      reviewStatus: "draft",
    });
    // A case needs case.create, which the export-control officer does not hold: refused, no link.
    q = (await officer.get(`/api/v1/desk/questions/${id}`)).json;
    expect(
      (await officer.post(`/api/v1/desk/questions/${id}/conversions`, { kind: "case", version: q.version }))
        .status,
    ).toBe(403);
    expect((await officer.get(`/api/v1/desk/questions/${id}`)).json.conversions).toHaveLength(2);
  });
});

describe("questions on other topics go to their own office", () => {
  it("a contracts question reaches coordinators and legal, who may open a case for the asker", async () => {
    const ask = await researcher.post("/api/v1/desk/questions", {
      topic: "contracts",
      subject: "共同研究契約のひな形",
      body: "海外企業との契約書のひな形はありますか。",
    });
    const id = ask.json.id;
    expect((await officer.get(`/api/v1/desk/questions/${id}`)).status).toBe(404);
    const legal = await t.signIn(email("legal-ip"));
    expect((await legal.get(`/api/v1/desk/questions/${id}`)).status).toBe(200);
    const q = (await coordinator.get(`/api/v1/desk/questions/${id}`)).json;
    expect(q.can.convert).toEqual(["case"]);
    expect(
      (
        await coordinator.post(`/api/v1/desk/questions/${id}/conversions`, {
          kind: "review",
          version: q.version,
        })
      ).status,
    ).toBe(422);
    const res = await coordinator.post(`/api/v1/desk/questions/${id}/conversions`, {
      kind: "case",
      version: q.version,
    });
    expect(res.status).toBe(201);
    const c = (await researcher.get(`/api/v1/cases/${res.json.recordId}`)).json;
    expect(c.title ?? c.core?.title).toBe("共同研究契約のひな形");
  });
});

describe("lab profiles", () => {
  it("are kept by the head, read by the office, confirmed per version; never by another researcher", async () => {
    const mine = (await researcher.get(`/api/v1/lab-profiles/${researcher.user.id}`)).json.profile;
    expect(mine.confirmed).toBe(false);
    expect((await colleague.get(`/api/v1/lab-profiles/${researcher.user.id}`)).status).toBe(404);
    expect(
      (
        await colleague.put("/api/v1/lab-profiles", {
          headUserId: researcher.user.id,
          version: mine.version,
          profile: { labName: "x" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await researcher.post(`/api/v1/lab-profiles/${researcher.user.id}/confirmation`, {
          version: mine.version,
        })
      ).status,
    ).toBe(403);
    const ok = await officer.post(`/api/v1/lab-profiles/${researcher.user.id}/confirmation`, {
      version: mine.version,
    });
    expect(ok.json).toMatchObject({ confirmed: true, confirmedBy: { id: officer.user.id } });
    const edited = await researcher.put("/api/v1/lab-profiles", {
      version: mine.version,
      profile: { labName: "材料工学研究室（改）" },
    });
    expect(edited.json.confirmed).toBe(false);
    expect(
      (await researcher.put("/api/v1/lab-profiles", { version: 1, profile: { labName: "stale" } })).status,
    ).toBe(409);
    const bad = await researcher.put("/api/v1/lab-profiles", {
      version: edited.json.version,
      profile: { labName: "x", technologies: [{ listItem: "99", description: "x" }] },
    });
    expect(bad.status).toBe(400);
    const list = (await officer.get("/api/v1/lab-profiles")).json.items as { labName: string }[];
    expect(list.map((p) => p.labName)).toEqual(["材料工学研究室（改）"]);
  });

  it("pre-fill the new 該非判定 / 取引審査 forms of the head (or a chosen lab) through the one mapping", async () => {
    let own = (await researcher.get("/api/v1/lab-profiles/prefill")).json.prefill;
    // The edited profile lists no technology: one entry still carries the lab's name and members.
    expect(own).toMatchObject({
      headUserId: researcher.user.id,
      labName: "材料工学研究室（改）",
      confirmed: false,
    });
    expect(own.technologies).toHaveLength(1);
    expect(own.technologies[0].classification).toMatchObject({ name: "", listItem: null });
    const current = (await researcher.get(`/api/v1/lab-profiles/${researcher.user.id}`)).json.profile;
    const saved = await researcher.put("/api/v1/lab-profiles", {
      version: current.version,
      profile: {
        labName: "材料工学研究室",
        technologies: [
          { listItem: null, description: "一般的な材料試験" },
          { listItem: "4", clause: "4(3)", description: "炭素繊維複合材の成形技術" },
        ],
        foreignMembers: [{ name: "Chen", country: "CN", residency: "non_resident", tokutei: false }],
      },
    });
    expect(saved.status).toBe(200);
    own = (await researcher.get("/api/v1/lab-profiles/prefill")).json.prefill;
    expect(own.technologies.map((x: { description: string }) => x.description)).toEqual([
      "一般的な材料試験",
      "炭素繊維複合材の成形技術",
    ]);
    expect(own.technologies[1].classification).toMatchObject({ listItem: "4", listClause: "4(3)" });
    expect(own.technologies[1].review.facts).toEqual({
      activity: "technology_provision",
      item: { listItem: "4" },
    });
    expect(own.technologies[1].review.description).toContain("非居住者 1名");
    // The profile page and the forms read the same mapping.
    expect(saved.json.prefill[1]).toEqual({
      classification: own.technologies[1].classification,
      review: own.technologies[1].review,
    });
    // The office may pre-fill from a chosen lab; another researcher reads no one else's, and has none.
    const chosen = await officer.get(`/api/v1/lab-profiles/prefill?headUserId=${researcher.user.id}`);
    expect(chosen.json.prefill.labName).toBe("材料工学研究室");
    const inspected = await auditor.get(`/api/v1/lab-profiles/prefill?headUserId=${researcher.user.id}`);
    expect(inspected.json.prefill.headUserId).toBe(researcher.user.id);
    const refused = await colleague.get(`/api/v1/lab-profiles/prefill?headUserId=${researcher.user.id}`);
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain("材料工学研究室");
    expect((await colleague.get("/api/v1/lab-profiles/prefill")).json.prefill).toBeNull();
    expect((await researcher.get("/api/v1/lab-profiles/prefill?headUserId=nope")).status).toBe(400);
  });

  it("a lab head of another institution is an unknown user to the office: 400, nothing of their lab", async () => {
    const elsewhere = await addInstitution(t, "desklab", ["researcher"]);
    const head = await elsewhere.signIn("researcher");
    const kept = await head.put("/api/v1/lab-profiles", {
      version: 0,
      profile: { labName: "他大学の研究室" },
    });
    expect(kept.status, kept.text).toBe(200);
    for (const reader of [officer, auditor]) {
      const res = await reader.get(`/api/v1/lab-profiles/prefill?headUserId=${head.user.id}`);
      expect(res.status).toBe(400);
      expect(res.json.error.details.issues).toEqual([
        { path: "headUserId", message: "validation.unknown_user" },
      ]);
      expect(res.text).not.toContain("他大学の研究室");
      expect(res.text).not.toContain("desklab");
    }
    // Their own head still starts from their own lab.
    expect((await head.get("/api/v1/lab-profiles/prefill")).json.prefill.labName).toBe("他大学の研究室");
  });

  it("a conversion from a technology the lab does not list is refused and links nothing", async () => {
    const ask = await researcher.post("/api/v1/desk/questions", {
      topic: "export_control",
      subject: "評価装置の該非",
      body: "研究室の評価装置について確認したい。",
    });
    const q = (await officer.get(`/api/v1/desk/questions/${ask.json.id}`)).json;
    const res = await officer.post(`/api/v1/desk/questions/${ask.json.id}/conversions`, {
      kind: "classification",
      version: q.version,
      technologyIndex: 5,
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues[0].path).toBe("technologyIndex");
    const after = (await officer.get(`/api/v1/desk/questions/${ask.json.id}`)).json;
    expect(after.conversions).toEqual([]);
    expect(after.version).toBe(q.version);
    const ok = await officer.post(`/api/v1/desk/questions/${ask.json.id}/conversions`, {
      kind: "classification",
      version: q.version,
      technologyIndex: 1,
    });
    const cl = (await officer.get(`/api/v1/export-control/classifications/${ok.json.recordId}`)).json;
    expect(cl).toMatchObject({ listItem: "4", name: "炭素繊維複合材の成形技術" });
    expect(cl.description).toContain("相談 / Desk question DQ-2026-");
  });
});
