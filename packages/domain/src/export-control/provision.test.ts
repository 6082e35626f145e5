import { describe, expect, it } from "vitest";
import { assessExportControl } from "./assess";
import type { ExportControlFactsInput } from "./schema";
import { assessAndCheck } from "./test-support";

// Spec §1.2 provision kinds and §3 list classification.
const AS_OF = "2026-01-15";
const japaneseResident = { nationality: "JP", tokutei: { foreignEmploymentContract: false } };

describe("provision kinds (spec §1.2)", () => {
  it("PK-TT1B: evident re-provision by a resident to a non-resident is treated as TT1", () => {
    assessAndCheck(
      {
        asOf: AS_OF,
        recipient: japaneseResident,
        provision: {
          place: "JP",
          channels: ["in_person"],
          evidentReprovision: true,
          destinationCountry: "TW",
        },
        item: { listItem: "11", published: false },
      },
      { outcome: "LICENCE_REQUIRED", residency: "RESIDENT", rules: ["PK-TT1B", "LC-LICENCE"] },
    );
  });

  it("PK-TT2: provision abroad between two Japanese residents still needs a licence, even in Group A", () => {
    const result = assessAndCheck(
      {
        asOf: AS_OF,
        recipient: japaneseResident,
        provision: { place: "FR", channels: ["in_person"] },
        item: { listItem: "12", published: false },
      },
      { outcome: "LICENCE_REQUIRED", residency: "RESIDENT", rules: ["PK-TT2", "DEST-GROUP-A", "LC-LICENCE"] },
    );
    expect(result.provisionKinds).toEqual(["TT2_PROVISION_ABROAD"]);
  });

  it("PK-TT2 + PK-TT4: e-mail from Japan to a Japanese resident on a trip abroad (S14 Q1)", () => {
    const result = assessAndCheck(
      {
        asOf: AS_OF,
        recipient: japaneseResident,
        provision: { place: "JP", channels: ["electronic"], destinationCountry: "SG" },
        item: { listItem: "7", published: false },
      },
      { outcome: "LICENCE_REQUIRED", residency: "RESIDENT", rules: ["PK-TT2", "PK-TT4", "LC-LICENCE"] },
    );
    expect(result.provisionKinds).toEqual(["TT2_PROVISION_ABROAD", "TT4_TELECOM_SEND"]);
  });

  it("PK-TT1-POSSIBLE on item 16: an undeclared resident without any catch-all trigger → NO_LICENCE", () => {
    assessAndCheck(
      { asOf: AS_OF, recipient: { nationality: "JP" }, provision: { place: "JP" }, item: { listItem: "16" } },
      { outcome: "NO_LICENCE", residency: "RESIDENT", rules: ["TK-UNDECLARED", "PK-TT1-POSSIBLE"] },
    );
  });

  it("PK-TT2: a Japanese resident working remotely from abroad receives the technology abroad", () => {
    assessAndCheck(
      {
        asOf: AS_OF,
        recipient: { ...japaneseResident, remoteFromAbroad: true },
        provision: { channels: ["electronic"] },
        item: { listItem: "7", published: false },
      },
      {
        outcome: "LICENCE_REQUIRED",
        residency: "RESIDENT",
        rules: ["RES-J0", "PK-TT2", "PK-TT4", "DEST-UNKNOWN"],
      },
    );
  });

  it("PK-TT3 is not fired when a USB stick is handed over inside Japan (TT1 only)", () => {
    const result = assessAndCheck(
      {
        asOf: AS_OF,
        recipient: { nationality: "TH", entryDate: "2025-12-01" },
        provision: { place: "JP", channels: ["carried_media"] },
        item: { listItem: "13", published: false },
      },
      { outcome: "LICENCE_REQUIRED", residency: "NON_RESIDENT", rules: ["PK-TT1"], absentRules: ["PK-TT3"] },
    );
    expect(result.provisionKinds).toEqual(["TT1_RES_TO_NONRES"]);
  });

  it("PK-NONE: item-16 technology between residents in Japan needs nothing", () => {
    assessAndCheck(
      { asOf: AS_OF, recipient: japaneseResident, provision: { place: "JP" }, item: { listItem: "16" } },
      { outcome: "NO_LICENCE", residency: "RESIDENT", rules: ["PK-NONE"], absentRules: ["CA-NO-TRIGGER"] },
    );
  });

  it("PK-TT1-POSSIBLE: no recipient facts for a domestic provision → MANUAL_REVIEW", () => {
    assessAndCheck(
      { asOf: AS_OF, provision: { place: "JP" }, item: { listItem: "7", published: false } },
      { outcome: "MANUAL_REVIEW", residency: null, rules: ["RES-NO-RECIPIENT", "PK-TT1-POSSIBLE"] },
    );
  });
});

