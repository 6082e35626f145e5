import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, caseDocuments, secretItems } from "../../src/db/schema";
import type { TestApp } from "../cases/case-setup";
import { createTestApp } from "../harness";
import { type SecretWorld, secretWorld } from "./secret-setup";

/**
 * Issue 12 item 7 (seed 002 §3-4): recording a return or destruction deletes the stored bytes of the
 * item's file in the same transaction; the document row, its hash, the register item and the certificate
 * stay; the deletion is audited; a later download or view says "gone" (410) in Japanese and English to
 * those who may see the record, and "not found" to the rest.
 */

let t: TestApp;
let w: SecretWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await secretWorld(t);
});
afterAll(() => t.close());

const docRow = async (id: string) =>
  (await t.deps.db.select().from(caseDocuments).where(eq(caseDocuments.id, id)))[0]!;

describe("the destroyed item's file is deleted, the record stays", () => {
  it("deletes the bytes on a recorded destruction, audits it, and answers 410 afterwards", async () => {
    const docId = w.docs[1]!;
    const before = await docRow(docId);
    expect(before.content.byteLength).toBeGreaterThan(0);
    const [item] = await t.deps.db.select().from(secretItems).where(eq(secretItems.documentId, docId));
    expect((await w.coord.get(`/api/v1/cases/${w.caseId}/documents/${docId}`)).status).toBe(200);

    // Bad input writes nothing: the bytes are still there.
    const bad = await w.pi.post(`/api/v1/secrets/items/${item!.id}/end`, {
      kind: "destroyed",
      endedOn: "2099-01-01",
      confirmed: true,
    });
    expect(bad.status).toBe(400);
    expect((await docRow(docId)).content.byteLength).toBe(before.content.byteLength);

    const cert = Buffer.from("廃棄証明書: 溶解処理済み").toString("base64");
    const ok = await w.pi.post(`/api/v1/secrets/items/${item!.id}/end`, {
      kind: "destroyed",
      endedOn: "2026-11-20",
      note: "相手方の立会いで廃棄",
      certificate: { fileName: "destruction.txt", contentBase64: cert },
    });
    expect(ok.status).toBe(200);

    const after = await docRow(docId);
    expect(after.content.byteLength).toBe(0);
    expect(after.contentDeletedAt).not.toBeNull();
    expect([after.fileName, after.sizeBytes, after.sha256]).toEqual([
      before.fileName,
      before.sizeBytes,
      before.sha256,
    ]);
    // The other files of the case are untouched.
    expect((await docRow(w.docs[0]!)).content.byteLength).toBeGreaterThan(0);

    const [event] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "secret.files_deleted"), eq(auditEvents.entityId, item!.id)));
    const logged = event!.after as { files: { id: string; sha256: string }[]; rule: { ruleId: string } };
    expect(logged.files).toEqual([expect.objectContaining({ id: docId, sha256: before.sha256 })]);
    expect(logged.rule.ruleId).toBe("SEC-END-DESTROYED");

    // Download and view: 410 with the reason in both languages, for those who may see the record.
    for (const path of ["", "/view"]) {
      const gone = await w.coord.get(`/api/v1/cases/${w.caseId}/documents/${docId}${path}`);
      expect(gone.status).toBe(410);
      expect(gone.json.error.code).toBe("GONE");
      expect(gone.json.error.message).toContain("削除されました");
      expect(gone.json.error.message).toContain("was deleted");
    }
    // A student who may not see a 秘 item learns nothing about it.
    expect((await w.student.get(`/api/v1/cases/${w.caseId}/documents/${docId}`)).status).toBe(404);

    // The case page keeps the row as the record, with no file to open; the certificate stays.
    const page = await w.coord.get(`/api/v1/cases/${w.caseId}`);
    expect(page.json.documents.find((d: { id: string }) => d.id === docId).access).toBe("ended");
    const certificate = await w.pi.get(`/api/v1/secrets/items/${item!.id}/certificate`);
    expect(certificate.text).toBe("廃棄証明書: 溶解処理済み");
  });

  it("a return deletes the bytes too; an item without a file ends with nothing deleted", async () => {
    const docId = w.docs[2]!;
    const [item] = await t.deps.db.select().from(secretItems).where(eq(secretItems.documentId, docId));
    const ok = await w.pi.post(`/api/v1/secrets/items/${item!.id}/end`, {
      kind: "returned",
      endedOn: "2026-11-20",
      confirmed: true,
    });
    expect(ok.status).toBe(200);
    expect((await docRow(docId)).content.byteLength).toBe(0);

    const paper = await w.coord.post("/api/v1/secrets/items", {
      title: "紙で受領した図面",
      description: "",
      level: 1,
      origin: "received",
      direction: "received",
      storageKind: "paper",
      storageLocation: "研究室の金庫",
      responsibleUserId: w.coord.user.id,
    });
    expect(paper.status).toBe(201);
    const ended = await w.coord.post(`/api/v1/secrets/items/${paper.json.id}/end`, {
      kind: "destroyed",
      endedOn: "2026-11-20",
      confirmed: true,
    });
    expect(ended.status).toBe(200);
    const deleted = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "secret.files_deleted"), eq(auditEvents.entityId, paper.json.id)));
    expect(deleted).toEqual([]);
  });
});
