import {
  CASE_SCOPE_BY_ROLE,
  type CaseActor,
  type CaseMembership,
  type CaseViewer,
  canEditCase,
  canSeeCase,
  DomainError,
} from "@renkei/domain";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { caseParticipants, cases } from "../../db/schema";
import type { Actor } from "../../http/context";
import type { CaseRow } from "./cases.repo";

/**
 * Tenancy and visibility of cases. Every query filters by the actor's institution (consulting access
 * covers the partner registry, never case files); within it, the domain's `CASE_SCOPE_BY_ROLE` says
 * which cases a role sees. A case the actor may not see is "not found", exactly like a missing one.
 */

export function viewerOf(actor: Actor): CaseViewer {
  return { userId: actor.userId, role: actor.role, departmentId: actor.departmentId };
}

/** The actor as the workflow's role guards see it. */
export function caseActorOf(actor: Actor): CaseActor {
  return {
    userId: actor.userId,
    roles: [actor.role],
    departmentIds: actor.departmentId ? [actor.departmentId] : [],
  };
}

const isMember = (userId: string): SQL =>
  sql`(${cases.piUserId} = ${userId} or ${cases.createdBy} = ${userId} or exists (
    select 1 from case_participants cp where cp.case_id = ${cases.id} and cp.user_id = ${userId}))`;

/** SQL for "cases this actor sees", mirroring `canSeeCase` (case-access.ts). */
export function visibleCasesWhere(actor: Actor): SQL {
  const own = eq(cases.institutionId, actor.institutionId);
  switch (CASE_SCOPE_BY_ROLE[actor.role]) {
    case "institution":
      return own;
    case "department":
      return and(
        own,
        actor.departmentId
          ? sql`(${cases.departmentIds} @> array[${actor.departmentId}]::uuid[] or ${isMember(actor.userId)})`
          : isMember(actor.userId),
      ) as SQL;
    case "own":
      return and(own, isMember(actor.userId)) as SQL;
    case null:
      return sql`false`;
  }
}

export async function membershipOf(db: DbOrTx, row: CaseRow): Promise<CaseMembership> {
  const parts = await db
    .select({ userId: caseParticipants.userId })
    .from(caseParticipants)
    .where(eq(caseParticipants.caseId, row.id));
  return {
    piUserId: row.piUserId,
    createdBy: row.createdBy,
    participantUserIds: parts.map((p) => p.userId).filter((u): u is string => u !== null),
    departmentIds: row.departmentIds,
  };
}

export type CaseAccess = "read" | "collaborate" | "edit";

/**
 * Throws NOT_FOUND unless the actor sees the case, and FORBIDDEN when it sees the case but may not
 * change it (`edit`: canEditCase; `collaborate`: any viewer holding case.collaborate).
 */
export async function assertCaseAccess(db: DbOrTx, actor: Actor, row: CaseRow | null, need: CaseAccess) {
  if (!row || row.institutionId !== actor.institutionId) {
    throw new DomainError("NOT_FOUND", "Case not found");
  }
  return checkCaseAccess(actor, await membershipOf(db, row), need);
}

/** The same check when the membership is already loaded (`findCaseWithContext`). */
export function checkCaseAccess(actor: Actor, m: CaseMembership, need: CaseAccess): CaseMembership {
  const viewer = viewerOf(actor);
  if (!canSeeCase(viewer, m)) {
    throw new DomainError("NOT_FOUND", "Case not found");
  }
  if (need === "edit" && !canEditCase(viewer, m)) {
    throw new DomainError("FORBIDDEN", "Only the PI or the offices that run the process edit this case");
  }
  if (need === "collaborate" && !actor.can("case.collaborate")) {
    throw new DomainError("FORBIDDEN", "Requires case.collaborate");
  }
  return m;
}
