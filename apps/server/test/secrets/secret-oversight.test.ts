import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, notifications, secretAccessLog, secretAlerts, secretItems } from "../../src/db/schema";
import {
  createYearlyReviews,
  detectLeakageAlerts,
  sendSecretReminders,
} from "../../src/features/secrets/secret-jobs";
import { newCase, newPartner, type TestApp } from "../cases/case-setup";
import { createTestApp, email, TEST_NOW, type TestUser } from "../harness";

/**
 * Walls (H9), leakage detection (H8), the end of a project (H10/H11/J7) and students' own pledges (X7),
 * through the API and the jobs.
 */

let t: TestApp;
let coord: TestUser;
let pi: TestUser;
let officer: TestUser;
let student: TestUser;
let partnerA: string;
let partnerB: string;

const item = (over: Record<string, unknown>) => ({
  title: "受領した試作品の仕様書",
  description: "",
  level: 1,
  origin: "received",
  direction: "received",
  storageKind: "paper",
  storageLocation: "工学部3号館 金庫",
  responsibleUserId: coord.user.id,
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  coord = await t.signIn(email("coordinator"));
  pi = await t.signIn(email("researcher"));
  officer = await t.signIn(email("confidentiality-officer"));
  student = await t.signIn(email("student"));
  partnerA = await newPartner(coord);
  partnerB = await newPartner(coord);
});
afterAll(() => t.close());

describe("walls between competing partners (seed 001 case 26)", () => {
  let itemA: string;
  let itemB: string;

  it("a wall refuses the second competitor, until the officer records an approval", async () => {
    itemA = (await coord.post("/api/v1/secrets/items", item({ partnerId: partnerA }))).json.id;
    itemB = (await coord.post("/api/v1/secrets/items", item({ partnerId: partnerB, title: "B社の工程表" })))
      .json.id;
    const marked = await coord.post("/api/v1/secrets/competitors", {
      partnerA,
      partnerB,
      note: "同じ電池材料市場",
    });
    expect(marked.status).toBe(201);
    expect(
      (await coord.post("/api/v1/secrets/competitors", { partnerA: partnerB, partnerB: partnerA })).status,
    ).toBe(409);
    expect((await coord.post(`/api/v1/secrets/items/${itemA}/grants`, { userId: pi.user.id })).status).toBe(
      201,
    );
    const second = await coord.post(`/api/v1/secrets/items/${itemB}/grants`, { userId: pi.user.id });
    expect(second.status).toBe(422);
    expect(second.json.error.details.reasons.map((r: { ruleId: string }) => r.ruleId)).toEqual(["SEC-WALL"]);
    expect(second.json.error.details.reasons[0].text.en).toMatch(/competing/);
    const refused = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, itemB), eq(auditEvents.action, "secret.access_refused")));
    expect(refused).toHaveLength(1);
    // Only the officer may open the wall, and only with a justification.
    const notOfficer = await coord.post("/api/v1/secrets/wall-approvals", {
      userId: pi.user.id,
      partnerId: partnerB,
      justification: "x",
    });
    expect(notOfficer.status).toBe(403);
    expect(
      (
        await officer.post("/api/v1/secrets/wall-approvals", {
          userId: pi.user.id,
          partnerId: partnerB,
          justification: " ",
        })
      ).status,
    ).toBe(400);
    const approved = await officer.post("/api/v1/secrets/wall-approvals", {
      userId: pi.user.id,
      partnerId: partnerB,
      justification: "別チームで分離した上で評価のみ担当",
    });
    expect(approved.status).toBe(201);
    expect((await coord.post(`/api/v1/secrets/items/${itemB}/grants`, { userId: pi.user.id })).status).toBe(
      201,
    );
  });

  it("the walls report names the person across the wall and the approval", async () => {
    const res = await officer.get("/api/v1/secrets/walls");
    expect(res.status).toBe(200);
    const row = res.json.rows.find((r: { user: { id: string } }) => r.user.id === pi.user.id);
    expect(row.partners.map((p: { id: string }) => p.id).sort()).toEqual([partnerA, partnerB].sort());
    expect(row.approved.map((p: { id: string }) => p.id)).toEqual([partnerB]);
    expect((await coord.get("/api/v1/secrets/walls")).status).toBe(403);
  });

  it("the officer withdraws an approval with a reason: the wall closes again, the record stays", async () => {
    // While approved, the person reads both competitors' items.
    expect((await pi.get(`/api/v1/secrets/items/${itemA}`)).status).toBe(200);
    expect((await pi.get(`/api/v1/secrets/items/${itemB}`)).status).toBe(200);
    const list = await officer.get("/api/v1/secrets/wall-approvals");
    expect(list.status).toBe(200);
    const approval = list.json.items.find((a: { user: { id: string } }) => a.user.id === pi.user.id);
    expect(approval).toMatchObject({ partner: { id: partnerB }, withdrawnAt: null });
    const path = `/api/v1/secrets/wall-approvals/${approval.id}/withdraw`;
    expect((await coord.post(path, { reason: "x" })).status).toBe(403);
    expect((await coord.get("/api/v1/secrets/wall-approvals")).status).toBe(403);
    // No reason: refused, nothing written.
    const noReason = await officer.post(path, { reason: "  " });
    expect(noReason.status).toBe(400);
    expect((await pi.get(`/api/v1/secrets/items/${itemB}`)).status).toBe(200);

    expect((await officer.post(path, { reason: "評価担当の分離が終了したため" })).status).toBe(200);
    expect((await officer.post(path, { reason: "二度目" })).status).toBe(404);
    // The one access decision reads only approvals in force: both sides are walled again.
    expect((await pi.get(`/api/v1/secrets/items/${itemB}`)).status).toBe(404);
    expect((await pi.get(`/api/v1/secrets/items/${itemA}`)).status).toBe(404);
    const after = await officer.get("/api/v1/secrets/wall-approvals");
    const withdrawn = after.json.items.find((a: { id: string }) => a.id === approval.id);
    expect(withdrawn).toMatchObject({
      withdrawalReason: "評価担当の分離が終了したため",
      withdrawnBy: { id: officer.user.id },
    });
    expect(withdrawn.withdrawnAt).not.toBeNull();
    const report = await officer.get("/api/v1/secrets/walls");
    const row = report.json.rows.find((r: { user: { id: string } }) => r.user.id === pi.user.id);
    expect(row.approved).toEqual([]);
    const events = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "secret.wall_approval_withdrawn"));
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ partnerId: partnerB, reason: "評価担当の分離が終了したため" });
    // A new approval may be recorded beside the withdrawn one.
    const again = await officer.post("/api/v1/secrets/wall-approvals", {
      userId: pi.user.id,
      partnerId: partnerB,
      justification: "再度の分離体制を確認",
    });
    expect(again.status).toBe(201);
    expect((await pi.get(`/api/v1/secrets/items/${itemB}`)).status).toBe(200);
  });
});

