import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, notifications } from "../../src/db/schema";
import { createTestApp, email, type TestUser } from "../harness";
import { oscilloscopeRecord } from "./fixtures";
import { appAt } from "./later";

let t: Awaited<ReturnType<typeof createTestApp>>;
let researcher: TestUser;
let officer: TestUser;
let student: TestUser;

const PDF = new TextEncoder().encode("%PDF-1.4\n% fictional spec sheet\n1 0 obj <<>> endobj\n%%EOF\n");

function upload(name: string, bytes: Uint8Array, note = "") {
  const form = new FormData();
  form.append("file", new File([bytes], name));
  form.append("note", note);
  return form;
}

beforeAll(async () => {
  t = await createTestApp();
  researcher = await t.signIn(email("researcher"));
  officer = await t.signIn("export-control@demo.renkei.example");
  student = await t.signIn(email("student"));
});
afterAll(() => t.close());

async function auditActions(entityId: string) {
  const rows = await t.deps.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId))
    .orderBy(auditEvents.seq);
  return rows.map((r) => r.action);
}

describe("該非判定 records", () => {
  let id: string;

  it("a researcher creates a draft with a reference number and the list version of the date", async () => {
    const res = await researcher.post("/api/v1/export-control/classifications", oscilloscopeRecord);
    expect(res.status).toBe(201);
    id = res.json.id;
    const detail = (await researcher.get(`/api/v1/export-control/classifications/${id}`)).json;
    expect(detail.refNo).toMatch(/^CL-2026-\d{4}$/);
    expect(detail).toMatchObject({
      reviewStatus: "draft",
      determination: "not_applicable",
      listItem: "16",
      assessedOn: "2026-11-21",
      listVersion: "list-items@2019-08-02",
      retentionUntil: "2033-11-21",
      problems: [],
    });
    expect(detail.parameters).toHaveLength(1);
    const second = await researcher.post("/api/v1/export-control/classifications", {
      ...oscilloscopeRecord,
      name: "別の試料",
      itemKind: "sample",
    });
    const next = `CL-2026-${String(Number(detail.refNo.slice(-4)) + 1).padStart(4, "0")}`;
    expect(
      (await researcher.get(`/api/v1/export-control/classifications/${second.json.id}`)).json.refNo,
    ).toBe(next);
  });

  it("the database refuses 該当 without a list item", async () => {
    const res = await researcher.post("/api/v1/export-control/classifications", {
      ...oscilloscopeRecord,
      determination: "applicable",
      listItem: null,
    });
    expect(res.status).toBe(400);
  });

  it("evidence: stored as bytes with size, type and hash; wrong types and oversize files refused", async () => {
    const ok = await researcher.post(
      `/api/v1/export-control/classifications/${id}/evidence`,
      upload("仕様書.pdf", PDF, "メーカー仕様書"),
    );
    expect(ok.status).toBe(201);
    const detail = (await researcher.get(`/api/v1/export-control/classifications/${id}`)).json;
    expect(detail.evidence).toEqual([
      expect.objectContaining({
        fileName: "仕様書.pdf",
        contentType: "application/pdf",
        sizeBytes: PDF.byteLength,
        sha256: createHash("sha256").update(PDF).digest("hex"),
        note: "メーカー仕様書",
      }),
    ]);
    const download = await t.app.request(`/api/v1/export-control/evidence/${ok.json.id}`, {
      headers: { cookie: researcher.cookie },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toContain("UTF-8''%E4%BB%95%E6%A7%98%E6%9B%B8.pdf");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);

    const exe = await researcher.post(
      `/api/v1/export-control/classifications/${id}/evidence`,
      upload("tool.exe", new Uint8Array([0x4d, 0x5a, 0, 0])),
    );
    expect(exe.status).toBe(400);
    expect(exe.json.error.details.issues[0]).toEqual({ path: "file", message: "validation.file_type" });
    const renamed = await researcher.post(
      `/api/v1/export-control/classifications/${id}/evidence`,
      upload("fake.pdf", new Uint8Array([0x4d, 0x5a, 0, 0])),
    );
    expect(renamed.status).toBe(400);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0x25, 0x50, 0x44, 0x46]);
    const tooBig = await researcher.post(
      `/api/v1/export-control/classifications/${id}/evidence`,
      upload("big.pdf", big),
    );
    expect(tooBig.status).toBe(400);
    expect(tooBig.json.error.details.issues[0].message).toBe("validation.file_too_large");
  });

  it("edits need the current version", async () => {
    const stale = await researcher.put(`/api/v1/export-control/classifications/${id}`, {
      version: 99,
      classification: oscilloscopeRecord,
    });
    expect(stale.status).toBe(409);
    const ok = await researcher.put(`/api/v1/export-control/classifications/${id}`, {
      version: 1,
      classification: { ...oscilloscopeRecord, model: "DSO-7777T rev.B" },
    });
    expect(ok.status).toBe(200);
  });

  it("submission is refused while the record is inconsistent, with the reasons", async () => {
    const bad = await researcher.post("/api/v1/export-control/classifications", {
      ...oscilloscopeRecord,
      parameters: [{ ...oscilloscopeRecord.parameters[0], result: "applicable" }],
      basis: "",
    });
    const res = await researcher.post(`/api/v1/export-control/classifications/${bad.json.id}/submit`, {});
    expect(res.status, JSON.stringify(res.json)).toBe(422);
    expect(res.json.error.details.reasons.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      "EC-CL-INCONSISTENT",
      "EC-CL-BASIS",
    ]);
  });

  it("submit → the office is notified; a researcher cannot approve; the officer approves", async () => {
    expect((await researcher.post(`/api/v1/export-control/classifications/${id}/submit`, {})).status).toBe(
      200,
    );
    const notices = await t.deps.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, "export.classification.submitted"),
          eq(notifications.link, `/export-control/classifications/${id}`),
        ),
      );
    expect(notices.map((n) => n.userId)).toContain(officer.user.id);
    expect(
      (await researcher.post(`/api/v1/export-control/classifications/${id}/approve`, { reason: "確認済み" }))
        .status,
    ).toBe(403);
    // Locked while under review.
    const edit = await researcher.put(`/api/v1/export-control/classifications/${id}`, {
      version: 3,
      classification: oscilloscopeRecord,
    });
    expect(edit.status).toBe(422);
    expect(
      (await officer.post(`/api/v1/export-control/classifications/${id}/approve`, { reason: "確認済み" }))
        .status,
    ).toBe(200);
    const detail = (await officer.get(`/api/v1/export-control/classifications/${id}`)).json;
    expect(detail).toMatchObject({ reviewStatus: "approved", reviewer: { id: officer.user.id } });
    expect(detail.reviewedAt).toBe("2026-11-21T03:00:00.000Z");
    // Approving again is the wrong stage.
    expect(
      (await officer.post(`/api/v1/export-control/classifications/${id}/approve`, { reason: "確認済み" }))
        .status,
    ).toBe(422);
    expect(await auditActions(id)).toEqual([
      "export.classification.created",
      "export.evidence.uploaded",
      // Reading the evidence back is recorded too (issue 10: evidence downloads are audited).
      "export.evidence.downloaded",
      "export.classification.updated",
      "export.classification.submitted",
      "export.classification.approved",
    ]);
  });

  it("the office cannot approve its own record; a return needs a comment", async () => {
    const own = (await officer.post("/api/v1/export-control/classifications", oscilloscopeRecord)).json.id;
    await officer.post(`/api/v1/export-control/classifications/${own}/submit`, {});
    const self = await officer.post(`/api/v1/export-control/classifications/${own}/approve`, {
      reason: "確認済み",
    });
    expect(self.status).toBe(422);
    expect(self.json.error.details.reasons[0].ruleId).toBe("EC-CL-FOUR-EYES");
    const other = (await researcher.post("/api/v1/export-control/classifications", oscilloscopeRecord)).json
      .id;
    await researcher.post(`/api/v1/export-control/classifications/${other}/submit`, {});
    // Returning is a decision: without its reason it is refused on the field (issue 11 item 6).
    const noReason = await officer.post(`/api/v1/export-control/classifications/${other}/return`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.json.error.details.issues[0].path).toBe("reason");
    const ret = await officer.post(`/api/v1/export-control/classifications/${other}/return`, {
      reason: "帯域幅の根拠が不足",
      comment: "帯域幅の根拠資料を添付してください",
    });
    expect(ret.status).toBe(200);
    const detail = (await researcher.get(`/api/v1/export-control/classifications/${other}`)).json;
    expect(detail).toMatchObject({
      reviewStatus: "returned",
      reviewComment: "帯域幅の根拠資料を添付してください",
      decisionReason: "帯域幅の根拠が不足",
    });
  });

  it("lists and filters; a student (no export.read) is refused", async () => {
    const list = (
      await researcher.get("/api/v1/export-control/classifications?q=DSO-7777&reviewStatus=approved")
    ).json;
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await student.get("/api/v1/export-control/classifications")).status).toBe(403);
    expect((await student.post("/api/v1/export-control/classifications", oscilloscopeRecord)).status).toBe(
      403,
    );
  });
});

