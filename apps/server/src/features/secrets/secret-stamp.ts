import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import fontkit from "@pdf-lib/fontkit";
import { DomainError } from "@renkei/domain";
import { degrees, PDFDocument, rgb } from "pdf-lib";

const require = createRequire(import.meta.url);
/** The same Noto Sans JP (SIL OFL) the reports use, so a Japanese level name and recipient print. */
const FONT = require.resolve("@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf");
let fontBytes: Promise<Buffer> | null = null;

export interface StampText {
  /** e.g. `厳秘 / Strictly confidential`. */
  level: string;
  recipient: string;
  /** ISO instant of the download. */
  at: string;
  /** `ダウンロード` or `閲覧用`. */
  purpose: string;
}

export function isPdf(contentType: string, fileName: string): boolean {
  return contentType === "application/pdf" || fileName.toLowerCase().endsWith(".pdf");
}

/**
 * Stamps every page with the level, the recipient's name and the time (issue 12 item 4; seed-coverage
 * H5; seed 002 第3章 表示): a header line, a footer line and a faint diagonal mark, so a printed or
 * forwarded copy still says whose it was. A file that is not a readable PDF is refused, not passed on.
 */
export async function stampPdf(content: Uint8Array, s: StampText): Promise<Uint8Array> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(content, { ignoreEncryption: false });
  } catch {
    throw new DomainError("VALIDATION_FAILED", "The PDF cannot be read, so it cannot be stamped", {
      issues: [{ path: "file", message: "validation.pdf_unreadable" }],
    });
  }
  doc.registerFontkit(fontkit);
  fontBytes ??= readFile(FONT);
  const font = await doc.embedFont(await fontBytes, { subset: true });
  const when = `${s.at.replace("T", " ").slice(0, 16)} UTC`;
  const line = `${s.level}　${s.purpose}: ${s.recipient}　${when}`;
  const red = rgb(0.75, 0.05, 0.05);
  for (const page of doc.getPages()) {
    const { width, height } = page.getSize();
    const size = Math.max(7, Math.min(10, width / 70));
    page.drawText(line, { x: 24, y: height - 18, size, font, color: red });
    page.drawText(line, { x: 24, y: 10, size, font, color: red });
    page.drawText(`${s.level}  ${s.recipient}`, {
      x: width * 0.15,
      y: height * 0.3,
      size: Math.min(36, width / 16),
      font,
      color: red,
      opacity: 0.12,
      rotate: degrees(35),
    });
  }
  doc.setSubject(line);
  return doc.save();
}
