import { describe, expect, it } from "vitest";
import type { Role } from "../shared/roles";
import { applyDeskAction, canReadQuestion, checkConversion, inboxTopics } from "./desk-rules";
import type { DeskStatus, DeskTopic } from "./desk-types";

const q = (topic: DeskTopic, status: DeskStatus = "open") => ({ topic, status, askerId: "asker" });
const as = (role: Role, userId = "someone") => ({ role, userId });

describe("who reads a question (seed 000 §3-2)", () => {
  it.each<[DeskTopic, Role, boolean]>([
    ["export_control", "export_control_officer", true],
    ["export_control", "coordinator", false],
    ["export_control", "researcher", false],
    ["export_control", "student", false],
    ["contracts", "coordinator", true],
    ["contracts", "legal_ip", true],
    ["contracts", "export_control_officer", false],
    ["secrets", "confidentiality_officer", true],
    ["coi", "coi_reviewer", true],
    ["coi", "coordinator", false],
    ["other", "coordinator", true],
    ["coi", "auditor", true],
    ["coi", "admin", false],
    ["coi", "executive", false],
  ])("%s question, %s → %s", (topic, role, expected) => {
    expect(canReadQuestion(q(topic), as(role))).toBe(expected);
  });

  it("the asker always reads their own question", () => {
    expect(canReadQuestion(q("coi"), as("researcher", "asker"))).toBe(true);
  });

  it("lists the inbox topics of each office", () => {
    expect(inboxTopics("coordinator")).toEqual(["contracts", "other"]);
    expect(inboxTopics("researcher")).toEqual([]);
    expect(inboxTopics("auditor")).toHaveLength(5);
  });
});

describe("the thread's states", () => {
  it.each<[DeskStatus, "reply" | "close" | "reopen", Role, string, DeskStatus | "refused"]>([
    ["open", "reply", "export_control_officer", "officer", "answered"],
    ["reopened", "reply", "export_control_officer", "officer", "answered"],
    ["answered", "reply", "researcher", "asker", "reopened"],
    ["open", "reply", "researcher", "asker", "open"],
    ["closed", "reply", "export_control_officer", "officer", "refused"],
    ["answered", "close", "researcher", "asker", "closed"],
    ["open", "close", "export_control_officer", "officer", "closed"],
    ["closed", "close", "researcher", "asker", "refused"],
    ["closed", "reopen", "researcher", "asker", "reopened"],
    ["answered", "reopen", "researcher", "asker", "refused"],
    ["open", "reply", "researcher", "other-researcher", "refused"],
    ["open", "reply", "auditor", "auditor", "refused"],
    ["open", "reply", "coordinator", "coordinator", "refused"],
  ])("%s + %s by %s (%s) → %s", (status, action, role, userId, expected) => {
    const run = () => applyDeskAction(q("export_control", status), action, as(role, userId)).status;
    if (expected === "refused") {
      expect(run).toThrow();
    } else {
      expect(run()).toBe(expected);
    }
  });

  it("marks the office's reply as the office's answer", () => {
    expect(applyDeskAction(q("coi"), "reply", as("coi_reviewer")).fromOffice).toBe(true);
    expect(applyDeskAction(q("coi"), "reply", as("researcher", "asker")).fromOffice).toBe(false);
  });

  it("gives refusals a rule and a source", () => {
    try {
      applyDeskAction(q("coi", "closed"), "reply", as("coi_reviewer"));
      expect.unreachable();
    } catch (e) {
      expect((e as { details: { reasons: { ruleId: string }[] } }).details.reasons[0]!.ruleId).toBe(
        "DESK-REPLY-CLOSED",
      );
    }
  });
});

describe("turning a question into a record", () => {
  it("lets the export-control office open a 取引審査 or 該非判定", () => {
    expect(() => checkConversion(q("export_control"), "review", as("export_control_officer"))).not.toThrow();
    expect(() =>
      checkConversion(q("export_control"), "classification", as("export_control_officer")),
    ).not.toThrow();
  });

  it("refuses another office, another kind, the asker and a closed question", () => {
    expect(() => checkConversion(q("export_control"), "review", as("coordinator"))).toThrow();
    expect(() => checkConversion(q("contracts"), "review", as("coordinator"))).toThrow();
    expect(() => checkConversion(q("export_control"), "review", as("researcher", "asker"))).toThrow();
    expect(() =>
      checkConversion(q("export_control", "closed"), "review", as("export_control_officer")),
    ).toThrow();
    expect(() => checkConversion(q("contracts"), "case", as("legal_ip"))).not.toThrow();
  });
});

describe("refusals read in each reader's language", () => {
  it("gives a Japanese and an English text with a citation", () => {
    let caught: unknown;
    try {
      checkConversion(q("export_control", "closed"), "review", as("export_control_officer"));
    } catch (err) {
      caught = err;
    }
    const [r] = (caught as { details: { reasons: { ruleId: string; text: { ja: string; en: string } }[] } })
      .details.reasons;
    expect(r?.ruleId).toBe("DESK-CONVERT-CLOSED");
    expect(r?.text.ja).toContain("終了した相談");
    expect(r?.text.en).toContain("closed question");
    expect(r?.text.en).not.toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
  });
});
