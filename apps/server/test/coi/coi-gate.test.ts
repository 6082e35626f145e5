import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditEvents,
  coiDeclarationRequirements,
  coiDeclarations,
  coiDeterminations,
  coiInstitutionalDecisions,
  mailOutbox,
  notifications,
} from "../../src/db/schema";
import { runCoiDaily } from "../../src/features/coi/coi-jobs";
import { newCase, newPartner, type TestApp } from "../cases/case-setup";
import { createTestApp, email, type TestUser } from "../harness";

/**
 * Issue 13 on both databases: the case's COI gate reads the committee's outcome for every researcher
 * (missing, pending, returned, expired → closed; a new interest re-opens it); coordinators never read
 * a declaration's content; approved declarations are archived unchanged.
 */

const NO = {
  equity: false,
  income: false,
  officer: false,
  royalty: false,
  gifts: false,
  family: false,
  foreign: false,
};

let t: TestApp;
let coord: TestUser;
let pi: TestUser;
let member: TestUser;
let reviewer: TestUser;
let auditor: TestUser;
let head: TestUser;
let external: TestUser;
let caseId: string;
let partnerId: string;

beforeAll(async () => {
  t = await createTestApp();
  coord = await t.signIn(email("coordinator"));
  pi = await t.signIn(email("researcher"));
  member = await t.signIn(email("executive"));
  reviewer = await t.signIn(email("coi-reviewer"));
  auditor = await t.signIn(email("auditor"));
  head = await t.signIn(email("department-head"));
  external = await t.signIn(email("coi-external"));
  partnerId = await newPartner(coord);
  caseId = await newCase(coord, pi.user.id, [partnerId]);
  const added = await coord.post(`/api/v1/cases/${caseId}/participants`, {
    kind: "staff",
    userId: member.user.id,
  });
  expect(added.status).toBe(201);
});
afterAll(() => t.close());

async function gate() {
  const res = await coord.get(`/api/v1/cases/${caseId}`);
  expect(res.status).toBe(200);
  return res.json.coi as { outcome: string; reasons: { ruleId: string; text: { ja: string; en: string } }[] };
}
const ruleIds = async () => (await gate()).reasons.map((r) => r.ruleId);

async function declare(user: TestUser, selfCheck: object, interests: object[] = [], trigger = "joined_case") {
  const created = await user.post("/api/v1/coi/declarations", { trigger, caseId });
  expect(created.status, created.text).toBe(201);
  const saved = await user.put(`/api/v1/coi/declarations/${created.json.id}`, {
    version: created.json.version,
    selfCheck,
    interests,
  });
  expect(saved.status, saved.text).toBe(200);
  const sent = await user.post(`/api/v1/coi/declarations/${created.json.id}/submit`, {
    version: saved.json.version,
    attest: true,
  });
  expect(sent.status, sent.text).toBe(200);
  return sent.json as { id: string; version: number };
}

