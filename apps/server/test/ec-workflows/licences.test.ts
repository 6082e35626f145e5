import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { remindLicenceExpiry } from "../../src/features/licences/licence-reminders.job";
import { findJob } from "../../src/jobs/registry";
import { createTestApp, email, type TestUser } from "../harness";
import { addInstitution, noticesOf, OFFICER } from "./support";

let t: Awaited<ReturnType<typeof createTestApp>>;
let officer: TestUser;
let researcher: TestUser;
// The demo licences belong to the researcher; this test's licence has its own holder.
let holder: TestUser;
let licenceId: string;
const ours = async (user: TestUser, kind: string) =>
  (await noticesOf(user)).filter((n) => n.kind === kind && n.link === `/licences/${licenceId}`);

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn(OFFICER);
  researcher = await t.signIn(email("researcher"));
  holder = await t.signIn(email("coordinator"));
  const created = await officer.post("/api/v1/licences", {
    title: "レーザー設計技術の提供（架空）",
    linkKind: "transaction",
    linkRef: "TX-2026-0042",
    holderUserId: holder.user.id,
    conditions: "提供先はA大学の研究室に限る",
  });
  expect(created.status).toBe(201);
  licenceId = created.json.id;
});
afterAll(() => t.close());

describe("licence applications (許可申請)", () => {
  it("move drafting → filed → granted with the METI number and validity", async () => {
    expect(
      (await officer.post(`/api/v1/licences/${licenceId}/status`, { to: "granted", version: 1 })).status,
    ).toBe(422);
    const filed = await officer.post(`/api/v1/licences/${licenceId}/status`, { to: "filed", version: 1 });
    expect(filed.json).toMatchObject({ status: "filed", filedOn: "2026-11-21" });
    const missing = await officer.post(`/api/v1/licences/${licenceId}/status`, { to: "granted", version: 2 });
    expect(missing.status).toBe(400);
    const granted = await officer.post(`/api/v1/licences/${licenceId}/status`, {
      to: "granted",
      version: 2,
      metiNumber: "経第2026-0815号（架空）",
      validFrom: "2026-01-01",
      validUntil: "2026-12-21",
    });
    expect(granted.json).toMatchObject({
      status: "granted",
      decidedOn: "2026-11-21",
      expiry: "soon",
      daysLeft: 30,
    });
    expect(granted.json.retainUntil).toBe("2033-12-21");
    expect(await ours(holder, "licence.status_changed")).toHaveLength(2);
  });

  it("lists soonest expiry first with a warning", async () => {
    await officer.post("/api/v1/licences", { title: "下書き" });
    const items: { id: string; validUntil: string | null; expiry: string | null }[] = (
      await officer.get("/api/v1/licences")
    ).json.items;
    expect(items.find((i) => i.id === licenceId)?.expiry).toBe("soon");
    const dated = items.filter((i) => i.validUntil).map((i) => i.validUntil!);
    expect(dated).toEqual([...dated].sort());
    expect(items.at(-1)?.validUntil).toBeNull();
    expect((await officer.get("/api/v1/licences?linkRef=TX-2026-0042")).json.items).toHaveLength(1);
  });
});

describe("expiry reminders (job)", () => {
  it("reminds holder and office at 30 days, once", async () => {
    const job = findJob("licences.expiry")!;
    expect(await job.run(t.deps, new Date("2026-11-21T03:00:00Z"))).toMatch(/^\d+ reminded, 0 expired$/);
    const mine = await ours(holder, "licence.expiring");
    expect(mine).toHaveLength(1);
    expect(mine[0]!.title).toContain("30日");
    expect(await ours(officer, "licence.expiring")).toHaveLength(1);
    expect(await ours(researcher, "licence.expiring")).toHaveLength(0);
    expect((await officer.get(`/api/v1/licences/${licenceId}`)).json.remindersSent).toEqual([90, 30]);
    expect(await remindLicenceExpiry(t.deps, new Date("2026-11-22T03:00:00Z"))).toEqual({
      reminded: 0,
      expired: 0,
    });
  });

  it("reminds again at 7 days and marks the licence expired after its last day", async () => {
    await remindLicenceExpiry(t.deps, new Date("2026-12-13T03:00:00Z"));
    expect(await ours(holder, "licence.expiring")).toHaveLength(1);
    await remindLicenceExpiry(t.deps, new Date("2026-12-14T03:00:00Z"));
    const seven = await ours(holder, "licence.expiring");
    expect(seven).toHaveLength(2);
    expect(seven[0]!.title).toContain("7日");
    await remindLicenceExpiry(t.deps, new Date("2026-12-21T03:00:00Z"));
    expect((await officer.get(`/api/v1/licences/${licenceId}`)).json.status).toBe("granted");
    await remindLicenceExpiry(t.deps, new Date("2026-12-22T03:00:00Z"));
    expect((await officer.get(`/api/v1/licences/${licenceId}`)).json.status).toBe("expired");
    expect(await ours(holder, "licence.expiring")).toHaveLength(2);
    expect(await ours(holder, "licence.expired")).toHaveLength(1);
  });

  it("audits every change, including the job's", async () => {
    const auditor = await t.signIn(email("auditor"));
    const events = (await auditor.get(`/api/v1/audit?entityType=licence&entityId=${licenceId}&pageSize=50`))
      .json.items;
    expect(events.map((e: { action: string }) => e.action).sort()).toEqual(
      [
        "licence.created",
        "licence.reminder_sent",
        "licence.reminder_sent",
        "licence.status_changed",
        "licence.status_changed",
        "licence.status_changed",
      ].sort(),
    );
    expect(events.some((e: { actorLabel: string }) => e.actorLabel === "job:licences.expiry")).toBe(true);
  });
});

describe("permissions, tenancy and retention", () => {
  it("lets officers manage, auditors read, researchers neither", async () => {
    const auditor = await t.signIn(email("auditor"));
    expect((await auditor.get("/api/v1/licences")).status).toBe(200);
    expect((await auditor.post("/api/v1/licences", { title: "x" })).status).toBe(403);
    expect((await researcher.get("/api/v1/licences")).status).toBe(403);
  });

  it("hides licences from another institution", async () => {
    const other = await addInstitution(t, "otherlic", ["export_control_officer"]);
    const theirs = await other.signIn("export_control_officer");
    expect((await theirs.get(`/api/v1/licences/${licenceId}`)).status).toBe(404);
    expect((await theirs.get("/api/v1/licences")).json.items).toHaveLength(0);
    expect(
      (await theirs.post(`/api/v1/licences/${licenceId}/status`, { to: "expired", version: 1 })).status,
    ).toBe(404);
  });

  it("refuses deletion before the retention date", async () => {
    const res = await t.app.request(`/api/v1/licences/${licenceId}`, {
      method: "DELETE",
      headers: { cookie: officer.cookie, "x-csrf-token": officer.csrf },
    });
    expect(res.status).toBe(422);
    expect(
      ((await res.json()) as { error: { details: { retainUntil: string } } }).error.details.retainUntil,
    ).toBe("2033-12-21");
  });
});
