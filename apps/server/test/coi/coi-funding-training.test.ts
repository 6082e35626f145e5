import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, trainingCompletions } from "../../src/db/schema";
import { newCase, newPartner, type TestApp } from "../cases/case-setup";
import { addInstitution, tripPlan } from "../ec-workflows/support";
import { createTestApp, email, type TestUser } from "../harness";

/**
 * Issue 13 items 7 and 10 on both databases: funding applications checked against the profile with the
 * researcher's own pledge and an e-Rad sheet; training records imported all or nothing; current
 * training required before a trip or joining a case when the institution says so.
 */

let t: TestApp;
let researcher: TestUser;
let reviewer: TestUser;
let coord: TestUser;
let executive: TestUser;
let student: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  researcher = await t.signIn(email("researcher"));
  reviewer = await t.signIn(email("coi-reviewer"));
  coord = await t.signIn(email("coordinator"));
  executive = await t.signIn(email("executive"));
  student = await t.signIn(email("student"));
});
afterAll(() => t.close());

const ruleIds = (rs: { ruleId: string }[]) => rs.map((r) => r.ruleId);
const auditOf = (entityId: string) =>
  t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId));

describe("funding applications (J2)", () => {
  let id: string;
  let version: number;

  it("starts from the profile, and matches once the researcher pledges", async () => {
    const prefill = await researcher.get("/api/v1/coi/funding-applications/prefill");
    expect(prefill.status, prefill.text).toBe(200);
    expect(prefill.json.declaredSupport.map((s: { giver: string }) => s.giver)).toEqual([
      "日本学術振興会 科研費 基盤研究(B)",
    ]);
    const created = await researcher.post("/api/v1/coi/funding-applications", {
      funder: "JST",
      programme: "CREST",
      title: "=cmd|' /C calc'!A0 全固体電池",
      eRadNumber: "12345678",
      ...prefill.json,
    });
    expect(created.status, created.text).toBe(201);
    id = created.json.id;
    expect(created.json.check).toBe("mismatch");
    expect(ruleIds(created.json.checkReasons)).toEqual(["FUND-PLEDGE"]);
    expect(created.json.canPledge).toBe(true);

    const pledged = await researcher.post(`/api/v1/coi/funding-applications/${id}/pledge`, {
      version: created.json.version,
      pledge: true,
    });
    expect(pledged.status, pledged.text).toBe(200);
    expect(pledged.json).toMatchObject({ check: "match", pledgedOn: "2026-11-21", canPledge: false });
    expect(pledged.json.pledgedByName).toBe("山田 太郎（研究者）");
    version = pledged.json.version;
    expect((await auditOf(id)).map((e) => e.action).sort()).toEqual([
      "coi.funding_pledged",
      "coi.funding_saved",
    ]);
  });

  it("an edit that leaves out support is a mismatch naming it, and clears the pledge", async () => {
    const view = (await researcher.get(`/api/v1/coi/funding-applications/${id}`)).json;
    const saved = await researcher.put(`/api/v1/coi/funding-applications/${id}`, {
      ...view.application,
      declaredSupport: [],
      version,
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json.pledgedOn).toBeNull();
    expect(ruleIds(saved.json.checkReasons)).toEqual(["FUND-MISSING", "FUND-PLEDGE"]);
    expect(saved.json.checkReasons[0].text.ja).toContain("日本学術振興会");
    const stale = await researcher.put(`/api/v1/coi/funding-applications/${id}`, {
      ...view.application,
      version,
    });
    expect(stale.status).toBe(409);
  });

  it("is read by the committee, who cannot pledge; coordinators do not see it", async () => {
    const v = await reviewer.get(`/api/v1/coi/funding-applications/${id}`);
    expect(v.status).toBe(200);
    expect(v.json.canPledge).toBe(false);
    const sign = await reviewer.post(`/api/v1/coi/funding-applications/${id}/pledge`, {
      version: v.json.version,
      pledge: true,
    });
    expect(sign.status).toBe(403);
    expect((await coord.get(`/api/v1/coi/funding-applications/${id}`)).status).toBe(404);
    expect((await coord.get(`/api/v1/coi/funding-applications/${id}/export`)).status).toBe(404);
    expect((await coord.get("/api/v1/coi/funding-applications")).json.items).toEqual([]);
  });

  it("the database refuses a pledge recorded for someone else", async () => {
    await expect(
      t.deps.db.execute(
        sql`update coi_funding_applications set pledged_on = '2026-11-21', pledged_by = ${reviewer.user.id} where id = ${id}`,
      ),
    ).rejects.toThrow();
  });

  it("exports the e-Rad sheet as CSV and Excel with formula cells neutralised, and audits it", async () => {
    const csv = await researcher.get(`/api/v1/coi/funding-applications/${id}/export?format=csv`);
    expect(csv.status).toBe(200);
    const lines = csv.text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("区分,名称・配分機関,研究課題名・職,状況,年額(円),エフォート(%),期間開始,期間終了");
    expect(lines[1]).toBe("所属・兼業,連携大学（デモ）,教授,在職,,90,,");
    const xlsx = await researcher.get(`/api/v1/coi/funding-applications/${id}/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect((await auditOf(id)).filter((e) => e.action === "coi.funding_exported")).toHaveLength(2);
  });

  it("refuses another institution's researcher with 400 and writes nothing", async () => {
    const other = await addInstitution(t, "fundother", ["researcher"]);
    const stranger = await other.signIn("researcher");
    const before = (await researcher.get("/api/v1/coi/funding-applications")).json.items.length;
    const res = await researcher.post("/api/v1/coi/funding-applications", {
      funder: "JSPS",
      programme: "基盤研究(C)",
      title: "x",
      userId: stranger.user.id,
      declaredSupport: [],
      declaredAffiliations: [],
      declaredTalentProgrammes: [],
    });
    expect(res.status).toBe(400);
    expect(res.text).not.toContain("fundother");
    expect((await researcher.get("/api/v1/coi/funding-applications")).json.items).toHaveLength(before);
  });

  it("offers the applicant the institution's programmes by name only, and records the one chosen", async () => {
    const officer = await t.signIn(email("export-control"));
    const made = await officer.post("/api/v1/coi/programmes", {
      name: "海外人材招へい計画",
      funder: "某国科学技術部",
      flagged: true,
      technologyFields: ["quantum"],
      notes: "審査メモ",
    });
    expect(made.status, made.text).toBe(201);
    expect((await researcher.get("/api/v1/coi/programmes")).status).toBe(403);
    const options = await researcher.get("/api/v1/coi/funding-applications/programmes");
    expect(options.status).toBe(200);
    // The flag, fields and notes stay with the programme register's readers.
    expect(options.json.items).toContainEqual({
      id: made.json.id,
      name: "海外人材招へい計画",
      funder: "某国科学技術部",
    });
    expect(options.text).not.toContain("審査メモ");
    expect(options.text).not.toContain("flagged");
    const other = await addInstitution(t, "progother", ["researcher"]);
    const stranger = await other.signIn("researcher");
    expect((await stranger.get("/api/v1/coi/funding-applications/programmes")).text).not.toContain(
      "海外人材招へい計画",
    );

    const app = await researcher.post("/api/v1/coi/funding-applications", {
      funder: "JST",
      programme: "戦略的創造研究推進事業",
      title: "量子センサの基礎",
      programmeId: made.json.id,
      declaredSupport: [],
      declaredAffiliations: [],
      declaredTalentProgrammes: [],
    });
    expect(app.status, app.text).toBe(201);
    expect(app.json.programmeId).toBe(made.json.id);
  });
});

describe("training records (M1–M5)", () => {
  const file = (text: string, name = "elearning.csv") => {
    const form = new FormData();
    form.append("file", new File([text], name, { type: "text/csv" }));
    return form;
  };
  const count = async () => (await t.deps.db.select().from(trainingCompletions)).length;

  it("previews an import with row errors and writes nothing while one row is bad", async () => {
    const before = await count();
    const csv = [
      "email,course,completed_on",
      `${email("student")},RS-2026,2026-10-01`,
      "nobody@demo.renkei.example,RS-2026,2026-10-01",
      `${email("executive")},NO-SUCH,2026-10-01`,
      `${email("executive")},RS-2026,2026-13-01`,
    ].join("\n");
    const preview = await reviewer.post("/api/v1/coi/training/import?mode=preview", file(csv));
    expect(preview.status, preview.text).toBe(200);
    expect(preview.json.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5]);
    expect(preview.json.rows).toEqual([
      expect.objectContaining({ line: 2, completedOn: "2026-10-01", expiresOn: "2027-10-01" }),
    ]);
    const commit = await reviewer.post("/api/v1/coi/training/import?mode=commit", file(csv));
    expect(commit.json.written).toBe(0);
    expect(await count()).toBe(before);
    expect((await student.post("/api/v1/coi/training/import?mode=commit", file(csv))).status).toBe(403);
  });

  it("commits a clean file at once and reports a repeated row as a duplicate", async () => {
    const before = await count();
    const csv = `email,course,completed_on\n${email("student")},RS-2026,2026-10-01\n`;
    const first = await reviewer.post("/api/v1/coi/training/import?mode=commit", file(csv));
    expect(first.json.written).toBe(1);
    const again = await reviewer.post("/api/v1/coi/training/import?mode=commit", file(csv));
    expect(again.json).toMatchObject({ written: 0, errors: [] });
    expect(again.json.rows[0].duplicate).toBe(true);
    expect(await count()).toBe(before + 1);
  });

  it("requires current training before a trip or joining a case once the institution says so", async () => {
    const set = await reviewer.put("/api/v1/coi/training/requirements", {
      trip: ["export_control"],
      join_case: ["research_security"],
    });
    expect(set.status, set.text).toBe(200);
    // The student has no export-control course: the trip is refused with the reason, nothing filed.
    const refused = await student.post("/api/v1/trips", tripPlan());
    expect(refused.status).toBe(422);
    expect(ruleIds(refused.json.error.details.reasons)).toEqual(["TRAIN-MISSING"]);
    const overview = (await student.get("/api/v1/coi/training")).json;
    expect(overview.myChecks.find((c: { purpose: string }) => c.purpose === "trip").outcome).toBe("denied");
    // The researcher's export-control course (2026-04-15, 24 months) is current.
    expect((await researcher.post("/api/v1/trips", tripPlan())).status).toBe(201);

    const caseId = await newCase(coord, researcher.user.id, [await newPartner(coord)]);
    const join = () =>
      coord.post(`/api/v1/cases/${caseId}/participants`, { kind: "staff", userId: executive.user.id });
    const no = await join();
    expect(no.status).toBe(422);
    expect(ruleIds(no.json.error.details.reasons)).toEqual(["TRAIN-MISSING"]);
    const course = (await reviewer.get("/api/v1/coi/training")).json.courses.find(
      (c: { code: string }) => c.code === "RS-2026",
    );
    const rec = await reviewer.post("/api/v1/coi/training/completions", {
      userId: executive.user.id,
      courseId: course.id,
      completedOn: "2025-09-01",
    });
    expect(rec.status, rec.text).toBe(201);
    // Completed 2025-09-01 with 12 months' validity: expired on 2026-09-01.
    const expired = await join();
    expect(ruleIds(expired.json.error.details.reasons)).toEqual(["TRAIN-EXPIRED"]);
    await reviewer.post("/api/v1/coi/training/completions", {
      userId: executive.user.id,
      courseId: course.id,
      completedOn: "2026-11-01",
    });
    expect((await join()).status).toBe(201);
  });

  it("refuses a completion for another institution's user or course with 400, and corrects by removal", async () => {
    const other = await addInstitution(t, "trainother", ["researcher"]);
    const stranger = await other.signIn("researcher");
    const course = (await reviewer.get("/api/v1/coi/training")).json.courses[0];
    const bad = await reviewer.post("/api/v1/coi/training/completions", {
      userId: stranger.user.id,
      courseId: course.id,
      completedOn: "2026-01-01",
    });
    expect(bad.status).toBe(400);
    const ok = await reviewer.post("/api/v1/coi/training/completions", {
      userId: coord.user.id,
      courseId: course.id,
      completedOn: "2026-01-01",
    });
    const removed = await reviewer.del(`/api/v1/coi/training/completions/${ok.json.id}`);
    expect(removed.status).toBe(200);
    const [event] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, ok.json.id), eq(auditEvents.action, "coi.training_removed")));
    expect(event?.before).toMatchObject({ userId: coord.user.id, completedOn: "2026-01-01" });
  });
});
