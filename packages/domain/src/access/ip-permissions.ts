import type { Role } from "../shared/roles";

/**
 * IP and agreements (issue 14). Which inventions a role sees is decided per invention by
 * `canSeeInvention` (ip/invention.ts); these say what a role may do at all. Bayh-Dole records and the
 * 非公開 check are legal/IP's alone: the PI never clears them.
 */
export const IP_PERMISSIONS = [
  "ip.read",
  "ip.disclose",
  "ip.manage",
  "ip.bayh_dole",
  "ip.approve_exception",
  "ip.library",
  "ip.configure",
] as const;
export type IpPermission = (typeof IP_PERMISSIONS)[number];

export const IP_ROLE_PERMISSIONS: Record<Role, readonly IpPermission[]> = {
  researcher: ["ip.read", "ip.disclose"],
  student: [],
  coordinator: ["ip.read", "ip.disclose"],
  export_control_officer: [],
  department_head: [],
  coi_external_member: [],
  coi_reviewer: [],
  // The IP office keeps the model texts, the licence-policy settings and the important-technology list.
  legal_ip: ["ip.read", "ip.disclose", "ip.manage", "ip.bayh_dole", "ip.library", "ip.configure"],
  // Seed 001 case 4: exceptions to the licence policy are the institution's decision, taken above the office.
  executive: ["ip.read", "ip.approve_exception"],
  auditor: ["ip.read"],
  admin: [],
  confidentiality_officer: [],
};
