import { z } from "zod";
import { reason as bilingualReason } from "../shared/decision";
import type { SecretReason } from "./secret-access";
import type { LeakageRule, SecretLogAction } from "./secret-types";
import type { CompetitorPair } from "./secret-walls";

/**
 * Leakage detection over the access log (issue 12 item 6; seed-coverage H8; seed 000 §3-2 監視活動).
 * Each rule is a pure function of the events, the people's case facts and the institution's thresholds;
 * an alert names the events behind it and carries a `key`, so running the job again raises nothing new.
 */

export const ZLeakagePolicy = z.object({
  bulkDownload: z.object({
    count: z.number().int().min(2).max(1000),
    windowMinutes: z.number().int().min(1).max(1440),
  }),
  workingHours: z.object({
    startHour: z.number().int().min(0).max(23),
    endHour: z.number().int().min(1).max(24),
    weekdaysOnly: z.boolean(),
    /** Offset of local time from UTC in minutes (Japan: 540). */
    utcOffsetMinutes: z.number().int().min(-720).max(840),
    /** Only items of this level or higher count. */
    minLevel: z.number().int().min(0).max(3),
  }),
  beforeEnd: z.object({
    days: z.number().int().min(1).max(180),
    minEvents: z.number().int().min(1).max(1000),
  }),
  repeatedRefusals: z.object({
    count: z.number().int().min(2).max(1000),
    windowMinutes: z.number().int().min(1).max(1440),
  }),
});
export type LeakagePolicy = z.infer<typeof ZLeakagePolicy>;

export const DEFAULT_LEAKAGE_POLICY: LeakagePolicy = {
  bulkDownload: { count: 10, windowMinutes: 10 },
  workingHours: { startHour: 7, endHour: 22, weekdaysOnly: true, utcOffsetMinutes: 540, minLevel: 2 },
  beforeEnd: { days: 14, minEvents: 5 },
  repeatedRefusals: { count: 5, windowMinutes: 60 },
};

export interface AccessEvent {
  id: string;
  userId: string;
  /** ISO instant. */
  at: string;
  action: SecretLogAction;
  itemId: string | null;
  caseId: string | null;
  partnerId: string | null;
  level: number;
}

/** Per user and case: when they left it (grants ended) and their planned end date on it. */
export interface ParticipationFacts {
  userId: string;
  caseId: string;
  leftAt: string | null;
  endsOn: string | null;
}

export interface LeakageAlert {
  rule: LeakageRule;
  userId: string;
  key: string;
  eventIds: string[];
  reasons: SecretReason[];
}

export interface LeakageInput {
  events: readonly AccessEvent[];
  participation: readonly ParticipationFacts[];
  competitors: readonly CompetitorPair[];
  policy: LeakagePolicy;
}

const reason = (ruleId: string, text: string, textEn: string): SecretReason =>
  bilingualReason(ruleId, "seed000§3-2", text, textEn);

function byUser(events: readonly AccessEvent[]): Map<string, AccessEvent[]> {
  const m = new Map<string, AccessEvent[]>();
  for (const e of [...events].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))) {
    m.set(e.userId, [...(m.get(e.userId) ?? []), e]);
  }
  return m;
}

/** The first run of `count` events within `minutes` (sliding window), with every event in that run. */
function burst(events: AccessEvent[], count: number, minutes: number): AccessEvent[] | null {
  const span = minutes * 60_000;
  for (let i = 0; i + count - 1 < events.length; i++) {
    const start = Date.parse(events[i]!.at);
    if (Date.parse(events[i + count - 1]!.at) - start <= span) {
      let j = i + count;
      while (j < events.length && Date.parse(events[j]!.at) - start <= span) {
        j++;
      }
      return events.slice(i, j);
    }
  }
  return null;
}

type RuleFn = (input: LeakageInput) => LeakageAlert[];

const bulkDownload: RuleFn = ({ events, policy }) => {
  const { count, windowMinutes } = policy.bulkDownload;
  return [...byUser(events.filter((e) => e.action === "download"))].flatMap(([userId, evs]) => {
    const run = burst(evs, count, windowMinutes);
    return run
      ? [
          {
            rule: "bulk_download" as const,
            userId,
            key: `bulk_download:${userId}:${run[0]!.id}`,
            eventIds: run.map((e) => e.id),
            reasons: [
              reason(
                "LEAK-BULK",
                `${windowMinutes}分以内に${run.length}件のダウンロード（閾値 ${count}件）`,
                `${run.length} downloads within ${windowMinutes} minutes (threshold ${count})`,
              ),
            ],
          },
        ]
      : [];
  });
};

