import type { ZCycleInput, ZInstitutionalDecisionInput, ZRegisterInput } from "@renkei/contract";
import { DomainError, type InstitutionalCoiKind, institutionalCoiMatches } from "@renkei/domain";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import {
  casePartners,
  cases,
  coiCycles,
  coiInstitutionalDecisions,
  coiManagementPlans,
  coiRegister,
  partners,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { notify } from "../notifications/notify";
import { assertCasesInInstitution, assertPartnersInInstitution, auditActor } from "./coi-store";

/**
 * The committee's own records: declaration cycles (seed 000 periodic declarations), plan monitoring,
 * and the institutional COI register with the cases it flags (seed 003 TMDU 組織としての利益相反).
 */
export function createCoiAdminService(deps: Deps) {
  const { db, clock } = deps;

  return {
    async cycles(actor: Actor) {
      return db
        .select({
          id: coiCycles.id,
          title: coiCycles.title,
          opensOn: coiCycles.opensOn,
          dueOn: coiCycles.dueOn,
          validUntil: coiCycles.validUntil,
        })
        .from(coiCycles)
        .where(eq(coiCycles.institutionId, actor.institutionId))
        .orderBy(desc(coiCycles.opensOn));
    },

    /** Opens a cycle; every researcher is told to declare by the due date. */
    async openCycle(actor: Actor, input: z.output<typeof ZCycleInput>) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(coiCycles)
          .values({ institutionId: actor.institutionId, ...input, openedBy: actor.userId })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "coi.cycle_opened",
          entityType: "coi_cycle",
          entityId: row!.id,
          after: row,
          at: now,
        });
        await notify(
          tx,
          {
            institutionId: actor.institutionId,
            recipients: { permission: "coi.declare" },
            kind: "coi.cycle_opened",
            title: {
              ja: `定期の利益相反申告「${input.title}」が始まりました`,
              en: `The periodic COI declaration "${input.title}" has opened`,
            },
            body: { ja: `${input.dueOn} までに申告してください。`, en: `Please declare by ${input.dueOn}.` },
            link: "/coi",
          },
          now,
        );
        return { id: row!.id };
      });
    },

    /** The monitor (or the committee) records a follow-up: notes, the next date, or closes the plan. */
    async monitorPlan(
      actor: Actor,
      planId: string,
      input: { version: number; notes: string; nextMonitoringOn: string | null; close: boolean },
    ) {
      const now = clock.now();
      const today = clock.today();
      await db.transaction(async (tx) => {
        const [plan] = await tx
          .select()
          .from(coiManagementPlans)
          .where(
            and(eq(coiManagementPlans.id, planId), eq(coiManagementPlans.institutionId, actor.institutionId)),
          );
        if (!plan) {
          throw new DomainError("NOT_FOUND", "Plan not found");
        }
        if (!actor.can("coi.decide") && plan.monitorUserId !== actor.userId) {
          throw new DomainError("FORBIDDEN", "Only the committee or the plan's monitor");
        }
        if (plan.version !== input.version) {
          throw new DomainError("CONFLICT", "The plan changed since it was read");
        }
        if (!input.close && (input.nextMonitoringOn === null || input.nextMonitoringOn <= today)) {
          throw new DomainError("VALIDATION_FAILED", "The next monitoring date must be in the future", {
            issues: [{ path: "nextMonitoringOn", message: "validation.future_date" }],
          });
        }
        const [after] = await tx
          .update(coiManagementPlans)
          .set({
            lastMonitoredOn: today,
            monitoringNotes: input.notes,
            monitoringOn: input.nextMonitoringOn ?? plan.monitoringOn,
            status: input.close ? "closed" : "active",
            remindersSent: [],
            version: plan.version + 1,
            updatedAt: now.toISOString(),
          })
          .where(eq(coiManagementPlans.id, planId))
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "coi.plan_monitored",
          entityType: "coi_plan",
          entityId: planId,
          before: plan,
          after,
          at: now,
        });
      });
    },

    async register(actor: Actor) {
      const rows = await db
        .select({ r: coiRegister, partnerName: partners.legalName })
        .from(coiRegister)
        .leftJoin(partners, eq(partners.id, coiRegister.partnerId))
        .where(eq(coiRegister.institutionId, actor.institutionId))
        .orderBy(desc(coiRegister.fromOn));
      return rows.map(({ r, partnerName }) => ({
        id: r.id,
        kind: r.kind as InstitutionalCoiKind,
        entityName: r.entityName,
        partnerId: r.partnerId,
        partnerName,
        amountBand: r.amountBand as "none",
        fromOn: r.fromOn,
        untilOn: r.untilOn,
        notes: r.notes,
      }));
    },

    async addRegisterEntry(actor: Actor, input: z.output<typeof ZRegisterInput>) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        if (input.partnerId) {
          await assertPartnersInInstitution(tx, actor.institutionId, [input.partnerId], "partnerId");
        }
        const [row] = await tx
          .insert(coiRegister)
          .values({ institutionId: actor.institutionId, ...input, createdBy: actor.userId })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "coi.register_changed",
          entityType: "coi_register",
          entityId: row!.id,
          after: row,
          at: now,
        });
        return { id: row!.id };
      });
    },

    /** Cases whose partners touch the register, with the committee's decision (latest) if any. */
    async flaggedCases(actor: Actor) {
      const today = clock.today();
      const register = await db
        .select()
        .from(coiRegister)
        .where(eq(coiRegister.institutionId, actor.institutionId));
      if (register.length === 0) {
        return [];
      }
      const links = await db
        .select({ caseId: cases.id, title: cases.title, partnerId: partners.id, name: partners.legalName })
        .from(casePartners)
        .innerJoin(cases, eq(cases.id, casePartners.caseId))
        .innerJoin(partners, eq(partners.id, casePartners.partnerId))
        .where(eq(cases.institutionId, actor.institutionId));
      const entries = register.map((r) => ({
        entryId: r.id,
        kind: r.kind as InstitutionalCoiKind,
        entityName: r.entityName,
        partnerId: r.partnerId,
        from: r.fromOn,
        until: r.untilOn,
      }));
      const byCase = new Map<string, { title: string; partners: { partnerId: string; name: string }[] }>();
      for (const l of links) {
        const c = byCase.get(l.caseId) ?? { title: l.title, partners: [] };
        c.partners.push({ partnerId: l.partnerId, name: l.name });
        byCase.set(l.caseId, c);
      }
      const flagged = [...byCase.entries()]
        .map(([caseId, c]) => ({
          caseId,
          title: c.title,
          matches: institutionalCoiMatches(c.partners, entries, today),
        }))
        .filter((c) => c.matches.length > 0);
      const decisions = flagged.length
        ? await db
            .select()
            .from(coiInstitutionalDecisions)
            .where(
              inArray(
                coiInstitutionalDecisions.caseId,
                flagged.map((f) => f.caseId),
              ),
            )
            .orderBy(desc(coiInstitutionalDecisions.decidedAt))
        : [];
      return flagged.map((f) => ({
        caseId: f.caseId,
        title: f.title,
        matches: f.matches.map((m) => m.label),
        decision:
          (decisions.find((d) => d.caseId === f.caseId)?.outcome as "no_conflict" | undefined) ?? null,
      }));
    },

    async decideInstitutional(
      actor: Actor,
      caseId: string,
      input: z.output<typeof ZInstitutionalDecisionInput>,
    ) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        await assertCasesInInstitution(tx, actor.institutionId, [caseId], "caseId");
        const [row] = await tx
          .insert(coiInstitutionalDecisions)
          .values({
            institutionId: actor.institutionId,
            caseId,
            outcome: input.outcome,
            notes: input.reason,
            decidedBy: actor.userId,
          })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "coi.institutional_decided",
          entityType: "case",
          entityId: caseId,
          after: row,
          at: now,
        });
      });
    },
  };
}
