import type { TLibraryEntry, TOwnLibraryEntry } from "@renkei/contract";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, cases, libraryEntries, users } from "../../src/db/schema";
import { newCase, newPartner } from "../cases/case-setup";
import { createTestApp, email, type TestUser } from "../harness";
import { signInElsewhere } from "./other-institution";

// Issue 16 §7 (seed 000 §4-2②, seed-coverage N3, N5): an anonymised risk case is prepared from a case,
// released by a second person, and readable by every institution — with no identifying field of the case.
let t: Awaited<ReturnType<typeof createTestApp>>;
let coord: TestUser;
let officer: TestUser;
let legal: TestUser;
let outsider: TestUser;
let caseId: string;
let partnerId: string;
let entryId: string;
const identifiers: string[] = [];

const SUMMARY =
  "ゼファー社から無人航空機向け慣性センサーの共同開発を打診された。先方の親会社が国防関連の調達に関与している。";
const COMMENT = "先方担当のリー氏から、試作品を第三国の工場へ送りたいとの連絡があった。";
const LESSONS = "最終需要者と再輸出先の確認を契約交渉の前に行い、親会社の事業内容まで調べること。";

beforeAll(async () => {
  t = await createTestApp();
  coord = await t.signIn(email("coordinator"));
  officer = await t.signIn(email("export-control"));
  legal = await t.signIn(email("legal-ip"));
  const researcher = await t.signIn(email("researcher"));
  outsider = await signInElsewhere(t, "researcher");
  partnerId = await newPartner(coord, {
    legalName: "Zephyr Dynamics Pte. Ltd.",
    nameEn: "Zephyr Dynamics",
    aliases: ["ゼファー・ダイナミクス"],
    country: "SG",
  });
  caseId = await newCase(coord, researcher.user.id, [partnerId], {
    title: "無人機用慣性センサーの共同研究（ゼファー）",
    summary: SUMMARY,
  });
  expect((await coord.post(`/api/v1/cases/${caseId}/comments`, { body: COMMENT })).status).toBe(201);
  const agreement = await coord.post("/api/v1/insight/agreements", {
    title: "慣性センサー共同研究契約",
    kind: "joint_research",
    partnerId,
    caseId,
    startOn: "2026-04-01",
    endOn: null,
  });
  expect(agreement.status).toBe(201);
  await coord.post("/api/v1/insight/receipts", {
    agreementId: agreement.json.id,
    kind: "joint_research",
    direct: 13_700_000,
    indirect: 4_110_000,
    receivedOn: "2026-07-01",
  });
  const [c] = await t.deps.db.select().from(cases).where(eq(cases.id, caseId));
  const [pi] = await t.deps.db.select().from(users).where(eq(users.id, researcher.user.id));
  identifiers.push(
    "Zephyr",
    "ゼファー",
    c!.ref,
    c!.title,
    pi!.displayName,
    "リー",
    "17810000",
    "17,810,000",
    "1781万",
    SUMMARY.slice(0, 14),
    COMMENT.slice(0, 14),
    "慣性センサー共同研究契約",
    caseId,
    partnerId,
    coord.user.institution.id,
    coord.user.id,
    officer.user.id,
    researcher.user.id,
  );
});
afterAll(() => t.close());

const count = async () => (await t.deps.db.select().from(libraryEntries)).length;

