import type { Role } from "../shared/roles";

/**
 * Conflict of interest and research integrity (issue 13). Which declarations a reviewer sees is decided
 * per declaration by `declarationAccess` (coi/coi-access.ts): external members only what is assigned.
 */
export const COI_PERMISSIONS = [
  /** Open a declaration's page; the content is then shown only per `declarationAccess` (one decision). */
  "coi.read",
  /** Keep one's own profile, declare, file funding applications, see one's own training. */
  "coi.declare",
  /** Read assigned / all declarations in the queue, record determinations and plans, return. */
  "coi.review",
  /** Approve declarations, decide institutional conflicts, bulk decisions (the committee). */
  "coi.decide",
  /** Read every declaration's content without changing anything (inspection). */
  "coi.read_all",
  /** Open cycles, set the institution's rules, keep the institutional register and training courses. */
  "coi.configure",
  /** Research-security reviews of flagged programmes (J7). */
  "security.review",
  /** Record and import training completions. */
  "training.manage",
] as const;
export type CoiPermission = (typeof COI_PERMISSIONS)[number];

const DECLARANT: CoiPermission[] = ["coi.read", "coi.declare"];

export const COI_ROLE_PERMISSIONS: Record<Role, readonly CoiPermission[]> = {
  researcher: DECLARANT,
  student: DECLARANT,
  coordinator: DECLARANT,
  export_control_officer: [...DECLARANT, "security.review", "training.manage"],
  department_head: DECLARANT,
  coi_reviewer: [
    ...DECLARANT,
    "coi.review",
    "coi.decide",
    "coi.read_all",
    "coi.configure",
    "security.review",
    "training.manage",
  ],
  // An external member reviews only what the committee assigns (checked per declaration).
  coi_external_member: ["coi.read", "coi.review"],
  legal_ip: DECLARANT,
  confidentiality_officer: DECLARANT,
  executive: DECLARANT,
  auditor: ["coi.read", "coi.read_all"],
  admin: ["coi.configure", "training.manage"],
};
