import type { Role } from "../shared/roles";

/**
 * Every permission a route may require (architecture §8.4: a route declares one, or says `public`).
 * Deny by default: a role has exactly the permissions listed for it in ROLE_PERMISSIONS.
 */
export const PERMISSIONS = [
  "partner.read",
  "partner.write",
  "partner.import",
  "partner.merge",
  "partner.export",
  "contact.write",
  "contact.read_restricted",
  "credit.write",
  "audit.read",
  "user.manage",
  "institution.consult",
  "self.manage",
  "outbox.read",
  "jobs.read",
  "case.read",
  "case.create",
  "case.edit",
  "case.transition",
  "case.collaborate",
  "case.configure",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_PARTNERS: Permission[] = ["partner.read", "partner.export", "self.manage"];
const CRM_WRITER: Permission[] = [...READ_PARTNERS, "partner.write", "contact.write", "partner.import"];

/**
 * Collaboration cases (issue 5). Which cases a role sees is decided per case by `canSeeCase`
 * (cases/case-access.ts); these permissions only say what kind of thing a role may do at all. The
 * workflow's own role guards (case-transitions.ts) then decide each action.
 */
const CASE_WORKER: Permission[] = ["case.read", "case.edit", "case.transition", "case.collaborate"];

/** The role table. Officers who run due diligence also record credit checks and see restricted contacts. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  researcher: [...READ_PARTNERS, "partner.write", "contact.write", ...CASE_WORKER, "case.create"],
  // Students see the cases they take part in and may comment; they never edit a case (seed 003 学生の取扱).
  student: ["partner.read", "self.manage", "case.read", "case.collaborate"],
  coordinator: [
    ...CRM_WRITER,
    "partner.merge",
    "credit.write",
    "contact.read_restricted",
    "institution.consult",
    ...CASE_WORKER,
    "case.create",
    "case.configure",
  ],
  export_control_officer: [
    ...CRM_WRITER,
    "credit.write",
    "contact.read_restricted",
    "institution.consult",
    ...CASE_WORKER,
  ],
  department_head: [...READ_PARTNERS, "contact.read_restricted", ...CASE_WORKER],
  coi_reviewer: [...READ_PARTNERS, "case.read", "case.collaborate"],
  legal_ip: [...READ_PARTNERS, "partner.write", "contact.write", "credit.write", ...CASE_WORKER],
  executive: [...READ_PARTNERS, "contact.read_restricted", "institution.consult", ...CASE_WORKER],
  // Inspection needs every case and its history, read-only (seed 001 §IV.3 記録を保存).
  auditor: [...READ_PARTNERS, "audit.read", "contact.read_restricted", "institution.consult", "case.read"],
  // The system administrator runs accounts, not collaborations: no access to case contents by default.
  admin: [
    ...CRM_WRITER,
    "partner.merge",
    "credit.write",
    "audit.read",
    "user.manage",
    "contact.read_restricted",
    "outbox.read",
    "jobs.read",
    "case.configure",
  ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
