import type { Role } from "../shared/roles";

/**
 * Which cases a user sees (issue 5: the PI and participants see their cases, coordinators every case of
 * their institution). Case files hold partners' secrets and the institution's negotiating position
 * (seed 001 §IV.2-4), so roles that do not run the process see only the cases they are on.
 *
 * - `institution`: every case of the institution (the offices that run the process, executives, audit).
 * - `department`: the cases of the user's department, plus their own (部局長, seed 001 §IV.2-2 / 2-8).
 * - `own`: cases where the user is the PI, a participant or the one who registered it.
 * - `null`: none (the system administrator manages accounts, not collaborations).
 */
export type CaseScope = "institution" | "department" | "own";

export const CASE_SCOPE_BY_ROLE: Record<Role, CaseScope | null> = {
  researcher: "own",
  student: "own",
  coordinator: "institution",
  export_control_officer: "institution",
  department_head: "department",
  coi_reviewer: "own",
  coi_external_member: null,
  legal_ip: "institution",
  executive: "institution",
  auditor: "institution",
  admin: null,
  // The officer keeps the register of every case's secrets (seed 002 第4章 秘密情報管理責任者).
  confidentiality_officer: "institution",
};

/** Who is on a case, as far as visibility is concerned. */
export interface CaseMembership {
  piUserId: string | null;
  createdBy: string | null;
  participantUserIds: string[];
  departmentIds: string[];
}

export interface CaseViewer {
  userId: string;
  role: Role;
  departmentId: string | null;
}

export function isCaseMember(viewer: CaseViewer, m: CaseMembership): boolean {
  return (
    m.piUserId === viewer.userId ||
    m.createdBy === viewer.userId ||
    m.participantUserIds.includes(viewer.userId)
  );
}

/** Whether `viewer` may see the case at all (same institution is checked by the caller). */
export function canSeeCase(viewer: CaseViewer, m: CaseMembership): boolean {
  switch (CASE_SCOPE_BY_ROLE[viewer.role]) {
    case "institution":
      return true;
    case "department":
      return (
        (viewer.departmentId !== null && m.departmentIds.includes(viewer.departmentId)) ||
        isCaseMember(viewer, m)
      );
    case "own":
      return isCaseMember(viewer, m);
    case null:
      return false;
  }
}

/**
 * Whether `viewer` may change the case file (stage records, partners, participants). A researcher edits
 * only as the case's PI or the one who registered it: participants work on the case (comments, tasks)
 * but the PI answers for its content (seed 001 §IV.2-8 研究責任者). Other roles edit what they see.
 */
export function canEditCase(viewer: CaseViewer, m: CaseMembership): boolean {
  if (viewer.role === "researcher") {
    return m.piUserId === viewer.userId || m.createdBy === viewer.userId;
  }
  if (viewer.role === "student" || viewer.role === "coi_reviewer" || viewer.role === "auditor") {
    return false;
  }
  return canSeeCase(viewer, m);
}
