import type { Role } from "../shared/roles";

/**
 * Who may read a declaration's CONTENT (issue 13 §11; seed 003 TMDU: the committee keeps declarations
 * confidential). The declarant, the COI committee, an external member assigned to it, and auditors
 * (read-only inspection). Everyone else — coordinators, department heads, partners' cases — sees only
 * the outcome through the case's COI gate. Every read path (page, export, API) calls this one function.
 */
export interface DeclarationViewer {
  userId: string;
  role: Role;
}

export interface DeclarationAccessFacts {
  declarantUserId: string;
  assignedExternalUserIds: string[];
}

export type DeclarationAccess = "owner" | "committee" | "external" | "auditor" | "none";

export function declarationAccess(v: DeclarationViewer, d: DeclarationAccessFacts): DeclarationAccess {
  if (v.userId === d.declarantUserId) {
    return "owner";
  }
  switch (v.role) {
    case "coi_reviewer":
      return "committee";
    case "coi_external_member":
      return d.assignedExternalUserIds.includes(v.userId) ? "external" : "none";
    case "auditor":
      return "auditor";
    default:
      return "none";
  }
}

export const canReadDeclaration = (v: DeclarationViewer, d: DeclarationAccessFacts) =>
  declarationAccess(v, d) !== "none";

/** Recording determinations, returning and plans: the committee, and external members on what is assigned. */
export function canReviewDeclaration(v: DeclarationViewer, d: DeclarationAccessFacts): boolean {
  const a = declarationAccess(v, d);
  return (a === "committee" || a === "external") && v.userId !== d.declarantUserId;
}

/** Approving (the decision itself) stays with the institution's committee members. */
export function canDecideDeclaration(v: DeclarationViewer, d: DeclarationAccessFacts): boolean {
  return declarationAccess(v, d) === "committee" && v.userId !== d.declarantUserId;
}
