import ExcelJS from "exceljs";
import { renderPdf } from "../../../lib/pdf";

// One document model rendered two ways (PDF for signing and filing, Excel for the office's own
// registers), so 該非判定書 / 取引審査票 say exactly the same thing in both formats.

export type Cell = string | number | null | undefined;

export interface DocSection {
  heading: string;
  fields?: [string, Cell][];
  paragraphs?: string[];
  table?: { headers: string[]; rows: Cell[][]; widths?: number[] };
}

export interface ExportDocument {
  title: string;
  /** Institution name and reference number, printed under the title. */
  issuer: string;
  refNo: string;
  sections: DocSection[];
}

const show = (v: Cell) => (v === null || v === undefined || v === "" ? "—" : String(v));

export function renderDocumentPdf(doc: ExportDocument): Promise<Buffer> {
  return renderPdf({ title: `${doc.title} ${doc.refNo}`, subject: doc.title }, (w) => {
    w.title(doc.title);
    w.field("発行機関", doc.issuer);
    w.field("整理番号", doc.refNo);
    for (const s of doc.sections) {
      w.heading(s.heading);
      for (const [label, value] of s.fields ?? []) {
        w.field(label, show(value));
      }
      for (const p of s.paragraphs ?? []) {
        w.paragraph(p);
      }
      if (s.table) {
        if (s.table.rows.length === 0) {
          w.paragraph("（なし）");
        } else {
          w.table(s.table.headers, s.table.rows, s.table.widths);
        }
      }
    }
  });
}

export async function renderDocumentXlsx(doc: ExportDocument): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Renkei";
  const sheet = workbook.addWorksheet(doc.title.slice(0, 31));
  const width = Math.max(2, ...doc.sections.map((s) => s.table?.headers.length ?? 2));
  sheet.addRow([doc.title]).font = { bold: true, size: 14 };
  sheet.addRow(["発行機関", doc.issuer]);
  sheet.addRow(["整理番号", doc.refNo]);
  for (const s of doc.sections) {
    sheet.addRow([]);
    const h = sheet.addRow([s.heading]);
    h.font = { bold: true, size: 12 };
    for (const [label, value] of s.fields ?? []) {
      const r = sheet.addRow([label, show(value)]);
      r.getCell(1).font = { bold: true };
    }
    for (const p of s.paragraphs ?? []) {
      sheet.addRow([p]);
    }
    if (s.table) {
      sheet.addRow(s.table.headers).font = { bold: true };
      for (const row of s.table.rows) {
        sheet.addRow(row.map(show));
      }
    }
  }
  for (let i = 1; i <= width; i++) {
    const col = sheet.getColumn(i);
    col.width = i === 1 ? 28 : 40;
    col.alignment = { wrapText: true, vertical: "top" };
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A time stamp in Japan time for documents, e.g. 2026-11-21 12:00 JST. */
export function jst(value: string | null | undefined): string | null {
  if (!value) {
    return null;
  }
  const d = new Date(new Date(value).getTime() + 9 * 3_600_000);
  return `${d.toISOString().slice(0, 16).replace("T", " ")} JST`;
}
