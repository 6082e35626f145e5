import { and, eq } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, secretAccessLog } from "../../src/db/schema";
import type { TestApp } from "../cases/case-setup";
import { createTestApp, type TestUser } from "../harness";
import { LEVELS, type SecretWorld, secretWorld } from "./secret-setup";

/**
 * Issue 12 item 3 (X1): every read path of a case asks the one access decision. For each role and each
 * level: the case page lists the document or not, the download gives it (stamped), refuses it as
 * view-only, or says "not found"; the history, the history PDF, the register search, the CSV export,
 * the item API and the hub view agree.
 */

let t: TestApp;
let w: SecretWorld;
let hub: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  w = await secretWorld(t);
  hub = await t.signIn("hub-coordinator@demo.renkei.example");
});
afterAll(() => t.close());

type Who = "student" | "pi" | "coord" | "auditor" | "officer" | "head";
const user = (who: Who) => w[who];

// Which levels each role lists on the case page, and what a download of each level gives.
// PI = the responsible person of the case's items; others hold no grant.
const MATRIX: Record<Who, { lists: number[]; download: Record<number, number> }> = {
  student: { lists: [0], download: { 0: 200, 1: 404, 2: 404, 3: 404 } },
  pi: { lists: [0, 1, 2, 3], download: { 0: 200, 1: 200, 2: 422, 3: 422 } },
  coord: { lists: [0, 1], download: { 0: 200, 1: 200, 2: 404, 3: 404 } },
  auditor: { lists: [0, 1], download: { 0: 200, 1: 200, 2: 404, 3: 404 } },
  head: { lists: [0, 1], download: { 0: 200, 1: 200, 2: 404, 3: 404 } },
  officer: { lists: [0, 1, 2, 3], download: { 0: 200, 1: 200, 2: 422, 3: 422 } },
};

const page = (who: Who) => user(who).get(`/api/v1/cases/${w.caseId}`);

describe.each(Object.keys(MATRIX) as Who[])("%s", (who) => {
  it("the case page lists only the levels the rule allows, and counts the rest", async () => {
    const res = await page(who);
    expect(res.status).toBe(200);
    const levels = LEVELS.filter((l) => res.json.documents.some((d: { id: string }) => d.id === w.docs[l]));
    expect(levels).toEqual(MATRIX[who].lists);
    const hiddenPdfs = 4 - MATRIX[who].lists.length;
    const textHidden = MATRIX[who].lists.includes(2) ? 0 : 1;
    expect(res.json.secretsHidden.documents).toBe(hiddenPdfs + textHidden);
  });

  it.each(LEVELS)("download of level %i", async (level) => {
    const res = await t.app.request(`/api/v1/cases/${w.caseId}/documents/${w.docs[level]}`, {
      headers: { cookie: user(who).cookie },
    });
    expect(res.status).toBe(MATRIX[who].download[level]);
    if (res.status === 200) {
      const pdf = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
      expect(pdf.getPageCount()).toBe(2);
      // Classified PDFs carry level, recipient and time on every page (H5); public ones do not.
      if (level >= 1) {
        expect(pdf.getSubject()).toMatch(level === 1 ? /^秘 \/ Confidential/ : /^厳秘|^機密/);
      } else {
        expect(pdf.getSubject() ?? "").not.toMatch(/秘/);
      }
    }
  });
});

