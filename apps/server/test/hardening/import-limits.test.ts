import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseListFiles } from "../../src/features/screening/list-files";
import { decodeText } from "../../src/lib/import-files/decode-text";
import { IMPORT_LIMITS } from "../../src/lib/import-files/limits";
import { runParse } from "../../src/lib/import-files/run-parse";
import { readTable } from "../../src/lib/import-files/spreadsheet";

/** Issue 10 item 1: one small workbook froze the server for every institution; mojibake imported. */
async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet("Sheet1"));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const failure = async (p: Promise<unknown>) => {
  const err = (await p.then(
    () => null,
    (e: unknown) => e,
  )) as { code?: string; message?: string; details?: Record<string, unknown> } | null;
  expect(err?.code).toBe("IMPORT_FAILED");
  return err!;
};

// 株式会社 in Shift_JIS.
const SJIS_KABUSHIKI = [0x8a, 0x94, 0x8e, 0xae, 0x89, 0xef, 0x8e, 0xd0];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe("spreadsheets and list files cannot stall the server", () => {
  it("refuses the 6 KB workbook with one cell at XFD1000, naming the limit and the cell", async () => {
    const bytes = await workbook((s) => {
      s.getCell("A1").value = "正式名称";
      s.getCell("XFD1000").value = "x";
    });
    expect(bytes.length).toBeLessThan(10_000);
    const err = await failure(readTable("partners.xlsx", bytes));
    expect(err.details).toMatchObject({
      reason: "too_many_columns",
      limit: IMPORT_LIMITS.columns,
      at: "XFD1000",
    });
    expect(err.message).toContain("too_many_columns");
  });

  it("reads an ordinary workbook in a worker, cell for cell", async () => {
    const bytes = await workbook((s) => {
      s.addRow(["正式名称", "国"]);
      s.addRow(["株式会社テスト", "JP"]);
      s.getCell("C4").value = "遠いセル";
    });
    expect(await readTable("p.xlsx", bytes)).toEqual([
      ["正式名称", "国", ""],
      ["株式会社テスト", "JP", ""],
      ["", "", ""],
      ["", "", "遠いセル"],
    ]);
  });

  it("refuses too many rows before reading them", async () => {
    const bytes = await workbook((s) => {
      s.getCell("A1").value = "h";
      s.getCell(`A${IMPORT_LIMITS.rows + 1}`).value = "x";
    });
    const err = await failure(readTable("p.xlsx", bytes));
    expect(err.details).toMatchObject({ reason: "too_many_rows", limit: IMPORT_LIMITS.rows });
  });

  it("refuses a zip that declares more than the uncompressed limit", async () => {
    const bytes = await workbook((s) => {
      s.getCell("A1").value = "h";
    });
    // Rewrite every central-directory entry's uncompressed size to 60 MB: two of them pass the limit.
    const view = new DataView(bytes.buffer);
    for (let i = 0; i + 46 < bytes.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 60 * 1024 * 1024, true);
      }
    }
    const err = await failure(readTable("p.xlsx", bytes));
    expect(err.details).toMatchObject({ reason: "too_large_uncompressed" });
  });

  it("refuses a file that is not the declared format, without reading any of it", async () => {
    const xlsx = await workbook((s) => {
      s.getCell("A1").value = "h";
    });
    expect((await failure(readTable("p.xlsx", new TextEncoder().encode("a,b\n1,2")))).details).toMatchObject({
      reason: "format_mismatch",
    });
    expect((await failure(readTable("p.csv", xlsx))).details).toMatchObject({ reason: "format_mismatch" });
    expect((await failure(readTable("p.xls", xlsx))).details).toMatchObject({ reason: "xls_not_supported" });
    expect((await failure(readTable("p.xlsx", xlsx.subarray(0, 300)))).details).toMatchObject({
      reason: "unreadable",
    });
  });

  it("limits CSV rows and columns the same way", async () => {
    const wide = `${Array.from({ length: IMPORT_LIMITS.columns + 1 }, (_, i) => `c${i}`).join(",")}\n`;
    expect((await failure(readTable("p.csv", new TextEncoder().encode(wide)))).details).toMatchObject({
      reason: "too_many_columns",
      at: "row 1",
    });
  });
});

describe("text encodings", () => {
  it("reads UTF-8, UTF-8 with BOM, Shift_JIS (CP932) and UTF-16 with and without BOM", () => {
    const text = "正式名称,国\n株式会社①,JP\n";
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ text, encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: "utf-8-bom" });
    const le = new Uint8Array(Buffer.from(text, "utf16le"));
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]))).toEqual({ text, encoding: "utf-16le" });
    expect(decodeText(le)).toEqual({ text, encoding: "utf-16le" });
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1]!;
      be[i + 1] = le[i]!;
    }
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ text, encoding: "utf-16be" });
    // CP932: 株式会社 plus ① (0x87 0x40, an NEC special character Excel writes).
    const sjis = new Uint8Array([...ascii("name\n"), ...SJIS_KABUSHIKI, 0x87, 0x40, ...ascii(",JP\n")]);
    expect(decodeText(sjis)).toEqual({ text: "name\n株式会社①,JP\n", encoding: "shift_jis" });
  });

  it("refuses a Shift_JIS file with invalid bytes, naming the line, instead of importing mojibake", async () => {
    const bytes = new Uint8Array([
      ...ascii("legalName,country\n"),
      ...SJIS_KABUSHIKI,
      ...ascii(",JP\n"),
      ...SJIS_KABUSHIKI,
      0x81,
      0x7f, // a lead byte followed by a byte no Shift_JIS character has
      ...ascii(",JP\n"),
    ]);
    const err = await failure(readTable("partners.csv", bytes));
    expect(err.details).toMatchObject({ reason: "invalid_encoding", encoding: "Shift_JIS", row: 3 });
    expect(err.message).toContain("Line 3");
  });

  it("refuses NUL bytes and damaged UTF-8 with the line", () => {
    expect(() => decodeText(new Uint8Array([...ascii("a\nb"), 0, ...ascii("c\n")]))).toThrow(/NUL/);
    const damaged = new Uint8Array([...new TextEncoder().encode("名前\n東京\n"), 0xe6, 0x9d, ...ascii("\n")]);
    expect(() => decodeText(damaged)).toThrow(/Line 3/);
  });

  it("parses large list files in a worker that its time limit stops, and reports that limit", async () => {
    // 200,000 FtM lines (about 16 MB): parsed on the main thread no timer could stop it; the worker is
    // terminated at the limit and the import fails naming it.
    const line = (i: number) =>
      JSON.stringify({ id: `e${i}`, schema: "Company", properties: { name: [`Example Trading ${i}`] } });
    const bytes = new TextEncoder().encode(Array.from({ length: 200_000 }, (_, i) => line(i)).join("\n"));
    const err = await failure(
      runParse(
        "textList",
        { format: "ftm", files: [{ name: "big.json", bytes }], list: "t" },
        { ms: 50, mb: 512 },
      ),
    );
    expect(err.details).toMatchObject({ reason: "too_slow", limit: 50 });
    // The same file without the tight limit parses completely, still in the worker.
    const parsed = await parseListFiles("ftm", [{ name: "big.json", bytes: bytes.slice(0, 2_000_000) }], "t");
    expect(parsed.entries.length).toBeGreaterThan(10_000);
  });

  it("reports a damaged list file from the worker as the same clear error", async () => {
    const bytes = new Uint8Array([...ascii("name\nACME "), 0x82, 0x0a]);
    const err = await failure(parseListFiles("csv", [{ name: "own.csv", bytes }], "own"));
    expect(err.message).not.toContain("Worker");
  });
});
