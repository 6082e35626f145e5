import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { mobilityAlertReasons, nextEntryRequestStatus, renewalReminderDue, renewedExpiry } from "./crm-rules";

describe("entry requests (seed 001 事例20)", () => {
  it.each([
    ["open", "start", false, "", "in_progress"],
    ["open", "complete", true, "", "done"],
    ["in_progress", "complete", true, "", "done"],
    ["in_progress", "decline", false, "既に登録済み", "declined"],
  ] as const)("%s --%s--> %s", (from, action, linked, note, to) => {
    expect(nextEntryRequestStatus(from, action, { linked, note })).toBe(to);
  });

  it.each([
    ["done", "start", true, "", "CRM-REQUEST-FINAL"],
    ["declined", "complete", true, "", "CRM-REQUEST-FINAL"],
    ["in_progress", "start", false, "", "CRM-REQUEST-STARTED"],
    ["open", "complete", false, "", "CRM-REQUEST-LINK"],
    ["open", "decline", false, "  ", "CRM-REQUEST-DECLINE-NOTE"],
  ] as const)("%s --%s--> refused (%s)", (from, action, linked, note, rule) => {
    try {
      nextEntryRequestStatus(from, action, { linked, note });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const d = (e as DomainError).details as { reasons: { ruleId: string }[] };
      expect(d.reasons[0]?.ruleId).toBe(rule);
    }
  });
});

describe("membership renewals (seed 001 事例19)", () => {
  const m = (expiresOn: string, remindedFor: string | null = null, status = "active") => ({
    status,
    expiresOn,
    remindedFor,
  });
  it.each([
    ["61 days before the end", m("2027-01-22"), false],
    ["60 days before the end", m("2027-01-21"), true],
    ["already past the end", m("2026-11-01"), true],
    ["already reminded for this term", m("2027-01-21", "2027-01-21"), false],
    ["reminded for the previous term", m("2027-01-21", "2026-01-21"), true],
    ["an ended membership", m("2027-01-21", null, "ended"), false],
  ] as const)("%s → %s", (_l, membership, due) => {
    expect(renewalReminderDue(membership, "2026-11-22")).toBe(due);
  });

  it("a renewal extends from the end of the term", () => {
    expect(renewedExpiry("2027-03-31", 1)).toBe("2028-03-31");
    expect(renewedExpiry("2027-03-31", 2)).toBe("2029-03-31");
  });
});

describe("mobility of a secrets holder (seed 003; seed 002 §3-1)", () => {
  const move = {
    caseRef: "2026-0001",
    closed: false,
    activeSecretItems: 2,
    personName: "Anna Weber",
    fromPartnerName: "Acme GmbH",
    toPartnerName: "Rival AG",
  };
  it("alerts when the case holds live secrets", () => {
    const r = mobilityAlertReasons(move);
    expect(r.map((x) => x.ruleId)).toEqual(["CRM-MOBILITY-SECRETS", "CRM-MOBILITY-ACCESS"]);
    expect(r[0]!.text.ja).toContain("Rival AG");
    expect(r[0]!.text.en).toContain("2 items");
  });
  it.each([
    ["no live secrets", { ...move, activeSecretItems: 0 }],
    ["a closed case", { ...move, closed: true }],
  ])("no alert for %s", (_l, m) => {
    expect(mobilityAlertReasons(m)).toEqual([]);
  });
});