describe("leakage detection (seed 000 §3-2)", () => {
  it("normal use raises nothing; a bulk download raises one alert to the officer with its events", async () => {
    const now = new Date(TEST_NOW);
    const caseId = await newCase(coord, pi.user.id, [partnerA], { title: "漏えい検知の案件" });
    const base = {
      institutionId: officer.user.institution.id,
      userId: pi.user.id,
      caseId,
      partnerId: partnerA,
      level: 1,
      path: "document" as const,
    };
    const at = (min: number) => new Date(now.getTime() - min * 60_000).toISOString();
    await t.deps.db
      .insert(secretAccessLog)
      .values([0, 50, 100].map((m) => ({ ...base, action: "download", at: at(m) })));
    expect(await detectLeakageAlerts(t.deps, now)).toBe(0);
    await t.deps.db
      .insert(secretAccessLog)
      .values(Array.from({ length: 12 }, (_, i) => ({ ...base, action: "download", at: at(200 + i) })));
    expect(await detectLeakageAlerts(t.deps, now)).toBe(1);
    // Running again raises nothing new (one alert per pattern).
    expect(await detectLeakageAlerts(t.deps, now)).toBe(0);
    const alerts = await officer.get("/api/v1/secrets/alerts?status=open");
    expect(alerts.json.items).toHaveLength(1);
    expect(alerts.json.items[0].rule).toBe("bulk_download");
    expect(alerts.json.items[0].events.length).toBeGreaterThanOrEqual(10);
    const notes = await t.deps.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, officer.user.id), eq(notifications.kind, "secret.alert")));
    expect(notes).toHaveLength(1);
    const bad = await officer.put(`/api/v1/secrets/alerts/${alerts.json.items[0].id}`, {
      status: "resolved",
      note: "",
    });
    expect(bad.status).toBe(400);
    const done = await officer.put(`/api/v1/secrets/alerts/${alerts.json.items[0].id}`, {
      status: "escalated",
      note: "本人に確認、部局長へ報告",
    });
    expect(done.status).toBe(200);
    const [row] = await t.deps.db
      .select()
      .from(secretAlerts)
      .where(eq(secretAlerts.id, alerts.json.items[0].id));
    expect(row!.status).toBe("escalated");
    expect((await coord.get("/api/v1/secrets/alerts")).status).toBe(403);
  });

  it("access after leaving a case raises an alert; the grants ended with the departure", async () => {
    // A partner outside the wall above, so only the departure is under test.
    const partnerC = await newPartner(coord);
    const caseId = await newCase(coord, coord.user.id, [partnerC], { title: "離脱の案件" });
    const added = await coord.post(`/api/v1/cases/${caseId}/participants`, {
      kind: "staff",
      userId: pi.user.id,
    });
    expect(added.status).toBe(201);
    const id = (await coord.post("/api/v1/secrets/items", item({ caseId, partnerId: partnerC, level: 2 })))
      .json.id;
    expect((await coord.post(`/api/v1/secrets/items/${id}/grants`, { userId: pi.user.id })).status).toBe(201);
    expect((await pi.get(`/api/v1/secrets/items/${id}`)).status).toBe(200);
    expect((await coord.del(`/api/v1/cases/${caseId}/participants/${added.json.id}`)).status).toBe(200);
    const after = await pi.get(`/api/v1/secrets/items/${id}`);
    expect(after.status).toBe(404);
    const detail = await coord.get(`/api/v1/secrets/items/${id}`);
    expect(detail.json.grants[0].revokeReason).toBe("left_case");
    // The job runs a minute after the app's (fixed) clock, never the machine's date: the events are from then.
    const jobTime = new Date(t.deps.clock.now().getTime() + 60_000);
    expect(await detectLeakageAlerts(t.deps, jobTime)).toBeGreaterThanOrEqual(1);
    const [alert] = await t.deps.db
      .select()
      .from(secretAlerts)
      .where(and(eq(secretAlerts.rule, "after_leaving"), eq(secretAlerts.userId, pi.user.id)));
    expect(alert).toBeDefined();
  });
});