describe("the case's COI gate over every researcher", () => {
  let declId: string;

  it("asks a member who joins without a declaration to declare, and waits for it (J3 trigger)", async () => {
    const g = await gate();
    expect(g.outcome).toBe("closed");
    expect(g.reasons.map((r) => r.ruleId)).toEqual(["GATE-COI-REQUESTED"]);
    expect(g.reasons[0]!.text.ja).toContain("中村 修");
    expect(g.reasons[0]!.text.en).toMatch(/^A COI declaration was requested .*\(メンバー 中村 修/);
    // One request for the member (the PI's current approval covers the PI), recorded and audited.
    const asked = await t.deps.db
      .select()
      .from(coiDeclarationRequirements)
      .where(eq(coiDeclarationRequirements.caseId, caseId));
    expect(asked.map((a) => [a.userId, a.trigger, a.satisfiedAt])).toEqual([
      [member.user.id, "joined_case", null],
    ]);
    // The member is told in the app and by mail, in their own language, with the case named.
    const notices = await t.deps.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, member.user.id), eq(notifications.kind, "coi.declaration_requested")),
      );
    expect(notices).toHaveLength(1);
    expect(notices[0]!.body).toContain("連携案件への参加");
    const mails = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(
        and(eq(mailOutbox.toAddress, email("executive")), eq(mailOutbox.kind, "coi.declaration_requested")),
      );
    expect(mails).toHaveLength(1);
    // Adding the same member again asks once.
    await coord.post(`/api/v1/cases/${caseId}/participants`, { kind: "staff", userId: member.user.id });
    expect(
      await t.deps.db
        .select()
        .from(coiDeclarationRequirements)
        .where(eq(coiDeclarationRequirements.userId, member.user.id)),
    ).toHaveLength(1);
  });

  it("stays closed while the declaration awaits the committee, and when it is returned", async () => {
    const d = await declare(member, NO);
    declId = d.id;
    expect(await ruleIds()).toEqual(["GATE-COI-PENDING"]);
    const noComment = await reviewer.post(`/api/v1/coi/declarations/${declId}/return`, {
      version: d.version,
      comment: "",
    });
    expect(noComment.status).toBe(400);
    const ret = await reviewer.post(`/api/v1/coi/declarations/${declId}/return`, {
      version: d.version,
      comment: "兼業先の記載を確認してください",
    });
    expect(ret.status, ret.text).toBe(200);
    expect(await ruleIds()).toEqual(["GATE-COI-RETURNED"]);
    const notices = await t.deps.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, member.user.id), eq(notifications.kind, "coi.declaration_returned")),
      );
    expect(notices).toHaveLength(1);
  });

  it("opens when the committee approves, and closes again when the approval expires", async () => {
    const view = await member.get(`/api/v1/coi/declarations/${declId}`);
    const again = await member.post(`/api/v1/coi/declarations/${declId}/submit`, {
      version: view.json.version,
      attest: true,
    });
    expect(again.status, again.text).toBe(200);
    // The declarant cannot approve their own; the committee can.
    expect(
      (await member.post(`/api/v1/coi/declarations/${declId}/approve`, { version: again.json.version }))
        .status,
    ).toBe(403);
    const ok = await reviewer.post(`/api/v1/coi/declarations/${declId}/approve`, {
      version: again.json.version,
      validUntil: "2026-12-31",
    });
    expect(ok.status, ok.text).toBe(200);
    expect(await gate()).toEqual({ outcome: "open", reasons: [] });
    const [answered] = await t.deps.db
      .select()
      .from(coiDeclarationRequirements)
      .where(eq(coiDeclarationRequirements.userId, member.user.id));
    expect(answered!.satisfiedByDeclarationId).toBe(declId);

    const r = await runCoiDaily(t.deps, new Date("2027-01-02T00:00:00Z"));
    expect(r.expired).toBeGreaterThanOrEqual(1);
    expect(await ruleIds()).toEqual(["GATE-COI-EXPIRED"]);
  });

  it("keeps an approved declaration unchanged: the database refuses edits and deletion", async () => {
    await expect(
      t.deps.db
        .update(coiDeclarations)
        .set({ interests: [{ x: 1 }] })
        .where(eq(coiDeclarations.id, declId)),
    ).rejects.toThrow();
    await expect(t.deps.db.delete(coiDeclarations).where(eq(coiDeclarations.id, declId))).rejects.toThrow();
    const [row] = await t.deps.db.select().from(coiDeclarations).where(eq(coiDeclarations.id, declId));
    expect(row!.interests).toEqual([]);
    expect(row!.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("a new interest re-opens the gate; the plan's monitoring date raises a reminder", () => {
  it("closes on the PI's new equity interest and opens on the committee's plan", async () => {
    // Take the member out of the picture: a fresh approval for the rest of the year.
    const m = await declare(member, NO, [], "new_activity");
    expect(
      (await reviewer.post(`/api/v1/coi/declarations/${m.id}/approve`, { version: m.version })).status,
    ).toBe(200);
    expect((await gate()).outcome).toBe("open");

    const equity = {
      interestId: "i-1",
      category: "equity",
      entity: "Versuchswerk Beteiligung",
      partnerId,
      amountBand: "1m_5m",
      description: "未公開株式 3%",
      relatedCaseIds: [],
    };
    const d = await declare(pi, { ...NO, equity: true }, [equity], "new_activity");
    expect(await ruleIds()).toEqual(["GATE-COI-NEW-INTEREST"]);
    // The declaration linked the interest to the case whose partner it names.
    const view = await reviewer.get(`/api/v1/coi/declarations/${d.id}`);
    expect(view.json.interests[0].relatedCaseIds).toEqual([caseId]);
    expect(view.json.pending).toEqual([{ interestId: "i-1", caseId }]);

    const early = await reviewer.post(`/api/v1/coi/declarations/${d.id}/approve`, {
      version: view.json.version,
    });
    expect(early.status).toBe(422);
    expect(early.json.error.details.reasons.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      "COI-DECL-UNDETERMINED",
    ]);
    const noPlan = await reviewer.post(`/api/v1/coi/declarations/${d.id}/determinations`, {
      interestId: "i-1",
      caseId,
      outcome: "manageable",
      reason: "管理計画を付けて許容",
    });
    expect(noPlan.status).toBe(422);
    // The determination carries the committee's own reason (issue 11 item 6): without it, 400 and no row.
    for (const reason of [undefined, "", "   "]) {
      const noReason = await reviewer.post(`/api/v1/coi/declarations/${d.id}/determinations`, {
        interestId: "i-1",
        caseId,
        outcome: "no_conflict",
        ...(reason === undefined ? {} : { reason }),
      });
      expect(noReason.status, noReason.text).toBe(400);
      expect(JSON.stringify(noReason.json.error.details)).toContain("reason");
    }
    expect(
      await t.deps.db.select().from(coiDeterminations).where(eq(coiDeterminations.declarationId, d.id)),
    ).toEqual([]);
    const det = await reviewer.post(`/api/v1/coi/declarations/${d.id}/determinations`, {
      interestId: "i-1",
      caseId,
      outcome: "manageable",
      reason: "条件付きで許容",
      plan: {
        conditions: ["株式の売買を委員会に事前報告する"],
        monitoringOn: "2026-12-01",
        monitorUserId: reviewer.user.id,
      },
    });
    expect(det.status, det.text).toBe(200);
    const after = await reviewer.get(`/api/v1/coi/declarations/${d.id}`);
    // Stored and shown: the declaration's readers see the reason beside the outcome.
    expect(after.json.determinations).toMatchObject([{ outcome: "manageable", reason: "条件付きで許容" }]);
    const ok = await reviewer.post(`/api/v1/coi/declarations/${d.id}/approve`, {
      version: after.json.version,
    });
    expect(ok.status, ok.text).toBe(200);
    expect(await gate()).toEqual({ outcome: "open", reasons: [] });
    // The committee's monitoring list: 10 days before the date the plan is due soon.
    const plans = (await reviewer.get("/api/v1/coi/plans")).json.items as { declarationId: string }[];
    expect(plans.find((p) => p.declarationId === d.id)).toMatchObject({
      state: "due_soon",
      monitoringOn: "2026-12-01",
      declarantName: "山田 太郎（研究者）",
    });
    expect((await coord.get("/api/v1/coi/plans")).status).toBe(403);
    expect((await external.get("/api/v1/coi/plans")).json.items).toEqual([]);

    const before = await t.deps.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, pi.user.id), eq(notifications.kind, "coi.plan_monitoring_due")));
    expect(before).toHaveLength(0);
    // 14 days before 2026-12-01 the declarant, the monitor and the committee are reminded, once.
    expect((await runCoiDaily(t.deps, new Date("2026-11-17T00:00:00Z"))).reminded).toBeGreaterThanOrEqual(1);
    await runCoiDaily(t.deps, new Date("2026-11-18T00:00:00Z"));
    const reminded = await t.deps.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, pi.user.id), eq(notifications.kind, "coi.plan_monitoring_due")));
    expect(reminded).toHaveLength(1);
    // Each reader gets the notice in their own language, not one combined "ja / en" text.
    expect(reminded[0]).toMatchObject({
      title: "マネジメント計画のモニタリング期日（あと14日）",
      titleEn: "Management plan monitoring due (in 14 days)",
      body: "モニタリング期日: 2026-12-01",
      bodyEn: "Monitoring date: 2026-12-01.",
    });
  });
});

