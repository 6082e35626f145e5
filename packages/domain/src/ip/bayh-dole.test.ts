import { describe, expect, it } from "vitest";
import {
  type BayhDoleFacts,
  type BayhDoleRecord,
  bayhDoleBlockers,
  bayhDoleNotes,
  bayhDoleObligations,
} from "./bayh-dole";

const facts = (o: Partial<BayhDoleFacts>): BayhDoleFacts => ({
  bayhDole: true,
  firstFiledOn: "2026-09-01",
  agreements: [],
  jointResearchCaseIds: [],
  records: [],
  ...o,
});
const rec = (o: Partial<BayhDoleRecord>): BayhDoleRecord => ({
  kind: "results_report",
  subjectId: null,
  on: "2026-10-01",
  recordedByRole: "legal_ip",
  ...o,
});
const lic = {
  id: "lic-1",
  kind: "exclusive_licence" as const,
  optionGrantsExclusive: false,
  signedOn: "2026-11-10",
};
const brief = (f: BayhDoleFacts, today: string) =>
  bayhDoleObligations(f, today).map((o) => [o.kind, o.subjectId, o.status, o.reasons[0]!.ruleId]);

describe("Bayh-Dole obligations (産業技術力強化法第17条, seed 001 §II.3.1 表5)", () => {
  it.each<[string, BayhDoleFacts, string, unknown[]]>([
    ["no government money, no obligation", facts({ bayhDole: false, agreements: [lic] }), "2026-11-21", []],
    [
      "report due 60 days after filing",
      facts({}),
      "2026-10-31",
      [["results_report", null, "open", "IP-BD-REPORT"]],
    ],
    ["report overdue", facts({}), "2026-11-01", [["results_report", null, "overdue", "IP-BD-REPORT"]]],
    [
      "report recorded by legal/IP",
      facts({ records: [rec({})] }),
      "2026-11-21",
      [["results_report", null, "fulfilled", "IP-BD-REPORT"]],
    ],
    [
      "a report the PI records does not count",
      facts({ records: [rec({ recordedByRole: "researcher" })] }),
      "2026-11-21",
      [["results_report", null, "overdue", "IP-BD-REPORT"]],
    ],
    [
      "exclusive licence: prior approval (表5 iv) and notice",
      facts({ firstFiledOn: null, agreements: [lic] }),
      "2026-11-21",
      [
        ["prior_approval", "lic-1", "open", "IP-BD-APPROVAL-TRANSFER"],
        ["licensee_notice", "lic-1", "open", "IP-BD-NOTICE"],
      ],
    ],
    [
      "non-exclusive licence: approval and notice (§II.3.1)",
      facts({ firstFiledOn: null, agreements: [{ ...lic, kind: "non_exclusive_licence" }] }),
      "2026-11-21",
      [
        ["prior_approval", "lic-1", "open", "IP-BD-APPROVAL-LICENCE"],
        ["licensee_notice", "lic-1", "open", "IP-BD-NOTICE"],
      ],
    ],
    [
      "an approval dated after signing is not prior",
      facts({
        firstFiledOn: null,
        agreements: [lic],
        records: [
          rec({ kind: "prior_approval", subjectId: "lic-1", on: "2026-11-11" }),
          rec({ kind: "licensee_notice", subjectId: "lic-1", on: "2026-11-01" }),
        ],
      }),
      "2026-11-21",
      [
        ["prior_approval", "lic-1", "open", "IP-BD-APPROVAL-TRANSFER"],
        ["licensee_notice", "lic-1", "fulfilled", "IP-BD-NOTICE"],
      ],
    ],
    [
      "brought into a joint research",
      facts({ firstFiledOn: null, jointResearchCaseIds: ["case-9"] }),
      "2026-11-21",
      [
        ["prior_approval", "case-9", "open", "IP-BD-APPROVAL-JOINT"],
        ["licensee_notice", "case-9", "open", "IP-BD-NOTICE-JOINT"],
      ],
    ],
    [
      "the state's request for a free licence opens 表5 ii",
      facts({ firstFiledOn: null, records: [rec({ kind: "state_licence_request" })] }),
      "2026-11-21",
      [["free_licence_to_state", null, "open", "IP-BD-STATE-LICENCE"]],
    ],
    [
      "the state's request to license unused IP, answered",
      facts({
        firstFiledOn: null,
        records: [rec({ kind: "unused_licence_request" }), rec({ kind: "unused_licence_granted" })],
      }),
      "2026-11-21",
      [["unused_licence_granted", null, "fulfilled", "IP-BD-UNUSED-LICENCE"]],
    ],
  ])("%s", (_name, f, today, expected) => {
    expect(brief(f, today)).toEqual(expected);
  });

  it("blocks only its own subject until legal/IP records approval and notice", () => {
    const f = facts({ agreements: [lic, { ...lic, id: "lic-2" }] });
    const obligations = bayhDoleObligations(f, "2026-11-21");
    expect(bayhDoleBlockers(obligations, "lic-1").map((r) => r.ruleId)).toEqual([
      "IP-BD-APPROVAL-TRANSFER",
      "IP-BD-NOTICE",
    ]);
    const done = bayhDoleObligations(
      {
        ...f,
        records: [
          rec({ kind: "prior_approval", subjectId: "lic-1", on: "2026-11-05" }),
          rec({ kind: "licensee_notice", subjectId: "lic-1", on: "2026-11-05" }),
        ],
      },
      "2026-11-21",
    );
    expect(bayhDoleBlockers(done, "lic-1")).toEqual([]);
    expect(bayhDoleBlockers(done, "lic-2")).toHaveLength(2);
  });

  it("notes IP unused for three years", () => {
    expect(bayhDoleNotes(facts({ firstFiledOn: "2023-11-21" }), "2026-11-21").map((r) => r.ruleId)).toEqual([
      "IP-BD-UNUSED",
    ]);
    expect(bayhDoleNotes(facts({ firstFiledOn: "2023-11-22" }), "2026-11-21")).toEqual([]);
    expect(bayhDoleNotes(facts({ firstFiledOn: "2020-01-01", agreements: [lic] }), "2026-11-21")).toEqual([]);
  });
});
