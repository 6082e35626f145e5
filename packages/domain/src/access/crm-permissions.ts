import type { Role } from "../shared/roles";

/**
 * CRM depth (issue 17 item 1). Reading the register, members and alerts goes with `partner.read`.
 *
 * - `crm.request`: a department asks the office to enter a partner or a contact (seed 001 事例20:
 *   研究者は連携支援組織へデータの入力を依頼); `crm.request_handle`: the office enters it and closes the request.
 * - `crm.register_write`: seeds, needs, matches and reactions at talks and exhibitions (事例17, 18).
 * - `membership.manage`: tiers, members and renewals of the membership programme (事例19).
 * - `mobility.acknowledge`: the coordinator records what was done about a secrets holder's move.
 */
export const CRM_PERMISSIONS = [
  "crm.request",
  "crm.request_handle",
  "crm.register_write",
  "membership.manage",
  "mobility.acknowledge",
] as const;
export type CrmPermission = (typeof CRM_PERMISSIONS)[number];

const OFFICE: CrmPermission[] = [
  "crm.request",
  "crm.request_handle",
  "crm.register_write",
  "membership.manage",
  "mobility.acknowledge",
];

export const CRM_ROLE_PERMISSIONS: Record<Role, readonly CrmPermission[]> = {
  researcher: ["crm.request", "crm.register_write"],
  student: [],
  coordinator: OFFICE,
  export_control_officer: ["crm.request", "mobility.acknowledge"],
  department_head: ["crm.request"],
  coi_reviewer: [],
  coi_external_member: [],
  legal_ip: ["crm.request", "mobility.acknowledge"],
  executive: ["crm.request"],
  auditor: [],
  admin: ["crm.request_handle", "membership.manage"],
  confidentiality_officer: ["mobility.acknowledge"],
};