describe("who reads a declaration's content", () => {
  let id: string;
  beforeAll(async () => {
    const [row] = await t.deps.db
      .select({ id: coiDeclarations.id })
      .from(coiDeclarations)
      .where(eq(coiDeclarations.declarantUserId, pi.user.id))
      .orderBy(sql`${coiDeclarations.createdAt} desc`)
      .limit(1);
    id = row!.id;
  });

  it("the declarant, the committee and auditors read it; coordinators and department heads do not", async () => {
    expect((await pi.get(`/api/v1/coi/declarations/${id}`)).status).toBe(200);
    expect((await reviewer.get(`/api/v1/coi/declarations/${id}`)).status).toBe(200);
    expect((await auditor.get(`/api/v1/coi/declarations/${id}`)).status).toBe(200);
    const c = await coord.get(`/api/v1/coi/declarations/${id}`);
    expect(c.status).toBe(404);
    expect(c.text).not.toContain("Versuchswerk Beteiligung");
    expect((await head.get(`/api/v1/coi/declarations/${id}`)).status).toBe(404);
    expect((await coord.get("/api/v1/coi/queue")).status).toBe(403);
    // The case page shows the outcome, never the entity declared.
    expect((await coord.get(`/api/v1/cases/${caseId}`)).text).not.toContain("Versuchswerk Beteiligung");
    expect((await coord.get(`/api/v1/coi/profiles/${pi.user.id}`)).status).toBe(404);
  });

  it("an external member reads only what the committee assigned", async () => {
    expect((await external.get(`/api/v1/coi/declarations/${id}`)).status).toBe(404);
    expect((await external.get("/api/v1/coi/queue")).json.items).toEqual([]);
    expect(
      (await reviewer.post(`/api/v1/coi/declarations/${id}/assign`, { userId: coord.user.id })).status,
    ).toBe(400);
    expect(
      (await reviewer.post(`/api/v1/coi/declarations/${id}/assign`, { userId: external.user.id })).status,
    ).toBe(200);
    expect((await external.get(`/api/v1/coi/declarations/${id}`)).status).toBe(200);
    expect((await external.get("/api/v1/coi/queue")).json.items.map((d: { id: string }) => d.id)).toEqual([
      id,
    ]);
  });
});

