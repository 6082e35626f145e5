// Screening workflow: screening on create / change, re-screen on import against changed entries only,
// notifications, review decisions, review memory with expiry and reconsideration, periodic re-screen,
// and the seams other features call (issue 3 "Workflow").
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, notifications, screeningHits, screeningRuns } from "../../src/db/schema";
import { lookupEndUserCategories } from "../../src/features/screening/end-user-lookup";
import { rescreenInstitution, screeningRescreenJob } from "../../src/features/screening/rescreen.job";
import { screeningStatusOf } from "../../src/features/screening/screening-status";
import { screenSubject } from "../../src/features/screening/subject-screening";
import { loadSubjects } from "../../src/features/screening/subjects";
import { findJob } from "../../src/jobs/registry";
import { createTestApp, email, samplePartner, type TestUser } from "../harness";
import { bytes, demoInstitutionId, partnerIdByName, upload } from "./support";

let t: Awaited<ReturnType<typeof createTestApp>>;
let officer: TestUser;
let coordinator: TestUser;
let institutionId: string;
let kesselbach: string;
let lindenfeld: string;

const HEADER = "id,name,aliases,country,type";
const LIST = "Workflow list";
const importWatch = (rows: string[]) =>
  upload(officer, { format: "csv", name: LIST }, [
    { name: "w.csv", bytes: bytes([HEADER, ...rows].join("\n")) },
  ]);

async function runsOf(subjectId: string, trigger?: string) {
  return t.deps.db
    .select()
    .from(screeningRuns)
    .where(
      and(eq(screeningRuns.subjectId, subjectId), trigger ? eq(screeningRuns.trigger, trigger) : undefined),
    );
}

async function hitsOf(subjectId: string) {
  return t.deps.db.select().from(screeningHits).where(eq(screeningHits.subjectId, subjectId));
}

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn(email("export-control"));
  coordinator = await t.signIn(email("coordinator"));
  institutionId = await demoInstitutionId(t.deps.db);
  kesselbach = await partnerIdByName(t.deps.db, "Kesselbach Präzisionstechnik GmbH");
  lindenfeld = await partnerIdByName(t.deps.db, "Lindenfeld Chemie AG");
});
afterAll(() => t.close());

describe("re-screen when a list version is imported", () => {
  it("opens a review item for a matching partner and notifies export-control officers", async () => {
    const before = await t.deps.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, "screening.hit"));
    const res = await importWatch([
      "K1,Kesselbach Precision Engineering,,DE,organization",
      "X1,Thornvale Fict Mining,,ZA,organization",
    ]);
    expect(res.json.rescreen).toMatchObject({ newHits: 1 });
    expect(res.json.rescreen.subjects).toBeGreaterThan(50);
    const hits = await hitsOf(kesselbach);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ status: "pending", reason: "new", sourceId: "K1", listName: LIST });
    expect(await runsOf(kesselbach, "list_import")).toHaveLength(1);
    const after = await t.deps.db.select().from(notifications).where(eq(notifications.kind, "screening.hit"));
    // One notice per officer-like user (export-control officer and admin hold screening.review).
    expect(after.length - before.length).toBe(2);
    const officerNotices = await officer.get("/api/v1/notifications");
    expect(officerNotices.json.items[0]).toMatchObject({ kind: "screening.hit", link: "/screening/queue" });
    expect(officerNotices.json.items[0].body).toContain("Kesselbach");
    expect(
      (await coordinator.get("/api/v1/notifications")).json.items.some(
        (n: { kind: string }) => n.kind === "screening.hit",
      ),
    ).toBe(false);
  });

  it("screens only against added / changed entries: unchanged entries do not re-screen their partners", async () => {
    const res = await importWatch([
      "K1,Kesselbach Precision Engineering,,DE,organization",
      "X1,Thornvale Fict Mining,,ZA,organization",
      "L1,Lindenfeld Chemicals,,DE,organization",
    ]);
    expect(res.json).toMatchObject({ added: 1, changed: 0, removed: 0, rescreen: { newHits: 1 } });
    expect(await runsOf(kesselbach, "list_import")).toHaveLength(1);
    expect(await runsOf(lindenfeld, "list_import")).toHaveLength(1);
  });

  it("a changed entry refreshes the open review item instead of opening a second one", async () => {
    const res = await importWatch([
      "K1,Kesselbach Precision Engineering,Kesselbach Praezision,DE,organization",
      "X1,Thornvale Fict Mining,,ZA,organization",
      "L1,Lindenfeld Chemicals,,DE,organization",
    ]);
    expect(res.json).toMatchObject({ changed: 1, rescreen: { newHits: 0 } });
    const hits = await hitsOf(kesselbach);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.versionId).toBe(res.json.versionId);
    expect(await runsOf(kesselbach, "list_import")).toHaveLength(2);
  });
});