describe("students never receive a 厳秘/機密 item by any route (X1)", () => {
  it("the history leaves out events about hidden documents; the PDF prints the same history", async () => {
    const own = await w.student.get(`/api/v1/cases/${w.caseId}/history?limit=500`);
    const all = await w.officer.get(`/api/v1/cases/${w.caseId}/history?limit=500`);
    const ids = (r: typeof own) =>
      r.json.items.map((e: { after: { id?: string } | null }) => e.after?.id).filter(Boolean);
    for (const level of [1, 2, 3]) {
      expect(ids(own)).not.toContain(w.docs[level]);
      expect(ids(all)).toContain(w.docs[level]);
    }
    expect(ids(own)).not.toContain(w.textDoc);
    const pdf = await t.app.request(`/api/v1/cases/${w.caseId}/history.pdf`, {
      headers: { cookie: w.student.cookie },
    });
    expect(pdf.status).toBe(200);
    const [printed] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, w.caseId), eq(auditEvents.action, "case.history_exported")));
    // The PDF holds exactly the events the student's history shows (taken before the export itself).
    expect((printed!.after as { events: number }).events).toBe(own.json.items.length);
  });

  it("the case page hides the disclosure-plan items above 公開", async () => {
    const res = await page("student");
    const plan = res.json.records.scheme.data.disclosurePlan.map((i: { itemId: string }) => i.itemId);
    // A plan item disclosed publicly counts as 公開; the others are 秘 and 厳秘 (seed 001 §IV.2-4).
    expect(plan).toEqual(["i-pub"]);
    expect(res.json.secretsHidden.planItems).toBe(2);
  });

  it("the view route refuses the student too, and the refusal is logged", async () => {
    const res = await w.student.get(`/api/v1/cases/${w.caseId}/documents/${w.docs[2]}/view`);
    expect(res.status).toBe(404);
    const refused = await t.deps.db
      .select()
      .from(secretAccessLog)
      .where(and(eq(secretAccessLog.userId, w.student.user.id), eq(secretAccessLog.action, "refused")));
    expect(refused.length).toBeGreaterThan(0);
  });

  it("register search, item API and CSV export hold only level 0 for the student", async () => {
    const list = await w.student.get(`/api/v1/secrets/items?caseId=${w.caseId}`);
    expect(list.status).toBe(200);
    expect(list.json.items.map((i: { level: number }) => i.level)).toEqual([0]);
    expect(list.json.hidden).toBe(4);
    const search = await w.student.get("/api/v1/secrets/items?q=level-3");
    expect(search.json.items).toEqual([]);
    const officerList = await w.officer.get(`/api/v1/secrets/items?caseId=${w.caseId}`);
    const top = officerList.json.items.find((i: { level: number }) => i.level === 3);
    expect((await w.student.get(`/api/v1/secrets/items/${top.id}`)).status).toBe(404);
    const csv = await w.student.get(`/api/v1/secrets/items.csv?caseId=${w.caseId}`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain("level-0.pdf");
    for (const hidden of ["level-1.pdf", "level-2.pdf", "level-3.pdf", "measurements.txt"]) {
      expect(csv.text).not.toContain(hidden);
    }
    // Headers and labels in the reader's language: an English reader sees no Japanese but the records' own.
    expect(csv.text.split("\r\n")[0]).toBe(
      "件名,区分,由来,方向,相手方,案件,責任者,保管,保管場所,秘密保持期限,状態",
    );
    expect((await w.student.put("/api/v1/account/preferences", { locale: "en" })).status).toBe(200);
    const en = await w.student.get(`/api/v1/secrets/items.csv?caseId=${w.caseId}`);
    expect(en.text.split("\r\n")[0]).toBe(
      "Title,Level,Origin,Direction,Partner,Case,Responsible,Storage,Location,Secret until,Status",
    );
    expect((await w.student.put("/api/v1/account/preferences", { locale: "ja" })).status).toBe(200);
  });

  it("with the supervisor's recorded permission the student reads 秘, never 厳秘", async () => {
    const denied = await w.coord.post("/api/v1/secrets/student-permissions", {
      caseId: w.caseId,
      studentUserId: w.student.user.id,
    });
    expect(denied.status).toBe(403);
    const ok = await w.pi.post("/api/v1/secrets/student-permissions", {
      caseId: w.caseId,
      studentUserId: w.student.user.id,
      note: "RA として測定を担当",
    });
    expect(ok.status).toBe(201);
    const res = await page("student");
    const listed = res.json.documents.map((d: { id: string }) => d.id);
    expect(listed).toContain(w.docs[1]);
    expect(listed).not.toContain(w.docs[2]);
    expect(listed).not.toContain(w.docs[3]);
    const pdf = await w.student.get(`/api/v1/cases/${w.caseId}/documents/${w.docs[1]}`);
    expect(pdf.status).toBe(200);
  });
});

