import type { Role } from "../shared/roles";

/**
 * Cost components of the quotation (issue 17 item 4). Reading a quotation goes with the case.
 *
 * - `cost.configure`: the institution's split of the indirect cost and its secrecy cost per level
 *   (seed 001 case 23: the institution sets its cost basis), held by the office and the administrator.
 * - `quotation.secrecy_agree`: records, or withdraws, the partner's agreement to the secrecy cost. The
 *   office that negotiates the contract holds it (legal/IP, the coordinator), never the requesting
 *   researcher: the agreement is a record by the role that owns it, not a box the requester ticks.
 */
export const COST_PERMISSIONS = ["cost.configure", "quotation.secrecy_agree"] as const;
export type CostPermission = (typeof COST_PERMISSIONS)[number];

export const COST_ROLE_PERMISSIONS: Record<Role, readonly CostPermission[]> = {
  researcher: [],
  student: [],
  coordinator: ["cost.configure", "quotation.secrecy_agree"],
  export_control_officer: [],
  department_head: [],
  coi_reviewer: [],
  coi_external_member: [],
  legal_ip: ["quotation.secrecy_agree"],
  executive: [],
  auditor: [],
  admin: ["cost.configure"],
  confidentiality_officer: [],
};