const offHours: RuleFn = ({ events, policy }) => {
  const w = policy.workingHours;
  const out = new Map<string, LeakageAlert>();
  for (const e of events) {
    if (e.action === "refused" || e.level < w.minLevel) {
      continue;
    }
    const local = new Date(Date.parse(e.at) + w.utcOffsetMinutes * 60_000);
    const hour = local.getUTCHours();
    const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6;
    if (hour >= w.startHour && hour < w.endHour && !(w.weekdaysOnly && weekend)) {
      continue;
    }
    const dayKey = local.toISOString().slice(0, 10);
    const key = `off_hours:${e.userId}:${dayKey}`;
    const a = out.get(key) ?? {
      rule: "off_hours" as const,
      userId: e.userId,
      key,
      eventIds: [],
      reasons: [
        reason(
          "LEAK-OFF-HOURS",
          `${dayKey} 勤務時間外（${w.startHour}時〜${w.endHour}時${w.weekdaysOnly ? "、平日" : ""}以外）のアクセス`,
          `Access on ${dayKey} outside working hours (${w.startHour}:00–${w.endHour}:00${w.weekdaysOnly ? ", weekdays" : ""})`,
        ),
      ],
    };
    a.eventIds.push(e.id);
    out.set(key, a);
  }
  return [...out.values()];
};

const afterLeaving: RuleFn = ({ events, participation }) =>
  participation
    .filter((p) => p.leftAt !== null)
    .flatMap((p) => {
      const late = events.filter((e) => e.userId === p.userId && e.caseId === p.caseId && e.at >= p.leftAt!);
      return late.length
        ? [
            {
              rule: "after_leaving" as const,
              userId: p.userId,
              key: `after_leaving:${p.userId}:${p.caseId}`,
              eventIds: late.map((e) => e.id),
              reasons: [
                reason(
                  "LEAK-AFTER-LEAVING",
                  `案件を離れた後（${p.leftAt!.slice(0, 10)}）にアクセスを試みた（${late.length}件）`,
                  `${late.length} access attempts after leaving the case on ${p.leftAt!.slice(0, 10)}`,
                ),
              ],
            },
          ]
        : [];
    });

const beforeEnd: RuleFn = ({ events, participation, policy }) =>
  participation
    .filter((p) => p.endsOn !== null && p.leftAt === null)
    .flatMap((p) => {
      const from = Date.parse(`${p.endsOn}T00:00:00Z`) - policy.beforeEnd.days * 86_400_000;
      const near = events.filter(
        (e) =>
          e.userId === p.userId &&
          e.caseId === p.caseId &&
          e.action !== "refused" &&
          Date.parse(e.at) >= from &&
          e.at.slice(0, 10) <= p.endsOn!,
      );
      return near.length >= policy.beforeEnd.minEvents
        ? [
            {
              rule: "before_end" as const,
              userId: p.userId,
              key: `before_end:${p.userId}:${p.caseId}:${p.endsOn}`,
              eventIds: near.map((e) => e.id),
              reasons: [
                reason(
                  "LEAK-BEFORE-END",
                  `終了予定日（${p.endsOn}）前${policy.beforeEnd.days}日以内に${near.length}件のアクセス`,
                  `${near.length} accesses within ${policy.beforeEnd.days} days before the end date ${p.endsOn}`,
                ),
              ],
            },
          ]
        : [];
    });

const acrossWall: RuleFn = ({ events, competitors }) =>
  [...byUser(events.filter((e) => e.action !== "refused" && e.partnerId && e.level > 0))].flatMap(
    ([userId, evs]) =>
      competitors.flatMap((pair) => {
        const a = evs.filter((e) => e.partnerId === pair.partnerA);
        const b = evs.filter((e) => e.partnerId === pair.partnerB);
        return a.length && b.length
          ? [
              {
                rule: "across_wall" as const,
                userId,
                key: `across_wall:${userId}:${pair.partnerA}:${pair.partnerB}`,
                eventIds: [...a, ...b].map((e) => e.id),
                reasons: [
                  reason(
                    "LEAK-WALL",
                    "競合する2社の秘密情報の双方にアクセスした",
                    "Accessed secrets of two competing partners",
                  ),
                ],
              },
            ]
          : [];
      }),
  );

const repeatedRefusals: RuleFn = ({ events, policy }) => {
  const { count, windowMinutes } = policy.repeatedRefusals;
  return [...byUser(events.filter((e) => e.action === "refused"))].flatMap(([userId, evs]) => {
    const run = burst(evs, count, windowMinutes);
    return run
      ? [
          {
            rule: "repeated_refusals" as const,
            userId,
            key: `repeated_refusals:${userId}:${run[0]!.id}`,
            eventIds: run.map((e) => e.id),
            reasons: [
              reason(
                "LEAK-REFUSALS",
                `${windowMinutes}分以内に${run.length}回アクセスを拒否された（閾値 ${count}回）`,
                `${run.length} refusals within ${windowMinutes} minutes (threshold ${count})`,
              ),
            ],
          },
        ]
      : [];
  });
};

export const LEAKAGE_RULE_FNS: Record<LeakageRule, RuleFn> = {
  bulk_download: bulkDownload,
  off_hours: offHours,
  after_leaving: afterLeaving,
  before_end: beforeEnd,
  across_wall: acrossWall,
  repeated_refusals: repeatedRefusals,
};

/** Every rule over the events; alerts in rule order, then by user. */
export function detectLeakage(input: LeakageInput): LeakageAlert[] {
  return Object.values(LEAKAGE_RULE_FNS).flatMap((fn) => fn(input));
}
