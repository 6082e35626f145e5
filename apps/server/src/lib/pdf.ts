import { createRequire } from "node:module";
import PDFDocument from "pdfkit";

const require = createRequire(import.meta.url);
/** Noto Sans JP (SIL OFL) from npm, so Japanese PDFs need no system font; pdfkit embeds a subset. */
const FONT_REGULAR = require.resolve("@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf");
const FONT_BOLD = require.resolve("@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf");

const MARGIN = 50;

export interface PdfWriter {
  /** The raw pdfkit document, for anything the helpers below do not cover. */
  doc: PDFKit.PDFDocument;
  title(text: string): void;
  heading(text: string): void;
  /** A label and its value on one line (the value wraps under itself). */
  field(label: string, value: string | number | null | undefined): void;
  paragraph(text: string): void;
  /** A simple ruled table; widths are fractions of the text width (default: equal). */
  table(headers: string[], rows: (string | number | null | undefined)[][], widths?: number[]): void;
}

/** Renders an A4 document with the Japanese font embedded and page numbers in the footer. */
export function renderPdf(
  meta: { title: string; subject?: string },
  build: (w: PdfWriter) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    info: { Title: meta.title, Subject: meta.subject ?? meta.title, Producer: "Renkei", Creator: "Renkei" },
  });
  doc.registerFont("jp", FONT_REGULAR);
  doc.registerFont("jp-bold", FONT_BOLD);
  doc.font("jp").fontSize(10);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = () => doc.page.width - MARGIN * 2;
  const text = (v: string | number | null | undefined) =>
    v === null || v === undefined || v === "" ? "—" : String(v);

  const writer: PdfWriter = {
    doc,
    title: (t) => {
      doc.font("jp-bold").fontSize(16).text(t, { align: "center" }).moveDown(0.8).font("jp").fontSize(10);
    },
    heading: (t) => {
      doc.moveDown(0.6).font("jp-bold").fontSize(12).text(t).moveDown(0.3).font("jp").fontSize(10);
    },
    field: (label, value) => {
      const y = doc.y;
      const labelWidth = Math.min(150, width() * 0.32);
      doc.font("jp-bold").text(label, MARGIN, y, { width: labelWidth });
      const afterLabel = doc.y;
      doc.font("jp").text(text(value), MARGIN + labelWidth + 8, y, { width: width() - labelWidth - 8 });
      doc.x = MARGIN;
      doc.y = Math.max(doc.y, afterLabel) + 2;
    },
    paragraph: (t) => {
      doc.font("jp").text(t, MARGIN, doc.y, { width: width() }).moveDown(0.4);
    },
    table: (headers, rows, widths) => {
      const fractions = widths ?? headers.map(() => 1 / headers.length);
      const cols = fractions.map((f) => f * width());
      const drawRow = (cells: (string | number | null | undefined)[], bold: boolean) => {
        doc.font(bold ? "jp-bold" : "jp").fontSize(9);
        const heights = cells.map((c, i) => doc.heightOfString(text(c), { width: (cols[i] ?? 0) - 6 }));
        const h = Math.max(...heights, 10) + 6;
        if (doc.y + h > doc.page.height - MARGIN - 20) {
          doc.addPage();
        }
        const top = doc.y;
        let x = MARGIN;
        cells.forEach((c, i) => {
          doc.text(text(c), x + 3, top + 3, { width: (cols[i] ?? 0) - 6 });
          x += cols[i] ?? 0;
        });
        doc
          .moveTo(MARGIN, top + h)
          .lineTo(MARGIN + width(), top + h)
          .lineWidth(0.5)
          .stroke("#999999");
        doc.x = MARGIN;
        doc.y = top + h;
      };
      drawRow(headers, true);
      for (const row of rows) {
        drawRow(row, false);
      }
      doc.fontSize(10).moveDown(0.5);
    },
  };

  build(writer);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("jp")
      .fontSize(8)
      .fillColor("#666666")
      .text(`${meta.title} — ${i + 1} / ${range.count}`, MARGIN, doc.page.height - 30, {
        width: width(),
        align: "center",
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
