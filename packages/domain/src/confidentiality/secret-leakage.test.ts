import { describe, expect, it } from "vitest";
import {
  type AccessEvent,
  DEFAULT_LEAKAGE_POLICY,
  detectLeakage,
  LEAKAGE_RULE_FNS,
  type LeakageInput,
  type ParticipationFacts,
} from "./secret-leakage";
import { LEAKAGE_RULES } from "./secret-types";
import { competitorsOf, wallConflicts, wallReport } from "./secret-walls";

/** 2026-12-02 is a Wednesday; 01:00Z = 10:00 in Japan (working hours). */
const WORKDAY = "2026-12-02T01:00:00.000Z";
const at = (base: string, minutes: number) => new Date(Date.parse(base) + minutes * 60_000).toISOString();

let n = 0;
function ev(over: Partial<AccessEvent> = {}): AccessEvent {
  n++;
  return {
    id: `e${String(n).padStart(4, "0")}`,
    userId: "u1",
    at: WORKDAY,
    action: "view",
    itemId: "i1",
    caseId: "c1",
    partnerId: "pA",
    level: 2,
    ...over,
  };
}

const downloads = (count: number, everyMinutes: number, base = WORKDAY) =>
  Array.from({ length: count }, (_, i) => ev({ action: "download", at: at(base, i * everyMinutes) }));

function input(events: AccessEvent[], participation: ParticipationFacts[] = []): LeakageInput {
  return {
    events,
    participation,
    competitors: [{ partnerA: "pA", partnerB: "pB" }],
    policy: DEFAULT_LEAKAGE_POLICY,
  };
}

/** Normal use: a handful of views and downloads in office hours, spread over a working day. */
const normalDay = (): AccessEvent[] => [
  ...downloads(4, 45),
  ev({ at: at(WORKDAY, 200) }),
  ev({ at: at(WORKDAY, 300), level: 1 }),
  ev({ action: "refused", at: at(WORKDAY, 320) }),
];

