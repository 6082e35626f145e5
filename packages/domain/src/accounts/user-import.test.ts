import { describe, expect, it } from "vitest";
import { roleFromText, validateUserImport } from "./user-import";

const departments = [
  { id: "d1", nameJa: "工学研究科", nameEn: "Graduate School of Engineering", active: true },
  { id: "d2", nameJa: "旧学部", nameEn: "Old Faculty", active: false },
];
const ctx = { departments, existingEmails: new Set(["taken@u.ac.jp"]), existingEppns: new Set<string>() };

describe("validateUserImport", () => {
  it("reads Japanese headers, role labels and department names", () => {
    const r = validateUserImport(
      [
        ["メールアドレス", "氏名", "ロール", "部局", "言語"],
        ["Hanako@U.ac.jp", "佐藤 花子", "研究者", "工学研究科", "英語"],
        ["", "", "", "", ""],
        ["jiro@u.ac.jp", "鈴木 次郎", "student", "Graduate School of Engineering", ""],
      ],
      ctx,
    );
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      {
        row: 2,
        email: "hanako@u.ac.jp",
        displayName: "佐藤 花子",
        role: "researcher",
        departmentId: "d1",
        locale: "en",
        eppn: null,
      },
      {
        row: 4,
        email: "jiro@u.ac.jp",
        displayName: "鈴木 次郎",
        role: "student",
        departmentId: "d1",
        locale: "ja",
        eppn: null,
      },
    ]);
  });
  it("reports every problem with its spreadsheet row", () => {
    const r = validateUserImport(
      [
        ["email", "name", "role", "department"],
        ["bad", "A", "researcher", ""],
        ["taken@u.ac.jp", "B", "researcher", ""],
        ["c@u.ac.jp", "", "wizard", "旧学部"],
        ["d@u.ac.jp", "D", "admin", ""],
        ["d@u.ac.jp", "D2", "admin", ""],
      ],
      ctx,
    );
    expect(r.errors).toEqual([
      { row: 2, field: "email", message: "validation.email" },
      { row: 3, field: "email", message: "validation.email_taken" },
      { row: 4, field: "displayName", message: "validation.required" },
      { row: 4, field: "role", message: "accounts.import.unknown_role" },
      { row: 4, field: "department", message: "accounts.import.unknown_department" },
      { row: 6, field: "email", message: "import.duplicate_of_row:5" },
    ]);
  });
  it("names the missing required columns", () => {
    expect(validateUserImport([["email"]], ctx).missingColumns).toEqual(["displayName", "role"]);
  });
  it("recognises roles by code, Japanese and English label", () => {
    expect(roleFromText("安全保障輸出管理担当")).toBe("export_control_officer");
    expect(roleFromText("Auditor (read-only)")).toBe("auditor");
    expect(roleFromText("nobody")).toBeNull();
  });
});
