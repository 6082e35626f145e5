import { describe, expect, it } from "vitest";
import type { ExportControlFactsInput, TokuteiFacts } from "./schema";
import { assessAndCheck } from "./test-support";
import { determineTokutei } from "./tokutei";

// Spec §1.4 特定類型 ①②③ with exclusions; each case is a resident receiving unpublished item-7 technology
// in Japan, so 特定類型 alone decides between deemed TT1 (licence) and resident-to-resident (none).
const AS_OF = "2026-01-15";
const resident = (
  tokutei: TokuteiFacts | undefined,
  extra: Record<string, unknown> = {},
  asOf = AS_OF,
): ExportControlFactsInput => ({
  asOf,
  recipient: { nationality: "JP", employedInJapan: true, tokutei, ...extra },
  provision: { place: "JP", channels: ["in_person"] },
  item: { listItem: "7", published: false, purpose: "other" },
});

describe("特定類型 (spec §1.4)", () => {
  it("TK-NOT-IN-FORCE: a T1 resident on 2022-04-30 is not deemed a non-resident", () => {
    assessAndCheck(resident({ foreignEmploymentContract: true }, {}, "2022-04-30"), {
      outcome: "NO_LICENCE",
      residency: "RESIDENT",
      rules: ["TK-NOT-IN-FORCE", "PK-NONE"],
    });
  });

  it("TK-T1 from 2022-05-01 the same person is deemed TT1", () => {
    assessAndCheck(resident({ foreignEmploymentContract: true }, {}, "2022-05-01"), {
      outcome: "LICENCE_REQUIRED",
      residency: "RESIDENT",
      tokutei: ["T1"],
      rules: ["TK-T1", "PK-TT1-DEEMED"],
    });
  });

  it("TK-T1-INFERRED: a foreign employer country implies a foreign employment contract", () => {
    assessAndCheck(resident(undefined, { employedInJapan: false, employerCountry: "SG" }), {
      outcome: "LICENCE_REQUIRED",
      residency: "RESIDENT",
      tokutei: ["T1"],
      rules: ["TK-T1-INFERRED", "TK-T1"],
    });
  });

  it("TK-T1-EXCL-GROUP: contract with a group foreign entity is excluded (ロ)", () => {
    assessAndCheck(resident({ foreignEmploymentContract: true, groupForeignEntity: true }), {
      outcome: "NO_LICENCE",
      residency: "RESIDENT",
      rules: ["TK-T1-EXCL-GROUP", "TK-NONE"],
    });
  });

  it("TK-T2 at exactly 25 % of annual income (threshold is inclusive)", () => {
    assessAndCheck(resident({ foreignGovBenefitShare: 0.25 }), {
      outcome: "LICENCE_REQUIRED",
      residency: "RESIDENT",
      tokutei: ["T2"],
      rules: ["TK-T2"],
    });
  });

  it("TK-T2-EXCL-INSTITUTION: foreign-government money paid to the lab does not count", () => {
    assessAndCheck(resident({ foreignGovBenefitShare: 0.9, benefitPaidToInstitution: true }), {
      outcome: "NO_LICENCE",
      residency: "RESIDENT",
      rules: ["TK-T2-EXCL-INSTITUTION"],
    });
  });

  it("TK-T3: acting on a foreign government's instructions → deemed TT1", () => {
    assessAndCheck(resident({ actingOnForeignGovInstruction: true }), {
      outcome: "LICENCE_REQUIRED",
      residency: "RESIDENT",
      tokutei: ["T3"],
      rules: ["TK-T3", "PK-TT1-DEEMED"],
    });
  });

  it("TK-T1 + TK-T3 are reported together", () => {
    assessAndCheck(resident({ foreignEmploymentContract: true, actingOnForeignGovInstruction: true }), {
      outcome: "LICENCE_REQUIRED",
      residency: "RESIDENT",
      tokutei: ["T1", "T3"],
      rules: ["TK-T1", "TK-T3"],
    });
  });

  it("TK-T2 applies to Japanese nationals too (nationality is irrelevant)", () => {
    const result = determineTokutei(
      { nationality: "JP", tokutei: { foreignGovBenefitShare: 0.4 } },
      "RESIDENT",
      AS_OF,
    );
    expect(result).toMatchObject({ status: "APPLICABLE", categories: ["T2"] });
  });

  it("TK-UNDECLARED: no declaration → MANUAL_REVIEW for list technology ([R] §1.4 rule 4)", () => {
    assessAndCheck(resident(undefined), {
      outcome: "MANUAL_REVIEW",
      residency: "RESIDENT",
      rules: ["TK-UNDECLARED", "PK-TT1-POSSIBLE", "LC-LICENCE"],
    });
  });

  it("TK-UNDECLARED with the policy switched off → NO_LICENCE", () => {
    assessAndCheck(
      resident(undefined),
      { outcome: "NO_LICENCE", residency: "RESIDENT", rules: ["TK-NONE", "PK-NONE"] },
      { policy: { requireTokuteiDeclaration: false } },
    );
  });

  it("TK-UNDECLARED does not block public technology (EX-PUBLIC still clears)", () => {
    const facts = resident(undefined);
    assessAndCheck(
      { ...facts, item: { listItem: "7", published: true } },
      { outcome: "NO_LICENCE_EXEMPT", exemption: "EX-PUBLIC", residency: "RESIDENT", rules: ["EX-PUBLIC"] },
    );
  });

  it("TK-T2-SOE-U: benefit from a foreign state-owned entity → MANUAL_REVIEW ([U] V8)", () => {
    assessAndCheck(resident({ foreignGovBenefitShare: 0, benefitFromStateOwnedEntity: true }), {
      outcome: "MANUAL_REVIEW",
      residency: "RESIDENT",
      rules: ["TK-T2-SOE-U"],
    });
  });

  it("TK-METI-NOTICE: METI notification that the person may be 特定類型 → MANUAL_REVIEW (§1.5)", () => {
    assessAndCheck(resident({ foreignEmploymentContract: false, metiNotice: true }), {
      outcome: "MANUAL_REVIEW",
      residency: "RESIDENT",
      rules: ["TK-METI-NOTICE"],
    });
  });

  it("TK-SCOPE-NONRES: a non-resident has no 特定類型 (already TT1)", () => {
    const result = determineTokutei(
      { nationality: "US", tokutei: { foreignEmploymentContract: true } },
      "NON_RESIDENT",
      AS_OF,
    );
    expect(result).toMatchObject({ status: "NOT_APPLICABLE", categories: [] });
    expect(result.reasons.map((r) => r.ruleId)).toEqual(["TK-SCOPE-NONRES"]);
  });
});
