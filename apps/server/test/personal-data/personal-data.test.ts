import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { affiliations, deskQuestions, partners, people, visitors } from "../../src/db/schema";
import { findJob } from "../../src/jobs/registry";
import { OFFICER } from "../ec-workflows/support";
import { createTestApp, email, type TestUser } from "../harness";

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: TestUser;
let researcher: TestUser;
const ids: Record<string, string> = {};
let dryTotal = 0;

const visit = (name: string) => ({
  kind: "short_visitor",
  fullName: name,
  homeOrganisation: "Old Visit GmbH (fictional)",
  homeCountry: "DE",
  purpose: "見学",
  stayFrom: "2019-05-01",
  stayUntil: "2019-05-01",
  declaration: { nationality: "DE", employedInJapan: false },
});

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(email("admin"));
  researcher = await t.signIn(email("researcher"));
  const inst = researcher.user.institution.id;
  const [partner] = await t.deps.db
    .select({ id: partners.id })
    .from(partners)
    .where(eq(partners.institutionId, inst))
    .limit(1);
  const old = { institutionId: inst, searchKey: "x", createdAt: "2019-01-01T00:00:00Z" };
  const [gone] = await t.deps.db
    .insert(people)
    .values({ ...old, name: "古川 一郎", email: "old@example.com" })
    .returning();
  const [current] = await t.deps.db
    .insert(people)
    .values({ ...old, name: "現役 次郎" })
    .returning();
  await t.deps.db
    .insert(affiliations)
    .values({ institutionId: inst, personId: current!.id, partnerId: partner!.id });
  ids.gone = gone!.id;
  ids.current = current!.id;
  ids.held = (await researcher.post("/api/v1/visitors", visit("保存 花子"))).json.id;
  ids.expired = (await researcher.post("/api/v1/visitors", visit("期限 太郎"))).json.id;
  // The export-control retention of this one has passed (seven years after 2019).
  await t.deps.db.execute(sql`alter table visitors disable trigger user`);
  await t.deps.db.update(visitors).set({ retainUntil: "2026-01-31" }).where(eq(visitors.id, ids.expired!));
  await t.deps.db.execute(sql`alter table visitors enable trigger user`);
  const q = (
    await researcher.post("/api/v1/desk/questions", { topic: "other", subject: "古い相談", body: "本文" })
  ).json.id;
  await researcher.post(`/api/v1/desk/questions/${q}/state`, { to: "closed", version: 1 });
  await t.deps.db
    .update(deskQuestions)
    .set({ closedAt: "2022-01-01T00:00:00Z" })
    .where(eq(deskQuestions.id, q as string));
  ids.question = q;
  ids.openQuestion = (
    await researcher.post("/api/v1/desk/questions", { topic: "other", subject: "新しい相談", body: "本文" })
  ).json.id;
});
afterAll(() => t.close());

describe("purposes and retention periods (spec H15)", () => {
  it("lists a purpose and a period for every kind, and the admin sets one (audited, versioned)", async () => {
    const rules = (await admin.get("/api/v1/personal-data/rules")).json.items;
    expect(rules.map((r: { kind: string }) => r.kind)).toEqual([
      "people",
      "visitors",
      "desk_questions",
      "coi_declarations",
    ]);
    const people = rules.find((r: { kind: string }) => r.kind === "people");
    expect(people).toMatchObject({ retentionMonths: 60, action: "anonymise", custom: false, version: 0 });
    const body = { ...people, retentionMonths: 48, version: 0 };
    delete body.kind;
    delete body.custom;
    expect((await admin.put("/api/v1/personal-data/rules/people", body)).status).toBe(204);
    expect((await admin.put("/api/v1/personal-data/rules/people", body)).status).toBe(409);
    expect(
      (await admin.put("/api/v1/personal-data/rules/people", { ...body, version: 1, retentionMonths: 0 }))
        .status,
    ).toBe(400);
    expect((await researcher.put("/api/v1/personal-data/rules/people", { ...body, version: 1 })).status).toBe(
      403,
    );
    const after = (await admin.get("/api/v1/personal-data/rules")).json.items[0];
    expect(after).toMatchObject({ retentionMonths: 48, custom: true, version: 1 });
  });
});

