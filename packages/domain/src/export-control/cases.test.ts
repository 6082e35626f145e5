import { describe, expect, it } from "vitest";
import { assessExportControl } from "./assess";
import type { ExportControlFactsInput } from "./schema";
import { assessAndCheck, type Expected } from "./test-support";

// Spec §10 worked cases C01–C15 (and the variants named there), transcribed as fixtures.
const AS_OF = "2026-01-15";

const postdoc = (tokutei: Record<string, unknown>): ExportControlFactsInput => ({
  asOf: AS_OF,
  activity: "technology_provision",
  recipient: { nationality: "CN", employedInJapan: true, entryDate: "2024-01-10", tokutei },
  provision: { place: "JP", channels: ["in_person"] },
  item: { listItem: "7", published: false, purpose: "product_development" },
});

const visitor = (asOf: string): ExportControlFactsInput => ({
  asOf,
  recipient: {
    nationality: "CN",
    employedInJapan: false,
    employerCountry: "CN",
    entryDate: "2025-05-01",
    tokutei: { foreignEmploymentContract: true, priorityAgreement: false },
  },
  provision: { place: "JP", channels: ["in_person"] },
  item: { listItem: "10", published: false, purpose: "other" },
});

const professorKengyo = (priorityAgreement: boolean): ExportControlFactsInput => ({
  asOf: AS_OF,
  recipient: {
    nationality: "JP",
    employedInJapan: true,
    tokutei: { foreignEmploymentContract: true, priorityAgreement },
  },
  provision: { place: "JP", channels: ["in_person"] },
  item: { listItem: "4", published: false, purpose: "other" },
});

const selfFundedStudent = (asOf: string): ExportControlFactsInput => ({
  asOf,
  recipient: {
    nationality: "VN",
    entryDate: "2025-09-01",
    tokutei: { foreignEmploymentContract: false, foreignGovScholarship: false },
  },
  provision: { place: "JP", channels: ["in_person"] },
  item: { listItem: "8", published: false, purpose: "other" },
});

const scholarshipStudent = (
  purpose: "product_development" | "basic_science",
  share?: number,
): ExportControlFactsInput => ({
  asOf: AS_OF,
  recipient: {
    nationality: "MY",
    entryDate: "2025-01-10",
    tokutei: { foreignGovScholarship: true, foreignEmploymentContract: false, foreignGovBenefitShare: share },
  },
  provision: { place: "JP", channels: ["in_person"] },
  item: { listItem: "7", published: false, purpose },
});

const oscilloscope = (
  country: string,
  endUser: Record<string, unknown>,
  asOf = AS_OF,
): ExportControlFactsInput => ({
  asOf,
  activity: "goods_export",
  provision: { destinationCountry: country },
  item: { listItem: "16", hsCode: "9030.20" },
  endUser: { name: "Partner University", country, ...endUser },
});

const libya = (extra: Record<string, unknown> = {}): ExportControlFactsInput => ({
  asOf: AS_OF,
  recipient: { nationality: "LY" },
  provision: { place: "JP", channels: ["electronic"], destinationCountry: "LY" },
  item: { listItem: "16" },
  endUser: {
    country: "LY",
    eulCategories: [],
    statedMilitaryUse: true,
    clearlyCivilEvidence: true,
    ...extra,
  },
});

