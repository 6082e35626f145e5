import type { Role } from "../shared/roles";

/**
 * The security-clearance register (J9), a purpose-limited register apart from everything else.
 * - `clearance.register`: read and keep the register — and only when the institution has also
 *   designated the user as its clearance officer (`clearanceAccess`, security-clearance/access.ts).
 * - `clearance.designate`: designate or remove that officer; designating does not let one read it.
 * No other permission (audit, COI, export, search) reaches these records.
 */
export const CLEARANCE_PERMISSIONS = ["clearance.register", "clearance.designate"] as const;
export type ClearancePermission = (typeof CLEARANCE_PERMISSIONS)[number];

export const CLEARANCE_ROLE_PERMISSIONS: Record<Role, readonly ClearancePermission[]> = {
  researcher: [],
  student: [],
  coordinator: [],
  export_control_officer: ["clearance.register"],
  department_head: [],
  coi_reviewer: [],
  coi_external_member: [],
  legal_ip: [],
  executive: [],
  auditor: [],
  admin: ["clearance.designate"],
  confidentiality_officer: [],
};
