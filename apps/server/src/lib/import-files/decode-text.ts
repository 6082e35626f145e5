import { DomainError } from "@renkei/domain/parsing";

export type TextEncodingName = "utf-8" | "utf-8-bom" | "shift_jis" | "utf-16le" | "utf-16be";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls / .doc

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** A text file that is really a workbook or another binary is refused, not read as garbage. */
export function assertNotBinaryContainer(bytes: Uint8Array): void {
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
    throw new DomainError("IMPORT_FAILED", "The file is a workbook or archive, not the text file declared", {
      reason: "format_mismatch",
    });
  }
}

function decodes(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a byte-order mark: most ASCII characters leave a zero byte in every other place. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    evenZeros += bytes[i] === 0 ? 1 : 0;
    oddZeros += bytes[i + 1] === 0 ? 1 : 0;
  }
  const half = n / 2;
  if (half >= 8 && oddZeros > half * 0.3 && evenZeros < half * 0.05) {
    return "utf-16le";
  }
  if (half >= 8 && evenZeros > half * 0.3 && oddZeros < half * 0.05) {
    return "utf-16be";
  }
  return null;
}

/** The 1-based line numbers that `label` cannot decode (lines split at LF, which no SJIS byte pair contains). */
function badLines(label: string, bytes: Uint8Array, stopAfter: number): number[] {
  const bad: number[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length && bad.length < stopAfter; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (decodes(label, bytes.subarray(start, i)) === null) {
        bad.push(line);
      }
      start = i + 1;
      line++;
    }
  }
  return bad;
}

/**
 * Text of an uploaded CSV or list file (issue 10 item 1): UTF-8 (with or without BOM), Shift_JIS /
 * CP932 as Excel in Japan writes it (WHATWG's shift_jis decoder is CP932), UTF-16 with or without BOM.
 * Bytes invalid in the detected encoding are refused with the line they are on: a damaged Shift_JIS
 * file never imports as mojibake. NUL bytes in an 8-bit file mean it is not text at all.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  assertNotBinaryContainer(bytes);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: strict("utf-8", bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: strict("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: strict("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return { text: strict(utf16, bytes), encoding: utf16 };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new DomainError("IMPORT_FAILED", "The file contains NUL bytes: it is not a text file", {
      reason: "binary",
      row: lineOf(bytes, nul),
    });
  }
  const utf8 = decodes("utf-8", bytes);
  if (utf8 !== null) {
    return { text: utf8, encoding: "utf-8" };
  }
  const badUtf8 = badLines("utf-8", bytes, Number.POSITIVE_INFINITY);
  // UTF-8 Japanese often happens to be valid Shift_JIS too: a UTF-8 file with a damaged line must not
  // be read as Shift_JIS mojibake. Genuine Shift_JIS fails UTF-8 on nearly every non-ASCII line.
  if (badUtf8.length * 2 < nonAsciiLines(bytes)) {
    throw new DomainError("IMPORT_FAILED", `Line ${badUtf8[0]} has bytes that are not valid UTF-8`, {
      reason: "invalid_encoding",
      encoding: "UTF-8",
      row: badUtf8[0],
    });
  }
  const sjis = decodes("shift_jis", bytes);
  if (sjis !== null) {
    return { text: sjis, encoding: "shift_jis" };
  }
  // Neither decodes the whole file: name the first damaged line of the encoding that fits better.
  const badSjis = badLines("shift_jis", bytes, 50);
  const [encoding, lines] = badSjis.length <= badUtf8.length ? ["Shift_JIS", badSjis] : ["UTF-8", badUtf8];
  throw new DomainError("IMPORT_FAILED", `Line ${lines[0]} has bytes that are not valid ${encoding}`, {
    reason: "invalid_encoding",
    encoding,
    row: lines[0],
  });
}

function strict(label: "utf-8" | "utf-16le" | "utf-16be", bytes: Uint8Array): string {
  const text = decodes(label, bytes);
  if (text === null) {
    throw new DomainError("IMPORT_FAILED", `The file has bytes that are not valid ${label.toUpperCase()}`, {
      reason: "invalid_encoding",
      encoding: label,
      ...(label === "utf-8" ? { row: badLines(label, bytes, 1)[0] } : {}),
    });
  }
  return text;
}

function nonAsciiLines(bytes: Uint8Array): number {
  let lines = 0;
  let seen = false;
  for (const b of bytes) {
    if (b === 0x0a) {
      lines += seen ? 1 : 0;
      seen = false;
    } else if (b >= 0x80) {
      seen = true;
    }
  }
  return lines + (seen ? 1 : 0);
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    line += bytes[i] === 0x0a ? 1 : 0;
  }
  return line;
}
