import { describe, expect, it } from "vitest";
import { coiOf, partner, readyCase, researcherCoi, staff, student, TODAY } from "./case-fixtures";
import {
  canAddParticipant,
  canStudentAccess,
  coiGate,
  exportReviewGate,
  ndaCovering,
  screeningGate,
  studentGate,
} from "./case-gates";
import { DEFAULT_CASE_POLICY } from "./case-policy";
import type { CaseFacts, ExportReview, Nda } from "./case-schemas";
import { contractGate } from "./contract-gate";
import { canDisclose } from "./disclosure";

const ids = (rs: { ruleId: string }[]) => rs.map((r) => r.ruleId);
const review = (outcome: ExportReview["outcome"], licence: ExportReview["licence"] = null): ExportReview => ({
  outcome,
  reviewedOn: TODAY,
  licence,
});

describe("export-control review gate (seed 001 §II.1, §IV.2-9)", () => {
  it.each([
    ["§IV.2-9 no review", null, ["GATE-EXPORT-MISSING"]],
    [
      "§IV.2-9 review not yet decided",
      { outcome: null, reviewedOn: null, licence: null },
      ["GATE-EXPORT-PENDING"],
    ],
    ["§II.1 NO_LICENCE", review("NO_LICENCE"), []],
    ["§II.1 NO_LICENCE_EXEMPT", review("NO_LICENCE_EXEMPT"), []],
    ["§II.1 LICENCE_REQUIRED, none", review("LICENCE_REQUIRED"), ["GATE-EXPORT-LICENCE"]],
    [
      "§II.1 LICENCE_REQUIRED, applied",
      review("LICENCE_REQUIRED", { status: "applied", expiresOn: null }),
      ["GATE-EXPORT-LICENCE"],
    ],
    [
      "§II.1 LICENCE_REQUIRED, denied",
      review("LICENCE_REQUIRED", { status: "denied", expiresOn: null }),
      ["GATE-EXPORT-LICENCE"],
    ],
    [
      "§II.1 LICENCE_REQUIRED, granted",
      review("LICENCE_REQUIRED", { status: "granted", expiresOn: null }),
      [],
    ],
    [
      "§II.1 LICENCE_REQUIRED, granted till today",
      review("LICENCE_REQUIRED", { status: "granted", expiresOn: TODAY }),
      [],
    ],
    [
      "§II.1 LICENCE_REQUIRED, expired",
      review("LICENCE_REQUIRED", { status: "granted", expiresOn: "2026-11-21" }),
      ["GATE-EXPORT-LICENCE"],
    ],
    ["§IV.2-9 MANUAL_REVIEW", review("MANUAL_REVIEW"), ["GATE-EXPORT-MANUAL"]],
    ["§II.1 PROHIBITED", review("PROHIBITED"), ["GATE-EXPORT-PROHIBITED"]],
    [
      "§II.1 PROHIBITED even with a licence record",
      review("PROHIBITED", { status: "granted", expiresOn: null }),
      ["GATE-EXPORT-PROHIBITED"],
    ],
  ] as const)("%s", (_n, r, expected) => {
    expect(ids(exportReviewGate(r, TODAY))).toEqual(expected);
  });
});

describe("COI gate (seed 001 §III.1; X2: the committee's outcome, not a flag)", () => {
  const approved = (validUntil: string) => ({
    state: "approved" as const,
    approvedOn: "2026-04-10",
    validUntil,
    relatedInterests: [],
  });
  it.each([
    ["no declaration", researcherCoi({ declaration: null }), ["GATE-COI-MISSING"]],
    ["approved, valid till today", researcherCoi({ declaration: approved(TODAY) }), []],
    [
      "approved, lapsed yesterday",
      researcherCoi({ declaration: approved("2026-11-21") }),
      ["GATE-COI-EXPIRED"],
    ],
  ] as const)("%s", (_n, r, expected) => {
    expect(ids(coiGate(coiOf(r), TODAY))).toEqual(expected);
  });
});