describe("bad input writes nothing", () => {
  it("refuses another institution's or an unknown case id with 400 and keeps the draft as it was", async () => {
    const created = await head.post("/api/v1/coi/declarations", { trigger: "new_activity" });
    expect(created.status, created.text).toBe(201);
    const bad = await head.put(`/api/v1/coi/declarations/${created.json.id}`, {
      version: created.json.version,
      selfCheck: { ...NO, equity: true },
      interests: [
        {
          interestId: "i-1",
          category: "equity",
          entity: "X",
          amountBand: "lt_1m",
          relatedCaseIds: ["00000000-0000-4000-8000-000000000000"],
        },
      ],
    });
    expect(bad.status).toBe(400);
    const still = await head.get(`/api/v1/coi/declarations/${created.json.id}`);
    expect([still.json.version, still.json.interests]).toEqual([created.json.version, []]);
    const unattested = await head.post(`/api/v1/coi/declarations/${created.json.id}/submit`, {
      version: created.json.version,
      attest: false,
    });
    expect(unattested.status).toBe(400);
  });

  it("the committee's institutional decision on a case needs its reason: 400 and nothing written without", async () => {
    const url = `/api/v1/coi/flagged-cases/${caseId}/decision`;
    const decisions = () =>
      t.deps.db.select().from(coiInstitutionalDecisions).where(eq(coiInstitutionalDecisions.caseId, caseId));
    const audits = () =>
      t.deps.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "coi.institutional_decided"), eq(auditEvents.entityId, caseId)));
    for (const body of [{ outcome: "no_conflict" }, { outcome: "no_conflict", reason: " " }]) {
      const refused = await reviewer.post(url, body);
      expect(refused.status, refused.text).toBe(400);
    }
    expect([await decisions(), await audits()]).toEqual([[], []]);
    const ok = await reviewer.post(url, {
      outcome: "no_conflict",
      reason: "寄附額は小さく、研究への影響はない",
    });
    expect(ok.status, ok.text).toBe(200);
    expect((await decisions()).map((d) => d.notes)).toEqual(["寄附額は小さく、研究への影響はない"]);
    expect(await audits()).toHaveLength(1);
  });

  it("bulk approval is all or nothing: one declaration with an interest refuses the batch", async () => {
    const queue = (await reviewer.get("/api/v1/coi/queue?status=submitted")).json.items as {
      id: string;
      noInterests: boolean;
    }[];
    const empty = queue.filter((d) => d.noInterests).map((d) => d.id);
    const withInterest = queue.filter((d) => !d.noInterests).map((d) => d.id);
    expect(empty.length).toBeGreaterThan(0);
    expect(withInterest.length).toBeGreaterThan(0);
    const refused = await reviewer.post("/api/v1/coi/declarations/bulk-approve", {
      ids: [...empty, ...withInterest],
    });
    expect(refused.status).toBe(422);
    expect((await reviewer.get("/api/v1/coi/queue?status=submitted")).json.items).toHaveLength(queue.length);
    const ok = await reviewer.post("/api/v1/coi/declarations/bulk-approve", { ids: empty });
    expect([ok.status, ok.json.approved]).toEqual([200, empty.length]);
  });
});
