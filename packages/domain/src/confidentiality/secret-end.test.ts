import { describe, expect, it } from "vitest";
import { dueSecretReminders, endDeletesFiles, type ReminderFacts, secrecyUntil } from "./secret-end";

const facts = (over: Partial<ReminderFacts> = {}): ReminderFacts => ({
  status: "active",
  ndaExpiresOn: null,
  contractEndsOn: null,
  secrecyUntil: null,
  caseEnded: false,
  studentsOnCase: false,
  ...over,
});

describe("end of the project (seed 002 第3章 3-4; issue 12 item 7)", () => {
  it.each([
    ["2027-03-31", 3, "2030-03-31"],
    ["2027-02-28", 1, "2028-02-28"],
    [null, 3, null],
    ["2027-03-31", null, null],
  ] as const)("secrecy of a contract ending %s surviving %s years lasts until %s", (end, years, until) => {
    expect(secrecyUntil(end, years)).toBe(until);
  });

  it.each([
    [
      "30 days before the NDA expires",
      facts({ ndaExpiresOn: "2027-01-31" }),
      "2027-01-01",
      [],
      ["nda_expiry:2027-01-31:30"],
    ],
    [
      "7 days before, the 30-day one already sent",
      facts({ ndaExpiresOn: "2027-01-31" }),
      "2027-01-25",
      ["nda_expiry:2027-01-31:30"],
      ["nda_expiry:2027-01-31:7"],
    ],
    ["too early for any reminder", facts({ ndaExpiresOn: "2027-01-31" }), "2026-12-01", [], []],
    ["after the NDA expired, nothing more", facts({ ndaExpiresOn: "2027-01-31" }), "2027-02-01", [], []],
    [
      "surviving secrecy ending",
      facts({ secrecyUntil: "2030-03-31" }),
      "2030-03-20",
      [],
      ["secrecy_end:2030-03-31:30"],
    ],
    [
      "contract over: return or destroy",
      facts({ contractEndsOn: "2027-03-31" }),
      "2027-04-01",
      [],
      ["return_due:2027-03-31"],
    ],
    [
      "case ended with students",
      facts({ caseEnded: true, studentsOnCase: true }),
      "2027-04-01",
      [],
      ["student_secrecy"],
    ],
    [
      "destroyed items need nothing",
      facts({ status: "destroyed", contractEndsOn: "2027-03-31" }),
      "2027-04-01",
      [],
      [],
    ],
  ] as const)("%s", (_n, f, today, sent, keys) => {
    const due = dueSecretReminders(f, today, sent);
    expect(due.map((r) => r.key)).toEqual(keys);
    for (const r of due) {
      expect(r.reason.text.en).not.toBe("");
    }
  });
});

describe("ending an item deletes the stored files (seed 002 §3-4)", () => {
  it.each([
    ["returned", "SEC-END-RETURNED", "返還"],
    ["destroyed", "SEC-END-DESTROYED", "廃棄"],
  ] as const)("%s", (kind, ruleId, word) => {
    const r = endDeletesFiles(kind);
    expect(r.ruleId).toBe(ruleId);
    expect(r.text.ja).toContain(word);
    expect(r.text.en).toContain(kind === "returned" ? "returned" : "destroyed");
  });
});
