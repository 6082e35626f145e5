import { describe, expect, it } from "vitest";
import { TODAY } from "./coi-fixtures";
import { assessResearchSecurity, type SecurityReviewInput } from "./research-security";

/** Research security for 特定研究開発プログラム (J7, J8): tier from cited evidence; nationality never an input. */
const ids = (rs: { ruleId: string }[]) => rs.map((r) => r.ruleId);

const input = (over: Partial<SecurityReviewInput> = {}): SecurityReviewInput => ({
  subjectRole: "partner_senior_researcher",
  programmeFlagged: true,
  technologyFields: ["quantum"],
  endUserListLinks: [],
  foreignGovernmentShare: null,
  foreignGovernmentScholarship: false,
  talentProgrammes: [],
  misconduct: [],
  backgroundConcerns: [],
  evidence: [],
  ...over,
});

describe("research-security tier (J7)", () => {
  it.each([
    ["no factor", input(), "low", ["RS-NO-FACTORS", "RS-NATIONALITY"]],
    [
      "End User List link",
      input({ endUserListLinks: [{ entity: "X Institute", screeningRef: "SCR-1" }] }),
      "high",
      ["RS-EUL", "RS-NATIONALITY"],
    ],
    [
      "foreign-government share 25 %",
      input({ foreignGovernmentShare: 0.25 }),
      "elevated",
      ["RS-FOREIGN-GOV", "RS-NATIONALITY"],
    ],
    [
      "foreign-government share 24 %",
      input({ foreignGovernmentShare: 0.24 }),
      "low",
      ["RS-NO-FACTORS", "RS-NATIONALITY"],
    ],
    ["talent programme", input({ talentProgrammes: ["計画A"] }), "elevated", ["RS-TALENT", "RS-NATIONALITY"]],
    [
      "misconduct within 5 years",
      input({ misconduct: [{ finding: "捏造", foundOn: "2023-01-10" }] }),
      "elevated",
      ["RS-MISCONDUCT", "RS-NATIONALITY"],
    ],
    [
      "misconduct older than 5 years",
      input({ misconduct: [{ finding: "捏造", foundOn: "2020-01-10" }] }),
      "low",
      ["RS-NO-FACTORS", "RS-NATIONALITY"],
    ],
    [
      "two signals together",
      input({
        foreignGovernmentScholarship: true,
        backgroundConcerns: [{ institution: "Y Univ.", reason: "EUL" }],
      }),
      "high",
      ["RS-FOREIGN-GOV", "RS-BACKGROUND", "RS-NATIONALITY"],
    ],
    [
      "programme not flagged",
      input({ programmeFlagged: false, talentProgrammes: ["計画A"] }),
      null,
      ["RS-NOT-FLAGGED"],
    ],
  ] as const)("%s", (_n, i, tier, expected) => {
    const r = assessResearchSecurity(i, TODAY);
    expect(r.tier).toBe(tier);
    expect(ids(r.reasons)).toEqual(expected);
  });

  it("mitigation conditions follow the tier", () => {
    expect(assessResearchSecurity(input({ talentProgrammes: ["A"] }), TODAY).mitigations).toEqual([
      "restrict_sensitive_access",
      "disclosure_confirmation",
    ]);
    expect(assessResearchSecurity(input(), TODAY).mitigations).toEqual([]);
  });

  describe("nationality is never an input (J7 bans discrimination by nationality)", () => {
    const cases = [
      input(),
      input({ foreignGovernmentShare: 0.3 }),
      input({ endUserListLinks: [{ entity: "X", screeningRef: "S" }] }),
      input({ talentProgrammes: ["A"], misconduct: [{ finding: "盗用", foundOn: "2025-01-01" }] }),
    ];
    it.each(cases.map((c, i) => [i, c] as const))(
      "case %i: changing only nationality changes nothing",
      (_i, c) => {
        const results = ["JP", "CN", "US", "RU", "IR", "KP"].map((nationality) =>
          assessResearchSecurity(
            { ...c, nationality, religion: "x", race: "y" } as SecurityReviewInput,
            TODAY,
          ),
        );
        for (const r of results) {
          expect(r).toEqual(results[0]);
        }
      },
    );
    it("the record lists its inputs and says nationality was not one", () => {
      const r = assessResearchSecurity(input(), TODAY);
      expect(r.inputsUsed).not.toContain("nationality");
      expect(r.inputsUsed).toContain("endUserListLinks");
      expect(r.nationalityStatement.ja).toContain("国籍");
      expect(r.nationalityStatement.en).toContain("Nationality");
    });
  });
});