describe("student gate (seed 003 名古屋大学・三重大学)", () => {
  const s = (informedConsentOn: string | null, pledgeOn: string | null) =>
    student({ student: { informedConsentOn, pledgeOn, employedByInstitution: false } });
  it.each([
    ["consent and pledge", [s(TODAY, TODAY)], []],
    ["no consent", [s(null, TODAY)], ["GATE-STUDENT-CONSENT"]],
    ["no pledge", [s(TODAY, null)], ["GATE-STUDENT-PLEDGE"]],
    ["neither", [s(null, null)], ["GATE-STUDENT-CONSENT", "GATE-STUDENT-PLEDGE"]],
    ["student record missing", [student({ student: null })], ["GATE-STUDENT-CONSENT", "GATE-STUDENT-PLEDGE"]],
    ["staff need neither", [staff()], []],
  ] as const)("%s", (_n, people, expected) => {
    expect(ids(studentGate([...people]))).toEqual(expected);
  });

  it("canAddParticipant refuses a student without consent", () => {
    expect(canAddParticipant(s(null, TODAY)).outcome).toBe("denied");
    expect(canAddParticipant(s(TODAY, TODAY)).outcome).toBe("allowed");
  });

  it.each([
    [1, "allowed", "with consent", s(TODAY, TODAY)],
    [1, "denied", "without consent", s(null, TODAY)],
    [2, "denied", "with consent", s(TODAY, TODAY)],
    [3, "denied", "with consent", s(TODAY, TODAY)],
  ] as const)(
    "seed003 level %i information: %s for a student %s (レベル2以上は原則不可)",
    (level, expected, _w, p) => {
      expect(canStudentAccess(p, level).outcome).toBe(expected);
    },
  );
});

describe("screening gate (seed 001 §IV.2-9, case 25)", () => {
  const policy = { ...DEFAULT_CASE_POLICY, screeningValidityDays: 30 };
  const at = (
    screenedOn: string | null,
    status: "clear" | "pending" | "match" | "not_screened" = "clear",
  ) => ({
    status,
    screenedOn,
    matchedLists: [],
  });
  it.each([
    ["clear and recent", at("2026-11-01"), []],
    ["clear exactly 30 days ago", at("2026-10-23"), []],
    ["clear 31 days ago", at("2026-10-22"), ["GATE-SCREEN-PARTNER"]],
    ["clear without a date", at(null), ["GATE-SCREEN-PARTNER"]],
    ["pending", at(null, "pending"), ["GATE-SCREEN-PARTNER"]],
    ["not screened", at(null, "not_screened"), ["GATE-SCREEN-PARTNER"]],
    ["match", at(TODAY, "match"), ["GATE-SCREEN-PARTNER"]],
  ] as const)("partner %s", (_n, screening, expected) => {
    expect(ids(screeningGate([partner({ screening })], [], TODAY, policy))).toEqual(expected);
  });

  it("no expiry when the institution sets none", () => {
    const p = partner({ screening: at("2010-01-01") });
    expect(screeningGate([p], [], TODAY, { ...policy, screeningValidityDays: null })).toEqual([]);
  });
});

describe("NDA coverage (seed 001 §IV.2-5)", () => {
  const nda = readyCase().ndas[0]!;
  it.each<[string, Nda, boolean]>([
    ["signed today", { ...nda, signedOn: TODAY }, true],
    ["signed tomorrow", { ...nda, signedOn: "2026-11-23" }, false],
    ["open-ended", { ...nda, expiresOn: null }, true],
    ["other partner only", { ...nda, partnerIds: ["p-9"] }, false],
  ])("%s", (_n, n, covers) => {
    expect(ndaCovering([n], "p-1", TODAY) !== undefined).toBe(covers);
  });
});

