import {
  applyTransition,
  CASE_ACTION_LABELS,
  CASE_STAGE_LABELS,
  CASE_TRANSITIONS,
  type CaseAction,
  type CaseEvent,
  type DomainError,
  isDomainError,
  progressReportDueDates,
  type Role,
} from "@renkei/domain";
import { and, desc, eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { caseMonitoringItems, caseQuotations, cases } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { loadCaseBundle } from "./case-facts";
import { type CaseMessage, caseLink, caseMembers, usersWithRole } from "./case-notify";
import { auditActor, type CaseChange, writeCase } from "./case-write";
import { caseActorOf } from "./cases.scope";

/** Offices told when a step that is theirs opens (the PI and case members are told of every step). */
const OFFICE_ROLES: readonly Role[] = ["legal_ip", "export_control_officer", "executive"];
const SIDE_ACTIONS: readonly CaseAction[] = ["decline", "withdraw", "revise_scheme", "revise_terms"];

/** Monitoring starts with the plan's milestones, and quarterly reports when the partner asked for them. */
async function startMonitoring(tx: Tx, actor: Actor, caseId: string, plan: unknown) {
  const p = plan as {
    startsOn: string;
    endsOn: string;
    milestones: {
      milestoneId: string;
      title: string;
      dueOn: string;
      completedOn: string | null;
      cancelled: boolean;
    }[];
  } | null;
  if (!p) {
    return;
  }
  const base = { institutionId: actor.institutionId, caseId, createdBy: actor.userId };
  const rows: (typeof caseMonitoringItems.$inferInsert)[] = p.milestones.map((m) => ({
    ...base,
    kind: "milestone",
    title: m.title,
    dueOn: m.dueOn,
    completedOn: m.completedOn,
    cancelled: m.cancelled,
    planMilestoneId: m.milestoneId,
  }));
  // seed 001 case 23 ①: quarterly URA progress reports, when the quotation was priced for them.
  const [latest] = await tx
    .select({ input: caseQuotations.input })
    .from(caseQuotations)
    .where(eq(caseQuotations.caseId, caseId))
    .orderBy(desc(caseQuotations.createdAt))
    .limit(1);
  if (
    (latest?.input as { partnerWantsQuarterlyUraReports?: boolean } | undefined)
      ?.partnerWantsQuarterlyUraReports
  ) {
    progressReportDueDates(p.startsOn, p.endsOn).forEach((dueOn, i) => {
      rows.push({
        ...base,
        kind: "progress_report",
        // Stored in Japanese for exports; readers see it in their language from kind + reportNo.
        title: `四半期進捗報告 ${i + 1}`,
        reportNo: i + 1,
        dueOn,
      });
    });
  }
  if (rows.length > 0) {
    await tx.insert(caseMonitoringItems).values(rows);
  }
}

export function createCaseTransitionService(deps: Deps) {
  async function recordRefusal(actor: Actor, caseId: string, action: CaseAction, err: DomainError) {
    // The refusal itself is a decision worth keeping for an inspection (who tried what, and why not).
    await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .select({ stage: cases.stage })
        .from(cases)
        .where(and(eq(cases.id, caseId), eq(cases.institutionId, actor.institutionId)));
      await appendAudit(tx, {
        institutionId: actor.institutionId,
        actor: auditActor(actor),
        action: "case.transition_refused",
        entityType: "case",
        entityId: caseId,
        after: { action, stage: row?.stage ?? null, reasons: err.details?.reasons ?? [] },
        at: deps.clock.now(),
      });
    });
  }

  return {
    async transition(actor: Actor, caseId: string, action: CaseAction, note: string | undefined) {
      try {
        return await writeCase(
          deps,
          actor,
          caseId,
          { access: "read", section: null },
          async ({ tx, row, membership, settings, today, now }) => {
            const bundle = await loadCaseBundle(tx, actor.institutionId, row, settings.policy, today);
            const result = applyTransition(
              bundle.facts,
              action,
              caseActorOf(actor),
              today,
              note === undefined ? {} : { note },
              settings.policy,
            );
            const update = Object.assign({}, ...result.events.map((e) => eventUpdate(e, now))) as CaseUpdate;
            if (Object.keys(update).length > 0) {
              await tx.update(cases).set(update).where(eq(cases.id, row.id));
            }
            if (result.events.some((e) => e.type === "case.monitoring_started")) {
              const plan = bundle.records.find((r) => r.section === "research_plan")?.data ?? null;
              await startMonitoring(tx, actor, row.id, plan);
            }
            const changes: CaseChange[] = result.events.map((e) => ({ action: e.type, after: e }));
            const messages: CaseMessage[] = [];
            if (result.next !== row.stage) {
              const label = CASE_ACTION_LABELS[action];
              const to = CASE_STAGE_LABELS[result.next];
              // The offices whose step opens now (forward steps only: not decline, withdraw or revisions).
              const nextRoles = CASE_TRANSITIONS.filter(
                (t) => t.from.includes(result.next) && t.to !== null && !SIDE_ACTIONS.includes(t.action),
              ).flatMap((t) => t.roles.filter((r) => OFFICE_ROLES.includes(r)));
              const office: string[] = [];
              for (const role of new Set(nextRoles)) {
                office.push(...(await usersWithRole(tx, actor.institutionId, role)));
              }
              const userIds = [...new Set([...caseMembers(membership, actor.userId), ...office])].filter(
                (u) => u !== actor.userId,
              );
              messages.push({
                userIds,
                kind: "case.stage_changed",
                title: { ja: `${row.ref} ${row.title}: ${to.ja}`, en: `${row.ref} ${row.title}: ${to.en}` },
                body: {
                  ja: `${actor.displayName} さんが「${label.ja}」を行い、案件は「${to.ja}」に進みました。${note ? `\n\n${note}` : ""}`,
                  en: `${actor.displayName} performed "${label.en}"; the case moved to "${to.en}".${note ? `\n\n${note}` : ""}`,
                },
                link: caseLink(row.id),
              });
            }
            return {
              result: { stage: result.next, events: result.events.map((e) => e.type) },
              changes,
              messages,
            };
          },
        );
      } catch (err) {
        if (isDomainError(err) && err.code === "RULE_VIOLATION") {
          await recordRefusal(actor, caseId, action, err);
        }
        throw err;
      }
    },
  };
}

type CaseUpdate = Partial<typeof cases.$inferInsert>;

/** The column changes an event makes; applied in one UPDATE (the CHECK wants signed date and stage together). */
function eventUpdate(event: CaseEvent, now: Date): CaseUpdate {
  switch (event.type) {
    case "case.stage_changed":
      return { stage: event.to, stageEnteredAt: now.toISOString() };
    case "case.high_risk_approved":
      return {
        highRiskApprovedBy: event.actorUserId,
        highRiskApprovedOn: event.on,
        highRiskNote: event.note,
      };
    case "case.contract_signed":
      return { contractSignedOn: event.on };
    case "case.monitoring_started":
    case "case.obligations_survive":
      // Monitoring rows are created separately; surviving obligations are kept in the audit log.
      return {};
  }
}