describe("list classification (spec §3)", () => {
  const toVisitor = (
    item: ExportControlFactsInput["item"],
    endUser?: ExportControlFactsInput["endUser"],
  ) => ({
    asOf: AS_OF,
    recipient: { nationality: "AU", entryDate: "2025-12-01" },
    provision: { place: "JP", channels: ["in_person" as const] },
    item,
    endUser,
  });

  it("LC-UNCLASSIFIED: no 該非判定 → MANUAL_REVIEW", () => {
    assessAndCheck(toVisitor(undefined), {
      outcome: "MANUAL_REVIEW",
      residency: "NON_RESIDENT",
      rules: ["LC-UNCLASSIFIED"],
    });
  });

  it("LC-NON-CONTROLLED: outside items 1–16 → NO_LICENCE even for a non-resident", () => {
    assessAndCheck(toVisitor({ listItem: null }), {
      outcome: "NO_LICENCE",
      residency: "NON_RESIDENT",
      rules: ["LC-NON-CONTROLLED"],
    });
  });

  it("LC-NULL-WITH-SIGNALS: 'non-controlled' with an inform notice is not cleared automatically", () => {
    assessAndCheck(toVisitor({ listItem: null }, { country: "AU", informNotice: true }), {
      outcome: "MANUAL_REVIEW",
      residency: "NON_RESIDENT",
      rules: ["LC-NULL-WITH-SIGNALS"],
    });
  });

  it("LC-TIER-WMD: '3の2' is accepted as item 3-2 (biological) and tagged T-WMD", () => {
    const result = assessAndCheck(toVisitor({ listItem: "3の2", published: false }), {
      outcome: "LICENCE_REQUIRED",
      residency: "NON_RESIDENT",
      rules: ["LC-LIST", "LC-TIER-WMD"],
    });
    expect(result.listItem).toBe("3-2");
    expect(result.sensitivityTiers).toEqual(["T-WMD"]);
  });

  it("LC-TIER-VSL: item 15 is tagged as WA Very Sensitive List", () => {
    const result = assessExportControl(toVisitor({ listItem: "15", published: false }));
    expect(result.rulesFired).toContain("LC-TIER-VSL");
  });

  it("LC-LICENCE: goods of item 1–15 to Group A still need a licence (goods export)", () => {
    assessAndCheck(
      {
        asOf: AS_OF,
        activity: "goods_export",
        provision: { destinationCountry: "US" },
        item: { listItem: "3" },
      },
      {
        outcome: "LICENCE_REQUIRED",
        residency: null,
        rules: ["PK-GOODS-EXPORT", "DEST-GROUP-A", "LC-LICENCE"],
      },
    );
  });

  it("PK-GOODS-DOMESTIC: goods staying in Japan are not exported", () => {
    assessAndCheck(
      {
        asOf: AS_OF,
        activity: "goods_export",
        provision: { destinationCountry: "JP" },
        item: { listItem: "5" },
      },
      { outcome: "NO_LICENCE", residency: null, rules: ["PK-GOODS-DOMESTIC"] },
    );
  });

  it("PK-GOODS-NO-DEST: a goods export without destination → MANUAL_REVIEW", () => {
    assessAndCheck(
      { asOf: AS_OF, activity: "goods_export", item: { listItem: "16" } },
      { outcome: "MANUAL_REVIEW", residency: null, rules: ["PK-GOODS-NO-DEST"] },
    );
  });

  it("LC-16-2: HS 8542.90 (IC parts) is excluded from 16(1)", () => {
    const result = assessExportControl({
      asOf: AS_OF,
      activity: "goods_export",
      provision: { destinationCountry: "PK" },
      item: { listItem: "16", hsCode: "8542.90" },
      endUser: { country: "PK", eulCategories: ["CW"] },
    });
    expect(result.listItem).toBe("16-2");
    expect(result.outcome).toBe("NO_LICENCE");
    expect(result.rulesFired).toContain("LC-16-2");
  });
});