describe("canDisclose (seed 001 §IV.2-4, §IV.2-5, §II.1)", () => {
  const signed: Partial<CaseFacts> = { stage: "active", contractSignedOn: "2026-11-01" };
  const domestic = partner({ partnerId: "p-jp", name: "国内株式会社", country: "JP" });
  it.each<[string, string, string, Partial<CaseFacts>, string[]]>([
    ["§IV.2-4 public item needs no NDA", "i-pub", "p-1", { ndas: [] }, []],
    ["§IV.2-5 under NDA with a current NDA", "i-nda", "p-1", {}, []],
    ["§IV.2-5 under NDA without NDA", "i-nda", "p-1", { ndas: [] }, ["DISC-NDA"]],
    ["§IV.2-4 after-contract item before signing", "i-after", "p-1", {}, ["DISC-AFTER-CONTRACT"]],
    ["§IV.2-4 after-contract item once signed", "i-after", "p-1", signed, []],
    [
      "§IV.2-4 after-contract item, signing dated tomorrow",
      "i-after",
      "p-1",
      { contractSignedOn: "2026-11-23" },
      ["DISC-AFTER-CONTRACT"],
    ],
    ["§IV.2-4 third-party secret with consent", "i-3p", "p-1", {}, []],
    ["§IV.2-4 third-party secret without NDA", "i-3p", "p-1", { ndas: [] }, ["DISC-NDA"]],
    ["§IV.2-4 item not in the plan", "i-unknown", "p-1", {}, ["DISC-NOT-IN-PLAN"]],
    ["§IV.2-4 recipient not a partner", "i-nda", "p-9", {}, ["DISC-NOT-PARTNER"]],
    ["§IV.2-4 ended case", "i-nda", "p-1", { stage: "declined" }, ["DISC-CASE-ENDED"]],
    ["§II.1 controlled item, export review allows", "i-ctrl", "p-1", {}, []],
    [
      "§II.1 controlled item, manual review",
      "i-ctrl",
      "p-1",
      { exportReview: review("MANUAL_REVIEW") },
      ["DISC-GATE-EXPORT-MANUAL"],
    ],
    [
      "§II.1 controlled item, no review",
      "i-ctrl",
      "p-1",
      { exportReview: null },
      ["DISC-GATE-EXPORT-MISSING"],
    ],
  ])("%s", (_n, itemId, partnerId, change, expected) => {
    const d = canDisclose(readyCase({ ...change }), { itemId, partnerId }, TODAY);
    expect(ids(d.reasons)).toEqual(expected);
    expect(d.outcome).toBe(expected.length === 0 ? "allowed" : "denied");
  });

  it("§IV.2-4 a third party's secret without that party's consent", () => {
    const f = readyCase();
    const plan = f.scheme!.disclosurePlan.map((i) =>
      i.itemId === "i-3p" ? { ...i, thirdPartyConsent: false } : i,
    );
    const d = canDisclose(
      { ...f, scheme: { ...f.scheme!, disclosurePlan: plan } },
      { itemId: "i-3p", partnerId: "p-1" },
      TODAY,
    );
    expect(ids(d.reasons)).toEqual(["DISC-THIRD-PARTY"]);
  });

  it("§II.1 a controlled item to a domestic partner (resident) needs no export review", () => {
    const f = readyCase({ partners: [partner(), domestic], exportReview: null });
    f.ndas = [{ ...f.ndas[0]!, partnerIds: ["p-1", "p-jp"] }];
    expect(canDisclose(f, { itemId: "i-ctrl", partnerId: "p-jp" }, TODAY).outcome).toBe("allowed");
    expect(canDisclose(f, { itemId: "i-ctrl", partnerId: "p-1" }, TODAY).outcome).toBe("denied");
  });

  it("§IV.2-4 without a disclosure plan nothing is disclosed through the case, not even planned-public items", () => {
    expect(
      canDisclose(readyCase({ scheme: null }), { itemId: "i-pub", partnerId: "p-1" }, TODAY).outcome,
    ).toBe("denied");
  });
});

describe("contract gate lists every reason at once (seed 001 §IV.2-9)", () => {
  it("collects screening, export, COI and student reasons together", () => {
    const f = readyCase({
      exportReview: null,
      coi: coiOf(researcherCoi({ declaration: null })),
      participants: [
        staff({ screening: { status: "pending", screenedOn: null, matchedLists: [] } }),
        student({ student: null }),
      ],
    });
    expect(ids(contractGate(f, TODAY).reasons)).toEqual([
      "GATE-SCREEN-PARTICIPANT",
      "GATE-EXPORT-MISSING",
      "GATE-COI-MISSING",
      "GATE-STUDENT-CONSENT",
      "GATE-STUDENT-PLEDGE",
    ]);
  });
  it("allows a ready case", () => {
    expect(contractGate(readyCase(), TODAY)).toEqual({ outcome: "allowed", reasons: [], dataVersions: {} });
  });
});