describe("end of the project (H10, J7)", () => {
  it("records destruction with a certificate; access ends; bad input writes nothing", async () => {
    const id = (
      await coord.post("/api/v1/secrets/items", item({ partnerId: partnerA, title: "終了時に廃棄する資料" }))
    ).json.id;
    await coord.post(`/api/v1/secrets/items/${id}/grants`, { userId: pi.user.id });
    const missing = await coord.post(`/api/v1/secrets/items/${id}/end`, {
      kind: "destroyed",
      endedOn: "2026-11-20",
    });
    expect(missing.status).toBe(400);
    const future = await coord.post(`/api/v1/secrets/items/${id}/end`, {
      kind: "destroyed",
      endedOn: "2027-01-01",
      confirmed: true,
    });
    expect(future.status).toBe(400);
    expect((await coord.get(`/api/v1/secrets/items/${id}`)).json.status).toBe("active");
    const cert = Buffer.from("廃棄証明書: シュレッダー処理済み").toString("base64");
    const ok = await coord.post(`/api/v1/secrets/items/${id}/end`, {
      kind: "destroyed",
      endedOn: "2026-11-20",
      note: "立会いの上で廃棄",
      certificate: { fileName: "certificate.txt", contentBase64: cert },
    });
    expect(ok.status).toBe(200);
    const after = await coord.get(`/api/v1/secrets/items/${id}`);
    expect(after.json.status).toBe("destroyed");
    expect(after.json.hasCertificate).toBe(true);
    expect(after.json.grants.every((g: { revokeReason: string }) => g.revokeReason === "item_ended")).toBe(
      true,
    );
    expect((await coord.get(`/api/v1/secrets/items/${id}/certificate`)).text).toBe(
      "廃棄証明書: シュレッダー処理済み",
    );
    expect(
      (
        await coord.post(`/api/v1/secrets/items/${id}/end`, {
          kind: "returned",
          endedOn: "2026-11-20",
          confirmed: true,
        })
      ).status,
    ).toBe(409);
  });

  it("reminds the responsible person once before the NDA-covered secrecy ends", async () => {
    const id = (
      await coord.post(
        "/api/v1/secrets/items",
        item({ title: "期限の近い資料", contractEndsOn: "2023-12-10", survivalYears: 3 }),
      )
    ).json.id;
    const [row] = await t.deps.db.select().from(secretItems).where(eq(secretItems.id, id));
    expect(row!.secrecyUntil).toBe("2026-12-10");
    const now = new Date(TEST_NOW);
    expect(await sendSecretReminders(t.deps, now)).toBeGreaterThanOrEqual(1);
    const first = await t.deps.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, coord.user.id), eq(notifications.kind, "secret.reminder.secrecy_end")),
      );
    expect(first).toHaveLength(1);
    await sendSecretReminders(t.deps, now);
    const again = await t.deps.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, coord.user.id), eq(notifications.kind, "secret.reminder.secrecy_end")),
      );
    expect(again).toHaveLength(1);
  });
});

