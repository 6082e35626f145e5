import { describe, expect, it } from "vitest";
import { assessExportControl } from "./assess";
import type { EndUserFacts, ExportControlFactsInput, ItemFacts } from "./schema";
import { assessAndCheck } from "./test-support";

// Spec §4.6 sanctions layer, checked independently of list control and catch-all.
const AS_OF = "2026-01-15";
const ship = (
  country: string,
  item: ItemFacts,
  endUser: EndUserFacts = {},
  asOf = AS_OF,
): ExportControlFactsInput => ({
  asOf,
  activity: "goods_export",
  provision: { destinationCountry: country },
  item,
  endUser: { country, eulCategories: [], ...endUser },
});

describe("sanctions (spec §4.6)", () => {
  it("SANC-NK: any goods to North Korea are prohibited, even non-controlled goods", () => {
    const r = assessAndCheck(ship("KP", { listItem: null }), {
      outcome: "PROHIBITED",
      residency: null,
      rules: ["SANC-NK"],
    });
    expect(r.sanctions).toEqual(["NK_TOTAL_BAN"]);
  });

  it("SANC-NK-RENEWAL-CHECK: after the recorded end date (2027-04-13) a human checks the renewal", () => {
    assessAndCheck(ship("KP", { listItem: null }, {}, "2027-04-14"), {
      outcome: "MANUAL_REVIEW",
      residency: null,
      rules: ["SANC-NK-RENEWAL-CHECK"],
      absentRules: ["SANC-NK"],
    });
  });

  it("SANC-TECH-EXTENSION-U: technology to North Korea is prohibited by the conservative policy", () => {
    assessAndCheck(
      {
        asOf: AS_OF,
        recipient: { nationality: "KP" },
        provision: { place: "JP" },
        item: { listItem: "7", published: true },
      },
      {
        outcome: "PROHIBITED",
        residency: "NON_RESIDENT",
        rules: ["SANC-NK", "SANC-TECH-EXTENSION-U", "EX-BLOCKED-SANCTIONS"],
      },
    );
  });

  it("SANC-RU-BY-LIST: list-controlled goods to Russia are prohibited", () => {
    assessAndCheck(ship("RU", { listItem: "8" }), {
      outcome: "PROHIBITED",
      residency: null,
      rules: ["SANC-RU-BY-LIST"],
    });
  });

  it("SANC-RU-BY-LIST does not exist before 2022-03-18: the same export needs a licence", () => {
    assessAndCheck(ship("RU", { listItem: "8" }, {}, "2021-06-01"), {
      outcome: "LICENCE_REQUIRED",
      residency: null,
      rules: ["LC-LICENCE"],
      absentRules: ["SANC-RU-BY-LIST"],
    });
  });

  it("SANC-RU-BY-GENERAL: item-16 goods to Belarus without catch-all trigger still go to review", () => {
    assessAndCheck(ship("BY", { listItem: "16", hsCode: "8413.70", concernTypes: [] }), {
      outcome: "MANUAL_REVIEW",
      residency: null,
      rules: ["CA-NO-TRIGGER", "SANC-RU-BY-GENERAL"],
    });
  });

  it("SANC-TECH-EXTENSION-U off by policy: list technology to Russia is LICENCE_REQUIRED (review dominated)", () => {
    assessAndCheck(
      {
        asOf: AS_OF,
        recipient: { nationality: "RU" },
        provision: { place: "RU" },
        item: { listItem: "6", published: false },
      },
      {
        outcome: "LICENCE_REQUIRED",
        residency: "NON_RESIDENT",
        rules: ["SANC-RU-BY-LIST"],
        absentRules: ["SANC-TECH-EXTENSION-U"],
      },
      { policy: { extendGoodsSanctionsToTechnology: false } },
    );
  });

  it("SANC-RU-DESIGNATED: a designated Russia-related entity in a third country → prohibited", () => {
    const r = assessAndCheck(
      ship("TR", { listItem: "16", hsCode: "8413.70", concernTypes: [] }, { russiaDesignatedEntity: true }),
      {
        outcome: "PROHIBITED",
        residency: null,
        rules: ["SANC-RU-DESIGNATED"],
      },
    );
    expect(r.sanctions).toEqual(["RU_DESIGNATED_ENTITY_THIRD_COUNTRY"]);
  });

  it("SANC-RU-THIRD-COUNTRY: undetermined designation is an advisory only", () => {
    const r = assessAndCheck(ship("TR", { listItem: "16", hsCode: "8413.70", concernTypes: [] }), {
      outcome: "NO_LICENCE",
      residency: null,
      rules: ["SANC-RU-THIRD-COUNTRY", "CA-NO-TRIGGER"],
    });
    expect(r.reviewFlags).toContain("SANC-RU-THIRD-COUNTRY");
    expect(r.sanctions).toEqual([]);
  });

  it("SANC-IRAN-REVIEW: item-16 goods to Iran whose WMD relevance is not assessed → MANUAL_REVIEW", () => {
    assessAndCheck(ship("IR", { listItem: "16", hsCode: "8413.70" }), {
      outcome: "MANUAL_REVIEW",
      residency: null,
      rules: ["SANC-IRAN-REVIEW"],
    });
  });

  it("IRAN_UNSCR2231 flagged but not prohibiting when the item is assessed as not WMD-related", () => {
    const r = assessAndCheck(ship("IR", { listItem: "16", hsCode: "8413.70", concernTypes: [] }), {
      outcome: "NO_LICENCE",
      residency: null,
      rules: ["CA-NO-TRIGGER"],
      absentRules: ["SANC-IRAN-WMD", "SANC-IRAN-REVIEW"],
    });
    expect(r.sanctions).toEqual(["IRAN_UNSCR2231"]);
  });

  it("SANC-IRAN-WMD only from 2025-09-29: C12 facts on 2025-09-28 give LICENCE_REQUIRED (EUL match)", () => {
    const facts = ship(
      "IR",
      { listItem: "16", hsCode: "2811", concernTypes: ["N"] },
      { eulCategories: ["N"] },
    );
    expect(assessExportControl({ ...facts, asOf: "2025-09-28" }).outcome).toBe("LICENCE_REQUIRED");
    expect(assessExportControl({ ...facts, asOf: "2025-09-29" }).outcome).toBe("PROHIBITED");
  });
});
