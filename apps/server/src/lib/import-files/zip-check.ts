import { DomainError } from "@renkei/domain";
import { IMPORT_LIMITS } from "./limits";

/**
 * Sums the uncompressed sizes a zip's central directory declares, before anything is inflated
 * (issue 10 item 1: a few kilobytes must not unpack into a workbook that takes minutes to read).
 * The inflater in the worker is additionally bounded by the worker's memory limit, in case the
 * directory lies.
 */
export function checkZipBounds(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    throw new DomainError("IMPORT_FAILED", "The file is not a readable .xlsx workbook", {
      reason: "unreadable",
    });
  }
  const entries = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (entries > IMPORT_LIMITS.xlsxEntries) {
    throw limitError("too_many_entries", IMPORT_LIMITS.xlsxEntries);
  }
  let total = 0;
  for (let i = 0, p = dirOffset; i < entries; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) {
      throw new DomainError("IMPORT_FAILED", "The file is not a readable .xlsx workbook", {
        reason: "unreadable",
      });
    }
    const size = view.getUint32(p + 24, true);
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size; // ZIP64: larger than any limit
    if (total > IMPORT_LIMITS.xlsxUncompressedBytes) {
      throw limitError("too_large_uncompressed", IMPORT_LIMITS.xlsxUncompressedBytes);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
}

function limitError(reason: string, limit: number): DomainError {
  return new DomainError("IMPORT_FAILED", `The workbook exceeds a limit (${reason}: ${limit})`, {
    reason,
    limit,
  });
}
