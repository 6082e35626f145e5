import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { visitors } from "../../src/db/schema";
import {
  reviewResidencyChanges,
  visitorResidencyReviewJob,
} from "../../src/features/visitors/six-month-review.job";
import { findJob } from "../../src/jobs/registry";
import { createTestApp, email, type TestUser } from "../harness";
import { addInstitution, deleteError, noticesOf, OFFICER } from "./support";

let t: Awaited<ReturnType<typeof createTestApp>>;
let researcher: TestUser;
let officer: TestUser;
let visitorId: string;

// Filed on 2026-11-21 (the harness clock); entered Japan on 2026-06-15 → the 6-month mark is 2026-12-15.
const intake = {
  kind: "visiting_researcher",
  fullName: "Li Wei（テスト）",
  nameEn: "Li Wei",
  homeOrganisation: "Huachen University (fictional)",
  homeCountry: "CN",
  purpose: "材料の共同研究",
  stayFrom: "2026-06-15",
  stayUntil: "2027-06-14",
  declaration: {
    nationality: "CN",
    entryDate: "2026-06-15",
    employedInJapan: false,
    tokutei: { foreignEmploymentContract: true, priorityAgreement: true, foreignGovBenefitShare: 0 },
  },
};

beforeAll(async () => {
  t = await createTestApp();
  researcher = await t.signIn(email("researcher"));
  officer = await t.signIn(OFFICER);
  const res = await researcher.post("/api/v1/visitors", intake);
  expect(res.status).toBe(201);
  visitorId = res.json.id;
});
afterAll(() => t.close());

describe("visitor intake: the engine's determination with reasons (spec §2, §1.4)", () => {
  it("shows the officer the residency and 特定類型 determination with rules and sources", async () => {
    const d = (await officer.get(`/api/v1/visitors/${visitorId}`)).json;
    expect(d.status).toBe("pending_review");
    expect(d.residency).toBe("NON_RESIDENT");
    expect(d.assessment.residencyRule).toBe("RES-F0");
    expect(d.assessment.reasons).toContainEqual(
      expect.objectContaining({ ruleId: "RES-F0", sourceId: "S12" }),
    );
    expect(d.controlledTechnologyNeedsLicence).toBe(true);
    expect(d.residencyChangeOn).toBe("2026-12-15");
    expect(d.assessedAsOf).toBe("2026-11-21");
    expect(d.declarations).toHaveLength(1);
  });

  it("will not accept a visiting researcher before the 特定類型 pledge is on file (§1.5)", async () => {
    const res = await officer.post(`/api/v1/visitors/${visitorId}/decision`, {
      reason: "確認済み",
      decision: "accept",
    });
    expect(res.status).toBe(422);
    expect(res.json.error.details.reasons).toEqual(["visitor.pledge_missing"]);
  });

  it("records the pledge with who, when and the version of the text", async () => {
    const res = await researcher.post(`/api/v1/visitors/${visitorId}/pledges`, {
      kind: "tokutei_declaration",
      tokuteiAnswer: "none",
      signedName: "Li Wei",
    });
    expect(res.status).toBe(201);
    expect(res.json.pledges[0]).toMatchObject({
      textVersion: "tokutei_declaration@2022-05-01.1",
      declarationVersion: 1,
      signedOn: "2026-11-21",
      renewDueOn: "2027-11-21",
      recordedByName: "山田 太郎（研究者）",
    });
    expect(res.json.pledgeCurrent).toBe(true);
    const future = await researcher.post(`/api/v1/visitors/${visitorId}/pledges`, {
      kind: "fefta_compliance",
      signedName: "Li Wei",
      signedOn: "2026-12-01",
    });
    expect(future.status).toBe(400);
  });

  it("lets the officer accept, and tells the researcher", async () => {
    const res = await officer.post(`/api/v1/visitors/${visitorId}/decision`, {
      reason: "確認済み",
      decision: "accept",
      comment: "",
    });
    expect(res.status).toBe(200);
    expect(res.json.status).toBe("accepted");
    expect(res.json.reviews.map((r: { action: string }) => r.action)).toEqual(["filed", "accept"]);
    expect((await noticesOf(researcher)).some((n) => n.kind === "visitor.decided")).toBe(true);
  });
});

