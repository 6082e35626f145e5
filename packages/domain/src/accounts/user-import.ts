import { ROLE_LABELS, ROLES, type Role } from "../shared/roles";

/**
 * Bulk import of accounts from a CSV / Excel sheet as HR or 教務 systems export it (issue 11). Headers
 * are recognised in Japanese and English; roles by code or label; departments by either name.
 */
export const USER_IMPORT_COLUMNS = {
  email: ["メールアドレス", "メール", "email", "e-mail", "mail"],
  displayName: ["氏名", "名前", "表示名", "name", "displayname", "display name"],
  role: ["ロール", "役割", "権限", "role"],
  department: ["部局", "所属", "部署", "department"],
  locale: ["言語", "language", "locale"],
  eppn: ["eppn", "edupersonprincipalname", "学認id"],
} as const;
export type UserImportField = keyof typeof USER_IMPORT_COLUMNS;

export interface ImportDepartment {
  id: string;
  nameJa: string;
  nameEn: string;
  active: boolean;
}

export interface UserImportRow {
  row: number;
  email: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  locale: "ja" | "en";
  eppn: string | null;
}

export interface UserImportError {
  row: number;
  field: UserImportField | "row";
  message: string;
}

const fold = (s: string) => s.normalize("NFKC").trim().toLowerCase();

export function mapUserHeader(header: string[]): {
  fields: (UserImportField | null)[];
  missing: UserImportField[];
} {
  const fields = header.map((h) => {
    const key = fold(h);
    const hit = (Object.keys(USER_IMPORT_COLUMNS) as UserImportField[]).find((f) =>
      (USER_IMPORT_COLUMNS[f] as readonly string[]).includes(key),
    );
    return hit ?? null;
  });
  const missing = (["email", "displayName", "role"] as const).filter((f) => !fields.includes(f));
  return { fields, missing };
}

export function roleFromText(text: string): Role | null {
  const v = fold(text);
  return ROLES.find((r) => r === v || fold(ROLE_LABELS[r].ja) === v || fold(ROLE_LABELS[r].en) === v) ?? null;
}

/**
 * Validates every row against the institution's departments and existing addresses. Returns the rows
 * to create and every error with the spreadsheet's row number (header = row 1); the caller writes
 * nothing when there is any error (all-or-nothing).
 */
export function validateUserImport(
  table: string[][],
  context: {
    departments: ImportDepartment[];
    existingEmails: ReadonlySet<string>;
    existingEppns: ReadonlySet<string>;
  },
): { rows: UserImportRow[]; errors: UserImportError[]; missingColumns: UserImportField[] } {
  const [header = [], ...body] = table;
  const { fields, missing } = mapUserHeader(header);
  if (missing.length > 0) {
    return { rows: [], errors: [], missingColumns: missing };
  }
  const rows: UserImportRow[] = [];
  const errors: UserImportError[] = [];
  const seenEmail = new Map<string, number>();
  const seenEppn = new Map<string, number>();
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === "")) {
      return;
    }
    const cell = (f: UserImportField) => {
      const at = fields.indexOf(f);
      return at < 0 ? "" : (cells[at] ?? "").normalize("NFKC").trim();
    };
    const before = errors.length;
    const email = cell("email").toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      errors.push({ row, field: "email", message: "validation.email" });
    } else if (context.existingEmails.has(email)) {
      errors.push({ row, field: "email", message: "validation.email_taken" });
    } else if (seenEmail.has(email)) {
      errors.push({ row, field: "email", message: `import.duplicate_of_row:${seenEmail.get(email)}` });
    }
    const displayName = cell("displayName");
    if (displayName === "" || displayName.length > 200) {
      errors.push({ row, field: "displayName", message: "validation.required" });
    }
    const role = roleFromText(cell("role"));
    if (!role) {
      errors.push({ row, field: "role", message: "accounts.import.unknown_role" });
    }
    let departmentId: string | null = null;
    const dept = cell("department");
    if (dept !== "") {
      const hit = context.departments.find(
        (d) => d.active && (fold(d.nameJa) === fold(dept) || fold(d.nameEn) === fold(dept)),
      );
      if (hit) {
        departmentId = hit.id;
      } else {
        errors.push({ row, field: "department", message: "accounts.import.unknown_department" });
      }
    }
    const localeText = fold(cell("locale"));
    const locale = localeText === "en" || localeText === "english" || localeText === "英語" ? "en" : "ja";
    const eppn = cell("eppn").toLowerCase() || null;
    if (eppn && (context.existingEppns.has(eppn) || seenEppn.has(eppn))) {
      errors.push({ row, field: "eppn", message: "accounts.import.eppn_taken" });
    }
    seenEmail.set(email, seenEmail.get(email) ?? row);
    if (eppn) {
      seenEppn.set(eppn, seenEppn.get(eppn) ?? row);
    }
    if (errors.length === before && role) {
      rows.push({ row, email, displayName, role, departmentId, locale, eppn });
    }
  });
  return { rows, errors, missingColumns: [] };
}