describe("view-only and grants (H5)", () => {
  it("a 厳秘 text file is view-only for the PI: shown inline, no download", async () => {
    const down = await w.pi.get(`/api/v1/cases/${w.caseId}/documents/${w.textDoc}`);
    expect(down.status).toBe(422);
    expect(down.json.error.details.reasons.map((r: { ruleId: string }) => r.ruleId)).toContain(
      "SEC-VIEW-ONLY",
    );
    const view = await w.pi.get(`/api/v1/cases/${w.caseId}/documents/${w.textDoc}/view`);
    expect(view.status).toBe(200);
    expect(view.headers.get("content-disposition")).toMatch(/^inline/);
    expect(view.text).toBe("厳秘の測定値");
    const page = await w.pi.get(`/api/v1/cases/${w.caseId}`);
    expect(page.json.documents.find((d: { id: string }) => d.id === w.textDoc).access).toBe("view_only");
  });

  it("the access list opens 厳秘 to a named person, with download only when granted", async () => {
    const list = await w.officer.get(`/api/v1/secrets/items?caseId=${w.caseId}&level=2`);
    const item = list.json.items.find((i: { documentId: string }) => i.documentId === w.docs[2]);
    const g = await w.pi.post(`/api/v1/secrets/items/${item.id}/grants`, { userId: w.coord.user.id });
    expect(g.status).toBe(201);
    expect((await w.coord.get(`/api/v1/cases/${w.caseId}/documents/${w.docs[2]}`)).status).toBe(422);
    expect((await w.coord.get(`/api/v1/cases/${w.caseId}/documents/${w.docs[2]}/view`)).status).toBe(200);
    await w.pi.post(`/api/v1/secrets/items/${item.id}/grants`, {
      userId: w.coord.user.id,
      canDownload: true,
    });
    const res = await t.app.request(`/api/v1/cases/${w.caseId}/documents/${w.docs[2]}`, {
      headers: { cookie: w.coord.cookie },
    });
    expect(res.status).toBe(200);
    const pdf = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
    expect(pdf.getSubject()).toContain("鈴木 一郎");
    expect(pdf.getSubject()).toContain("厳秘");
    const downloads = await t.deps.db
      .select()
      .from(secretAccessLog)
      .where(and(eq(secretAccessLog.userId, w.coord.user.id), eq(secretAccessLog.action, "download")));
    expect(downloads.length).toBeGreaterThan(0);
  });

  it("a student is refused a place on a 厳秘 access list, and nothing is written", async () => {
    const list = await w.officer.get(`/api/v1/secrets/items?caseId=${w.caseId}&level=3`);
    const item = list.json.items[0];
    const res = await w.pi.post(`/api/v1/secrets/items/${item.id}/grants`, { userId: w.student.user.id });
    expect(res.status).toBe(422);
    expect(res.json.error.details.reasons.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      "SEC-STUDENT-NEVER",
    ]);
    const detail = await w.pi.get(`/api/v1/secrets/items/${item.id}`);
    expect(detail.json.grants).toEqual([]);
  });
});

describe("hub view and tenancy", () => {
  it("a hub with consulting access sees no register item and no case document of the member", async () => {
    const list = await hub.get("/api/v1/secrets/items");
    expect(list.status).toBe(200);
    expect(list.json.items).toEqual([]);
    const officerList = await w.officer.get(`/api/v1/secrets/items?caseId=${w.caseId}`);
    const anyItem = officerList.json.items[0];
    expect((await hub.get(`/api/v1/secrets/items/${anyItem.id}`)).status).toBe(404);
    expect((await hub.get(`/api/v1/cases/${w.caseId}/documents/${w.docs[0]}`)).status).toBe(404);
  });

  it("an id of another institution in a body is a 400 naming the field", async () => {
    const res = await hub.post("/api/v1/secrets/items", {
      title: "越境",
      level: 1,
      origin: "received",
      direction: "received",
      partnerId: w.partnerId,
      responsibleUserId: hub.user.id,
      storageKind: "paper",
      storageLocation: "金庫",
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues.map((i: { path: string }) => i.path)).toEqual(["partnerId"]);
  });
});