describe("leakage rules fire on their pattern and not on normal use (seed 000 §3-2 監視活動)", () => {
  // [rule, events, participation, expected number of alerts, events behind the first]
  const leftAt = at(WORKDAY, 60);
  const table: [string, () => AccessEvent[], ParticipationFacts[], number, number][] = [
    // 12 downloads a minute apart: the first 11 fall in one 10-minute window.
    ["bulk_download", () => downloads(12, 1), [], 1, 11],
    ["bulk_download", () => downloads(9, 1), [], 0, 0],
    ["bulk_download", () => downloads(10, 5), [], 0, 0],
    // 23:30 in Japan on a weekday; Saturday 10:00 in Japan
    [
      "off_hours",
      () => [ev({ at: "2026-12-02T14:30:00.000Z" }), ev({ at: "2026-12-05T01:00:00.000Z" })],
      [],
      2,
      1,
    ],
    ["off_hours", () => [ev({ at: "2026-12-02T14:30:00.000Z", level: 1 })], [], 0, 0],
    [
      "after_leaving",
      () => [ev({ at: at(WORKDAY, 30) }), ev({ at: at(WORKDAY, 90), action: "refused" })],
      [{ userId: "u1", caseId: "c1", leftAt, endsOn: null }],
      1,
      1,
    ],
    [
      "after_leaving",
      () => [ev({ at: at(WORKDAY, 90), caseId: "c2" })],
      [{ userId: "u1", caseId: "c1", leftAt, endsOn: null }],
      0,
      0,
    ],
    [
      "before_end",
      () => Array.from({ length: 5 }, (_, i) => ev({ at: at(WORKDAY, i * 60) })),
      [{ userId: "u1", caseId: "c1", leftAt: null, endsOn: "2026-12-10" }],
      1,
      5,
    ],
    [
      "before_end",
      () => Array.from({ length: 5 }, (_, i) => ev({ at: at(WORKDAY, i * 60) })),
      [{ userId: "u1", caseId: "c1", leftAt: null, endsOn: "2027-03-31" }],
      0,
      0,
    ],
    ["across_wall", () => [ev({ partnerId: "pA" }), ev({ partnerId: "pB", at: at(WORKDAY, 5) })], [], 1, 2],
    ["across_wall", () => [ev({ partnerId: "pA" }), ev({ partnerId: "pC", at: at(WORKDAY, 5) })], [], 0, 0],
    [
      "repeated_refusals",
      () => Array.from({ length: 5 }, (_, i) => ev({ action: "refused", at: at(WORKDAY, i * 5) })),
      [],
      1,
      5,
    ],
    [
      "repeated_refusals",
      () => Array.from({ length: 5 }, (_, i) => ev({ action: "refused", at: at(WORKDAY, i * 30) })),
      [],
      0,
      0,
    ],
  ];
  it.each(table)("%s (#%#)", (rule, events, participation, count, behind) => {
    const alerts = LEAKAGE_RULE_FNS[rule as keyof typeof LEAKAGE_RULE_FNS](input(events(), participation));
    expect(alerts).toHaveLength(count);
    if (count > 0) {
      expect(alerts[0]!.rule).toBe(rule);
      expect(alerts[0]!.eventIds).toHaveLength(behind);
      expect(alerts[0]!.reasons[0]!.text).not.toBe("");
      expect(alerts[0]!.reasons[0]!.text.en).not.toBe("");
    }
  });

  it("a normal working day raises nothing under any rule", () => {
    const participation = [{ userId: "u1", caseId: "c1", leftAt: null, endsOn: "2027-03-31" }];
    expect(detectLeakage(input(normalDay(), participation))).toEqual([]);
  });

  it("every rule has a function and keys are stable across runs", () => {
    expect(Object.keys(LEAKAGE_RULE_FNS).sort()).toEqual([...LEAKAGE_RULES].sort());
    const events = downloads(12, 1);
    expect(detectLeakage(input(events)).map((a) => a.key)).toEqual(
      detectLeakage(input(events)).map((a) => a.key),
    );
  });

  it("thresholds are the institution's: 20 downloads needed when it says so", () => {
    const policy = { ...DEFAULT_LEAKAGE_POLICY, bulkDownload: { count: 20, windowMinutes: 10 } };
    expect(LEAKAGE_RULE_FNS.bulk_download({ ...input(downloads(12, 1)), policy })).toHaveLength(0);
  });
});

describe("walls", () => {
  it("competitors come from marked pairs and from case records naming each other", () => {
    expect(
      competitorsOf("pA", [{ partnerA: "pA", partnerB: "pB" }], [{ partnerId: "pC", competitorIds: ["pA"] }]),
    ).toEqual(["pB", "pC"]);
  });

  it("the second competitor is refused unless approved", () => {
    expect(wallConflicts("pB", ["pA"], ["pA"], [])).toEqual(["pA"]);
    expect(wallConflicts("pB", ["pA"], ["pA"], ["pB"])).toEqual([]);
    expect(wallConflicts("pB", ["pB", "pC"], ["pA"], [])).toEqual([]);
    // Approved for pB while holding pA: reading pA's own secrets is not refused because of pB.
    expect(wallConflicts("pA", ["pA", "pB"], ["pB"], ["pB"])).toEqual([]);
    // Withdrawn (no approval in force): both sides are walled again.
    expect(wallConflicts("pA", ["pA", "pB"], ["pB"], [])).toEqual(["pB"]);
  });

  it("the report lists only people across a wall, with approvals", () => {
    const rows = wallReport(
      [
        { userId: "u1", partnerIds: ["pA", "pB"] },
        { userId: "u2", partnerIds: ["pA", "pC"] },
      ],
      [{ partnerA: "pA", partnerB: "pB" }],
      [{ userId: "u1", partnerId: "pB" }],
    );
    expect(rows).toEqual([{ userId: "u1", partnerIds: ["pA", "pB"], approvedPartnerIds: ["pB"] }]);
  });
});