describe("screening when partners are created or changed", () => {
  it("screens a new partner at once and opens a review item for a hit", async () => {
    const res = await coordinator.post("/api/v1/partners", {
      ...samplePartner,
      legalName: "Thornvale Fict Mining (Pty) Ltd",
      nameEn: "Thornvale Fict Mining",
      nameRomanized: null,
      aliases: [],
      corporateNumber: null,
      country: "ZA",
    });
    expect(res.status).toBe(201);
    const runs = await runsOf(res.json.id, "created");
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      outcome: "hit",
      hitCount: 1,
      engineVersion: expect.stringMatching(/^renkei-screening\//),
    });
    expect(Object.keys(runs[0]!.listVersions)).toContain(LIST);
    const candidates = runs[0]!.candidates as {
      sourceId: string;
      explanation: { matched: unknown[] };
      disposition: string;
    }[];
    expect(candidates[0]).toMatchObject({ sourceId: "X1", disposition: "new_hit" });
    expect(candidates[0]!.explanation.matched.length).toBeGreaterThan(0);
    const audit = await t.deps.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, res.json.id), eq(auditEvents.action, "screening.subject_screened")),
      );
    expect(audit).toHaveLength(1);
  });

  it("re-screens an edited partner only when its names or country change", async () => {
    const created = await coordinator.post("/api/v1/partners", {
      ...samplePartner,
      legalName: "株式会社ぼたん測器",
      nameEn: "Botan Sokki",
      corporateNumber: null,
    });
    const id = created.json.id;
    expect(await runsOf(id)).toHaveLength(1);
    const base = {
      ...samplePartner,
      legalName: "株式会社ぼたん測器",
      nameEn: "Botan Sokki",
      corporateNumber: null,
    };
    await coordinator.put(`/api/v1/partners/${id}`, { version: 1, partner: { ...base, notes: "memo" } });
    expect(await runsOf(id)).toHaveLength(1);
    await coordinator.put(`/api/v1/partners/${id}`, {
      version: 2,
      partner: { ...base, nameEn: "Lindenfeld Chemicals" },
    });
    const runs = await runsOf(id, "updated");
    expect(runs).toHaveLength(1);
    expect(runs[0]!.outcome).toBe("hit");
  });

  it("screens a new person", async () => {
    const res = await coordinator.post("/api/v1/people", {
      name: "Kestrel Vantor",
      nationality: "GB",
      role: "",
    });
    expect(res.status).toBe(201);
    const hits = await hitsOf(res.json.id);
    expect(hits.map((h) => h.entryName)).toContain("Kestrel Vantor");
    expect(hits[0]!.subjectKind).toBe("person");
  });
});

