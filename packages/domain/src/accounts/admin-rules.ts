import type { Role } from "../shared/roles";

export type AdminChangeProblem = "own_account" | "last_admin";

/**
 * Guards on an administrator's change to an account: nobody deactivates or demotes themself (they
 * could not undo it), and the institution keeps at least one active administrator, otherwise no one
 * could manage accounts any more.
 */
export function adminChangeProblem(input: {
  actorId: string;
  target: { id: string; role: Role; disabled: boolean };
  change: { role?: Role; deactivate?: boolean };
  activeAdmins: number;
}): AdminChangeProblem | null {
  const { target, change } = input;
  const demotes = change.role !== undefined && change.role !== "admin";
  const removesAccess = change.deactivate === true || demotes;
  if (!removesAccess) {
    return null;
  }
  if (target.id === input.actorId) {
    return "own_account";
  }
  if (target.role === "admin" && !target.disabled && input.activeAdmins <= 1) {
    return "last_admin";
  }
  return null;
}