const cases: [string, ExportControlFactsInput, Expected][] = [
  [
    "C01 employed postdoc with ≥25 % foreign-government stipend: RES-F1 + T2 → deemed TT1 → licence",
    postdoc({ foreignEmploymentContract: false, foreignGovBenefitShare: 0.3 }),
    {
      outcome: "LICENCE_REQUIRED",
      residency: "RESIDENT",
      tokutei: ["T2"],
      rules: ["RES-F1", "TK-T2", "PK-TT1-DEEMED", "EX-NOT-MET", "LC-LICENCE"],
    },
  ],
  [
    "C02 pre-employment scholarship being repaid: not T2 → resident to resident → no licence",
    postdoc({
      foreignEmploymentContract: false,
      foreignGovScholarship: true,
      benefitReceivedBeforeEmployment: true,
    }),
    {
      outcome: "NO_LICENCE",
      residency: "RESIDENT",
      rules: ["RES-F1", "TK-T2-EXCL-PRE-EMPLOYMENT", "TK-NONE", "PK-NONE"],
    },
  ],
  [
    "C03 visiting researcher at month 3: RES-F0 non-resident → TT1 → licence",
    visitor("2025-08-01"),
    {
      outcome: "LICENCE_REQUIRED",
      residency: "NON_RESIDENT",
      rules: ["RES-F0", "TK-SCOPE-NONRES", "PK-TT1", "LC-LICENCE"],
    },
  ],
  [
    "C04 same researcher at month 8: RES-F2 resident but T1 (foreign employer) → licence",
    visitor("2026-01-01"),
    {
      outcome: "LICENCE_REQUIRED",
      residency: "RESIDENT",
      tokutei: ["T1"],
      rules: ["RES-F2", "TK-T1", "PK-TT1-DEEMED", "LC-LICENCE"],
    },
  ],
  [
    "C05 professor with approved 兼業 at a foreign university: T1 (兼業 note), item 4 T-WMD → licence",
    professorKengyo(false),
    {
      outcome: "LICENCE_REQUIRED",
      residency: "RESIDENT",
      tokutei: ["T1"],
      rules: ["RES-J0", "TK-T1", "TK-T1-KENGYO", "LC-TIER-WMD", "LC-LICENCE"],
    },
  ],
  [
    "C05b written priority agreement: T1 exclusion (イ) → no licence",
    professorKengyo(true),
    {
      outcome: "NO_LICENCE",
      residency: "RESIDENT",
      rules: ["TK-T1-EXCL-PRIORITY", "PK-NONE"],
      absentRules: ["TK-T1"],
    },
  ],
  [
    "C06 paper at an open US conference, slides on laptop: TT2 + TT3 but EX-PUBLIC (9号ホ)",
    {
      asOf: AS_OF,
      provision: { place: "US", channels: ["in_person", "carried_media"] },
      item: { listItem: "10", published: false, purpose: "publication", restrictedAudience: false },
    },
    {
      outcome: "NO_LICENCE_EXEMPT",
      exemption: "EX-PUBLIC",
      residency: null,
      rules: ["PK-TT2", "PK-TT3", "EX-PUBLIC"],
    },
  ],
  [
    "C07 unpublished item-6 know-how at a closed US meeting: TT1 + TT2 + TT3, Group A does not relieve → licence",
    {
      asOf: AS_OF,
      recipient: { nationality: "US" },
      provision: { place: "US", channels: ["in_person", "carried_media"] },
      item: { listItem: "6", published: false, restrictedAudience: true, purpose: "product_development" },
      endUser: { name: "US Partner Inc.", country: "US", eulCategories: [] },
    },
    {
      outcome: "LICENCE_REQUIRED",
      residency: "NON_RESIDENT",
      rules: ["PK-TT1", "PK-TT2", "PK-TT3", "DEST-GROUP-A", "LC-LICENCE"],
    },
  ],
  [
    "C08 e-mail of unpublished item-9 technology to a German university: TT1 + TT4 → licence",
    {
      asOf: AS_OF,
      recipient: { nationality: "DE", employerCountry: "DE" },
      provision: { place: "JP", channels: ["electronic"], destinationCountry: "DE" },
      item: { listItem: "9", published: false },
    },
    {
      outcome: "LICENCE_REQUIRED",
      residency: "NON_RESIDENT",
      rules: ["PK-TT1", "PK-TT4", "DEST-GROUP-A", "LC-LICENCE"],
    },
  ],
  [
    "C09 Japanese master's student without foreign ties: RES-J0, no 特定類型 → no licence",
    {
      asOf: AS_OF,
      recipient: {
        nationality: "JP",
        tokutei: {
          foreignEmploymentContract: false,
          foreignGovScholarship: false,
          actingOnForeignGovInstruction: false,
        },
      },
      provision: { place: "JP", channels: ["in_person"] },
      item: { listItem: "5", published: false },
    },
    { outcome: "NO_LICENCE", residency: "RESIDENT", rules: ["RES-J0", "TK-NONE", "PK-NONE"] },
  ],
  [
    "C10 self-funded PhD student at month 4: RES-F0 → licence",
    selfFundedStudent("2026-01-01"),
    { outcome: "LICENCE_REQUIRED", residency: "NON_RESIDENT", rules: ["RES-F0", "PK-TT1", "LC-LICENCE"] },
  ],
  [
    "C10 same student at month 7: RES-F2, no 特定類型 → no licence",
    selfFundedStudent("2026-04-01"),
    { outcome: "NO_LICENCE", residency: "RESIDENT", rules: ["RES-F2", "TK-NONE", "PK-NONE"] },
  ],
  [
    "C11a foreign-government scholarship student, industry device project: T2 presumed → licence",
    scholarshipStudent("product_development"),
    {
      outcome: "LICENCE_REQUIRED",
      residency: "RESIDENT",
      tokutei: ["T2"],
      rules: ["RES-F2", "TK-T2-PRESUMED", "PK-TT1-DEEMED", "LC-LICENCE"],
    },
  ],
  [
    "C11b same student, elementary-particle project: T2 presumed but EX-BASIC-SCI (10号)",
    scholarshipStudent("basic_science"),
    {
      outcome: "NO_LICENCE_EXEMPT",
      exemption: "EX-BASIC-SCI",
      residency: "RESIDENT",
      tokutei: ["T2"],
      rules: ["TK-T2-PRESUMED", "PK-TT1-DEEMED", "EX-BASIC-SCI"],
    },
  ],
  [
    "C11c scholarship documented below 25 %: not T2 → no licence for (a)",
    scholarshipStudent("product_development", 0.2),
    { outcome: "NO_LICENCE", residency: "RESIDENT", rules: ["TK-T2-BELOW-THRESHOLD", "PK-NONE"] },
  ],
  [
    "C12 reagent (item 16) to an EUL-N Iranian university, nuclear concern: ⑰イ match + Iran snapback → prohibited",
    {
      asOf: AS_OF,
      activity: "goods_export",
      provision: { destinationCountry: "IR" },
      item: { listItem: "16", hsCode: "2811", concernTypes: ["N"] },
      endUser: { name: "Example University", country: "IR", eulCategories: ["N"] },
    },
    {
      outcome: "PROHIBITED",
      residency: null,
      rules: ["DEST-GROUP-D", "DEST-CONCERN", "CA-EUL-MATCH", "SANC-IRAN-WMD"],
    },
  ],
  [
    "C13 oscilloscope (16(1)) to a CW-listed university in a general country, no evidence: ⑰ロ → licence",
    oscilloscope("PK", { eulCategories: ["CW"] }),
    {
      outcome: "LICENCE_REQUIRED",
      residency: null,
      rules: ["LC-16-1", "DEST-GROUP-C", "CA-CONV-ENDUSER-17RO"],
    },
  ],
  [
    "C13 variant: all available information shows clearly civil use → no licence (evidence stored)",
    oscilloscope("PK", { eulCategories: ["CW"], clearlyCivilEvidence: true }),
    { outcome: "NO_LICENCE", residency: null, rules: ["LC-16-1", "CA-AKIRAKA-CLEAR"] },
  ],
  [
    "C14 oscilloscope to a UK university (Group A), no inform → no licence",
    oscilloscope("GB", { eulCategories: [], informNotice: false }),
    { outcome: "NO_LICENCE", residency: null, rules: ["DEST-GROUP-A", "CA-GROUP-A-NO-OBJECTIVE"] },
  ],
  [
    "C14b METI inform notice for the UK end user → licence (inform extended to Group A 2025-10-09)",
    oscilloscope("GB", { eulCategories: [], informNotice: true }),
    { outcome: "LICENCE_REQUIRED", residency: null, rules: ["CA-INFORM"] },
  ],
  [
    "C15 drone-control technology to Libya, military UAV stated, 'civilian' claim: CONV_USE, 明らか cannot clear 用途",
    libya(),
    {
      outcome: "LICENCE_REQUIRED",
      residency: "NON_RESIDENT",
      rules: ["DEST-UN-EMBARGO", "CA-CONV-USE", "CA-AKIRAKA-NOT-FOR-USE"],
    },
  ],
  [
    "C15 variant: UAV range ≥ 300 km → also WMD 用途",
    libya({ statedWmdUse: true }),
    { outcome: "LICENCE_REQUIRED", residency: "NON_RESIDENT", rules: ["CA-CONV-USE", "CA-WMD-USE"] },
  ],
];

describe("spec §10 worked cases", () => {
  it.each(cases)("%s", (_name, facts, expected) => {
    assessAndCheck(facts, expected);
  });

  it("C12 reports the catch-all trigger and the Iran sanctions flag together", () => {
    const result = assessExportControl(cases.find(([n]) => n.startsWith("C12"))![1]);
    expect(result.catchAllTriggers).toEqual(["EUL_MATCH"]);
    expect(result.sanctions).toEqual(["IRAN_UNSCR2231"]);
  });

  it("C07 lists the three provision kinds in the result", () => {
    const result = assessExportControl(cases.find(([n]) => n.startsWith("C07"))![1]);
    expect(result.provisionKinds).toEqual(["TT1_RES_TO_NONRES", "TT2_PROVISION_ABROAD", "TT3_MEDIA_EXPORT"]);
  });

  it("C05 escalates the T-WMD tier", () => {
    expect(assessExportControl(professorKengyo(false)).reviewFlags).toContain("ESCALATE-T-WMD");
  });
});