describe("review decisions and memory", () => {
  let hitId: string;

  it("records a false positive with reason and reviewer, and remembers it", async () => {
    const [hit] = await hitsOf(lindenfeld);
    hitId = hit!.id;
    const res = await officer.post(`/api/v1/screening/hits/${hitId}/decision`, {
      decision: "false_positive",
      reason: "別法人（登記番号が異なる）",
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      status: "false_positive",
      decisionReason: "別法人（登記番号が異なる）",
      decidedByLabel: expect.stringContaining("輸出管理"),
    });
    const again = await officer.post(`/api/v1/screening/hits/${hitId}/decision`, {
      decision: "true_match",
      reason: "x",
    });
    expect(again.status).toBe(422);
    const audit = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "screening.hit_decided"));
    expect(audit.at(-1)?.after).toMatchObject({ status: "false_positive", hitId });
  });

  it("suppresses the cleared entry on the next screening", async () => {
    const res = await officer.post(`/api/v1/partners/${lindenfeld}/screening`);
    expect(res.json).toMatchObject({ outcome: "clear", suppressed: 1, newHits: 0 });
    const status = await officer.get(`/api/v1/partners/${lindenfeld}/screening`);
    expect(status.json.status).toBe("clear");
    expect(status.json.runs[0].candidates[0].disposition).toBe("suppressed");
  });

  it("reconsiders when the clearance has expired", async () => {
    const [subject] = await loadSubjects(t.deps.db, institutionId, "partner", [lindenfeld]);
    const later = new Date(Date.parse(t.deps.clock.now().toISOString()) + 366 * 86_400_000);
    const r = await t.deps.db
      .transaction(async (tx) => {
        const result = await screenSubject(tx, { now: later }, institutionId, subject!, "on_demand", {
          userId: null,
          label: "test",
        });
        throw Object.assign(new Error("rollback"), { result });
      })
      .catch((e: { result?: unknown }) => e.result as Awaited<ReturnType<typeof screenSubject>>);
    expect(r?.newHits).toHaveLength(1);
    expect((await hitsOf(lindenfeld)).filter((h) => h.status === "pending")).toHaveLength(0);
  });

  it("reconsiders when the list entry changes", async () => {
    const res = await importWatch([
      "K1,Kesselbach Precision Engineering,Kesselbach Praezision,DE,organization",
      "X1,Thornvale Fict Mining,,ZA,organization",
      "L1,Lindenfeld Chemicals,Lindenfeld Chemie,DE,organization",
    ]);
    expect(res.json).toMatchObject({ changed: 1, rescreen: { newHits: 1 } });
    const open = (await hitsOf(lindenfeld)).filter((h) => h.status === "pending");
    expect(open).toHaveLength(1);
    expect(open[0]!.reason).toBe("entry_changed");
  });

  it("escalates and then confirms a true match; the subject status follows", async () => {
    const [hit] = (await hitsOf(kesselbach)).filter((h) => h.status === "pending");
    expect(
      (
        await officer.post(`/api/v1/screening/hits/${hit!.id}/decision`, {
          decision: "escalate",
          reason: "上長確認",
        })
      ).json.status,
    ).toBe("escalated");
    let map = await screeningStatusOf(t.deps.db, institutionId, [{ kind: "partner", id: kesselbach }]);
    expect(map.get(`partner:${kesselbach}`)).toBe("escalated");
    await officer.post(`/api/v1/screening/hits/${hit!.id}/decision`, {
      decision: "true_match",
      reason: "同一組織と確認",
    });
    map = await screeningStatusOf(t.deps.db, institutionId, [
      { kind: "partner", id: kesselbach },
      { kind: "partner", id: lindenfeld },
    ]);
    expect(map.get(`partner:${kesselbach}`)).toBe("true_match");
    expect(map.get(`partner:${lindenfeld}`)).toBe("pending_review");
    // A confirmed match is not reopened by the next screening.
    const again = await officer.post(`/api/v1/partners/${kesselbach}/screening`);
    expect(again.json).toMatchObject({ outcome: "hit", newHits: 0 });
  });

  it("requires a reason", async () => {
    const [hit] = (await hitsOf(lindenfeld)).filter((h) => h.status === "pending");
    const res = await officer.post(`/api/v1/screening/hits/${hit!.id}/decision`, {
      decision: "false_positive",
      reason: " ",
    });
    expect(res.status).toBe(400);
  });

  it("lists the open queue with the list entry beside each item", async () => {
    const q = await officer.get("/api/v1/screening/hits");
    expect(q.json.total).toBeGreaterThan(0);
    const item = q.json.items.find((h: { subjectId: string }) => h.subjectId === lindenfeld);
    expect(item.entry.names).toContain("Lindenfeld Chemie");
    expect(
      q.json.items.every((h: { status: string }) => h.status === "pending" || h.status === "escalated"),
    ).toBe(true);
  });
});

describe("seams and the periodic job", () => {
  it("screeningStatusOf: not_screened for a subject never screened", async () => {
    const map = await screeningStatusOf(t.deps.db, institutionId, [
      { kind: "person", id: "00000000-0000-4000-8000-000000000000" },
    ]);
    expect(map.get("person:00000000-0000-4000-8000-000000000000")).toBe("not_screened");
  });

  it("lookupEndUserCategories: best METI-EUL-format match with its categories, null otherwise", async () => {
    const hit = await lookupEndUserCategories(t.deps, institutionId, "国家架空航天研究院", "CN");
    expect(hit).toMatchObject({
      categories: ["M"],
      sourceId: "1",
      list: "外国ユーザーリスト（架空・デモ用）",
      listVersion: "2026-04-01",
    });
    expect(hit!.score).toBeGreaterThanOrEqual(0.7);
    expect(
      await lookupEndUserCategories(t.deps, institutionId, "Arrakan Defence Systems FZ-LLC"),
    ).toMatchObject({ categories: ["CW"] });
    // On the demo watch list (csv format) but not on an EUL-format list.
    expect(await lookupEndUserCategories(t.deps, institutionId, "Blue Lantern Logistics Ltd")).toBeNull();
    expect(await lookupEndUserCategories(t.deps, institutionId, "株式会社さくら精機")).toBeNull();
  });

  it("the periodic full re-screen is registered and screens every subject", async () => {
    expect(findJob("screening.rescreen")).toBe(screeningRescreenJob);
    const summary = await screeningRescreenJob.run(t.deps, t.deps.clock.now());
    expect(summary).toMatch(/1 institution\(s\), \d+ subject\(s\) screened, 0 new hit\(s\)/);
    expect(await runsOf(kesselbach, "periodic")).toHaveLength(1);
    const again = await rescreenInstitution(t.deps, institutionId, t.deps.clock.now());
    expect(again.newHits).toBe(0);
  });
});
