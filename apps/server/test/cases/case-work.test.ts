import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, caseMonitoringItems, cases, mailOutbox, notifications } from "../../src/db/schema";
import { caseBlockersJob, caseMonitoringJob } from "../../src/features/cases/case-jobs";
import { findJob } from "../../src/jobs/registry";
import { createTestApp, email, type TestUser } from "../harness";
import {
  newCase,
  newPartner,
  placeCase,
  QUARTERLY_QUOTATION,
  researchPlan,
  SCHEME,
  type TestApp,
} from "./case-setup";

let t: TestApp;
let coord: TestUser;
let pi: TestUser;
let legal: TestUser;
let caseId: string;

beforeAll(async () => {
  t = await createTestApp();
  coord = await t.signIn(email("coordinator"));
  pi = await t.signIn(email("researcher"));
  legal = await t.signIn(email("legal-ip"));
  caseId = await newCase(coord, pi.user.id, [await newPartner(coord)], { title: "文書と履歴の確認" });
});
afterAll(() => t.close());

describe("tasks and comments", () => {
  it("assigns a task with a due date, tells the assignee, and marks it done", async () => {
    const task = await coord.post(`/api/v1/cases/${caseId}/tasks`, {
      title: "信用調査を依頼する",
      assigneeId: legal.user.id,
      dueOn: "2026-11-10",
    });
    expect(task.status).toBe(201);
    const mails = await t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.kind, "case.task_assigned"));
    const ours = mails.filter((m) => m.subject.includes("信用調査を依頼する"));
    expect(ours.map((m) => m.toAddress)).toEqual([email("legal-ip")]);
    let page = await coord.get(`/api/v1/cases/${caseId}`);
    expect(page.json.tasks[0]).toMatchObject({ title: "信用調査を依頼する", overdue: true, done: false });
    expect(page.json.tasks[0].assignee.id).toBe(legal.user.id);
    expect((await legal.put(`/api/v1/cases/${caseId}/tasks/${task.json.id}`, { done: true })).status).toBe(
      200,
    );
    page = await coord.get(`/api/v1/cases/${caseId}`);
    expect(page.json.tasks[0]).toMatchObject({ done: true, overdue: false });
  });

  it("notifies the case's members of a comment, not its author", async () => {
    expect(
      (await coord.post(`/api/v1/cases/${caseId}/comments`, { body: "相手方から連絡あり" })).status,
    ).toBe(201);
    const toPi = await t.deps.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, pi.user.id), eq(notifications.kind, "case.comment")));
    expect(toPi).toHaveLength(1);
    const toAuthor = await t.deps.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, coord.user.id), eq(notifications.kind, "case.comment")));
    expect(toAuthor).toHaveLength(0);
  });
});

describe("documents", () => {
  it("stores an upload, logs each download and refuses files over 10 MB", async () => {
    const form = new FormData();
    form.set(
      "file",
      new File([new TextEncoder().encode("秘密保持契約書（写）")], "nda.txt", { type: "text/plain" }),
    );
    form.set("category", "nda");
    const up = await coord.post(`/api/v1/cases/${caseId}/documents`, form);
    expect(up.status).toBe(201);
    const down = await pi.get(`/api/v1/cases/${caseId}/documents/${up.json.id}`);
    expect(down.status).toBe(200);
    expect(down.text).toBe("秘密保持契約書（写）");
    const logged = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, caseId), eq(auditEvents.action, "case.document_downloaded")));
    expect(logged).toHaveLength(1);
    const big = new FormData();
    big.set("file", new File([new Uint8Array(10 * 1024 * 1024 + 1)], "big.bin"));
    expect((await coord.post(`/api/v1/cases/${caseId}/documents`, big)).status).toBe(400);
  });
});

describe("printable documents", () => {
  it("prints the whole case history as a Japanese PDF and records that it was printed", async () => {
    const res = await t.app.request(`/api/v1/cases/${caseId}/history.pdf`, {
      headers: { cookie: coord.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    // The Japanese font is embedded (subset), so the file carries a font program.
    expect(bytes.toString("latin1")).toMatch(/NotoSansJP/);
    expect(bytes.length).toBeGreaterThan(5_000);
    const printed = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, caseId), eq(auditEvents.action, "case.history_exported")));
    expect(printed).toHaveLength(1);
  });

  it("computes a quotation with the 30 % rate for a foreign-language contract and renders it", async () => {
    const q = await coord.post(`/api/v1/cases/${caseId}/quotations`, {
      partnerName: "Versuchswerk GmbH",
      issuedOn: "2026-11-21",
      validDays: 30,
      directCosts: [{ label: "試薬", category: "consumables", amountYen: 1_000_000 }],
      personnel: [
        { label: "博士研究員", kind: "postdoc", monthlyYen: 500_000, months: 12, effortPercent: 50 },
      ],
      partnerWantsQuarterlyUraReports: false,
      contractLanguage: "en",
      strategicAmountYen: null,
    });
    expect(q.status).toBe(201);
    const txt = await coord.get(`/api/v1/cases/${caseId}/quotations/${q.json.id}/document?format=txt`);
    expect(txt.status).toBe(200);
    // (1,000,000 + 3,000,000) × 30 % = 1,200,000; total 5,200,000 (seed 001 case 23).
    expect(txt.text).toContain("¥1,200,000");
    expect(txt.text).toContain("合計（税別）\t\t¥5,200,000");
    const en = await coord.get(`/api/v1/cases/${caseId}/quotations/${q.json.id}/document?format=txt&lang=en`);
    expect(en.text).toContain("Total (excl. tax)");
    const pdf = await t.app.request(`/api/v1/cases/${caseId}/quotations/${q.json.id}/document`, {
      headers: { cookie: coord.cookie },
    });
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const page = await coord.get(`/api/v1/cases/${caseId}`);
    expect(page.json.quotations[0]).toMatchObject({ totalYen: 5_200_000 });
  });

  it("uses the institution's configured rates", async () => {
    const settings = (await coord.get("/api/v1/cases/settings")).json;
    const changed = { ...settings, costRates: { ...settings.costRates, enhancedIndirectRatePercent: 25 } };
    expect((await coord.put("/api/v1/cases/settings", changed)).status).toBe(200);
    expect((await pi.put("/api/v1/cases/settings", changed)).status).toBe(403);
    const q = await coord.post(`/api/v1/cases/${caseId}/quotations`, QUARTERLY_QUOTATION);
    const txt = await coord.get(`/api/v1/cases/${caseId}/quotations/${q.json.id}/document?format=txt`);
    expect(txt.text).toContain("¥250,000");
  });
});

