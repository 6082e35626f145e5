import { z } from "zod";
import { addDays, addMonths, compareDates, type IsoDate } from "../shared/dates";
import { type Bilingual, type Reason, reason } from "../shared/decision";
import type { Role } from "../shared/roles";
import { ZCaseDate, ZMilestone } from "./stage-schemas";

/**
 * Monitoring of an active case (seed 001 §IV.3: minutes of meetings, progress; visits by dispatched
 * researchers handled by the institution's rules; case 28: foreign partners judge milestones strictly).
 */

export const ZMonitoringItems = z.object({
  meetings: z.array(
    z.object({ meetingId: z.string(), heldOn: ZCaseDate, minutesRecordedOn: ZCaseDate.nullable() }),
  ),
  milestones: z.array(ZMilestone),
  progressReports: z.array(
    z.object({ reportId: z.string(), dueOn: ZCaseDate, submittedOn: ZCaseDate.nullable() }),
  ),
  visits: z.array(
    z.object({
      visitId: z.string(),
      visitorName: z.string(),
      arrivesOn: ZCaseDate,
      /** The institution's acceptance procedure (受入手続, incl. export-control check) is complete. */
      acceptanceApprovedOn: ZCaseDate.nullable(),
    }),
  ),
});
export type MonitoringItems = z.infer<typeof ZMonitoringItems>;

export interface MonitoringPolicy {
  /** Days after a meeting by which its minutes are due. */
  minutesDueDays: number;
  /** Days before a due date from which an item is reported as due soon. */
  dueSoonDays: number;
  /** Days overdue after which the department head is told as well. */
  escalateAfterDays: number;
}

export const DEFAULT_MONITORING_POLICY: MonitoringPolicy = {
  minutesDueDays: 14,
  dueSoonDays: 7,
  escalateAfterDays: 30,
};

export type MonitoringItemKind = "minutes" | "milestone" | "progress_report" | "visit";

export interface MonitoringAlert {
  kind: MonitoringItemKind;
  itemId: string;
  status: "overdue" | "due_soon";
  dueOn: IsoDate;
  /** Days past the due date (0 on the due date itself is not overdue); negative = days left. */
  daysOverdue: number;
  /** Who is told: the coordinator always, the PI, and the department head once escalated. */
  notify: Role[];
  reason: Reason;
}

/** Whole days from `a` to `b` (b − a). */
function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Quarterly (or every `everyMonths`) progress-report due dates within the period (seed 001 case 23 ①). */
export function progressReportDueDates(startsOn: IsoDate, endsOn: IsoDate, everyMonths = 3): IsoDate[] {
  const out: IsoDate[] = [];
  for (let k = 1; ; k++) {
    const due = addMonths(startsOn, k * everyMonths);
    if (compareDates(due, endsOn) > 0) {
      return out;
    }
    out.push(due);
  }
}

interface Pending {
  kind: MonitoringItemKind;
  itemId: string;
  dueOn: IsoDate;
  ruleId: string;
  sourceId: string;
  text: Bilingual;
}

function pendingItems(items: MonitoringItems, policy: MonitoringPolicy): Pending[] {
  return [
    ...items.meetings
      .filter((m) => m.minutesRecordedOn === null)
      .map((m) => ({
        kind: "minutes" as const,
        itemId: m.meetingId,
        dueOn: addDays(m.heldOn, policy.minutesDueDays),
        ruleId: "MON-MINUTES",
        sourceId: "seed001§IV.3",
        text: { ja: `${m.heldOn} の会合の議事概要が未作成`, en: `No minutes of the meeting on ${m.heldOn}` },
      })),
    ...items.milestones
      .filter((m) => m.completedOn === null && !m.cancelled)
      .map((m) => ({
        kind: "milestone" as const,
        itemId: m.milestoneId,
        dueOn: m.dueOn,
        ruleId: "MON-MILESTONE",
        sourceId: "seed001§V.case28",
        text: { ja: `マイルストーン「${m.title}」が未達`, en: `Milestone “${m.title}” not reached` },
      })),
    ...items.progressReports
      .filter((r) => r.submittedOn === null)
      .map((r) => ({
        kind: "progress_report" as const,
        itemId: r.reportId,
        dueOn: r.dueOn,
        ruleId: "MON-REPORT",
        sourceId: "seed001§IV.3",
        text: { ja: "進捗報告が未提出", en: "Progress report not submitted" },
      })),
    ...items.visits
      .filter((v) => v.acceptanceApprovedOn === null)
      .map((v) => ({
        kind: "visit" as const,
        itemId: v.visitId,
        dueOn: v.arrivesOn,
        ruleId: "MON-VISIT",
        sourceId: "seed001§IV.3",
        text: {
          ja: `派遣研究員 ${v.visitorName} の受入手続が未了（来訪 ${v.arrivesOn}）`,
          en: `Intake of visiting researcher ${v.visitorName} not finished (arrives ${v.arrivesOn})`,
        },
      })),
  ];
}

/**
 * Overdue and due-soon monitoring items as of `today`, oldest due date first. An item is overdue the
 * day after its due date; due soon within `dueSoonDays` before it. Every alert goes to the coordinator
 * and the PI; past `escalateAfterDays` also to the department head (case 28: guide the researcher).
 */
export function detectOverdue(
  items: MonitoringItems,
  today: IsoDate,
  policy: MonitoringPolicy = DEFAULT_MONITORING_POLICY,
): MonitoringAlert[] {
  const alerts: MonitoringAlert[] = [];
  for (const p of pendingItems(items, policy)) {
    const daysOverdue = daysBetween(p.dueOn, today);
    if (daysOverdue < -policy.dueSoonDays) {
      continue;
    }
    const status = daysOverdue > 0 ? "overdue" : "due_soon";
    const notify: Role[] = ["coordinator", "researcher"];
    if (daysOverdue > policy.escalateAfterDays) {
      notify.push("department_head");
    }
    const when =
      status === "overdue"
        ? { ja: `期限 ${p.dueOn} を ${daysOverdue} 日超過`, en: `${daysOverdue} days past ${p.dueOn}` }
        : { ja: `期限 ${p.dueOn}`, en: `due ${p.dueOn}` };
    alerts.push({
      kind: p.kind,
      itemId: p.itemId,
      status,
      dueOn: p.dueOn,
      daysOverdue,
      notify,
      reason: reason(p.ruleId, p.sourceId, `${p.text.ja}（${when.ja}）`, `${p.text.en} (${when.en})`),
    });
  }
  return alerts.sort((a, b) => compareDates(a.dueOn, b.dueOn) || a.itemId.localeCompare(b.itemId));
}
