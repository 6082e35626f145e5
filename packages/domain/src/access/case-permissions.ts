import type { Role } from "../shared/roles";

/**
 * Collaboration cases (issue 5). Which cases a role sees is decided per case by `canSeeCase`
 * (cases/case-access.ts); these permissions only say what kind of thing a role may do at all. The
 * workflow's own role guards (case-transitions.ts) then decide each action.
 */
export const CASE_PERMISSIONS = [
  "case.read",
  "case.create",
  "case.edit",
  "case.transition",
  "case.collaborate",
  "case.configure",
] as const;
export type CasePermission = (typeof CASE_PERMISSIONS)[number];

const CASE_WORKER: CasePermission[] = ["case.read", "case.edit", "case.transition", "case.collaborate"];

export const CASE_ROLE_PERMISSIONS: Record<Role, readonly CasePermission[]> = {
  researcher: [...CASE_WORKER, "case.create"],
  // Students see the cases they take part in and may comment; they never edit a case (seed 003 学生の取扱).
  student: ["case.read", "case.collaborate"],
  coordinator: [...CASE_WORKER, "case.create", "case.configure"],
  export_control_officer: CASE_WORKER,
  department_head: CASE_WORKER,
  coi_reviewer: ["case.read", "case.collaborate"],
  coi_external_member: [],
  legal_ip: CASE_WORKER,
  executive: CASE_WORKER,
  // Inspection needs every case and its history, read-only (seed 001 §IV.3 記録を保存).
  auditor: ["case.read"],
  // The system administrator runs accounts, not collaborations: settings only, no case contents.
  admin: ["case.configure"],
  // Reads every case to keep the register; works on cases (comments, tasks) but does not run them.
  confidentiality_officer: ["case.read", "case.collaborate"],
};
