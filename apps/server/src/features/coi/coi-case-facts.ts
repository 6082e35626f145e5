import {
  type CaseCoiFacts,
  type CoiProfile,
  type DeclarationState,
  type DeclarationTrigger,
  type Determination,
  hasNewInterest,
  type Interest,
  institutionalCoiMatches,
  interestRelatesToCase,
  japanDate,
  planInForce,
  profileItemsRecordedAfter,
  type ResearcherCoi,
} from "@renkei/domain";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import {
  coiDeclarations,
  coiDeterminations,
  coiInstitutionalDecisions,
  coiManagementPlans,
  coiProfiles,
  coiRegister,
  users,
} from "../../db/schema";
import { openRequests } from "./coi-triggers";

/**
 * The COI facts of many cases in one batch (issue 13 §4): for every researcher on each case — the PI and
 * staff members with an account — the committee's outcome; and the institutional register's matches with
 * the committee's decision. Only states and outcomes leave this module, never declaration content.
 */

export interface CaseCoiSubject {
  caseId: string;
  piUserId: string | null;
  members: { userId: string | null; kind: string; name: string }[];
  partners: { partnerId: string; name: string }[];
}

type DeclRow = typeof coiDeclarations.$inferSelect;

const OPEN: DeclarationState[] = ["submitted", "returned"];

