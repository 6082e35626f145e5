import { describe, expect, it } from "vitest";
import { readyCase } from "./case-fixtures";
import {
  CASE_ACTION_LABELS,
  CASE_KIND_LABELS,
  CASE_STAGE_LABELS,
  EMERGING_TECH_LABELS,
  PARTICIPATION_FORM_LABELS,
} from "./case-labels";
import { ZCaseActor, ZCaseFacts } from "./case-schemas";
import { CASE_ACTIONS } from "./case-transitions";
import { CASE_KINDS, CASE_STAGES, EMERGING_TECH_CATEGORIES } from "./case-types";
import { ZMonitoringItems } from "./monitoring";

describe("case schemas", () => {
  it("a complete case parses unchanged", () => {
    expect(ZCaseFacts.parse(readyCase())).toEqual(readyCase());
  });

  it.each([
    ["an impossible date", { contractSignedOn: "2026-02-30" }],
    ["an unknown stage", { stage: "drafting" }],
    ["an unknown country code", { partners: [{ ...readyCase().partners[0]!, country: "XX" }] }],
    [
      "a secrecy level 4",
      {
        scheme: {
          ...readyCase().scheme!,
          disclosurePlan: [{ ...readyCase().scheme!.disclosurePlan[0]!, level: 4 }],
        },
      },
    ],
    [
      "an emerging-tech category outside 表6",
      { field: { area: "ict", emergingTech: ["nanotech"], keywords: [] } },
    ],
  ])("rejects %s", (_n, change) => {
    expect(ZCaseFacts.safeParse({ ...readyCase(), ...change }).success).toBe(false);
  });

  it("rejects an actor with an unknown role", () => {
    expect(ZCaseActor.safeParse({ userId: "u", roles: ["dean"], departmentIds: [] }).success).toBe(false);
  });

  it("rejects monitoring items with bad dates", () => {
    const bad = {
      meetings: [{ meetingId: "m", heldOn: "2026-13-01", minutesRecordedOn: null }],
      milestones: [],
      progressReports: [],
      visits: [],
    };
    expect(ZMonitoringItems.safeParse(bad).success).toBe(false);
  });
});

describe("labels", () => {
  it("every stage and kind has a Japanese and an English label", () => {
    for (const s of CASE_STAGES) {
      expect(CASE_STAGE_LABELS[s].ja && CASE_STAGE_LABELS[s].en).toBeTruthy();
    }
    for (const k of CASE_KINDS) {
      expect(CASE_KIND_LABELS[k].ja && CASE_KIND_LABELS[k].en).toBeTruthy();
    }
  });

  it("every workflow action has a button label", () => {
    for (const a of CASE_ACTIONS) {
      expect(CASE_ACTION_LABELS[a].ja && CASE_ACTION_LABELS[a].en).toBeTruthy();
    }
  });

  it("seed001 §III.2 表6 lists 14 emerging-technology areas, numbered 1–14 in table order", () => {
    expect(EMERGING_TECH_CATEGORIES).toHaveLength(14);
    expect(EMERGING_TECH_CATEGORIES.map((c) => EMERGING_TECH_LABELS[c].no)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
    ]);
    expect(EMERGING_TECH_LABELS.advanced_surveillance.ja).toBe("先進セキュリティ技術");
  });

  it("seed004 §2(2) participation forms are ①–⑤", () => {
    expect(Object.values(PARTICIPATION_FORM_LABELS).map((l) => l.no)).toEqual(["①", "②", "③", "④", "⑤"]);
  });
});
