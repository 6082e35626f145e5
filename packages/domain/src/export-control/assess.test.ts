import { describe, expect, it } from "vitest";
import { isDomainError } from "../shared/errors";
import { assessExportControl, parseExportControlFacts } from "./assess";
import { COUNTRY_LISTS, ZCountryList } from "./data/country-lists";
import { DEFAULT_RULE_DATA, selectRuleData } from "./data/registry";
import { loadVersioned } from "./data/versioned";
import { RULE_IDS, RULES } from "./rule-catalogue";
import type { ExportControlFactsInput } from "./schema";
import { assessAndCheck } from "./test-support";

// Re-run by date (issue 4), versioned data (architecture §8.23), validation and the result contract.

describe("re-running a determination for another date", () => {
  const visitor: ExportControlFactsInput = {
    recipient: {
      nationality: "CN",
      entryDate: "2025-10-01",
      tokutei: { foreignEmploymentContract: false, foreignGovScholarship: false },
    },
    provision: { place: "JP", channels: ["in_person"] },
    item: { listItem: "10", published: false },
  };

  it("the visitor's status changes at month 6: licence before, none from the 6-month date", () => {
    const before = assessExportControl(visitor, { today: "2026-03-31" });
    const onDay = assessExportControl(visitor, { today: "2026-04-01" });
    expect([before.residency, before.outcome, before.asOf]).toEqual([
      "NON_RESIDENT",
      "LICENCE_REQUIRED",
      "2026-03-31",
    ]);
    expect([onDay.residency, onDay.outcome, onDay.asOf]).toEqual(["RESIDENT", "NO_LICENCE", "2026-04-01"]);
    expect(before.rulesFired).toContain("RES-F0");
    expect(onDay.rulesFired).toContain("RES-F2");
  });

  it("facts.asOf wins over options.today, and the same input always gives the same result", () => {
    const a = assessExportControl({ ...visitor, asOf: "2026-03-31" }, { today: "2026-12-01" });
    const b = assessExportControl({ ...visitor, asOf: "2026-03-31" }, { today: "2026-12-01" });
    expect(a.asOf).toBe("2026-03-31");
    expect(a).toEqual(b);
  });

  it("records data versions of the assessment date", () => {
    const r = assessExportControl(visitor, { today: "2024-01-01" });
    expect(r.dataVersions).toMatchObject({
      groupA: "group-a@2023-07-21",
      eul: "eul@pre-2025-10-09",
      catchAllMatrix: "catch-all@pre-2025-10-09",
      item16Specific: "not-in-force",
      tokutei: "tokutei@2022-05-01",
    });
  });

  it("DATA-OUT-OF-RANGE: before our data coverage (2019-08-02) nothing is cleared", () => {
    assessAndCheck(
      { ...visitor, asOf: "2019-01-01", item: { listItem: null } },
      {
        outcome: "MANUAL_REVIEW",
        residency: "NON_RESIDENT",
        rules: ["DATA-OUT-OF-RANGE", "LC-NON-CONTROLLED"],
      },
    );
  });
});

describe("input validation and contract", () => {
  it("rejects malformed facts with VALIDATION_FAILED", () => {
    const bad = () =>
      parseExportControlFacts({ recipient: { nationality: "Japan" }, item: { listItem: "99" } });
    expect(bad).toThrowError(/invalid export-control facts/);
    try {
      bad();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe("VALIDATION_FAILED");
    }
  });

  it("requires asOf from the facts or the caller (the engine never reads the clock)", () => {
    expect(() => assessExportControl({ item: { listItem: null } })).toThrowError(/asOf is required/);
  });

  it("accepts extra fields anywhere and keeps them in the parsed facts", () => {
    const facts = parseExportControlFacts({ caseId: "C-1", recipient: { nationality: "jp", note: "x" } });
    expect(facts).toMatchObject({ caseId: "C-1", recipient: { nationality: "JP", note: "x" } });
  });

  it("FACTS-ACTIVITY-DEFAULT: missing activity is technology provision", () => {
    expect(assessExportControl({ asOf: "2026-01-15", item: { listItem: null } }).rulesFired).toContain(
      "FACTS-ACTIVITY-DEFAULT",
    );
  });
});

describe("rule data and catalogue", () => {
  it("every rule id has a section and a source id", () => {
    for (const id of RULE_IDS) {
      expect(RULES[id].section).toMatch(/^§/);
      expect(RULES[id].sourceId.length).toBeGreaterThan(1);
    }
  });

  it("the built-in data covers every date from 2019-08-02", () => {
    for (const date of ["2019-08-02", "2019-08-28", "2023-07-21", "2025-10-09", "2030-01-01"]) {
      expect(selectRuleData(date, DEFAULT_RULE_DATA).missing).toEqual([]);
    }
    expect(selectRuleData("2019-08-01").missing).toContain("groupA");
  });

  it("Group A has 27 countries today and 26 between 2019-08-28 and 2023-07-20", () => {
    expect(selectRuleData("2026-01-15").groupA?.countries).toHaveLength(27);
    expect(selectRuleData("2020-06-01").groupA?.countries).toHaveLength(26);
  });

  it("別表第3の2 history: 12 entries in 2015, Eritrea until 2018-12-18, 10 entries now", () => {
    expect(selectRuleData("2015-01-01", DEFAULT_RULE_DATA).unArmsEmbargo?.countries).toHaveLength(12);
    expect(selectRuleData("2018-12-18").unArmsEmbargo?.countries).toContain("ER");
    expect(selectRuleData("2018-12-19").unArmsEmbargo?.countries).toHaveLength(10);
  });

  it("rejects overlapping versions of one record at load", () => {
    const [first] = COUNTRY_LISTS;
    expect(() => loadVersioned(ZCountryList, [first, { ...first, version: "dup" }])).toThrowError(/overlaps/);
  });

  it("rejects records that fail their schema at load", () => {
    expect(() =>
      loadVersioned(ZCountryList, [{ id: "GROUP_A", version: "x", countries: ["usa"] }]),
    ).toThrowError(/invalid/);
  });
});