describe("monitoring (seed 001 §IV.3, case 28)", () => {
  it("alerts the coordinator once per level when an item is overdue, through the job", async () => {
    const id = await newCase(coord, pi.user.id, [await newPartner(coord)], { title: "モニタリング確認" });
    // Setup: an active case (signed contract) whose plan milestone is tracked in monitoring.
    await placeCase(t, id, "active", { research_plan: researchPlan() }, { contractSignedOn: "2026-10-01" });
    const meeting = await coord.post(`/api/v1/cases/${id}/monitoring`, {
      kind: "meeting",
      title: "第1回進捗会議",
      dueOn: "2026-10-15",
    });
    expect(meeting.status).toBe(201);
    const report = await coord.post(`/api/v1/cases/${id}/monitoring`, {
      kind: "progress_report",
      title: "四半期報告",
      dueOn: "2026-12-31",
    });
    expect(report.status).toBe(201);
    expect(findJob("cases.monitoring-overdue")).toBe(caseMonitoringJob);

    const alertsTo = (userId: string) =>
      t.deps.db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, userId),
            eq(notifications.kind, "case.monitoring_overdue"),
            eq(notifications.link, `/cases/${id}`),
          ),
        );
    const now = new Date("2026-11-21T03:00:00Z");
    expect(await caseMonitoringJob.run(t.deps, now)).toMatch(/overdue item\(s\) alerted/);
    // Minutes of the 10-15 meeting were due 14 days later (10-29): overdue; the report is not due yet.
    const alerts = await alertsTo(coord.user.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.body).toContain("議事概要が未作成");
    expect(alerts[0]!.body).not.toContain("進捗報告");
    expect(await alertsTo(pi.user.id)).toHaveLength(1);
    // A second run the same day tells nobody again.
    expect(await caseMonitoringJob.run(t.deps, now)).toContain("0 overdue");
    expect(await alertsTo(coord.user.id)).toHaveLength(1);

    // Past the escalation threshold the department head is told as well.
    const head = await t.signIn(email("department-head"));
    expect(await alertsTo(head.user.id)).toHaveLength(0);
    await caseMonitoringJob.run(t.deps, new Date("2026-12-15T03:00:00Z"));
    expect(await alertsTo(head.user.id)).toHaveLength(1);
    expect(await alertsTo(coord.user.id)).toHaveLength(2);

    // Recording the minutes closes the item; the case page shows no alert for it.
    await coord.put(`/api/v1/cases/${id}/monitoring/${meeting.json.id}`, {
      completedOn: "2026-11-21",
      minutes: "進捗を確認。",
    });
    const [row] = await t.deps.db
      .select()
      .from(caseMonitoringItems)
      .where(eq(caseMonitoringItems.id, meeting.json.id));
    expect(row!.completedOn).toBe("2026-11-21");
    const page = await coord.get(`/api/v1/cases/${id}`);
    expect(page.json.monitoring.alerts.map((a: { itemId: string }) => a.itemId)).not.toContain(
      meeting.json.id,
    );
  });

  it("refuses monitoring items before the case is active", async () => {
    const res = await coord.post(`/api/v1/cases/${caseId}/monitoring`, {
      kind: "visit",
      title: "来訪",
      dueOn: "2027-01-10",
    });
    expect(res.status).toBe(422);
  });
});

describe("the board's blocked flag follows time (cases.refresh-blockers)", () => {
  it("marks a case blocked once its NDA has expired, without any write to the case", async () => {
    const partnerId = await newPartner(coord);
    const id = await newCase(coord, pi.user.id, [partnerId], { title: "NDA の期限確認" });
    await placeCase(t, id, "nda", { scheme: SCHEME });
    const nda = await coord.post(`/api/v1/cases/${id}/ndas`, {
      partnerIds: [partnerId],
      signedOn: "2026-11-01",
      expiresOn: "2026-11-30",
    });
    expect(nda.status).toBe(201);
    const flag = async () => (await t.deps.db.select().from(cases).where(eq(cases.id, id)))[0]!;
    expect((await flag()).blocked).toBe(false);
    // The same day nothing is stale: the job skips cases already checked today.
    await caseBlockersJob.run(t.deps, new Date("2026-11-21T03:00:00Z"));
    expect((await flag()).blocked).toBe(false);
    await caseBlockersJob.run(t.deps, new Date("2026-12-05T03:00:00Z"));
    const after = await flag();
    expect(after.blocked).toBe(true);
    expect((after.blockers as { ruleId: string }[]).map((r) => r.ruleId)).toEqual(["GATE-NDA"]);
    expect(after.blockersCheckedOn).toBe("2026-12-05");
  });
});
