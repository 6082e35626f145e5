import { describe, expect, it } from "vitest";
import { assessVisitor, controlledTechnologyNeedsLicence, nextResidencyChange } from "./visitor-assessment";

// Visiting researcher paid by a foreign university, no employment in Japan (spec §10 C03/C04).
const visiting = {
  nationality: "CN",
  entryDate: "2026-03-10",
  employerCountry: "CN",
  tokutei: { foreignEmploymentContract: true },
};

describe("visitor determination by date (spec §2, §1.4)", () => {
  it("C03: 3 months after entry the visitor is a non-resident (RES-F0) and TT1 applies", () => {
    const r = assessVisitor(visiting, "2026-06-10");
    expect(r.residency).toBe("NON_RESIDENT");
    expect(r.residencyRule).toBe("RES-F0");
    expect(controlledTechnologyNeedsLicence(r)).toBe(true);
  });

  it("C04: at month 8 the same visitor is resident (RES-F2) but 特定類型 ① keeps TT1 (deemed)", () => {
    const r = assessVisitor(visiting, "2026-11-10");
    expect(r.residency).toBe("RESIDENT");
    expect(r.residencyRule).toBe("RES-F2");
    expect(r.tokutei).toEqual(["T1"]);
    expect(controlledTechnologyNeedsLicence(r)).toBe(true);
    expect(r.rulesFired).toContain("PK-TT1-DEEMED");
  });

  it("C10: a self-funded student becomes resident with no 特定類型 at month 7; no licence for resident provision", () => {
    const student = { nationality: "VN", entryDate: "2026-01-15", tokutei: {} };
    expect(controlledTechnologyNeedsLicence(assessVisitor(student, "2026-05-15"))).toBe(true);
    const month7 = assessVisitor(student, "2026-08-15");
    expect(month7.residency).toBe("RESIDENT");
    expect(month7.tokuteiStatus).toBe("NONE");
    expect(controlledTechnologyNeedsLicence(month7)).toBe(false);
  });

  it("§1.4 rule 4: a resident with no 特定類型 declaration is UNKNOWN, never silently NONE", () => {
    const r = assessVisitor({ nationality: "JP" }, "2026-11-21");
    expect(r.residency).toBe("RESIDENT");
    expect(r.tokuteiStatus).toBe("UNKNOWN");
  });
});

describe("next residency change (6-month mark, spec §2.1 RES-F2)", () => {
  it("is exactly 6 calendar months after entry for a foreign national not employed in Japan", () => {
    expect(nextResidencyChange(visiting, "2026-04-01")).toEqual({
      on: "2026-09-10",
      from: "NON_RESIDENT",
      to: "RESIDENT",
    });
  });

  it("clamps to the month end (entry 31 Aug → 28 Feb)", () => {
    expect(nextResidencyChange({ nationality: "US", entryDate: "2026-08-31" }, "2026-09-01")?.on).toBe(
      "2027-02-28",
    );
  });

  it("has no 6-month change for a foreign national employed at an office in Japan (RES-F1)", () => {
    expect(
      nextResidencyChange(
        { nationality: "KR", entryDate: "2026-10-01", employedInJapan: true },
        "2026-10-02",
      ),
    ).toBeNull();
  });

  it("is none after the mark has passed", () => {
    expect(nextResidencyChange(visiting, "2026-09-10")).toBeNull();
  });

  it("finds the end of a Japanese national's temporary return (RES-J4 → abroad status)", () => {
    // Works abroad (RES-J1), back on a visit since 1 Oct: non-resident now, and still afterwards.
    const back = {
      nationality: "JP",
      workingAbroad: true,
      abroadSince: "2024-04-01",
      returnedToJapanOn: "2026-10-01",
    };
    expect(nextResidencyChange(back, "2026-10-02")).toBeNull();
    // A planned departure makes a resident a non-resident on the departure date (RES-J2).
    const leaving = { nationality: "JP", plannedStayAbroadMonths: 36, abroadSince: "2027-01-05" };
    expect(nextResidencyChange(leaving, "2026-12-01")).toEqual({
      on: "2027-01-05",
      from: "RESIDENT",
      to: "NON_RESIDENT",
    });
  });
});