describe("evidence on editable records only", () => {
  it("removes a file from a draft (audited); an approved record's evidence stays", async () => {
    const id = (await researcher.post("/api/v1/export-control/classifications", oscilloscopeRecord)).json.id;
    const first = (
      await researcher.post(`/api/v1/export-control/classifications/${id}/evidence`, upload("a.pdf", PDF))
    ).json.id;
    const second = (
      await researcher.post(
        `/api/v1/export-control/classifications/${id}/evidence`,
        upload("b.txt", PDF.slice(9)),
      )
    ).json.id;
    expect((await researcher.del(`/api/v1/export-control/evidence/${first}`)).status).toBe(200);
    const detail = (await researcher.get(`/api/v1/export-control/classifications/${id}`)).json;
    expect(detail.evidence.map((e: { id: string }) => e.id)).toEqual([second]);
    expect(await auditActions(id)).toContain("export.evidence.removed");
    await researcher.post(`/api/v1/export-control/classifications/${id}/submit`, {});
    // While the office reviews, it may add evidence; the preparer may not.
    expect(
      (await researcher.post(`/api/v1/export-control/classifications/${id}/evidence`, upload("c.pdf", PDF)))
        .status,
    ).toBe(422);
    expect(
      (await officer.post(`/api/v1/export-control/classifications/${id}/evidence`, upload("memo.pdf", PDF)))
        .status,
    ).toBe(201);
    await officer.post(`/api/v1/export-control/classifications/${id}/approve`, { reason: "確認済み" });
    const locked = await researcher.del(`/api/v1/export-control/evidence/${second}`);
    expect(locked.status).toBe(422);
    expect(locked.json.error.details.reasons[0].ruleId).toBe("EC-CL-LOCKED");
    expect((await officer.del(`/api/v1/export-control/evidence/${second}`)).status).toBe(422);
  });
});

