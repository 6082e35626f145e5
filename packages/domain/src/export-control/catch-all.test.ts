import { describe, expect, it } from "vitest";
import { assessExportControl } from "./assess";
import type { EndUserFacts, ExportControlFactsInput, ItemFacts } from "./schema";
import { assessAndCheck } from "./test-support";

// Spec §4 catch-all: matrix §4.2 by version, procedure §4.3, 明らかガイドライン §4.4, EUL §4.5, destinations §4.6.
const AS_OF = "2026-01-15";
const ship = (
  country: string | undefined,
  item: ItemFacts,
  endUser?: EndUserFacts,
  asOf = AS_OF,
): ExportControlFactsInput => ({
  asOf,
  activity: "goods_export",
  provision: { destinationCountry: country },
  item,
  endUser,
});
const analyser: ItemFacts = { listItem: "16", hsCode: "9027.50" }; // 16(1)
const pump: ItemFacts = { listItem: "16", hsCode: "8413.70", concernTypes: ["C"] }; // 16(2)

describe("catch-all (spec §4)", () => {
  it("CA-WMD-USE: documents indicate WMD use → licence; 明らか evidence cannot clear 用途", () => {
    assessAndCheck(
      ship("MY", pump, { country: "MY", eulCategories: [], statedWmdUse: true, clearlyCivilEvidence: true }),
      {
        outcome: "LICENCE_REQUIRED",
        residency: null,
        rules: ["CA-WMD-USE"],
      },
    );
  });

  it("CA-WMD-ENDUSER: EUL M end user and the item's concern type not assessed (⑰イ unverifiable) → licence", () => {
    assessAndCheck(
      ship(
        "AE",
        { listItem: "16", hsCode: "8413.70" },
        { country: "AE", eulCategories: ["M"], clearlyCivilEvidence: true },
      ),
      {
        outcome: "LICENCE_REQUIRED",
        residency: null,
        rules: ["CA-WMD-ENDUSER"],
      },
    );
  });

  it("CA-AKIRAKA-CLEAR: EUL N end user, chemical-concern item, clear civil evidence → no licence", () => {
    assessAndCheck(ship("AE", pump, { country: "AE", eulCategories: ["N"], clearlyCivilEvidence: true }), {
      outcome: "NO_LICENCE",
      residency: null,
      rules: ["CA-AKIRAKA-CLEAR"],
    });
  });

  it("⑱ military use stated for an EUL entity defeats 'clear' (WMD 需要者 + conventional 用途 on 16(1))", () => {
    const r = assessAndCheck(
      ship(
        "AE",
        { ...analyser, concernTypes: ["C"] },
        { country: "AE", eulCategories: ["N"], clearlyCivilEvidence: true, statedMilitaryUse: true },
      ),
      { outcome: "LICENCE_REQUIRED", residency: null, rules: ["CA-WMD-ENDUSER", "CA-CONV-USE"] },
    );
    expect(r.catchAllTriggers).toEqual(["WMD_ENDUSER", "CONV_USE"]);
  });

  it("CA-CONV-OUT-OF-SCOPE: stated military use of a 16(2) item to a general country → MANUAL_REVIEW (red flag)", () => {
    assessAndCheck(ship("MY", pump, { country: "MY", eulCategories: [], statedMilitaryUse: true }), {
      outcome: "MANUAL_REVIEW",
      residency: null,
      rules: ["CA-CONV-OUT-OF-SCOPE"],
    });
  });

  it("CA-CONV-ENDUSER-19: UN-embargo destination, CW-listed user, 16(1) item cannot be 'clear' even with evidence", () => {
    assessAndCheck(
      ship("SD", analyser, { country: "SD", eulCategories: ["CW"], clearlyCivilEvidence: true }),
      {
        outcome: "LICENCE_REQUIRED",
        residency: null,
        rules: ["DEST-UN-EMBARGO", "CA-CONV-ENDUSER-19"],
      },
    );
  });

  it("CA-CONV-ENDUSER: CW-listed user in a UN-embargo destination, 16(2) non-concern item, no evidence → licence", () => {
    assessAndCheck(
      ship(
        "SO",
        { listItem: "16", hsCode: "8413.70", concernTypes: [] },
        { country: "SO", eulCategories: ["CW"] },
      ),
      {
        outcome: "LICENCE_REQUIRED",
        residency: null,
        rules: ["CA-CONV-ENDUSER"],
      },
    );
  });

  it("CA-ENDUSER-UNKNOWN: item 16 to a general country without end-user facts → MANUAL_REVIEW", () => {
    assessAndCheck(ship("VN", pump), {
      outcome: "MANUAL_REVIEW",
      residency: null,
      rules: ["CA-ENDUSER-UNKNOWN"],
    });
  });

  it("EUL-NOT-SCREENED: end user named but neither categories nor a screening result → MANUAL_REVIEW", () => {
    assessAndCheck(ship("VN", pump, { name: "Hanoi Lab", country: "VN" }), {
      outcome: "MANUAL_REVIEW",
      residency: null,
      rules: ["EUL-NOT-SCREENED", "CA-ENDUSER-UNKNOWN"],
    });
  });

  it("EUL-SCREENING-NO-MATCH: screened with no match → no trigger → NO_LICENCE", () => {
    assessAndCheck(
      ship("VN", pump, { name: "Hanoi Lab", country: "VN" }),
      { outcome: "NO_LICENCE", residency: null, rules: ["EUL-SCREENING-NO-MATCH", "CA-NO-TRIGGER"] },
      { eulLookup: null },
    );
  });

  it("EUL-SCREENING: categories filled from screening are used and the reason says so", () => {
    const r = assessAndCheck(
      ship("PK", analyser, { name: "Pak Inst. of Tech.", country: "PK" }),
      { outcome: "LICENCE_REQUIRED", residency: null, rules: ["EUL-SCREENING", "CA-CONV-ENDUSER-17RO"] },
      {
        eulLookup: {
          categories: ["CW"],
          listVersion: "eul-2025-10-09",
          matchedName: "Pakistan Institute of Technology",
        },
      },
    );
    expect(r.reasons.find((x) => x.ruleId === "EUL-SCREENING")?.text.en).toContain("came from screening");
    expect(r.eul).toMatchObject({
      source: "screening",
      categories: ["CW"],
      matchedName: "Pakistan Institute of Technology",
    });
    expect(r.dataVersions.eulScreening).toBe("eul-2025-10-09");
  });

  it("DEST-UNKNOWN: item-16 technology to a non-resident of unknown origin uses the strictest column", () => {
    const r = assessAndCheck(
      {
        asOf: AS_OF,
        recipient: { entryDate: "2025-12-01" },
        provision: { place: "JP" },
        item: { listItem: "16" },
        endUser: { eulCategories: ["CW"] },
      },
      {
        outcome: "LICENCE_REQUIRED",
        residency: "NON_RESIDENT",
        rules: ["RES-NAT-UNKNOWN", "DEST-UNKNOWN", "CA-CONV-ENDUSER-19"],
      },
    );
    expect(r.catchAllClass).toBe("UN_ARMS_EMBARGO");
  });

  it("pre-reform (2025-10-08): no conventional 需要者 requirement for general countries; CW category not yet in force", () => {
    assessAndCheck(ship("PK", analyser, { country: "PK", eulCategories: ["CW"] }, "2025-10-08"), {
      outcome: "NO_LICENCE",
      residency: null,
      rules: ["EUL-CW-NOT-IN-FORCE", "CA-NO-TRIGGER"],
    });
  });

  it("CA-INFORM-OUT-OF-SCOPE: inform for a Group A destination before 2025-10-09 → MANUAL_REVIEW", () => {
    assessAndCheck(
      ship("GB", analyser, { country: "GB", eulCategories: [], informNotice: true }, "2025-10-08"),
      {
        outcome: "MANUAL_REVIEW",
        residency: null,
        rules: ["CA-INFORM-OUT-OF-SCOPE"],
      },
    );
  });

  it("DEST-GROUP-B: the Republic of Korea was Group B on 2020-01-01 and is Group A on 2024-01-01", () => {
    const facts = (asOf: string) => ship("KR", pump, { country: "KR", eulCategories: [] }, asOf);
    const in2020 = assessExportControl(facts("2020-01-01"));
    const in2024 = assessExportControl(facts("2024-01-01"));
    expect([in2020.destinationGroup, in2020.catchAllClass]).toEqual(["B", "GENERAL"]);
    expect([in2024.destinationGroup, in2024.catchAllClass]).toEqual(["A", "GROUP_A"]);
    expect(in2020.dataVersions.groupA).toBe("group-a@2019-08-28");
  });

  it("DEST-UN-EMBARGO history: Eritrea, removed from 別表第3の2 on 2018-12-19, is a general country in 2020", () => {
    const r = assessExportControl(ship("ER", pump, { country: "ER", eulCategories: [] }, "2020-01-01"));
    expect(r.catchAllClass).toBe("GENERAL");
    expect(r.destinationGroup).toBe("C");
  });
});
