import type { Role } from "../shared/roles";

/**
 * Permissions of the export-control office's daily workflows (issue 4): visitor / student intake (受入),
 * overseas trips (出張), licence applications (許可申請), and the integrations external systems use.
 * Kept apart from the core table so the role grants below read as one policy.
 */
export const EC_WORKFLOW_PERMISSIONS = [
  "visitor.read",
  "visitor.file",
  "visitor.review",
  "visitor.read_all",
  "trip.read",
  "trip.file",
  "trip.review",
  "trip.read_all",
  "licence.read",
  "licence.manage",
  "clearance.read",
  "api_token.manage",
  "webhook.manage",
] as const;
export type EcWorkflowPermission = (typeof EC_WORKFLOW_PERMISSIONS)[number];

// Anyone who travels or hosts files their own trips and intakes; students declare for themselves.
// `*.read` opens the list and detail routes; what is visible is scoped by `*.read_all` in the service.
const TRAVELLER: EcWorkflowPermission[] = ["trip.read", "trip.file"];
const FILER: EcWorkflowPermission[] = ["visitor.read", "visitor.file", ...TRAVELLER];
// The officer decides (spec §6.2 輸出管理担当部署 / 統括責任者); the auditor reads everything, changes nothing.
const OFFICER: EcWorkflowPermission[] = [
  ...FILER,
  "visitor.review",
  "visitor.read_all",
  "trip.review",
  "trip.read_all",
  "licence.read",
  "licence.manage",
  "clearance.read",
];

export const EC_WORKFLOW_ROLE_PERMISSIONS: Record<Role, readonly EcWorkflowPermission[]> = {
  researcher: FILER,
  student: FILER,
  coordinator: FILER,
  export_control_officer: OFFICER,
  department_head: FILER,
  coi_reviewer: TRAVELLER,
  coi_external_member: [],
  legal_ip: [...FILER, "licence.read"],
  executive: [...TRAVELLER, "licence.read"],
  auditor: ["visitor.read", "visitor.read_all", "trip.read", "trip.read_all", "licence.read"],
  admin: ["api_token.manage", "webhook.manage"],
  confidentiality_officer: [],
};
