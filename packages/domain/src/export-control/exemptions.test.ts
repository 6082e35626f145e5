import { describe, expect, it } from "vitest";
import type { EndUserFacts, ExportControlFactsInput, ItemFacts } from "./schema";
import { assessAndCheck } from "./test-support";

// Spec §5 exemptions, §5.1/§5.2 and §11 rule 4: when an exemption may clear and when it may not.
const AS_OF = "2026-01-15";
const toVisitor = (item: ItemFacts, endUser?: EndUserFacts): ExportControlFactsInput => ({
  asOf: AS_OF,
  recipient: { nationality: "SG", entryDate: "2025-11-01" },
  provision: { place: "JP", channels: ["in_person"] },
  item,
  endUser,
});
const nonRes = { residency: "NON_RESIDENT" as const };

describe("exemptions (spec §5)", () => {
  it("EX-PUBLIC not met: a presentation to a restricted audience (NDA) is not 公知 → licence", () => {
    assessAndCheck(
      toVisitor({ listItem: "10", published: false, purpose: "publication", restrictedAudience: true }),
      {
        outcome: "LICENCE_REQUIRED",
        ...nonRes,
        rules: ["EX-NOT-MET", "LC-LICENCE"],
      },
    );
  });

  it("EX-PUBLIC unconfirmed: openness of the audience not stated → no automatic exemption", () => {
    assessAndCheck(toVisitor({ listItem: "10", published: false, purpose: "publication" }), {
      outcome: "LICENCE_REQUIRED",
      ...nonRes,
      rules: ["EX-UNCONFIRMED"],
    });
  });

  it("EX-PUBLIC (イ–ニ): already published technology shown to a non-resident", () => {
    assessAndCheck(toVisitor({ listItem: "10", published: true }), {
      outcome: "NO_LICENCE_EXEMPT",
      exemption: "EX-PUBLIC",
      ...nonRes,
      rules: ["EX-PUBLIC"],
    });
  });

  it("EX-IPR: minimum technology for a foreign patent filing", () => {
    assessAndCheck(
      toVisitor({ listItem: "6", published: false, purpose: "patent_filing", beyondFilingMinimum: false }),
      {
        outcome: "NO_LICENCE_EXEMPT",
        exemption: "EX-IPR",
        ...nonRes,
        rules: ["EX-IPR"],
      },
    );
  });

  it("EX-IPR not met: production know-how beyond the filing minimum → licence", () => {
    assessAndCheck(
      toVisitor({ listItem: "6", published: false, purpose: "patent_filing", beyondFilingMinimum: true }),
      {
        outcome: "LICENCE_REQUIRED",
        ...nonRes,
        rules: ["EX-NOT-MET"],
      },
    );
  });

  it("EX-USE-GOODS: minimum use technology with exported equipment", () => {
    assessAndCheck(toVisitor({ listItem: "2", purpose: "use_of_exported_goods", productionKnowHow: false }), {
      outcome: "MANUAL_REVIEW",
      ...nonRes,
      rules: ["EX-USE-GOODS", "EX-BLOCKED-WMD-TIER"],
    });
    assessAndCheck(toVisitor({ listItem: "6", purpose: "use_of_exported_goods", productionKnowHow: false }), {
      outcome: "NO_LICENCE_EXEMPT",
      exemption: "EX-USE-GOODS",
      ...nonRes,
      rules: ["EX-USE-GOODS"],
    });
  });

  it("EX-USE-GOODS not met: repair know-how equivalent to production technology (ロ/ハ) → licence", () => {
    assessAndCheck(toVisitor({ listItem: "6", purpose: "use_of_exported_goods", productionKnowHow: true }), {
      outcome: "LICENCE_REQUIRED",
      ...nonRes,
      rules: ["EX-NOT-MET"],
    });
  });

  it("EX-USE-PROG: minimum use technology incidental to a program", () => {
    assessAndCheck(toVisitor({ listItem: "9", purpose: "use_of_program", productionKnowHow: false }), {
      outcome: "NO_LICENCE_EXEMPT",
      exemption: "EX-USE-PROG",
      ...nonRes,
      rules: ["EX-USE-PROG"],
    });
  });

  it("EX-COMMERCIAL-PROG: commercially available program, no 告示 exclusion", () => {
    assessAndCheck(
      toVisitor({ listItem: "9", commerciallyAvailableProgram: true, programExclusionApplies: false }),
      {
        outcome: "NO_LICENCE_EXEMPT",
        exemption: "EX-COMMERCIAL-PROG",
        ...nonRes,
        rules: ["EX-COMMERCIAL-PROG"],
      },
    );
  });

  it("EX-COMMERCIAL-PROG not met: excluded encryption program → licence", () => {
    assessAndCheck(
      toVisitor({ listItem: "9", commerciallyAvailableProgram: true, programExclusionApplies: true }),
      {
        outcome: "LICENCE_REQUIRED",
        ...nonRes,
        rules: ["EX-NOT-MET"],
      },
    );
  });

  it("EX-BLOCKED-TRIGGER: public technology but an inform notice exists → MANUAL_REVIEW, never auto-cleared", () => {
    const r = assessAndCheck(
      toVisitor({ listItem: "10", published: true }, { country: "SG", informNotice: true }),
      {
        outcome: "MANUAL_REVIEW",
        ...nonRes,
        rules: ["EX-PUBLIC", "EX-BLOCKED-TRIGGER"],
      },
    );
    expect(r.exemptionCandidate).toBe("EX-PUBLIC");
  });

  it("EX-BLOCKED-TRIGGER: basic science with an EUL-listed end user → MANUAL_REVIEW", () => {
    assessAndCheck(
      toVisitor({ listItem: "7", purpose: "basic_science" }, { country: "CN", eulCategories: ["M"] }),
      {
        outcome: "MANUAL_REVIEW",
        ...nonRes,
        rules: ["EX-BASIC-SCI", "EX-BLOCKED-TRIGGER"],
      },
    );
  });

  it("EX-BLOCKED-TRIGGER on item 16: a catch-all trigger plus a public-purpose claim goes to a human", () => {
    assessAndCheck(
      toVisitor(
        { listItem: "16", purpose: "publication", restrictedAudience: false },
        { country: "SG", statedWmdUse: true },
      ),
      { outcome: "MANUAL_REVIEW", ...nonRes, rules: ["CA-WMD-USE", "EX-PUBLIC", "EX-BLOCKED-TRIGGER"] },
    );
  });

  it("EX-BLOCKED-WMD-TIER: basic-science exemption on item-2 technology is not auto-cleared ([R] §11 rule 4)", () => {
    assessAndCheck(toVisitor({ listItem: "2", purpose: "basic_science" }), {
      outcome: "MANUAL_REVIEW",
      ...nonRes,
      rules: ["EX-BASIC-SCI", "EX-BLOCKED-WMD-TIER"],
    });
  });

  it("EX-BLOCKED-WMD-TIER can be switched off by institution policy", () => {
    assessAndCheck(
      toVisitor({ listItem: "2", purpose: "basic_science" }),
      { outcome: "NO_LICENCE_EXEMPT", exemption: "EX-BASIC-SCI", ...nonRes, rules: ["EX-BASIC-SCI"] },
      { policy: { wmdTierBlocksExemption: false } },
    );
  });

  it("EX-NA-GOODS: technology exemptions do not clear a goods export", () => {
    assessAndCheck(
      {
        asOf: AS_OF,
        activity: "goods_export",
        provision: { destinationCountry: "SG" },
        item: { listItem: "7", published: true, purpose: "publication", restrictedAudience: false },
      },
      { outcome: "LICENCE_REQUIRED", residency: null, rules: ["EX-NA-GOODS", "LC-LICENCE"] },
    );
  });

  it("CA-NO-TRIGGER: item-16 technology without triggers is plain NO_LICENCE (EX-CA16 is not an output id)", () => {
    assessAndCheck(toVisitor({ listItem: "16", hsCode: "8413.70" }, { country: "SG", eulCategories: [] }), {
      outcome: "NO_LICENCE",
      ...nonRes,
      rules: ["CA-NO-TRIGGER"],
    });
  });
});