describe("preparing an entry", () => {
  it("refuses a lessons text that names the partner, a person or quotes the case, and writes nothing", async () => {
    for (const lessons of [
      "Zephyr Dynamics との交渉では最終需要者を確認すること。",
      "ゼファー・ダイナミクス社には注意。",
      `経緯: ${SUMMARY.slice(10, 30)}`,
      `受入額 17,810,000 円の案件。`,
    ]) {
      const res = await coord.post("/api/v1/library/entries", { caseId, lessons });
      expect(res.status).toBe(400);
      expect(res.json.error.details.issues[0].path).toBe("lessons");
    }
    expect(
      (await coord.post("/api/v1/library/entries", { caseId: crypto.randomUUID(), lessons: LESSONS })).status,
    ).toBe(400);
    expect((await outsider.post("/api/v1/library/entries", { caseId, lessons: LESSONS })).status).toBe(403);
    expect(await count()).toBe(0);
  });

  it("keeps a draft invisible to the library until a second person releases it", async () => {
    const res = await coord.post("/api/v1/library/entries", { caseId, lessons: LESSONS });
    expect(res.status).toBe(201);
    entryId = res.json.id;
    expect((await outsider.get("/api/v1/library")).json.items).toEqual([]);
    expect((await outsider.get(`/api/v1/library/entries/${entryId}`)).status).toBe(404);
    // The coordinator may prepare, not release.
    expect((await coord.post(`/api/v1/library/entries/${entryId}/release`)).status).toBe(403);
    const own = await officer.post("/api/v1/library/entries", {
      caseId,
      lessons: "再委託先の確認を怠らないこと。",
    });
    const self = await officer.post(`/api/v1/library/entries/${own.json.id}/release`);
    expect(self.status).toBe(422);
    const mine = (await legal.get("/api/v1/library/mine")).json.items as TOwnLibraryEntry[];
    expect(mine.find((e) => e.id === entryId)).toMatchObject({ status: "draft", mayRelease: true });
    expect((await legal.post(`/api/v1/library/entries/${entryId}/release`)).status).toBe(204);
    expect((await legal.post(`/api/v1/library/entries/${entryId}/release`)).status).toBe(409);
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, entryId));
    expect(audit.map((a) => a.action)).toEqual(["library.entry_prepared", "library.entry_released"]);
  });
});

describe("the released entry", () => {
  it("is read and found by another institution, generalised by rule", async () => {
    const list = await outsider.get("/api/v1/library");
    expect(list.status).toBe(200);
    const [entry] = list.json.items as TLibraryEntry[];
    expect(entry).toMatchObject({
      id: entryId,
      kind: "joint_research",
      partnerType: "company",
      region: "southeast_asia",
      amountBand: "lt50m",
      outcome: "in_progress",
      lessons: LESSONS,
    });
    expect(
      (await outsider.get(`/api/v1/library?q=${encodeURIComponent("再輸出先")}`)).json.items,
    ).toHaveLength(1);
    expect((await outsider.get("/api/v1/library?q=Zephyr")).json.items).toHaveLength(0);
    expect((await outsider.get("/api/v1/library?q=100%25")).json.items).toHaveLength(0);
    expect((await outsider.get("/api/v1/library?region=europe")).json.items).toHaveLength(0);
    expect((await outsider.get("/api/v1/library?kind=joint_research")).json.items).toHaveLength(1);
    expect((await outsider.get("/api/v1/library/mine")).status).toBe(403);
  });

  it("carries no identifying field of the source case through any route", async () => {
    const routes = [
      "/api/v1/library",
      `/api/v1/library?q=${encodeURIComponent("最終需要者")}`,
      "/api/v1/library?kind=joint_research&region=southeast_asia",
      `/api/v1/library/entries/${entryId}`,
    ];
    for (const path of routes) {
      const res = await outsider.get(path);
      expect(res.status).toBe(200);
      for (const id of identifiers) {
        expect(res.text, `${path} leaks ${id}`).not.toContain(id);
      }
    }
    // The stored row itself holds only the anonymised entry.
    const [row] = await t.deps.db.select().from(libraryEntries).where(eq(libraryEntries.id, entryId));
    const stored = JSON.stringify(row!.entry);
    for (const id of identifiers) {
      expect(stored).not.toContain(id);
    }
  });

  it("leaves the library when withdrawn", async () => {
    expect((await legal.post(`/api/v1/library/entries/${entryId}/withdraw`)).status).toBe(204);
    expect((await outsider.get("/api/v1/library")).json.items).toEqual([]);
    expect((await outsider.get(`/api/v1/library/entries/${entryId}`)).status).toBe(404);
  });
});
