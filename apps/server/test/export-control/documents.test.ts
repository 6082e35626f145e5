import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, email, type TestUser } from "../harness";
import { oscilloscopeRecord } from "./fixtures";

let t: Awaited<ReturnType<typeof createTestApp>>;
let researcher: TestUser;
let officer: TestUser;
let clId: string;
let clRef: string;
let reviewId: string;

/** pdfkit writes non-ASCII document info as a literal string of UTF-16BE bytes (with a BOM), escaped. */
function pdfInfoString(text: string): string {
  const bytes = [0xfe, 0xff];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes.push(code >> 8, code & 0xff);
  }
  const escapes: Record<number, string> = {
    10: "\\n",
    13: "\\r",
    9: "\\t",
    8: "\\b",
    12: "\\f",
    40: "\\(",
    41: "\\)",
    92: "\\\\",
  };
  return `(${bytes.map((b) => escapes[b] ?? String.fromCharCode(b)).join("")})`;
}

async function download(user: TestUser, path: string) {
  const res = await t.app.request(path, { headers: { cookie: user.cookie } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

async function sheetText(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  const lines: string[] = [];
  wb.worksheets[0]!.eachRow((row) => {
    lines.push((row.values as unknown[]).slice(1).map(String).join(" | "));
  });
  return lines.join("\n");
}

beforeAll(async () => {
  t = await createTestApp();
  researcher = await t.signIn(email("researcher"));
  officer = await t.signIn("export-control@demo.renkei.example");
  clId = (await researcher.post("/api/v1/export-control/classifications", oscilloscopeRecord)).json.id;
  clRef = (await researcher.get(`/api/v1/export-control/classifications/${clId}`)).json.refNo;
  reviewId = (
    await researcher.post("/api/v1/export-control/reviews", {
      title: "英国の大学へオシロスコープを送付",
      counterpartyName: "University of Example",
      counterpartyCountry: "GB",
      plannedOn: "2026-12-01",
      facts: {
        activity: "goods_export",
        provision: { destinationCountry: "GB" },
        item: { hsCode: "9030.20" },
      },
      selfCheck: { confirmedAccurate: true, notes: "中古品の寄贈" },
      classificationIds: [clId],
    })
  ).json.id;
  await researcher.post(`/api/v1/export-control/reviews/${reviewId}/submit`, {});
});
afterAll(() => t.close());

describe("該非判定書 and 非該当証明書", () => {
  it("PDF with the Japanese font embedded, titled with the reference", async () => {
    const pdf = await download(
      researcher,
      `/api/v1/export-control/classifications/${clId}/document?format=pdf`,
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = Buffer.from(pdf.bytes).toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text).toContain("NotoSansJP");
    expect(text).toContain(pdfInfoString(`該非判定書 ${clRef}`));
  });

  it("Excel with the same content: parameters compared, verdict, sign-off", async () => {
    const xlsx = await download(
      researcher,
      `/api/v1/export-control/classifications/${clId}/document?format=xlsx`,
    );
    expect(xlsx.headers.get("content-disposition")).toContain(".xlsx");
    const text = await sheetText(xlsx.bytes);
    expect(text).toContain("該非判定書");
    expect(text).toContain(clRef);
    expect(text).toContain("総合判定 | 非該当");
    expect(text).toContain(
      "7項(11) オシロスコープ | 実時間帯域幅が…を超えるもの | 帯域幅 200 MHz、サンプリング 2 GS/s | 非該当",
    );
    expect(text).toContain("連携大学（デモ）");
  });

  it("非該当証明書 only once the office approved the 非該当 record", async () => {
    const early = await researcher.get(`/api/v1/export-control/classifications/${clId}/certificate`);
    expect(early.status).toBe(422);
    expect(early.json.error.details.reasons.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      "EC-CERT-APPROVAL",
    ]);
    await researcher.post(`/api/v1/export-control/classifications/${clId}/submit`, {});
    await officer.post(`/api/v1/export-control/classifications/${clId}/approve`, { reason: "確認済み" });
    const cert = await download(researcher, `/api/v1/export-control/classifications/${clId}/certificate`);
    expect(cert.status).toBe(200);
    const text = Buffer.from(cert.bytes).toString("latin1");
    expect(text).toContain("NotoSansJP");
    expect(text).toContain(pdfInfoString(`非該当証明書 ${clRef}`));
    const listed = (
      await researcher.post("/api/v1/export-control/classifications", {
        ...oscilloscopeRecord,
        determination: "applicable",
        listItem: "7",
        parameters: [{ ...oscilloscopeRecord.parameters[0], result: "applicable" }],
      })
    ).json.id;
    const refused = await researcher.get(`/api/v1/export-control/classifications/${listed}/certificate`);
    expect(refused.json.error.details.reasons.map((r: { ruleId: string }) => r.ruleId)).toContain(
      "EC-CERT-RESULT",
    );
  });
});

describe("取引審査票", () => {
  it("Excel: transaction, self-check, determination with sources and data versions, route", async () => {
    const xlsx = await download(
      researcher,
      `/api/v1/export-control/reviews/${reviewId}/document?format=xlsx`,
    );
    expect(xlsx.status).toBe(200);
    const text = await sheetText(xlsx.bytes);
    expect(text).toContain("取引審査票");
    expect(text).toContain("件名 | 英国の大学へオシロスコープを送付");
    expect(text).toContain("内容が正確であることの確認 | 確認済み");
    expect(text).toMatch(/判定 \| 許可不要/);
    expect(text).not.toContain("NO_LICENCE");
    // Reasons with the law they apply, never the rule or source ids (issue 11 item 5).
    expect(text).toContain("グループA");
    expect(text).toContain("外為法第25条");
    expect(text).not.toMatch(/CA-GROUP-A-NO-OBJECTIVE|\bS26\b|spec§/);
    expect(text).toContain("輸出貿易管理令別表第1（リスト規制品目） 2019-08-02 版");
    expect(text).not.toContain("list-items@");
    // Japanese throughout: no English field labels in the 取引審査票.
    expect(text).not.toMatch(/\b(Title|Outcome|Reasons|Data versions|Applicant|Decision)\b/);
    expect(text).toMatch(/2026-11-21 12:00 JST \| .* \| 提出（自己チェック）/);
  });

  it("PDF, and nobody outside the review's readers gets it", async () => {
    const pdf = await download(officer, `/api/v1/export-control/reviews/${reviewId}/document`);
    expect(pdf.status).toBe(200);
    expect(Buffer.from(pdf.bytes).toString("latin1")).toContain("NotoSansJP");
    const other = await t.signIn(email("coordinator"));
    expect((await download(other, `/api/v1/export-control/reviews/${reviewId}/document`)).status).toBe(404);
  });
});
