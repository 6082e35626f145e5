import type { Role } from "../shared/roles";

/**
 * Confidential information (issue 12). These say what kind of thing a role may do at all; whether a user
 * reads one item is decided per item by `decideSecretAccess` (confidentiality/secret-access.ts).
 *
 * - `secret.read`: the register (only the items `decideSecretAccess` lets the user list).
 * - `secret.write`: register items, access lists, end-of-project records for items one is responsible for.
 * - `secret.manage`: every item, walls, wall approvals, the scheme, alerts, inventory reviews
 *   (秘密情報管理責任者, seed 002 第4章; seed 003 名古屋大学 秘密情報管理責任者).
 * - `secret.walls`: mark partners as competitors (the coordinator knows the market; seed 001 case 26).
 * - `secret.pledge`: a student signs the pledge in the app (X7).
 */
export const SECRET_PERMISSIONS = [
  "secret.read",
  "secret.write",
  "secret.manage",
  "secret.walls",
  "secret.pledge",
] as const;
export type SecretPermission = (typeof SECRET_PERMISSIONS)[number];

const WORKER: SecretPermission[] = ["secret.read", "secret.write"];

export const SECRET_ROLE_PERMISSIONS: Record<Role, readonly SecretPermission[]> = {
  researcher: WORKER,
  student: ["secret.read", "secret.pledge"],
  coordinator: [...WORKER, "secret.walls"],
  export_control_officer: ["secret.read"],
  department_head: ["secret.read"],
  coi_external_member: [],
  coi_reviewer: [],
  legal_ip: WORKER,
  executive: ["secret.read"],
  // Inspection reads the register (titles, levels, where kept); contents follow the access rule.
  auditor: ["secret.read"],
  admin: [],
  confidentiality_officer: [...WORKER, "secret.manage", "secret.walls"],
};
