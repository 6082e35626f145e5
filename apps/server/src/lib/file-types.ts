/**
 * File types accepted where people attach documents (case documents, export-control evidence). The type
 * is decided by the extension, never the browser's claim, and then checked against the content: binary
 * formats must start with their signature (magic bytes) and text formats must be valid UTF-8 without NUL
 * bytes, so a renamed executable or archive is refused (issue 10, item 8).
 */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

interface FileType {
  contentType: string;
  magic?: number[];
  text?: true;
}

const TYPES: Record<string, FileType> = {
  pdf: { contentType: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46] },
  png: { contentType: "image/png", magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { contentType: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  jpeg: { contentType: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: ZIP },
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    magic: ZIP,
  },
  pptx: {
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    magic: ZIP,
  },
  xls: { contentType: "application/vnd.ms-excel", magic: OLE },
  doc: { contentType: "application/msword", magic: OLE },
  txt: { contentType: "text/plain; charset=utf-8", text: true },
  csv: { contentType: "text/csv; charset=utf-8", text: true },
  eml: { contentType: "message/rfc822", text: true },
};

export const DOCUMENT_EXTENSIONS = Object.keys(TYPES);

const utf8 = new TextDecoder("utf-8", { fatal: true });

function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) {
    return false;
  }
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The content type to store for `fileName` with these bytes, or why it is refused: `unknown_type` (an
 * extension not on the list) or `content_mismatch` (the bytes are not what the extension says).
 */
export function documentType(
  fileName: string,
  bytes: Uint8Array,
): { contentType: string } | { refused: "unknown_type" | "content_mismatch"; extension: string } {
  const extension = fileName.includes(".") ? (fileName.toLowerCase().split(".").pop() ?? "") : "";
  const type = TYPES[extension];
  if (!type) {
    return { refused: "unknown_type", extension };
  }
  const ok = type.magic ? type.magic.every((b, i) => bytes[i] === b) : isText(bytes);
  return ok ? { contentType: type.contentType } : { refused: "content_mismatch", extension };
}