describe("the 6-month mark re-opens the assessment (spec §2.1 RES-F2, §2.3 note)", () => {
  it("does nothing the day before the mark", async () => {
    await reviewResidencyChanges(t.deps, new Date("2026-12-14T03:00:00Z"));
    expect((await officer.get(`/api/v1/visitors/${visitorId}`)).json.status).toBe("accepted");
  });

  it("re-opens on the mark as resident, and notifies the officer", async () => {
    const before = (await noticesOf(officer)).filter((n) => n.kind === "visitor.reopened").length;
    const job = findJob("visitors.residency-review");
    expect(job).toBe(visitorResidencyReviewJob);
    // 2026-12-14T15:30Z is 2026-12-15 00:30 in Japan: the job works on Japanese dates.
    const summary = await job!.run(t.deps, new Date("2026-12-14T15:30:00Z"));
    expect(summary).toMatch(/^1 re-opened, 0 re-assessed/);
    const d = (await officer.get(`/api/v1/visitors/${visitorId}`)).json;
    expect(d).toMatchObject({
      status: "pending_review",
      reopenReason: "six_month_mark",
      residency: "RESIDENT",
    });
    expect(d.assessment.residencyRule).toBe("RES-F2");
    expect(d.assessedAsOf).toBe("2026-12-15");
    expect(d.residencyChangeOn).toBeNull();
    expect(d.reviews.at(-1)).toMatchObject({ action: "reopen", reason: "six_month_mark", actorName: null });
    const notices = (await noticesOf(officer)).filter((n) => n.kind === "visitor.reopened");
    expect(notices.length).toBe(before + 1);
    expect(notices[0]!.link).toBe(`/visitors/${visitorId}`);
  });

  it("is idempotent: a second run the same day re-opens nothing", async () => {
    const r = await reviewResidencyChanges(t.deps, new Date("2026-12-15T05:00:00Z"));
    expect(r).toEqual({ reopened: 0, updated: 0 });
  });

  it("re-assesses without re-opening a visitor who left before the mark", async () => {
    const short = await researcher.post("/api/v1/visitors", {
      ...intake,
      fullName: "短期 滞在",
      stayUntil: "2026-12-20",
      declaration: { nationality: "FR", entryDate: "2026-07-01", tokutei: {} },
    });
    await t.deps.db.execute(sql`update visitors set stay_until = '2026-12-31' where id = ${short.json.id}`);
    // Mark on 2027-01-01, stay ended 2026-12-31.
    const r = await reviewResidencyChanges(t.deps, new Date("2027-01-02T03:00:00Z"));
    expect(r.reopened).toBe(0);
    expect(r.updated).toBeGreaterThanOrEqual(1);
    const d = (await officer.get(`/api/v1/visitors/${short.json.id}`)).json;
    expect(d.reopenReason).toBeNull();
    expect(d.residency).toBe("RESIDENT");
  });
});

describe("other residency boundaries found by the engine", () => {
  it("re-opens an employee on arrival (RES-F1) as 'residency changed', not as the 6-month mark", async () => {
    const arriving = await researcher.post("/api/v1/visitors", {
      ...intake,
      kind: "staff",
      fullName: "着任 予定",
      stayFrom: "2027-02-01",
      stayUntil: "2028-01-31",
      declaration: { nationality: "KR", entryDate: "2027-02-01", employedInJapan: true, tokutei: {} },
    });
    const before = (await officer.get(`/api/v1/visitors/${arriving.json.id}`)).json;
    expect(before).toMatchObject({ residency: "NON_RESIDENT", residencyChangeOn: "2027-02-01" });
    await reviewResidencyChanges(t.deps, new Date("2027-02-01T03:00:00Z"));
    const after = (await officer.get(`/api/v1/visitors/${arriving.json.id}`)).json;
    expect(after).toMatchObject({
      residency: "RESIDENT",
      reopenReason: "residency_changed",
      residencyChangeOn: null,
    });
    expect(after.assessment.residencyRule).toBe("RES-F1");
  });
});

