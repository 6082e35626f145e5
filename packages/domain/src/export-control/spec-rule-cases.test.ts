import { describe, it } from "vitest";
import type { ExportControlFactsInput } from "./schema";
import { assessAndCheck, type Expected } from "./test-support";

// More cases from spec §1–§5 (beyond §10 C01–C15 and the per-module tests), one row per rule exercised.
// Each row names the spec section and the rule id it cites; the engine must fire that rule and reach the
// outcome the section prescribes.
const AS_OF = "2026-01-15";
const declared = {
  foreignEmploymentContract: false,
  foreignGovScholarship: false,
  actingOnForeignGovInstruction: false,
};
const inJapan = { place: "JP", channels: ["in_person" as const] };

const rows: [string, ExportControlFactsInput, Expected][] = [
  [
    "§3.2 LC-TIER-ARMS: item-1 technology to a non-resident visitor → licence, arms tier noted",
    {
      asOf: AS_OF,
      recipient: { nationality: "AU", entryDate: "2025-12-01" },
      provision: inJapan,
      item: { listItem: "1", published: false },
    },
    {
      outcome: "LICENCE_REQUIRED",
      residency: "NON_RESIDENT",
      rules: ["PK-TT1", "LC-LIST", "LC-TIER-ARMS", "LC-LICENCE"],
    },
  ],
  [
    "§2.1 RES-J1 + §1.2 PK-TT4: unpublished item-9 technology e-mailed to a Japanese professor seconded abroad → licence",
    {
      asOf: AS_OF,
      recipient: { nationality: "JP", workingAbroad: true, abroadSince: "2025-04-01" },
      provision: { place: "JP", channels: ["electronic"], destinationCountry: "US" },
      item: { listItem: "9", published: false },
    },
    {
      outcome: "LICENCE_REQUIRED",
      residency: "NON_RESIDENT",
      rules: ["RES-J1", "PK-TT1", "PK-TT4", "LC-LICENCE"],
    },
  ],
  [
    "§2.1 RES-J4: back in Japan for 2 months after 3 years abroad, still non-resident → licence for list technology",
    {
      asOf: AS_OF,
      recipient: {
        nationality: "JP",
        workingAbroad: true,
        abroadSince: "2022-10-01",
        returnedToJapanOn: "2025-11-20",
      },
      provision: inJapan,
      item: { listItem: "5", published: false },
    },
    { outcome: "LICENCE_REQUIRED", residency: "NON_RESIDENT", rules: ["RES-J4", "PK-TT1", "LC-LICENCE"] },
  ],
  [
    "§2.1 RES-F4: a foreign diplomat is non-resident even after years in Japan → licence",
    {
      asOf: AS_OF,
      recipient: { nationality: "FR", entryDate: "2021-04-01", diplomatOrForeignOfficial: true },
      provision: inJapan,
      item: { listItem: "11", published: false },
    },
    { outcome: "LICENCE_REQUIRED", residency: "NON_RESIDENT", rules: ["RES-F4", "PK-TT1", "LC-LICENCE"] },
  ],
  [
    "§2.1 RES-X1 + §5 EX-PUBLIC: published technology to a US forces member → exempt",
    {
      asOf: AS_OF,
      recipient: { nationality: "US", usOrUnForces: true },
      provision: inJapan,
      item: { listItem: "10", published: true },
    },
    {
      outcome: "NO_LICENCE_EXEMPT",
      exemption: "EX-PUBLIC",
      residency: "NON_RESIDENT",
      rules: ["RES-X1", "EX-PUBLIC"],
    },
  ],
  [
    "§1.4 TK-T3 + §5 EX-BASIC-SCI: a resident acting on foreign-government instructions, basic research → exempt",
    {
      asOf: AS_OF,
      recipient: { nationality: "JP", tokutei: { ...declared, actingOnForeignGovInstruction: true } },
      provision: inJapan,
      item: { listItem: "8", published: false, purpose: "basic_science" },
    },
    {
      outcome: "NO_LICENCE_EXEMPT",
      exemption: "EX-BASIC-SCI",
      residency: "RESIDENT",
      tokutei: ["T3"],
      rules: ["TK-T3", "PK-TT1-DEEMED", "EX-BASIC-SCI"],
    },
  ],
  [
    "§1.4 TK-T1-EXCL-GROUP: employment contract with a group foreign entity is not ① → resident to resident",
    {
      asOf: AS_OF,
      recipient: {
        nationality: "JP",
        employedInJapan: true,
        tokutei: { ...declared, foreignEmploymentContract: true, groupForeignEntity: true },
      },
      provision: inJapan,
      item: { listItem: "6", published: false },
    },
    {
      outcome: "NO_LICENCE",
      residency: "RESIDENT",
      rules: ["TK-T1-EXCL-GROUP", "PK-NONE"],
      absentRules: ["TK-T1"],
    },
  ],
  [
    "§1.4 TK-NOT-IN-FORCE: on 2022-04-30 a T2 resident was not yet deemed a non-resident",
    {
      asOf: "2022-04-30",
      recipient: { nationality: "JP", tokutei: { ...declared, foreignGovBenefitShare: 0.5 } },
      provision: inJapan,
      item: { listItem: "7", published: false },
    },
    { outcome: "NO_LICENCE", residency: "RESIDENT", rules: ["TK-NOT-IN-FORCE", "PK-NONE"] },
  ],
  [
    "§1.2 PK-TT2 + PK-TT3: list technology on a laptop shown to a partner in Korea (Group A does not relieve list items)",
    {
      asOf: AS_OF,
      provision: { place: "KR", channels: ["in_person", "carried_media"] },
      item: { listItem: "9", published: false, purpose: "product_development" },
      endUser: { name: "Example Semiconductor (fictional)", country: "KR", eulCategories: [] },
    },
    {
      outcome: "LICENCE_REQUIRED",
      residency: null,
      rules: ["PK-TT2", "PK-TT3", "DEST-GROUP-A", "LC-LICENCE"],
    },
  ],
  [
    "§5 EX-USE-GOODS not met: maintenance that upgrades performance is not incidental use technology → licence",
    {
      asOf: AS_OF,
      recipient: { nationality: "TH", entryDate: "2025-12-01" },
      provision: inJapan,
      item: {
        listItem: "2",
        published: false,
        purpose: "use_of_exported_goods",
        productionKnowHow: false,
        improvesPerformance: true,
      },
    },
    { outcome: "LICENCE_REQUIRED", residency: "NON_RESIDENT", rules: ["EX-NOT-MET", "LC-LICENCE"] },
  ],
  [
    "§4.5 EUL-INPUT + §4.2 CA-NO-TRIGGER: item-16 technology to an unlisted user in a general country → no licence",
    {
      asOf: AS_OF,
      recipient: { nationality: "VN", entryDate: "2025-12-01" },
      provision: inJapan,
      item: { listItem: "16" },
      endUser: {
        name: "Example University of Hanoi (fictional)",
        country: "VN",
        eulCategories: [],
        informNotice: false,
        statedMilitaryUse: false,
        statedWmdUse: false,
      },
    },
    {
      outcome: "NO_LICENCE",
      residency: "NON_RESIDENT",
      rules: ["LC-CA16", "EUL-INPUT", "DEST-GROUP-C", "DEST-B-UNENUMERATED", "CA-NO-TRIGGER"],
    },
  ],
  [
    "§4.2 LC-16-UNKNOWN: item-16 goods without an HS code are treated as 16(1) (more requirements apply)",
    {
      asOf: AS_OF,
      activity: "goods_export",
      provision: { destinationCountry: "BR" },
      item: { listItem: "16" },
      endUser: {
        name: "Example Institute (fictional)",
        country: "BR",
        eulCategories: [],
        informNotice: false,
      },
    },
    { outcome: "NO_LICENCE", residency: null, rules: ["PK-GOODS-EXPORT", "LC-CA16", "LC-16-UNKNOWN"] },
  ],
  [
    "§4.1 CA-INFORM: an inform notice for item-16 technology to a Group A user (from 2025-10-09) → licence",
    {
      asOf: AS_OF,
      provision: { place: "DE", channels: ["electronic"], destinationCountry: "DE" },
      item: { listItem: "16", published: false, purpose: "product_development" },
      endUser: { name: "Example GmbH (fictional)", country: "DE", eulCategories: [], informNotice: true },
    },
    {
      outcome: "LICENCE_REQUIRED",
      residency: null,
      rules: ["PK-TT2", "PK-TT4", "DEST-GROUP-A", "CA-INFORM"],
    },
  ],
  [
    "§4.6 SANC-RU-BY-LIST: list-controlled goods to Belarus are prohibited",
    {
      asOf: AS_OF,
      activity: "goods_export",
      provision: { destinationCountry: "BY" },
      item: { listItem: "3" },
      endUser: { name: "Example Institute (fictional)", country: "BY", eulCategories: [] },
    },
    { outcome: "PROHIBITED", residency: null, rules: ["SANC-RU-BY-LIST"] },
  ],
  [
    "§4.6 SANC-NK + §11 rule 4: even published technology to North Korea is not cleared by EX-PUBLIC",
    {
      asOf: AS_OF,
      recipient: { nationality: "KP" },
      provision: { place: "JP", channels: ["electronic"], destinationCountry: "KP" },
      item: { listItem: "16", published: true },
    },
    // The exemption is found (EX-PUBLIC) but the prohibition prevails: the result carries no exemption.
    {
      outcome: "PROHIBITED",
      residency: "NON_RESIDENT",
      rules: ["SANC-NK", "SANC-TECH-EXTENSION-U", "EX-PUBLIC"],
    },
  ],
  [
    "§5 EX-COMMERCIAL-PROG: a commercially sold program with no 告示 exclusion → exempt",
    {
      asOf: AS_OF,
      recipient: { nationality: "IN", entryDate: "2025-12-01" },
      provision: inJapan,
      item: {
        listItem: "8",
        published: false,
        purpose: "other",
        commerciallyAvailableProgram: true,
        programExclusionApplies: false,
      },
    },
    {
      outcome: "NO_LICENCE_EXEMPT",
      exemption: "EX-COMMERCIAL-PROG",
      residency: "NON_RESIDENT",
      rules: ["EX-COMMERCIAL-PROG"],
    },
  ],
];

describe("more cases from spec §1–§5, each citing its rule", () => {
  it.each(rows)("%s", (_name, facts, expected) => {
    assessAndCheck(facts, expected);
  });
});
