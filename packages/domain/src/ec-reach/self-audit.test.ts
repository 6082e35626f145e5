import { describe, expect, it } from "vitest";
import { citationFor } from "../citations/catalogue";
import {
  DEFAULT_SELF_AUDIT_ITEMS,
  readSelfAuditAnswers,
  type SelfAuditAnswerRecord,
  selfAuditGaps,
  selfAuditTally,
} from "./self-audit";

const codes = DEFAULT_SELF_AUDIT_ITEMS.map((i) => i.code);
const yes: SelfAuditAnswerRecord = {
  answer: "yes",
  evidence: "規程 第3条",
  checkedOn: "2026-05-01",
  note: "",
};
const all = Object.fromEntries(codes.map((c) => [c, yes]));

describe("the seeded checklist (spec §6.1 基準1・基準2, seed 001 事例25)", () => {
  it("covers every heading of both standards once, each with a citation a person can read", () => {
    const sources = DEFAULT_SELF_AUDIT_ITEMS.map((i) => i.sourceId);
    for (const s of [
      "1(1)",
      "1(2)",
      "2(1)",
      "2(2)",
      "2(3)",
      "2(4)",
      "2(5)",
      "2(6)",
      "2(7)",
      "2(8)",
      "2(9)",
    ]) {
      expect(sources).toContain(`spec§6.1.${s}`);
    }
    for (const i of DEFAULT_SELF_AUDIT_ITEMS) {
      expect(citationFor(i.sourceId).ja).not.toBe("出典未登録");
    }
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("completing a year's self-audit", () => {
  it("is possible when every item is answered with a date and evidence", () => {
    expect(selfAuditGaps(codes, all, new Set())).toEqual([]);
  });

  it.each([
    ["unanswered", undefined, "unanswered"],
    ["no date", { ...yes, checkedOn: null }, "no_date"],
    ["yes without evidence", { ...yes, evidence: " " }, "no_evidence"],
    ["not applicable without a note", { ...yes, answer: "na", evidence: "" }, "no_note"],
    ["no without a finding", { ...yes, answer: "no", note: "遅れた" }, "no_finding"],
  ] as const)("names the gap: %s", (_label, answer, gap) => {
    const answers = { ...all } as Record<string, SelfAuditAnswerRecord>;
    if (answer) {
      answers.training = answer as SelfAuditAnswerRecord;
    } else {
      delete answers.training;
    }
    expect(selfAuditGaps(codes, answers, new Set())).toEqual([{ code: "training", gap }]);
  });

  it("accepts a 'no' once it has a finding, and a 'not applicable' with a note", () => {
    const answers = {
      ...all,
      training: { ...yes, answer: "no" as const, evidence: "" },
      "shipment-match": { ...yes, answer: "na" as const, evidence: "", note: "貨物の輸出なし" },
    };
    expect(selfAuditGaps(codes, answers, new Set(["training"]))).toEqual([]);
    expect(selfAuditTally(answers)).toEqual({ yes: codes.length - 2, no: 1, na: 1 });
  });

  it("reads answers saved before evidence and dates were asked, and drops malformed ones", () => {
    expect(readSelfAuditAnswers({ training: { answer: "yes", note: "" }, x: { answer: "maybe" } })).toEqual({
      training: { answer: "yes", evidence: "", checkedOn: null, note: "" },
    });
  });
});