describe("a change of facts re-opens the assessment", () => {
  it("creates a new declaration version, re-assesses, and the old pledge no longer counts", async () => {
    // Accept first (the pledge of version 1 is current).
    await officer.post(`/api/v1/visitors/${visitorId}/decision`, { reason: "確認済み", decision: "accept" });
    const d0 = (await researcher.get(`/api/v1/visitors/${visitorId}`)).json;
    const res = await researcher.put(`/api/v1/visitors/${visitorId}/declaration`, {
      version: d0.version,
      note: "入国日の訂正と、外国政府奨学金の受給",
      declaration: {
        ...intake.declaration,
        entryDate: "2026-03-01",
        tokutei: { ...intake.declaration.tokutei, foreignGovScholarship: true, foreignGovBenefitShare: 0.4 },
      },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      status: "pending_review",
      reopenReason: "facts_changed",
      declarationVersion: 2,
    });
    expect(res.json.tokutei).toEqual(["T2"]);
    expect(res.json.pledgeCurrent).toBe(false);
    expect(res.json.declarations.map((x: { version: number }) => x.version)).toEqual([2, 1]);
    const accept = await officer.post(`/api/v1/visitors/${visitorId}/decision`, {
      reason: "確認済み",
      decision: "accept",
    });
    expect(accept.json.error.details.reasons).toEqual(["visitor.pledge_missing"]);
    const stale = await researcher.put(`/api/v1/visitors/${visitorId}/declaration`, {
      version: d0.version,
      declaration: intake.declaration,
    });
    expect(stale.status).toBe(409);
  });

  it("writes an audit event for every change", async () => {
    const auditor = await t.signIn(email("auditor"));
    const events = (await auditor.get(`/api/v1/audit?entityType=visitor&entityId=${visitorId}&pageSize=100`))
      .json.items;
    const actions = events.map((e: { action: string }) => e.action).sort();
    expect(actions).toEqual(
      [
        "visitor.decided",
        "visitor.decided",
        "visitor.facts_changed",
        "visitor.filed",
        "visitor.pledge_recorded",
        "visitor.reopened",
        "visitor.reopened",
      ].sort(),
    );
  });
});

describe("retention: never deleted before retain_until (spec §6.5)", () => {
  it("refuses deletion in the service and in the database", async () => {
    const d = (await officer.get(`/api/v1/visitors/${visitorId}`)).json;
    // 7 years after the end of the stay (2027-06-14).
    expect(d.retainUntil).toBe("2034-06-14");
    const res = await t.app.request(`/api/v1/visitors/${visitorId}`, {
      method: "DELETE",
      headers: { cookie: officer.cookie, "x-csrf-token": officer.csrf },
    });
    expect(res.status).toBe(422);
    expect(await deleteError(t, sql`delete from visitors where id = ${visitorId}`)).toMatch(/retained until/);
  });

  it("allows deletion once the date has passed", async () => {
    const gone = await researcher.post("/api/v1/visitors", { ...intake, fullName: "削除 テスト" });
    await t.deps.db.execute(sql`update visitors set retain_until = '2020-01-01' where id = ${gone.json.id}`);
    const res = await t.app.request(`/api/v1/visitors/${gone.json.id}`, {
      method: "DELETE",
      headers: { cookie: officer.cookie, "x-csrf-token": officer.csrf },
    });
    expect(res.status).toBe(204);
    const left = await t.deps.db.select().from(visitors).where(sql`${visitors.id} = ${gone.json.id}`);
    expect(left).toHaveLength(0);
  });
});

describe("permissions and tenancy", () => {
  it("hides an intake from people who neither filed, host nor review it", async () => {
    const student = await t.signIn(email("student"));
    expect((await student.get(`/api/v1/visitors/${visitorId}`)).status).toBe(404);
    const theirs = (await student.get("/api/v1/visitors")).json.items.map((v: { id: string }) => v.id);
    expect(theirs).not.toContain(visitorId);
    expect((await student.get("/api/v1/visitors?scope=all")).status).toBe(403);
  });

  it("lets the auditor read everything and change nothing", async () => {
    const auditor = await t.signIn(email("auditor"));
    expect((await auditor.get(`/api/v1/visitors/${visitorId}`)).status).toBe(200);
    expect((await auditor.get("/api/v1/visitors?scope=all")).json.items.length).toBeGreaterThan(0);
    expect(
      (
        await auditor.post(`/api/v1/visitors/${visitorId}/decision`, {
          reason: "確認済み",
          decision: "refuse",
          comment: "x",
        })
      ).status,
    ).toBe(403);
    expect((await auditor.post("/api/v1/visitors", intake)).status).toBe(403);
  });

  it("gives another institution 404 on every visitor route", async () => {
    const other = await addInstitution(t, "othervis", ["export_control_officer", "researcher"]);
    const outsider = await other.signIn("export_control_officer");
    expect((await outsider.get(`/api/v1/visitors/${visitorId}`)).status).toBe(404);
    expect(
      (
        await outsider.post(`/api/v1/visitors/${visitorId}/decision`, {
          reason: "確認済み",
          decision: "refuse",
          comment: "x",
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await outsider.post(`/api/v1/visitors/${visitorId}/pledges`, {
          kind: "fefta_compliance",
          signedName: "x",
        })
      ).status,
    ).toBe(404);
    expect(
      (await outsider.put(`/api/v1/visitors/${visitorId}/declaration`, { version: 1, declaration: {} }))
        .status,
    ).toBe(404);
    expect((await outsider.get("/api/v1/visitors?scope=all")).json.items).toHaveLength(0);
  });
});
