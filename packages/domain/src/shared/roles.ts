/**
 * Roles of the people who use Renkei (brief: researchers and students, URA / coordinators, the
 * export-control office, legal / IP, COI committees, department heads, executives, auditors).
 */
export const ROLES = [
  "researcher",
  "student",
  "coordinator",
  "export_control_officer",
  "department_head",
  "coi_reviewer",
  "coi_external_member",
  "legal_ip",
  "executive",
  "auditor",
  "admin",
  "confidentiality_officer",
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { ja: string; en: string }> = {
  researcher: { ja: "研究者", en: "Researcher" },
  student: { ja: "学生", en: "Student" },
  coordinator: { ja: "産学連携コーディネーター（URA）", en: "Coordinator (URA)" },
  export_control_officer: { ja: "安全保障輸出管理担当", en: "Export-control officer" },
  department_head: { ja: "部局長", en: "Department head" },
  coi_reviewer: { ja: "利益相反委員", en: "COI reviewer" },
  coi_external_member: { ja: "利益相反委員会 学外委員", en: "COI committee external member" },
  legal_ip: { ja: "法務・知財担当", en: "Legal / IP" },
  executive: { ja: "役員", en: "Executive" },
  auditor: { ja: "監査担当（閲覧のみ）", en: "Auditor (read-only)" },
  admin: { ja: "システム管理者", en: "Administrator" },
  confidentiality_officer: { ja: "秘密情報管理責任者", en: "Confidential-information officer" },
};
