import type {
  TDeclarationSummary,
  TDeclarationView,
  ZDeclarationCreate,
  ZDeclarationSave,
} from "@renkei/contract";
import {
  canDecideDeclaration,
  canReviewDeclaration,
  coiReason,
  coiRefusal,
  type DeclarationKind,
  type DeclarationState,
  type DeclarationTrigger,
  DomainError,
  declarationAccess,
  declarationEditable,
  evaluateSelfCheck,
  type Interest,
  requiredDeterminations,
  type SelfCheck,
  transitionDeclaration,
} from "@renkei/domain";
import { and, desc, eq, inArray, or } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import {
  caseParticipants,
  casePartners,
  cases,
  coiAssignments,
  coiCycles,
  coiDeclarations,
  coiDeterminations,
  coiManagementPlans,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { notify } from "../notifications/notify";
import {
  assertCasesInInstitution,
  assertPartnersInInstitution,
  auditActor,
  currentProfile,
  userNames,
} from "./coi-store";
import { requireTraining } from "./coi-training";
import { openRequests } from "./coi-triggers";
import { reasonView } from "./coi-views";

/**
 * Declarations from the declarant's side (seed 003 TMDU two-stage web declaration; seed 000 periodic
 * cycle; J3 triggers): start one, fill the self-check and the full declaration, attest and submit.
 * Reading goes through `declarationAccess` only — declarant, committee, assigned external members,
 * auditors; everyone else gets "not found".
 */

export type DeclRow = typeof coiDeclarations.$inferSelect;

export function declarationSnapshot(r: DeclRow) {
  const { institutionId: _i, createdAt: _c, updatedAt: _u, ...rest } = r;
  return rest;
}

export async function loadDeclaration(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(coiDeclarations)
    .where(and(eq(coiDeclarations.id, id), eq(coiDeclarations.institutionId, actor.institutionId)));
  if (!row) {
    throw new DomainError("NOT_FOUND", "Declaration not found");
  }
  const assigned = await db
    .select({ userId: coiAssignments.userId })
    .from(coiAssignments)
    .where(eq(coiAssignments.declarationId, id));
  const facts = {
    declarantUserId: row.declarantUserId,
    assignedExternalUserIds: assigned.map((a) => a.userId),
  };
  const access = declarationAccess({ userId: actor.userId, role: actor.role }, facts);
  if (access === "none") {
    throw new DomainError("NOT_FOUND", "Declaration not found");
  }
  return {
    row,
    access,
    facts,
    canReview: canReviewDeclaration({ userId: actor.userId, role: actor.role }, facts),
    canDecide: canDecideDeclaration({ userId: actor.userId, role: actor.role }, facts),
  };
}

/** Summaries for lists: the declarant's own, or the committee's queue. */
export async function summaries(db: DbOrTx, rows: DeclRow[]): Promise<TDeclarationSummary[]> {
  const ids = rows.map((r) => r.id);
  const assigned = ids.length
    ? await db.select().from(coiAssignments).where(inArray(coiAssignments.declarationId, ids))
    : [];
  const cycleIds = rows.map((r) => r.cycleId).filter((c): c is string => c !== null);
  const cycles = cycleIds.length
    ? await db
        .select({ id: coiCycles.id, title: coiCycles.title })
        .from(coiCycles)
        .where(inArray(coiCycles.id, cycleIds))
    : [];
  const names = await userNames(db, [
    ...rows.map((r) => r.declarantUserId),
    ...assigned.map((a) => a.userId),
  ]);
  return rows.map((r) => {
    const interests = r.interests as Interest[];
    return {
      id: r.id,
      declarantUserId: r.declarantUserId,
      declarantName: names.get(r.declarantUserId) ?? "",
      kind: r.kind as DeclarationKind,
      trigger: r.trigger as DeclarationTrigger,
      cycleTitle: cycles.find((c) => c.id === r.cycleId)?.title ?? null,
      status: r.status as DeclarationState,
      submittedAt: r.submittedAt,
      approvedOn: r.approvedOn,
      validUntil: r.validUntil,
      interestCount: interests.length,
      noInterests: interests.length === 0,
      assignedExternal: assigned
        .filter((a) => a.declarationId === r.id)
        .map((a) => ({ id: a.userId, name: names.get(a.userId) ?? "" })),
      createdAt: r.createdAt,
    };
  });
}

/** The cases a researcher is on (PI or staff member) and their partners: interests naming one link to it. */
export async function casesOf(db: DbOrTx, institutionId: string, userId: string) {
  const member = await db
    .select({ caseId: caseParticipants.caseId })
    .from(caseParticipants)
    .where(eq(caseParticipants.userId, userId));
  const rows = await db
    .select({ id: cases.id, title: cases.title })
    .from(cases)
    .where(
      and(
        eq(cases.institutionId, institutionId),
        or(
          eq(cases.piUserId, userId),
          inArray(cases.id, member.length ? member.map((m) => m.caseId) : [userId]),
        ),
      ),
    );
  const partners = rows.length
    ? await db
        .select({ caseId: casePartners.caseId, partnerId: casePartners.partnerId })
        .from(casePartners)
        .where(
          inArray(
            casePartners.caseId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((r) => ({
    ...r,
    partnerIds: partners.filter((p) => p.caseId === r.id).map((p) => p.partnerId),
  }));
}

export async function declarationView(
  db: DbOrTx,
  loaded: Awaited<ReturnType<typeof loadDeclaration>>,
  today: string,
): Promise<TDeclarationView> {
  const { row } = loaded;
  const [summary] = await summaries(db, [row]);
  const interests = row.interests as Interest[];
  const selfCheck = row.selfCheck as SelfCheck;
  const { profile } = await currentProfile(db, row.declarantUserId);
  const sc = evaluateSelfCheck(selfCheck, interests, profile, today);
  const dets = await db.select().from(coiDeterminations).where(eq(coiDeterminations.declarationId, row.id));
  const planIds = dets.map((d) => d.planId).filter((p): p is string => p !== null);
  const plans = planIds.length
    ? await db.select().from(coiManagementPlans).where(inArray(coiManagementPlans.id, planIds))
    : [];
  const caseIds = [
    ...new Set([...dets.map((d) => d.caseId), ...interests.flatMap((i) => i.relatedCaseIds)]),
  ].filter((c): c is string => Boolean(c));
  const titles = caseIds.length
    ? await db.select({ id: cases.id, title: cases.title }).from(cases).where(inArray(cases.id, caseIds))
    : [];
  const pending = requiredDeterminations(interests).filter(
    (need) => !dets.some((d) => d.interestId === need.interestId && d.caseId === need.caseId),
  );
  return {
    ...summary!,
    selfCheck,
    interests,
    caseId: row.caseId,
    returnComment: row.returnComment,
    attestedAt: row.attestedAt,
    contentHash: row.contentHash,
    version: row.version,
    selfCheckResult: { ...sc, reasons: sc.reasons.map(reasonView) },
    determinations: dets.map((d) => {
      const p = plans.find((x) => x.id === d.planId);
      return {
        id: d.id,
        interestId: d.interestId,
        caseId: d.caseId,
        caseTitle: titles.find((t) => t.id === d.caseId)?.title ?? null,
        outcome: d.outcome as TDeclarationView["determinations"][number]["outcome"],
        reason: d.notes,
        plan: p
          ? {
              id: p.id,
              conditions: p.conditions as string[],
              startsOn: p.startsOn,
              monitoringOn: p.monitoringOn,
              monitorUserId: p.monitorUserId,
              status: p.status as "active" | "closed",
              lastMonitoredOn: p.lastMonitoredOn,
              monitoringNotes: p.monitoringNotes,
              version: p.version,
            }
          : null,
        decidedAt: d.decidedAt,
      };
    }),
    pending,
    access: loaded.access as TDeclarationView["access"],
    can: {
      edit: loaded.access === "owner" && declarationEditable(row.status as DeclarationState),
      review: loaded.canReview && row.status === "submitted",
      decide: loaded.canDecide && row.status === "submitted",
    },
  };
}

export function createCoiDeclarationsService(deps: Deps) {
  const { db, clock } = deps;

  async function owned(tx: DbOrTx, actor: Actor, id: string, version: number) {
    const loaded = await loadDeclaration(tx, actor, id);
    if (loaded.access !== "owner") {
      throw new DomainError("FORBIDDEN", "Only the declarant changes the declaration");
    }
    if (loaded.row.version !== version) {
      throw new DomainError("CONFLICT", "The declaration changed since it was read");
    }
    return loaded.row;
  }

  return {
    async get(actor: Actor, id: string) {
      return declarationView(db, await loadDeclaration(db, actor, id), clock.today());
    },

    async mine(actor: Actor) {
      const today = clock.today();
      const rows = await db
        .select()
        .from(coiDeclarations)
        .where(
          and(
            eq(coiDeclarations.institutionId, actor.institutionId),
            eq(coiDeclarations.declarantUserId, actor.userId),
          ),
        )
        .orderBy(desc(coiDeclarations.createdAt));
      const [cycle] = await db
        .select()
        .from(coiCycles)
        .where(eq(coiCycles.institutionId, actor.institutionId))
        .orderBy(desc(coiCycles.opensOn))
        .limit(1);
      const openCycle = cycle && cycle.opensOn <= today && today <= cycle.validUntil ? cycle : null;
      const myCases = await casesOf(db, actor.institutionId, actor.userId);
      const plans = await db
        .select()
        .from(coiManagementPlans)
        .where(eq(coiManagementPlans.declarantUserId, actor.userId))
        .orderBy(desc(coiManagementPlans.createdAt));
      return {
        openCycle: openCycle
          ? {
              id: openCycle.id,
              title: openCycle.title,
              opensOn: openCycle.opensOn,
              dueOn: openCycle.dueOn,
              validUntil: openCycle.validUntil,
            }
          : null,
        declarations: await summaries(db, rows),
        plans: plans.map((p) => ({
          id: p.id,
          declarationId: p.declarationId,
          conditions: p.conditions as string[],
          startsOn: p.startsOn,
          monitoringOn: p.monitoringOn,
          monitorUserId: p.monitorUserId,
          status: p.status as "active" | "closed",
          lastMonitoredOn: p.lastMonitoredOn,
          monitoringNotes: p.monitoringNotes,
          version: p.version,
        })),
        cases: myCases.map((c) => ({ id: c.id, title: c.title })),
        requests: (await openRequests(db, actor.institutionId, [actor.userId])).map((q) => ({
          id: q.id,
          trigger: q.trigger as DeclarationTrigger,
          caseId: q.caseId,
          caseTitle: myCases.find((c) => c.id === q.caseId)?.title ?? null,
          requestedAt: q.requestedAt,
        })),
      };
    },

    async create(actor: Actor, input: z.output<typeof ZDeclarationCreate>) {
      const now = clock.now();
      const today = clock.today();
      const id = await db.transaction(async (tx) => {
        await requireTraining(tx, actor.institutionId, actor.userId, "declare", today);
        const mine = await tx
          .select()
          .from(coiDeclarations)
          .where(eq(coiDeclarations.declarantUserId, actor.userId));
        if (mine.some((d) => declarationEditable(d.status as DeclarationState) || d.status === "submitted")) {
          throw new DomainError("CONFLICT", "Complete the declaration already open first");
        }
        let cycleId: string | null = null;
        if (input.trigger === "cycle") {
          const [cycle] = input.cycleId
            ? await tx
                .select()
                .from(coiCycles)
                .where(and(eq(coiCycles.id, input.cycleId), eq(coiCycles.institutionId, actor.institutionId)))
            : [];
          if (!cycle || today < cycle.opensOn || today > cycle.validUntil) {
            throw new DomainError("VALIDATION_FAILED", "No open cycle", {
              issues: [{ path: "cycleId", message: "validation.no_open_cycle" }],
            });
          }
          if (mine.some((d) => d.cycleId === cycle.id)) {
            throw new DomainError("CONFLICT", "Already declared in this cycle");
          }
          cycleId = cycle.id;
        }
        if (input.caseId) {
          await assertCasesInInstitution(tx, actor.institutionId, [input.caseId], "caseId");
        }
        const [row] = await tx
          .insert(coiDeclarations)
          .values({
            institutionId: actor.institutionId,
            declarantUserId: actor.userId,
            kind: input.trigger === "cycle" ? "periodic" : "triggered",
            trigger: input.trigger,
            cycleId,
            caseId: input.caseId,
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "coi.declaration_created",
          entityType: "coi_declaration",
          entityId: row!.id,
          after: declarationSnapshot(row!),
          at: now,
        });
        return row!.id;
      });
      return this.get(actor, id);
    },

    /** Saves the draft; interests naming a partner of the declarant's case are linked to that case. */
    async save(actor: Actor, id: string, input: z.output<typeof ZDeclarationSave>) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const before = await owned(tx, actor, id, input.version);
        if (!declarationEditable(before.status as DeclarationState)) {
          throw coiRefusal([coiReason("COI-DECL-TRANSITION", before.status)]);
        }
        const ids = input.interests.map((i) => i.interestId);
        if (new Set(ids).size !== ids.length) {
          throw new DomainError("VALIDATION_FAILED", "Duplicate interest id", {
            issues: [{ path: "interests", message: "validation.duplicate" }],
          });
        }
        await assertCasesInInstitution(
          tx,
          actor.institutionId,
          input.interests.flatMap((i) => i.relatedCaseIds),
          "interests",
        );
        await assertPartnersInInstitution(
          tx,
          actor.institutionId,
          input.interests.map((i) => i.partnerId).filter((p): p is string => Boolean(p)),
          "interests",
        );
        const myCases = await casesOf(tx, actor.institutionId, actor.userId);
        const interests = input.interests.map((i) => ({
          ...i,
          relatedCaseIds: [
            ...new Set([
              ...i.relatedCaseIds,
              ...myCases
                .filter((c) => i.partnerId !== null && c.partnerIds.includes(i.partnerId))
                .map((c) => c.id),
            ]),
          ],
        }));
        const [after] = await tx
          .update(coiDeclarations)
          .set({
            selfCheck: input.selfCheck,
            interests,
            version: before.version + 1,
            updatedAt: now.toISOString(),
          })
          .where(eq(coiDeclarations.id, id))
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "coi.declaration_saved",
          entityType: "coi_declaration",
          entityId: id,
          before: declarationSnapshot(before),
          after: declarationSnapshot(after!),
          at: now,
        });
      });
      return this.get(actor, id);
    },

    /** Attest and submit: the self-check must agree with the profile and stage 2 must be filled in. */
    async submit(actor: Actor, id: string, input: { version: number; attest: true }) {
      const now = clock.now();
      const today = clock.today();
      await db.transaction(async (tx) => {
        const before = await owned(tx, actor, id, input.version);
        const { row: profileRow, profile } = await currentProfile(tx, actor.userId);
        const sc = evaluateSelfCheck(
          before.selfCheck as SelfCheck,
          before.interests as Interest[],
          profile,
          today,
        );
        const status = transitionDeclaration({
          action: "submit",
          actor: "declarant",
          from: before.status as DeclarationState,
          attested: input.attest,
          selfCheckReasons: sc.reasons,
        });
        const [after] = await tx
          .update(coiDeclarations)
          .set({
            status,
            attestedAt: now.toISOString(),
            submittedAt: now.toISOString(),
            profileVersion: profileRow?.version ?? null,
            version: before.version + 1,
            updatedAt: now.toISOString(),
          })
          .where(eq(coiDeclarations.id, id))
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "coi.declaration_submitted",
          entityType: "coi_declaration",
          entityId: id,
          before: declarationSnapshot(before),
          after: declarationSnapshot(after!),
          at: now,
        });
        await notify(
          tx,
          {
            institutionId: actor.institutionId,
            recipients: { permission: "coi.decide" },
            kind: "coi.declaration_submitted",
            title: { ja: "利益相反申告が提出されました", en: "A COI declaration was submitted" },
            body: {
              ja: `${actor.displayName} さんの申告が委員会の審査待ちです。`,
              en: `${actor.displayName}'s declaration awaits the committee.`,
            },
            link: `/coi/declarations/${id}`,
          },
          now,
        );
      });
      return this.get(actor, id);
    },
  };
}
