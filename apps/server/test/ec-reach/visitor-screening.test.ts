import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trainingCompletions, trainingCourses, users } from "../../src/db/schema";
import { createTestApp, email, type TestUser } from "../harness";
import { bytes, upload } from "../screening/support";

// Issue 15 item 2 (B4, C17) through the API on PGlite and PostgreSQL: a visitor and their home
// institution are screened against every list when the intake is filed and when its facts change; an
// open match holds acceptance, a confirmed sanctions hit refuses it; the lab view shows each person's
// determination, residency, 特定類型, screening and export-control training.

let t: Awaited<ReturnType<typeof createTestApp>>;
let pi: TestUser;
let officer: TestUser;
let head: TestUser;

const intake = (homeOrganisation: string, extra: Record<string, unknown> = {}) => ({
  kind: "short_visitor",
  fullName: "Anna Keller",
  nameEn: "Anna Keller",
  homeOrganisation,
  homeCountry: "DE",
  purpose: "研究室見学",
  stayFrom: "2026-11-25",
  stayUntil: "2026-11-27",
  declaration: { nationality: "DE", entryDate: "2026-11-24", employedInJapan: false },
  ...extra,
});
const ruleIds = (res: { json: { error: { details: { reasons: { ruleId: string }[] } } } }) =>
  res.json.error.details.reasons.map((r) => r.ruleId);

beforeAll(async () => {
  t = await createTestApp();
  pi = await t.signIn(email("researcher"));
  officer = await t.signIn(email("export-control"));
  head = await t.signIn(email("department-head"));
  const csv = "id,name,aliases,country,type,notes\n1,Sanktionswerk Handels GmbH,,DE,organization,テスト\n";
  const res = await upload(officer, { format: "csv", name: "テスト制裁リスト" }, [
    { name: "list.csv", bytes: bytes(csv) },
  ]);
  expect(res.status).toBe(200);
  expect(
    (await officer.put(`/api/v1/screening/lists/${res.json.listId}/kind`, { kind: "sanctions" })).status,
  ).toBe(200);
});
afterAll(() => t.close());

describe("a visitor's home institution on a sanctions list (B4)", () => {
  let id = "";

  it("is screened when the intake is filed, and acceptance waits for the officer's decision", async () => {
    const filed = await pi.post("/api/v1/visitors", intake("Sanktionswerk Handels GmbH"));
    expect(filed.status).toBe(201);
    id = filed.json.id;
    const d = (await officer.get(`/api/v1/visitors/${id}`)).json;
    expect(d.screeningStatus).toBe("pending_review");
    const home = d.screening.parties.find((p: { role: string }) => p.role === "home_organisation");
    expect(home.matches[0]).toMatchObject({ list: "テスト制裁リスト", kind: "sanctions", decision: null });
    const accept = await officer.post(`/api/v1/visitors/${id}/decision`, {
      decision: "accept",
      reason: "受入可と判断",
    });
    expect(accept.status).toBe(422);
    expect(ruleIds(accept)).toContain("SCREEN-PARTY-PENDING");
  });

  it("only the office decides a match; a confirmed sanctions hit refuses acceptance", async () => {
    const party = (await officer.get(`/api/v1/visitors/${id}`)).json.screening.parties.findIndex(
      (p: { role: string }) => p.role === "home_organisation",
    );
    const decision = {
      partyIndex: party,
      matchIndex: 0,
      decision: "true_match",
      reason: "同一法人（所在地一致）",
    };
    expect((await pi.post(`/api/v1/visitors/${id}/screening/decision`, decision)).status).toBe(403);
    expect(
      (await officer.post(`/api/v1/visitors/${id}/screening/decision`, { ...decision, matchIndex: 9 }))
        .status,
    ).toBe(404);
    expect((await officer.post(`/api/v1/visitors/${id}/screening/decision`, decision)).status).toBe(200);
    expect((await officer.get(`/api/v1/visitors/${id}`)).json.screeningStatus).toBe("true_match");
    const accept = await officer.post(`/api/v1/visitors/${id}/decision`, {
      decision: "accept",
      reason: "受入可と判断",
    });
    expect(accept.status).toBe(422);
    expect(ruleIds(accept)).toContain("SCREEN-PARTY-SANCTIONS");
  });

  it("changed facts are screened again and keep the officer's decision", async () => {
    const before = (await pi.get(`/api/v1/visitors/${id}`)).json;
    const changed = await pi.put(`/api/v1/visitors/${id}/declaration`, {
      version: before.version,
      declaration: { ...intake("").declaration, entryDate: "2026-11-23" },
      note: "入国日の訂正",
    });
    expect(changed.status).toBe(200);
    const after = (await officer.get(`/api/v1/visitors/${id}`)).json;
    expect(after.screeningStatus).toBe("true_match");
    expect(after.screening.parties.flatMap((p: { matches: unknown[] }) => p.matches)).toEqual([
      expect.objectContaining({ decision: "true_match", reason: "同一法人（所在地一致）" }),
    ]);
  });

  it("a visitor on no list is screened clear, not 'not screened'", async () => {
    const filed = await pi.post("/api/v1/visitors", intake("Harmlos Feinmechanik AG"));
    expect((await officer.get(`/api/v1/visitors/${filed.json.id}`)).json.screeningStatus).toBe("clear");
  });
});

describe("the lab view (C17)", () => {
  it("lists each person's determination, residency, screening and export-control training", async () => {
    // A foreign student with an account of the institution and a current export-control course.
    const student = email("student");
    const [u] = await t.deps.db.select().from(users).where(eq(users.email, student));
    const [course] = await t.deps.db
      .insert(trainingCourses)
      .values({
        institutionId: u!.institutionId,
        code: "EC-1",
        title: "輸出管理 基礎",
        topic: "export_control",
        validityMonths: 12,
      })
      .returning();
    await t.deps.db.insert(trainingCompletions).values({
      institutionId: u!.institutionId,
      userId: u!.id,
      courseId: course!.id,
      completedOn: "2026-05-01",
      expiresOn: "2027-05-01",
    });
    const filed = await pi.post(
      "/api/v1/visitors",
      intake("Harmlos Universität", {
        kind: "student",
        fullName: "Jonas Weber",
        nameEn: "Jonas Weber",
        email: student,
        stayUntil: "2028-03-31",
      }),
    );
    expect(filed.status).toBe(201);

    const rows = (await pi.get("/api/v1/lab/visitors")).json.items as {
      id: string;
      training: string;
      screeningStatus: string;
      outcome: string;
      residency: string | null;
    }[];
    const mine = rows.find((r) => r.id === filed.json.id)!;
    expect(mine).toMatchObject({ training: "current", screeningStatus: "clear", residency: "NON_RESIDENT" });
    expect(mine.outcome).toEqual(expect.any(String));
    // A visitor without an account: training unknown, never "current".
    expect(rows.filter((r) => r.id !== filed.json.id).map((r) => r.training)).not.toContain("current");
    expect(rows.some((r) => r.screeningStatus === "true_match")).toBe(true);
    // The office sees them too; a role without the lab view does not.
    const office = (await officer.get("/api/v1/lab/visitors")).json.items.map((r: { id: string }) => r.id);
    expect(office).toEqual(expect.arrayContaining(rows.map((r) => r.id)));
    expect((await head.get("/api/v1/lab/visitors")).status).toBe(200);
    const student1 = await t.signIn(student);
    expect((await student1.get("/api/v1/lab/visitors")).status).toBe(403);
  });
});
