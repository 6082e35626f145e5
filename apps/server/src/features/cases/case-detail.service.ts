import type { TCaseDetail, TCaseHistory, TDueDiligence } from "@renkei/contract";
import {
  assessCaseRisk,
  availableActions,
  CASE_SECTIONS,
  type CaseSection,
  type CaseStage,
  canEditCase,
  caseBlockers,
  DomainError,
  detectOverdue,
  evaluateCaseTerms,
  evaluateNationalProject,
  ndaCovering,
  sectionEditReasons,
} from "@renkei/domain";
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import {
  auditEvents,
  caseDisclosures,
  caseDocuments,
  caseQuotations,
  caseStageRecords,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { isoInstant } from "../../lib/iso";
import { caseCoiOutcome } from "../coi/coi-views";
import { type CaseSecretsView, caseSecretsView, withoutHiddenEvents } from "../secrets/case-secrets";
import { exportReviewsView } from "./case-export-coverage";
import { loadCaseBundle } from "./case-facts";
import { toMonitoringItems } from "./case-monitoring";
import { settingsOf } from "./case-settings";
import { type CaseRow, findCaseWithContext, loadCaseWork } from "./cases.repo";
import { caseActorOf, checkCaseAccess, viewerOf } from "./cases.scope";

/** The case page and its history: stored facts in, the domain's decisions and explanations out. */

export async function caseHistory(
  db: DbOrTx,
  institutionId: string,
  caseId: string,
  opts: { before?: number | undefined; limit: number },
): Promise<TCaseHistory> {
  const conds: SQL[] = [
    eq(auditEvents.institutionId, institutionId),
    eq(auditEvents.entityType, "case"),
    eq(auditEvents.entityId, caseId),
  ];
  if (opts.before !== undefined) {
    conds.push(lt(auditEvents.seq, opts.before));
  }
  const rows = await db
    .select({
      seq: auditEvents.seq,
      at: auditEvents.at,
      actorLabel: auditEvents.actorLabel,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .where(and(...conds))
    .orderBy(desc(auditEvents.seq))
    .limit(opts.limit + 1);
  const items = rows.slice(0, opts.limit);
  return { items, nextBefore: rows.length > opts.limit ? (items.at(-1)?.seq ?? null) : null };
}

export function createCaseDetailService(deps: Deps) {
  const { db, clock } = deps;

  async function loadVisible(actor: Actor, caseId: string) {
    const found = await findCaseWithContext(db, actor.institutionId, caseId);
    if (!found) {
      throw new DomainError("NOT_FOUND", "Case not found");
    }
    const membership = checkCaseAccess(
      actor,
      {
        piUserId: found.row.piUserId,
        createdBy: found.row.createdBy,
        participantUserIds: found.participantUserIds,
        departmentIds: found.row.departmentIds,
      },
      "read",
    );
    return { row: found.row, membership, settings: settingsOf(found.settings) };
  }

  /**
   * What of the case's confidential items the actor may see (issue 12: one access decision on every
   * read path). For the history and the PDF, which do not load the whole case page.
   */
  async function secretsOf(actor: Actor, row: CaseRow): Promise<CaseSecretsView> {
    const [documents, disclosures, scheme] = await Promise.all([
      db
        .select({ id: caseDocuments.id, uploadedBy: caseDocuments.uploadedBy })
        .from(caseDocuments)
        .where(eq(caseDocuments.caseId, row.id)),
      db
        .select({
          id: caseDisclosures.id,
          itemId: caseDisclosures.itemId,
          partnerId: caseDisclosures.partnerId,
          recordedBy: caseDisclosures.recordedBy,
        })
        .from(caseDisclosures)
        .where(eq(caseDisclosures.caseId, row.id)),
      db
        .select({ data: caseStageRecords.data })
        .from(caseStageRecords)
        .where(and(eq(caseStageRecords.caseId, row.id), eq(caseStageRecords.section, "scheme"))),
    ]);
    return caseSecretsView(db, actor, row, {
      documents,
      disclosures,
      planItems: planItemsOf(scheme[0]?.data),
    });
  }

  return {
    loadVisible,
    secretsOf,

    async get(actor: Actor, caseId: string): Promise<TCaseDetail> {
      const { row, membership, settings } = await loadVisible(actor, caseId);
      const today = clock.today();
      const [bundle, work] = await Promise.all([
        loadCaseBundle(db, actor.institutionId, row, settings.policy, today),
        loadCaseWork(db, actor.institutionId, row, 30),
      ]);
      const facts = bundle.facts;
      const { tasks, comments, quotations, departments: depts } = work;
      const secrets = await caseSecretsView(db, actor, row, {
        documents: work.documents,
        disclosures: work.disclosures,
        planItems: facts.scheme?.disclosurePlan ?? [],
      });
      const documents = work.documents.flatMap((d) => {
        const s = secrets.documents.get(d.id);
        return s ? [{ ...d, level: s.level, access: s.access }] : [];
      });
      const disclosures = work.disclosures.filter((d) => secrets.disclosureIds.has(d.id));
      const who = new Map(work.names.map((u) => [u.id, u.n]));
      const ref = (id: string | null) => (id ? { id, displayName: who.get(id) ?? "?" } : null);
      const risk = assessCaseRisk(facts, today, settings.policy);
      const stage = row.stage as CaseStage;
      const canEdit = actor.can("case.edit") && canEditCase(viewerOf(actor), membership);
      const partnerRisk = new Map(risk.partners.map((p) => [p.partnerId, p]));
      return {
        id: row.id,
        ref: row.ref,
        version: row.version,
        kind: facts.kind,
        title: row.title,
        summary: row.summary,
        stage,
        stageEnteredAt: isoInstant(row.stageEnteredAt),
        pi: ref(row.piUserId),
        createdBy: ref(row.createdBy),
        createdAt: isoInstant(row.createdAt),
        updatedAt: isoInstant(row.updatedAt),
        departments: depts.map((d) => ({ id: d.id, nameJa: d.nameJa, nameEn: d.nameEn })),
        field: facts.field,
        bayhDole: facts.bayhDole,
        contractSignedOn: row.contractSignedOn,
        coi: caseCoiOutcome(facts.coi, today),
        highRiskApproval:
          row.highRiskApprovedOn && row.highRiskApprovedBy
            ? {
                approvedBy: ref(row.highRiskApprovedBy),
                approvedOn: row.highRiskApprovedOn,
                note: row.highRiskNote,
              }
            : null,
        permissions: {
          edit: canEdit,
          transition: actor.can("case.transition"),
          collaborate: actor.can("case.collaborate"),
        },
        actions: availableActions(facts, caseActorOf(actor), today, settings.policy),
        blockers: caseBlockers(facts, today, settings.policy),
        sections: Object.fromEntries(
          CASE_SECTIONS.map((s: CaseSection) => [s, sectionEditReasons(stage, s)]),
        ) as TCaseDetail["sections"],
        partners: bundle.partners.map((p) => {
          const f = facts.partners.find((x) => x.partnerId === p.partnerId)!;
          const s = bundle.screening.get(`partner:${p.partnerId}`);
          return {
            partnerId: p.partnerId,
            name: p.legalName,
            nameEn: p.nameEn,
            country: p.country,
            foreignGovControl: p.foreignGovControl,
            stateOwned: p.stateOwned,
            credit: f.credit,
            screening: {
              status: f.screening.status,
              source: s?.source ?? "registry",
              matchedLists: f.screening.matchedLists,
            },
            destinationGroup: f.destination.group,
            sectors: p.sectors,
            competitorIds: p.competitorIds,
            dueDiligence: p.dueDiligence as TDueDiligence,
            riskLevel: partnerRisk.get(p.partnerId)?.level ?? "low",
            riskReasons: partnerRisk.get(p.partnerId)?.reasons ?? [],
          };
        }),
        participants: bundle.participants.map((p) => {
          const f = facts.participants.find((x) => x.participantId === p.id)!;
          const s = bundle.screening.get(`participant:${p.id}`);
          const source = s?.source ?? "registry";
          return {
            id: p.id,
            kind: f.kind,
            userId: p.userId,
            personId: p.personId,
            name: p.name,
            roleOnCase: p.roleOnCase,
            informedConsentOn: p.informedConsentOn,
            pledgeOn: p.pledgeOn,
            employedByInstitution: p.employedByInstitution,
            visitorId: p.visitorId,
            receivesControlledTech: p.receivesControlledTech,
            intake: f.intake ?? null,
            screening: { status: f.screening.status, source, matchedLists: f.screening.matchedLists },
          };
        }),
        funding: bundle.funding.map((f) => ({
          id: f.id,
          kind: f.kind as TCaseDetail["funding"][number]["kind"],
          funder: f.funder,
          bayhDole: f.bayhDole,
          restrictsForeignCollaboration: f.restrictsForeignCollaboration,
        })),
        ndas: bundle.ndas.map((n) => ({
          id: n.id,
          partnerIds: n.partnerIds,
          signedOn: n.signedOn,
          expiresOn: n.expiresOn,
          terminated: n.terminated,
          scope: n.scope as TCaseDetail["ndas"][number]["scope"],
          documentId: n.documentId,
          note: n.note,
          current: n.partnerIds.some((p) => ndaCovering(facts.ndas, p, today)?.ndaId === n.id),
        })),
        waivers: bundle.waivers.map((w) => ({
          id: w.id,
          flag: w.flag as TCaseDetail["waivers"][number]["flag"],
          approvedBy: ref(w.approvedBy),
          approvedByRole: w.approvedByRole,
          justification: w.justification,
          createdAt: isoInstant(w.createdAt),
        })),
        records: Object.fromEntries(
          bundle.records.map((r) => [
            r.section,
            {
              data: r.section === "scheme" ? withVisiblePlan(r.data, secrets) : r.data,
              updatedAt: isoInstant(r.updatedAt),
              updatedBy: ref(r.updatedBy),
            },
          ]),
        ),
        exportReview: bundle.exportReview
          ? {
              reviewId: bundle.exportReview.reviewId,
              refNo: bundle.exportReview.refNo,
              title: bundle.exportReview.title,
              status: bundle.exportReview.status,
              engineOutcome: bundle.exportReview.outcome,
              decision: bundle.exportReview.decision,
              decidedAt: bundle.exportReview.decidedAt,
              outcome: facts.exportReview?.outcome ?? null,
            }
          : null,
        ...exportReviewsView(bundle, facts, settings.policy),
        risk: { level: risk.outcome, rated: risk.rated, reasons: risk.reasons, missing: risk.missing },
        internalCheck: bundle.records.find((r) => r.section === "internal_check")?.data ?? null,
        contractTerms: evaluateCaseTerms(facts, settings.policy),
        nationalProject: facts.nationalProject ? evaluateNationalProject(facts.nationalProject) : null,
        disclosures: disclosures.map((d) => ({
          id: d.id,
          itemId: d.itemId,
          partnerId: d.partnerId,
          disclosedOn: d.disclosedOn,
          note: d.note,
          recordedBy: ref(d.recordedBy),
        })),
        tasks: tasks.map((t) => ({
          id: t.id,
          title: t.title,
          detail: t.detail,
          assignee: ref(t.assigneeId),
          dueOn: t.dueOn,
          done: t.doneAt !== null,
          doneAt: t.doneAt ? isoInstant(t.doneAt) : null,
          overdue: t.doneAt === null && t.dueOn !== null && t.dueOn < today,
          createdAt: isoInstant(t.createdAt),
        })),
        comments: comments.map((c) => ({
          id: c.id,
          author: ref(c.authorId),
          body: c.body,
          createdAt: isoInstant(c.createdAt),
        })),
        documents: documents.map((d) => ({
          ...d,
          uploadedAt: isoInstant(d.uploadedAt),
          uploadedBy: ref(d.uploadedBy),
        })),
        monitoring: {
          items: bundle.monitoring.map((m) => ({
            id: m.id,
            kind: m.kind as TCaseDetail["monitoring"]["items"][number]["kind"],
            title: m.title,
            dueOn: m.dueOn,
            completedOn: m.completedOn,
            cancelled: m.cancelled,
            visitorName: m.visitorName,
            minutes: m.minutes,
            planMilestoneId: m.planMilestoneId,
            reportNo: m.reportNo ?? null,
          })),
          alerts: detectOverdue(toMonitoringItems(bundle.monitoring), today, settings.monitoringPolicy).map(
            (a) => ({
              itemId: a.itemId,
              kind: a.kind,
              status: a.status,
              dueOn: a.dueOn,
              daysOverdue: a.daysOverdue,
              reason: a.reason,
            }),
          ),
        },
        quotations: quotations.map((q) => {
          const input = q.input as { partnerName: string; issuedOn: string };
          return {
            id: q.id,
            partnerName: input.partnerName,
            issuedOn: input.issuedOn,
            totalYen: Number(q.totalYen),
            createdAt: isoInstant(q.createdAt),
          };
        }),
        secretsHidden: secrets.hidden,
        history: withoutHiddenEvents(work.history, secrets).map((h) => ({
          seq: h.seq,
          at: h.at,
          actorLabel: h.actorLabel,
          action: h.action,
          after: h.after,
        })),
      };
    },

    async history(actor: Actor, caseId: string, opts: { before?: number | undefined; limit: number }) {
      const { row } = await loadVisible(actor, caseId);
      const [page, secrets] = await Promise.all([
        caseHistory(db, actor.institutionId, caseId, opts),
        secretsOf(actor, row),
      ]);
      return { ...page, items: withoutHiddenEvents(page.items, secrets) };
    },

    /** The stored quotation of a case, rebuilt with the rates it was computed with. */
    async quotation(actor: Actor, caseId: string, quotationId: string) {
      await loadVisible(actor, caseId);
      const [q] = await db
        .select()
        .from(caseQuotations)
        .where(and(eq(caseQuotations.caseId, caseId), eq(caseQuotations.id, quotationId)));
      if (!q) {
        throw new DomainError("NOT_FOUND", "Quotation not found");
      }
      return q;
    },
  };
}

/** The disclosure plan's items with their levels, from the stored scheme record. */
function planItemsOf(data: unknown): { itemId: string; level: number; timing: string }[] {
  type Raw = { itemId?: unknown; level?: unknown; timing?: unknown };
  const plan = (data as { disclosurePlan?: Raw[] } | undefined)?.disclosurePlan;
  return Array.isArray(plan)
    ? plan.map((p) => ({
        itemId: String(p.itemId),
        level: typeof p.level === "number" ? p.level : 1,
        timing: String(p.timing),
      }))
    : [];
}

/** The scheme record with only the plan items the viewer may see (a plan item's text is the secret). */
function withVisiblePlan(data: unknown, secrets: CaseSecretsView): unknown {
  const d = data as { disclosurePlan?: { itemId: string }[] };
  if (!Array.isArray(d?.disclosurePlan)) {
    return data;
  }
  return { ...d, disclosurePlan: d.disclosurePlan.filter((p) => !secrets.hiddenPlanItemIds.has(p.itemId)) };
}
