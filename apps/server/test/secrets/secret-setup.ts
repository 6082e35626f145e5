import { PDFDocument } from "pdf-lib";
import { newCase, newPartner, placeCase, SCHEME, type TestApp } from "../cases/case-setup";
import { email, type TestUser } from "../harness";

/** Setup for confidential-information tests: one case with a document at each level (0–3). */

export const LEVELS = [0, 1, 2, 3] as const;

export async function pdfBytes(text = "test"): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([300, 200]).drawText(text, { x: 20, y: 100, size: 12 });
  doc.addPage([300, 200]);
  return doc.save();
}

export async function upload(
  user: TestUser,
  caseId: string,
  level: number,
  file: { name: string; bytes: Uint8Array; type: string },
): Promise<string> {
  const form = new FormData();
  form.set("file", new File([file.bytes], file.name, { type: file.type }));
  form.set("category", "correspondence");
  form.set("level", String(level));
  const res = await user.post(`/api/v1/cases/${caseId}/documents`, form);
  if (res.status !== 201) {
    throw new Error(`upload: ${res.status} ${res.text}`);
  }
  return res.json.id;
}

export interface SecretWorld {
  coord: TestUser;
  pi: TestUser;
  student: TestUser;
  auditor: TestUser;
  officer: TestUser;
  head: TestUser;
  partnerId: string;
  caseId: string;
  /** Document id per level; PDFs, so classified downloads come back stamped. */
  docs: Record<number, string>;
  /** A plain-text document at 厳秘 (view-only in the browser). */
  textDoc: string;
}

export async function secretWorld(t: TestApp): Promise<SecretWorld> {
  const coord = await t.signIn(email("coordinator"));
  const pi = await t.signIn(email("researcher"));
  const student = await t.signIn(email("student"));
  const auditor = await t.signIn(email("auditor"));
  const officer = await t.signIn(email("confidentiality-officer"));
  const head = await t.signIn(email("department-head"));
  const partnerId = await newPartner(coord);
  const caseId = await newCase(coord, pi.user.id, [partnerId], { title: "秘密情報の確認用の案件" });
  await placeCase(t, caseId, "negotiation", { scheme: SCHEME });
  const added = await coord.post(`/api/v1/cases/${caseId}/participants`, {
    kind: "student",
    userId: student.user.id,
    roleOnCase: "測定",
    informedConsentOn: "2026-10-01",
    pledgeOn: "2026-10-01",
  });
  if (added.status !== 201) {
    throw new Error(`participant: ${added.status} ${added.text}`);
  }
  const docs: Record<number, string> = {};
  for (const level of LEVELS) {
    docs[level] = await upload(coord, caseId, level, {
      name: `level-${level}.pdf`,
      bytes: await pdfBytes(`level ${level}`),
      type: "application/pdf",
    });
  }
  const textDoc = await upload(coord, caseId, 2, {
    name: "measurements.txt",
    bytes: new TextEncoder().encode("厳秘の測定値"),
    type: "text/plain",
  });
  return { coord, pi, student, auditor, officer, head, partnerId, caseId, docs, textDoc };
}