describe("the retention run", () => {
  it("a dry run counts what would go and changes nothing", async () => {
    const r = (await admin.post("/api/v1/personal-data/retention-runs", { dryRun: true })).json;
    expect(r.runId).toBeNull();
    // The demo's own people and visitors are counted too; ours are one expired person, one expired visit
    // (the other visit held by its export-control retention date) and one closed question.
    expect(r.kinds.people.anonymised).toBeGreaterThanOrEqual(1);
    expect(r.kinds.visitors).toMatchObject({ anonymised: 1 });
    expect(r.kinds.visitors.legalHold).toBe(r.kinds.visitors.checked - 1);
    expect(r.kinds.desk_questions).toMatchObject({ checked: 2, deleted: 1, kept: 1 });
    dryTotal = Object.values(r.kinds as Record<string, { anonymised: number; deleted: number }>).reduce(
      (n, k) => n + k.anonymised + k.deleted,
      0,
    );
    const [p] = await t.deps.db.select().from(people).where(eq(people.id, ids.gone!));
    expect(p!.name).toBe("古川 一郎");
  });

  it("removes or anonymises what has expired and keeps what the law or current use holds", async () => {
    const job = findJob("personal-data.retention")!;
    expect(job).toBeDefined();
    const summary = await job.run(t.deps, t.deps.clock.now());
    // Exactly what the dry run counted.
    expect(summary).toMatch(new RegExp(`^${dryTotal} record\\(s\\)`));
    const [gone] = await t.deps.db.select().from(people).where(eq(people.id, ids.gone!));
    expect(gone).toMatchObject({ name: "（匿名化済み / anonymised）", email: null });
    const [current] = await t.deps.db.select().from(people).where(eq(people.id, ids.current!));
    expect(current!.name).toBe("現役 次郎");
    const [held] = await t.deps.db.select().from(visitors).where(eq(visitors.id, ids.held!));
    expect(held!.fullName).toBe("保存 花子");
    const [expired] = await t.deps.db.select().from(visitors).where(eq(visitors.id, ids.expired!));
    expect(expired).toMatchObject({ fullName: "（匿名化済み / anonymised）", declaration: {} });
    expect(await t.deps.db.select().from(deskQuestions).where(eq(deskQuestions.id, ids.question!))).toEqual(
      [],
    );
    expect(
      await t.deps.db.select().from(deskQuestions).where(eq(deskQuestions.id, ids.openQuestion!)),
    ).toHaveLength(1);
    const audit = await t.deps.db.execute(
      sql`select count(*)::int as n from audit_events where action = 'personal_data.retention_run'`,
    );
    expect((audit as unknown as { rows: { n: number }[] }).rows[0]!.n).toBeGreaterThanOrEqual(1);
  });

  it("a second run erases nothing more", async () => {
    const r = (await admin.post("/api/v1/personal-data/retention-runs", { dryRun: false })).json;
    const erased = Object.values(r.kinds as Record<string, { anonymised: number; deleted: number }>).reduce(
      (n, k) => n + k.anonymised + k.deleted,
      0,
    );
    expect(erased).toBe(0);
    expect((await researcher.post("/api/v1/personal-data/retention-runs", { dryRun: true })).status).toBe(
      403,
    );
  });
});

describe("a person's own data on request (個人情報保護法 §33)", () => {
  it("exports the caller's own data as JSON and a readable summary, audited", async () => {
    const r = (await researcher.get("/api/v1/personal-data/me")).json;
    expect(r.data.account.email).toBe(email("researcher"));
    expect(r.data.deskQuestions.map((q: { subject: string }) => q.subject)).toEqual(["新しい相談"]);
    expect(r.summary).toContain("相談 / Questions to the desk: 1件");
    expect(r.summary).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it("lets only the administrator export another person's data", async () => {
    const officer = await t.signIn(OFFICER);
    expect((await officer.get(`/api/v1/personal-data/users/${researcher.user.id}`)).status).toBe(403);
    const r = await admin.get(`/api/v1/personal-data/users/${researcher.user.id}`);
    expect(r.status).toBe(200);
    expect(r.json.data.account.email).toBe(email("researcher"));
    const audit = await t.deps.db.execute(
      sql`select count(*)::int as n from audit_events where action = 'personal_data.exported' and entity_id = ${researcher.user.id}`,
    );
    expect((audit as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(2);
  });
});
