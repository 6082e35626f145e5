import { ROLES, type Role } from "../shared/roles";
import { CASE_PERMISSIONS, CASE_ROLE_PERMISSIONS } from "./case-permissions";
import { CLEARANCE_PERMISSIONS, CLEARANCE_ROLE_PERMISSIONS } from "./clearance-permissions";
import { COI_PERMISSIONS, COI_ROLE_PERMISSIONS } from "./coi-permissions";
import { COST_PERMISSIONS, COST_ROLE_PERMISSIONS } from "./cost-permissions";
import { CRM_PERMISSIONS, CRM_ROLE_PERMISSIONS } from "./crm-permissions";
import { DESK_PERMISSIONS, DESK_ROLE_PERMISSIONS } from "./desk-permissions";
import { EC_REACH_PERMISSIONS, EC_REACH_ROLE_PERMISSIONS } from "./ec-reach-permissions";
import { EC_WORKFLOW_PERMISSIONS, EC_WORKFLOW_ROLE_PERMISSIONS } from "./ec-workflow-permissions";
import { EXPORT_PERMISSIONS, EXPORT_ROLE_PERMISSIONS } from "./export-control-permissions";
import { INSIGHT_PERMISSIONS, INSIGHT_ROLE_PERMISSIONS } from "./insight-permissions";
import { IP_PERMISSIONS, IP_ROLE_PERMISSIONS } from "./ip-permissions";
import { SECRET_PERMISSIONS, SECRET_ROLE_PERMISSIONS } from "./secret-permissions";

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
  // Restricted-party screening (issue 3): view statuses / history / queue; run checks; decide review
  // items; import watch lists. Officers and admins hold all four; coordinators may search.
  "screening.read",
  "screening.search",
  "screening.review",
  "list.manage",
  ...EC_WORKFLOW_PERMISSIONS,
  ...EXPORT_PERMISSIONS,
  ...CASE_PERMISSIONS,
  ...INSIGHT_PERMISSIONS,
  ...EC_REACH_PERMISSIONS,
  ...COI_PERMISSIONS,
  ...IP_PERMISSIONS,
  ...SECRET_PERMISSIONS,
  ...CLEARANCE_PERMISSIONS,
  ...DESK_PERMISSIONS,
  ...CRM_PERMISSIONS,
  ...COST_PERMISSIONS,
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_PARTNERS: Permission[] = ["partner.read", "partner.export", "self.manage"];
const CRM_WRITER: Permission[] = [...READ_PARTNERS, "partner.write", "contact.write", "partner.import"];
const SCREENING_OFFICER: Permission[] = [
  "screening.read",
  "screening.search",
  "screening.review",
  "list.manage",
];

/** The role table. Officers who run due diligence also record credit checks and see restricted contacts. */
const CORE_ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  researcher: [...READ_PARTNERS, "partner.write", "contact.write"],
  student: ["partner.read", "self.manage"],
  coordinator: [
    ...CRM_WRITER,
    "partner.merge",
    "credit.write",
    "contact.read_restricted",
    "institution.consult",
    "screening.read",
    "screening.search",
  ],
  export_control_officer: [
    ...CRM_WRITER,
    "credit.write",
    "contact.read_restricted",
    "institution.consult",
    ...SCREENING_OFFICER,
  ],
  department_head: [...READ_PARTNERS, "contact.read_restricted"],
  coi_reviewer: READ_PARTNERS,
  // An external committee member sees only the declarations assigned to them (no registry access).
  coi_external_member: ["self.manage"],
  legal_ip: [...READ_PARTNERS, "partner.write", "contact.write", "credit.write"],
  executive: [...READ_PARTNERS, "contact.read_restricted", "institution.consult"],
  auditor: [
    ...READ_PARTNERS,
    "audit.read",
    "contact.read_restricted",
    "institution.consult",
    "screening.read",
  ],
  admin: [
    ...CRM_WRITER,
    "partner.merge",
    "credit.write",
    "audit.read",
    "user.manage",
    "contact.read_restricted",
    "outbox.read",
    "jobs.read",
    ...SCREENING_OFFICER,
  ],
  confidentiality_officer: [...READ_PARTNERS, "audit.read"],
};

/**
 * The role table: the core grants plus the export-control grants (export-control-permissions.ts,
 * ec-workflow-permissions.ts) and the collaboration-case grants (case-permissions.ts).
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = Object.fromEntries(
  ROLES.map((role) => [
    role,
    [
      ...CORE_ROLE_PERMISSIONS[role],
      ...EC_WORKFLOW_ROLE_PERMISSIONS[role],
      ...EXPORT_ROLE_PERMISSIONS[role],
      ...CASE_ROLE_PERMISSIONS[role],
      ...INSIGHT_ROLE_PERMISSIONS[role],
      ...EC_REACH_ROLE_PERMISSIONS[role],
      ...COI_ROLE_PERMISSIONS[role],
      ...IP_ROLE_PERMISSIONS[role],
      ...SECRET_ROLE_PERMISSIONS[role],
      ...CLEARANCE_ROLE_PERMISSIONS[role],
      ...DESK_ROLE_PERMISSIONS[role],
      ...CRM_ROLE_PERMISSIONS[role],
      ...COST_ROLE_PERMISSIONS[role],
    ],
  ]),
) as unknown as Record<Role, readonly Permission[]>;

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