describe("students sign for themselves (X7)", () => {
  it("once a pledge text is published, a student joins and signs the current version in the app", async () => {
    const caseId = await newCase(coord, pi.user.id, [partnerA], { title: "学生の誓約" });
    // Before any text is published the paper pledge recorded by staff is still required.
    const early = await coord.post(`/api/v1/cases/${caseId}/participants`, {
      kind: "student",
      userId: student.user.id,
    });
    expect(early.status).toBe(422);
    const v1 = await officer.post("/api/v1/secrets/pledge-texts", {
      bodyJa: "私は本案件で知り得た秘密情報を第三者に開示しません。",
      bodyEn: "I will not disclose confidential information learned in this project.",
      requirement: "always",
    });
    expect(v1.status).toBe(201);
    expect(
      (
        await student.post("/api/v1/secrets/pledge-texts", {
          bodyJa: "x",
          bodyEn: "x",
          requirement: "always",
        })
      ).status,
    ).toBe(403);
    const joined = await coord.post(`/api/v1/cases/${caseId}/participants`, {
      kind: "student",
      userId: student.user.id,
    });
    expect(joined.status).toBe(201);
    const v2 = await officer.post("/api/v1/secrets/pledge-texts", {
      bodyJa: "私は秘密情報を第三者に開示せず、生成AIにも入力しません。",
      bodyEn: "I will not disclose confidential information, nor enter it into generative AI.",
      requirement: "not_for_employed",
    });
    const mine = await student.get("/api/v1/secrets/pledges/mine");
    expect(mine.json.current.version).toBe(2);
    expect(mine.json.cases.find((c: { caseId: string }) => c.caseId === caseId).required).toBe(true);
    const pledgeOf = async () =>
      (await coord.get(`/api/v1/cases/${caseId}`)).json.participants.find(
        (p: { userId: string }) => p.userId === student.user.id,
      ).pledgeOn;
    expect(await pledgeOf()).toBeNull();
    const sign = (pledgeTextId: string, consented: boolean) =>
      student.post("/api/v1/secrets/pledges", { caseId, pledgeTextId, consented });
    expect((await sign(v1.json.id, true)).status).toBe(409);
    expect((await sign(v2.json.id, false)).status).toBe(400);
    expect(
      (await coord.post("/api/v1/secrets/pledges", { caseId, pledgeTextId: v2.json.id, consented: true }))
        .status,
    ).toBe(403);
    expect((await sign(v2.json.id, true)).status).toBe(201);
    expect((await sign(v2.json.id, true)).status).toBe(409);
    const signed = await student.get("/api/v1/secrets/pledges/mine");
    expect(signed.json.cases.find((c: { caseId: string }) => c.caseId === caseId).signedVersion).toBe(2);
    // The case's student gate now reads the student's own pledge.
    expect(await pledgeOf()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("people and periodic checks (H12, H13)", () => {
  it("opens one yearly review per responsible person, completed by them only", async () => {
    const now = new Date(TEST_NOW);
    expect(await createYearlyReviews(t.deps, now)).toBeGreaterThanOrEqual(1);
    expect(await createYearlyReviews(t.deps, now)).toBe(0);
    const mine = await coord.get("/api/v1/secrets/reviews");
    const review = mine.json.items.find(
      (r: { responsible: { id: string } }) => r.responsible.id === coord.user.id,
    );
    expect(review.year).toBe(2026);
    expect(review.itemCount).toBeGreaterThan(0);
    expect((await pi.post(`/api/v1/secrets/reviews/${review.id}/complete`, { note: "x" })).status).toBe(404);
    expect(
      (await coord.post(`/api/v1/secrets/reviews/${review.id}/complete`, { note: "全件確認" })).status,
    ).toBe(200);
    const all = await officer.get("/api/v1/secrets/reviews");
    expect(all.json.items.find((r: { id: string }) => r.id === review.id).completedOn).not.toBeNull();
  });

  it("prints the register as a PDF and lets only the officer change the scheme", async () => {
    const pdf = await t.app.request("/api/v1/secrets/register.pdf", { headers: { cookie: coord.cookie } });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const settings = await coord.get("/api/v1/secrets/settings");
    expect(settings.json.scheme.levels.map((l: { name: { ja: string } }) => l.name.ja)).toEqual([
      "公開",
      "秘",
      "厳秘",
      "機密",
    ]);
    expect((await coord.put("/api/v1/secrets/settings", settings.json)).status).toBe(403);
    const renamed = structuredClone(settings.json);
    renamed.scheme.levels[1].name = { ja: "社外秘", en: "Internal" };
    expect((await officer.put("/api/v1/secrets/settings", renamed)).status).toBe(200);
    const bad = structuredClone(renamed);
    bad.scheme.levels[3].reach = "institution";
    expect((await officer.put("/api/v1/secrets/settings", bad)).status).toBe(400);
    expect((await coord.get("/api/v1/secrets/settings")).json.scheme.levels[1].name.ja).toBe("社外秘");
  });
});
