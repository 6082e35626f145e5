import type { Role } from "../shared/roles";
import type { CaseActor, CaseFacts } from "./case-schemas";

/**
 * Whether `actor` acts on this case in `role`. Roles are institution-wide except two: a researcher acts
 * only as the case's PI, and a department head only for a department the case belongs to.
 */
export function actsAs(actor: CaseActor, role: Role, facts: CaseFacts): boolean {
  if (!actor.roles.includes(role)) {
    return false;
  }
  if (role === "researcher") {
    return facts.piUserId !== null && actor.userId === facts.piUserId;
  }
  if (role === "department_head") {
    return actor.departmentIds.some((d) => facts.departmentIds.includes(d));
  }
  return true;
}