describe("retention (spec §6.5)", () => {
  it("refuses to delete before the retention date, for the office too; researchers may not delete at all", async () => {
    const id = (await researcher.post("/api/v1/export-control/classifications", oscilloscopeRecord)).json.id;
    expect((await researcher.del(`/api/v1/export-control/classifications/${id}`)).status).toBe(403);
    const res = await officer.del(`/api/v1/export-control/classifications/${id}`);
    expect(res.status).toBe(422);
    expect(res.json.error.details.reasons[0]).toMatchObject({ ruleId: "EC-RETENTION" });
    expect(res.json.error.details.reasons[0].text.ja).toContain("2033-11-21");
    expect((await officer.get(`/api/v1/export-control/classifications/${id}`)).status).toBe(200);
  });

  it("the database refuses a direct DELETE inside the retention period", async () => {
    const id = (await researcher.post("/api/v1/export-control/classifications", oscilloscopeRecord)).json.id;
    await expect(
      t.deps.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('renkei.today', '2030-01-01', true)`);
        await tx.execute(sql`delete from ec_classifications where id = ${id}`);
      }),
    ).rejects.toThrow();
    await expect(t.deps.db.execute(sql`delete from ec_classifications where id = ${id}`)).rejects.toThrow();
  });

  it("deletes from the retention date on, with an audit event", async () => {
    const id = (await researcher.post("/api/v1/export-control/classifications", oscilloscopeRecord)).json.id;
    await researcher.post(`/api/v1/export-control/classifications/${id}/evidence`, upload("spec.pdf", PDF));
    const later = appAt(t.deps, "2033-11-21T01:00:00Z");
    const officerLater = await later.signIn("export-control@demo.renkei.example");
    const res = await officerLater("DELETE", `/api/v1/export-control/classifications/${id}`);
    expect(res.status).toBe(200);
    expect((await officer.get(`/api/v1/export-control/classifications/${id}`)).status).toBe(404);
    const [deleted] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "export.classification.deleted"), eq(auditEvents.entityId, id)));
    expect(deleted).toMatchObject({ entityId: id, actorId: officer.user.id });
    expect((deleted!.before as { retentionUntil: string }).retentionUntil).toBe("2033-11-21");
  });
});