export async function loadCaseCoiFacts(
  db: DbOrTx,
  institutionId: string,
  subjects: CaseCoiSubject[],
  today: string,
): Promise<Map<string, CaseCoiFacts>> {
  const people = new Map<string, "pi" | "member">();
  for (const s of subjects) {
    for (const m of s.members) {
      if (m.userId && m.kind === "staff") {
        people.set(m.userId, people.get(m.userId) ?? "member");
      }
    }
    if (s.piUserId) {
      people.set(s.piUserId, "pi");
    }
  }
  const userIds = [...people.keys()];
  const caseIds = subjects.map((s) => s.caseId);
  // One after the other: `db` is often the caller's transaction, whose one connection runs one
  // query at a time (overlapping queries are deprecated in node-postgres and refused by pg 9).
  const names = userIds.length
    ? await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds))
    : [];
  const decls = userIds.length
    ? await db
        .select()
        .from(coiDeclarations)
        .where(
          and(
            eq(coiDeclarations.institutionId, institutionId),
            inArray(coiDeclarations.declarantUserId, userIds),
          ),
        )
        .orderBy(desc(coiDeclarations.createdAt))
    : [];
  const profiles = userIds.length
    ? await db
        .select({ userId: coiProfiles.userId, version: coiProfiles.version, data: coiProfiles.data })
        .from(coiProfiles)
        .where(inArray(coiProfiles.userId, userIds))
        .orderBy(desc(coiProfiles.version))
    : [];
  const register = await db.select().from(coiRegister).where(eq(coiRegister.institutionId, institutionId));
  const instDecisions = caseIds.length
    ? await db
        .select()
        .from(coiInstitutionalDecisions)
        .where(inArray(coiInstitutionalDecisions.caseId, caseIds))
        .orderBy(desc(coiInstitutionalDecisions.decidedAt))
    : [];
  const byUser = new Map<string, DeclRow[]>();
  for (const d of decls) {
    byUser.set(d.declarantUserId, [...(byUser.get(d.declarantUserId) ?? []), d]);
  }
  const profileOf = new Map<string, CoiProfile>();
  for (const p of profiles) {
    if (!profileOf.has(p.userId)) {
      profileOf.set(p.userId, p.data as CoiProfile);
    }
  }
  const factDecls = new Map<string, DeclRow>();
  for (const [u, list] of byUser) {
    const approved = list
      .filter((d) => d.status === "approved" || d.status === "expired")
      .sort((a, b) => (b.approvedOn ?? "").localeCompare(a.approvedOn ?? ""))[0];
    factDecls.set(u, approved ?? list[0]!);
  }
  const declIds = [...factDecls.values()].map((d) => d.id);
  const dets = declIds.length
    ? await db.select().from(coiDeterminations).where(inArray(coiDeterminations.declarationId, declIds))
    : [];
  const planIds = dets.map((d) => d.planId).filter((p): p is string => p !== null);
  const plans = planIds.length
    ? await db.select().from(coiManagementPlans).where(inArray(coiManagementPlans.id, planIds))
    : [];
  const planById = new Map(plans.map((p) => [p.id, p]));
  const nameOf = new Map(names.map((n) => [n.id, n.name]));

  const researcherFact = (userId: string, role: "pi" | "member", s: CaseCoiSubject): ResearcherCoi => {
    const list = byUser.get(userId) ?? [];
    const d = factDecls.get(userId);
    const name = nameOf.get(userId) ?? s.members.find((m) => m.userId === userId)?.name ?? "";
    if (!d) {
      return { userId, name, role, declaration: null, newerOpen: null, newProfileItems: [] };
    }
    const approved = d.status === "approved" || d.status === "expired";
    const interests = d.interests as Interest[];
    const partnerIds = s.partners.map((p) => p.partnerId);
    const related = interests.filter((i) => interestRelatesToCase(i, s.caseId, partnerIds));
    const determination = (interestId: string) =>
      dets.find((x) => x.declarationId === d.id && x.interestId === interestId && x.caseId === s.caseId) ??
      dets.find((x) => x.declarationId === d.id && x.interestId === interestId && x.caseId === null);
    // An approved declaration never re-opens, so any open one is newer than it (no clock comparison).
    const newer = approved
      ? list.find(
          (x) =>
            OPEN.includes(x.status as DeclarationState) &&
            hasNewInterest(interests, x.interests as Interest[]),
        )
      : undefined;
    const profile = profileOf.get(userId);
    return {
      userId,
      name,
      role,
      declaration: {
        state: d.status as DeclarationState,
        approvedOn: d.approvedOn,
        validUntil: d.validUntil,
        relatedInterests: related.map((i) => {
          const det = determination(i.interestId);
          const plan = det?.planId ? planById.get(det.planId) : undefined;
          return {
            interestId: i.interestId,
            entity: i.entity,
            determination: (det?.outcome as Determination | undefined) ?? null,
            planInForce: plan
              ? planInForce({ status: plan.status as "active" | "closed", startsOn: plan.startsOn }, today)
              : false,
          };
        }),
      },
      newerOpen: (newer?.status as DeclarationState | undefined) ?? null,
      newProfileItems:
        approved && profile && d.approvedOn ? profileItemsRecordedAfter(profile, d.approvedOn) : [],
    };
  };

  const requests = await openRequests(db, institutionId, userIds);
  const requestedOf = (userId: string) =>
    requests
      .filter((q) => q.userId === userId)
      .map((q) => ({
        trigger: q.trigger as DeclarationTrigger,
        requestedOn: japanDate(new Date(q.requestedAt)),
      }));
  const out = new Map<string, CaseCoiFacts>();
  for (const s of subjects) {
    const ids = [
      ...new Set([s.piUserId, ...s.members.filter((m) => m.kind === "staff").map((m) => m.userId)]),
    ].filter((u): u is string => Boolean(u));
    const matches = institutionalCoiMatches(
      s.partners,
      register.map((r) => ({
        entryId: r.id,
        kind: r.kind as never,
        entityName: r.entityName,
        partnerId: r.partnerId,
        from: r.fromOn,
        until: r.untilOn,
      })),
      today,
    );
    const decision = instDecisions.find((x) => x.caseId === s.caseId);
    out.set(s.caseId, {
      researchers: ids.map((u) => ({
        ...researcherFact(u, u === s.piUserId ? "pi" : "member", s),
        requested: requestedOf(u),
      })),
      institutional: {
        matches: matches.map((m) => m.label),
        determination: (decision?.outcome as Determination | undefined) ?? null,
      },
    });
  }
  return out;
}
