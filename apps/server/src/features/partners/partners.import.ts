import { type TImportReport, type TPartnerValues, ZPartnerInput } from "@renkei/contract";
import { DomainError, toCsvLine } from "@renkei/domain";
import ExcelJS from "exceljs";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { issueMessageKey } from "../../http/errors";
import { readForm } from "../../http/request-guards";
import { readTable } from "../../lib/import-files/spreadsheet";
import { appendAudit } from "../audit/audit.writer";
import { mapHeader, PARTNER_COLUMNS, rowToInput } from "./partners.columns";
import type { PartnerRow } from "./partners.repo";
import { auditActor, type PartnersService } from "./partners.service";

export const MAX_IMPORT_ROWS = 20_000;

/** Spreadsheets and CSVs are read with bounded rows, columns and cells, off the event loop (issue 10). */
export { readTable } from "../../lib/import-files/spreadsheet";

/** The `file` field of a multipart upload read as a table (partner and user imports share it). */
export async function readUploadedTable(
  c: { req: { formData(): Promise<FormData> } },
  maxBytes: number,
): Promise<string[][]> {
  const form = await readForm(c);
  const file = form.get("file");
  if (!(file instanceof File)) {
    throw new DomainError("VALIDATION_FAILED", "Attach a file in the `file` field", {
      issues: [{ path: "file", message: "validation.required" }],
    });
  }
  if (file.size > maxBytes) {
    throw new DomainError("IMPORT_FAILED", `The file is larger than ${maxBytes / 1024 / 1024} MB`, {
      reason: "too_large",
    });
  }
  return readTable(file.name, new Uint8Array(await file.arrayBuffer()));
}

/**
 * Lets other requests in every 50 rows: on the embedded database each query runs on this thread, and a
 * chain of awaits alone never yields to waiting I/O (issue 10: 4,000 rows blocked the server 12.6 s).
 */
async function yieldEvery(i: number): Promise<void> {
  if (i % 50 === 49) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Validates every row; `commit` writes all rows in one transaction or none (issue 2: an import is
 * all-or-nothing), and reports row-by-row errors with the spreadsheet's own row numbers.
 */
export async function importPartners(
  deps: Deps,
  partnersService: PartnersService,
  actor: Actor,
  table: string[][],
  mode: "preview" | "commit",
): Promise<TImportReport> {
  const [header, ...body] = table;
  if (!header) {
    throw new DomainError("IMPORT_FAILED", "The file is empty", { reason: "empty" });
  }
  if (body.length > MAX_IMPORT_ROWS) {
    throw new DomainError("IMPORT_FAILED", `At most ${MAX_IMPORT_ROWS} rows per import`, {
      reason: "too_many_rows",
    });
  }
  const { keys, unknown } = mapHeader(header);
  if (!keys.includes("legalName")) {
    throw new DomainError("IMPORT_FAILED", "The header has no legal-name column (正式名称 / legalName)", {
      reason: "missing_header",
      unknownHeaders: unknown,
    });
  }
  const report: TImportReport = {
    mode,
    rows: body.filter((r) => r.some((c) => c.trim() !== "")).length,
    valid: 0,
    errors: [],
    duplicates: [],
    preview: [],
    created: 0,
  };
  const valid: { row: number; values: TPartnerValues }[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const rowNumber = i + 2;
    if (cells.every((c) => c.trim() === "")) {
      return;
    }
    const parsed = ZPartnerInput.safeParse(rowToInput(keys, cells));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        report.errors.push({
          row: rowNumber,
          field: issue.path.join(".") || "row",
          message: issueMessageKey(issue),
        });
      }
      return;
    }
    const key = `${parsed.data.country}|${parsed.data.corporateNumber ?? parsed.data.legalName}`;
    const earlier = seen.get(key);
    if (earlier) {
      report.errors.push({
        row: rowNumber,
        field: "legalName",
        message: `import.duplicate_of_row:${earlier}`,
      });
      return;
    }
    seen.set(key, rowNumber);
    valid.push({ row: rowNumber, values: parsed.data });
    report.preview.push({
      row: rowNumber,
      legalName: parsed.data.legalName,
      country: parsed.data.country,
      type: parsed.data.type,
    });
  });
  report.valid = valid.length;
  for (const [i, { row, values }] of valid.slice(0, 2000).entries()) {
    await yieldEvery(i);
    const dups = await partnersService.findDuplicates(actor, { ...values });
    const top = dups.find((d) => d.score >= 0.8);
    if (top) {
      report.duplicates.push({ row, candidateId: top.id, candidateName: top.legalName, score: top.score });
    }
  }
  report.preview = report.preview.slice(0, 200);
  if (mode === "preview") {
    return report;
  }
  if (report.errors.length > 0) {
    throw new DomainError("IMPORT_FAILED", "Nothing was imported: fix the rows listed and try again", {
      report,
    });
  }
  await deps.db.transaction(async (tx) => {
    for (const [i, { values }] of valid.entries()) {
      await yieldEvery(i);
      await partnersService.insertPartner(tx, actor, values);
    }
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: auditActor(actor),
      action: "partner.imported",
      entityType: "partner_import",
      entityId: `${deps.clock.now().toISOString()}`,
      after: { rows: valid.length },
      at: deps.clock.now(),
    });
  });
  report.created = valid.length;
  return report;
}

function exportRow(p: PartnerRow): (string | boolean | null)[] {
  return [
    p.legalName,
    p.nameEn,
    p.nameRomanized,
    p.aliases.join("; "),
    p.type,
    p.country,
    p.corporateNumber,
    p.parentName,
    p.controllingOwner,
    p.foreignGovControl,
    p.stateOwned,
    p.japanPresence,
    p.website,
    p.notes,
  ];
}

/** CSV with a BOM (so Excel in Japan opens it as UTF-8) and Japanese headers that import again. */
export function exportCsv(rows: PartnerRow[]): string {
  const lines = [toCsvLine(PARTNER_COLUMNS.map((c) => c.ja)), ...rows.map((r) => toCsvLine(exportRow(r)))];
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

export async function exportXlsx(rows: PartnerRow[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("連携先 Partners");
  sheet.addRow(PARTNER_COLUMNS.map((c) => c.ja));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow(exportRow(r).map((v) => (typeof v === "boolean" ? (v ? "true" : "false") : (v ?? ""))));
  }
  sheet.columns.forEach((col) => {
    col.width = 22;
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
