import { describe, expect, it } from "vitest";
import {
  caseExportScope,
  exportReviewsGate,
  licencedFor,
  requiredReviewSubjects,
  scopeChanges,
} from "./case-export-coverage";
import { partner, readyCase, staff, TODAY } from "./case-fixtures";
import { screeningGate } from "./case-gates";
import { DEFAULT_CASE_POLICY } from "./case-policy";
import type { CaseFacts, ExportReview, Participant, SubjectReview } from "./case-schemas";
import { contractGate } from "./contract-gate";
import { canDisclose } from "./disclosure";

const ids = (rs: { ruleId: string }[]) => rs.map((r) => r.ruleId);
const decided = (
  outcome: ExportReview["outcome"] = "NO_LICENCE",
  licence: ExportReview["licence"] = null,
): ExportReview => ({ outcome, reviewedOn: TODAY, licence });
const PENDING: ExportReview = { outcome: null, reviewedOn: null, licence: null };
const DE = partner();
const CN = partner({
  partnerId: "p-2",
  name: "Beijing Nano Ltd",
  country: "CN",
  destination: { group: "A", unArmsEmbargo: false, concernCountry: false },
});
const JP = partner({ partnerId: "p-jp", name: "東京化成", country: "JP" });

function visitor(overrides: Partial<Participant> = {}): Participant {
  return staff({
    participantId: "pt-vis",
    name: "Ivan Petrov",
    userId: null,
    external: true,
    intake: { residency: "NON_RESIDENT", tokutei: false },
    receivesControlledTech: true,
    ...overrides,
  });
}

function sub(kind: "partner" | "participant", id: string, review = decided()): SubjectReview {
  return { reviewId: `r-${id}`, refNo: `TR-${id}`, subject: { kind, id }, review, decidedScope: null };
}

/** A case whose every required party has a decided review on the case's current scope. */
function covered(facts: CaseFacts, extra: SubjectReview[] = []): CaseFacts {
  const scope = caseExportScope(facts);
  const reviews = requiredReviewSubjects(facts, DEFAULT_CASE_POLICY).map((s) => ({
    ...sub(s.kind, s.id),
    decidedScope: scope,
  }));
  return { ...facts, exportReviews: [...extra, ...reviews] };
}

describe("which parties need their own 取引審査 (seed 001 §IV.2-9, C9)", () => {
  it.each([
    ["a foreign partner", { partners: [DE] }, ["partner:p-1"]],
    ["two foreign partners", { partners: [DE, CN] }, ["partner:p-1", "partner:p-2"]],
    ["a domestic partner needs none of its own", { partners: [JP] }, []],
    [
      "a non-resident receiving controlled technology",
      { partners: [JP], participants: [visitor()] },
      ["participant:pt-vis"],
    ],
    [
      "a resident under 特定類型 receiving controlled technology",
      { partners: [JP], participants: [visitor({ intake: { residency: "RESIDENT", tokutei: true } })] },
      ["participant:pt-vis"],
    ],
    [
      "an external person whose residency no intake has settled",
      { partners: [JP], participants: [visitor({ intake: null })] },
      ["participant:pt-vis"],
    ],
    [
      "a non-resident not flagged, on a case that discloses controlled items",
      { partners: [JP], participants: [visitor({ receivesControlledTech: false })] },
      ["participant:pt-vis"],
    ],
    [
      "a non-resident not flagged, on a case that discloses nothing controlled",
      { partners: [JP], participants: [visitor({ receivesControlledTech: false })], scheme: null },
      [],
    ],
    [
      "a resident member receiving controlled technology",
      { partners: [JP], participants: [staff({ receivesControlledTech: true, intake: null })] },
      [],
    ],
  ] as [string, Partial<CaseFacts>, string[]][])("%s", (_n, overrides, expected) => {
    const facts = readyCase(overrides);
    expect(requiredReviewSubjects(facts, DEFAULT_CASE_POLICY).map((s) => `${s.kind}:${s.id}`)).toEqual(
      expected,
    );
  });
});

describe("the export-control gate reads a set of reviews", () => {
  it("a second foreign partner cannot sign until it has its own decided review", () => {
    const one = covered(readyCase());
    expect(exportReviewsGate(one, TODAY, DEFAULT_CASE_POLICY)).toEqual([]);
    const two = { ...one, partners: [DE, CN] };
    const reasons = exportReviewsGate(two, TODAY, DEFAULT_CASE_POLICY);
    expect(ids(reasons)).toContain("GATE-EXPORT-MISSING");
    expect(reasons.find((r) => r.ruleId === "GATE-EXPORT-MISSING")?.text.ja).toContain("Beijing Nano Ltd");
    expect(contractGate(two, TODAY).outcome).toBe("denied");
  });

  it.each([
    ["pending", PENDING, ["GATE-EXPORT-PENDING"]],
    ["rejected", decided("PROHIBITED"), ["GATE-EXPORT-PROHIBITED"]],
    ["licence required, none", decided("LICENCE_REQUIRED"), ["GATE-EXPORT-LICENCE"]],
    ["licence granted", decided("LICENCE_REQUIRED", { status: "granted", expiresOn: "2027-12-31" }), []],
    ["no licence", decided("NO_LICENCE"), []],
  ] as const)("a non-resident participant's review %s", (_n, review, expected) => {
    const base = readyCase({ partners: [JP], participants: [staff(), visitor()] });
    const facts = { ...base, exportReviews: [sub("participant", "pt-vis", review)] };
    expect(ids(exportReviewsGate(facts, TODAY, DEFAULT_CASE_POLICY))).toEqual(expected);
  });

  it("a case with no party to review still needs its newest review", () => {
    const facts = readyCase({ partners: [JP] });
    expect(ids(exportReviewsGate({ ...facts, exportReviews: [] }, TODAY, DEFAULT_CASE_POLICY))).toEqual([
      "GATE-EXPORT-MISSING",
    ]);
    const withOne = { ...facts, exportReviews: [{ ...sub("partner", "p-jp"), subject: null }] };
    expect(exportReviewsGate(withOne, TODAY, DEFAULT_CASE_POLICY)).toEqual([]);
  });

  it("facts without per-party reviews keep the case's one review", () => {
    const facts = readyCase({ partners: [DE, CN] });
    expect(exportReviewsGate(facts, TODAY, DEFAULT_CASE_POLICY)).toEqual([]);
  });
});

describe("a change after the decision makes it stale, with the reason shown", () => {
  const base = covered(readyCase());
  it.each([
    [
      "a participant added",
      (f: CaseFacts) => ({
        ...f,
        participants: [
          ...f.participants,
          staff({ participantId: "pt-new", name: "鈴木 一郎", userId: "u-new" }),
        ],
      }),
      "参加者 鈴木 一郎 が追加された",
    ],
    [
      "a partner's country changed",
      (f: CaseFacts) => ({ ...f, partners: [{ ...DE, country: "AT" }] }),
      "連携先 Acme GmbH が変更された",
    ],
    [
      "a disclosure item removed",
      (f: CaseFacts) => ({
        ...f,
        scheme: f.scheme && {
          ...f.scheme,
          disclosurePlan: f.scheme.disclosurePlan.filter((i) => i.itemId !== "i-ctrl"),
        },
      }),
      // Named by what it is, never by its internal id.
      "開示情報 「装置設計」 が外された",
    ],
    [
      "a classification revised",
      (f: CaseFacts) => ({
        ...f,
        classifications: [
          {
            classificationId: "c-1",
            determination: "applicable",
            listItem: "2",
            version: 2,
            label: "EC-2026-0001 高速A/Dコンバータの設計データ",
          },
        ],
      }),
      "該非判定 EC-2026-0001 高速A/Dコンバータの設計データ が追加された",
    ],
  ] as const)("%s", (_n, change, text) => {
    const reasons = exportReviewsGate(change(base), TODAY, DEFAULT_CASE_POLICY);
    expect(ids(reasons)).toEqual(["GATE-EXPORT-STALE"]);
    expect(reasons[0]?.text.ja).toContain(text);
  });

  it("an undecided review is never stale (it is still pending)", () => {
    const facts = {
      ...base,
      exportReviews: [sub("partner", "p-1", PENDING)],
    };
    expect(ids(exportReviewsGate(facts, TODAY, DEFAULT_CASE_POLICY))).toEqual(["GATE-EXPORT-PENDING"]);
  });

  it("scopeChanges is empty for equal scopes in any order", () => {
    const s = caseExportScope(readyCase({ partners: [DE, CN] }));
    const t = caseExportScope(readyCase({ partners: [CN, DE] }));
    expect(scopeChanges(s, t)).toEqual([]);
  });
});

describe("a confirmed hit keeps its list (X5): sanctions prohibit, EUL takes the licence path", () => {
  const hit = (lists: ("eul" | "sanctions" | "us_entity_list" | "other")[]) =>
    partner({ screening: { status: "match", screenedOn: TODAY, matchedLists: lists } });
  const granted = decided("LICENCE_REQUIRED", { status: "granted", expiresOn: "2027-12-31" });
  const expired = decided("LICENCE_REQUIRED", { status: "granted", expiresOn: "2026-01-01" });

  it.each([
    ["sanctions, no licence", ["sanctions"], decided(), ["GATE-SCREEN-SANCTIONS"]],
    ["sanctions, even with a granted licence", ["sanctions"], granted, ["GATE-SCREEN-SANCTIONS"]],
    ["sanctions and EUL, with a licence", ["sanctions", "eul"], granted, ["GATE-SCREEN-SANCTIONS"]],
    ["EUL, reviewed no licence", ["eul"], decided(), ["GATE-SCREEN-EUL"]],
    ["EUL, licence granted and unexpired", ["eul"], granted, []],
    ["EUL, licence expired", ["eul"], expired, ["GATE-SCREEN-EUL"]],
    ["US list", ["us_entity_list"], granted, ["GATE-SCREEN-PARTNER"]],
  ] as const)("%s", (_n, lists, review, expected) => {
    const facts = {
      ...readyCase({ partners: [hit([...lists])] }),
      exportReviews: [sub("partner", "p-1", review)],
    };
    const reasons = screeningGate(facts.partners, facts.participants, TODAY, DEFAULT_CASE_POLICY, (s) =>
      licencedFor(facts, s, TODAY),
    );
    expect(ids(reasons)).toEqual(expected);
  });

  it("a sanctions hit rates the case prohibited in the risk assessment; the contract never opens", () => {
    const facts = {
      ...readyCase({ partners: [hit(["sanctions"])] }),
      exportReviews: [sub("partner", "p-1", granted)],
      highRiskApproval: { approvedByUserId: "u-exec", approvedOn: TODAY },
    };
    const gate = contractGate(facts, TODAY);
    expect(ids(gate.reasons)).toContain("GATE-RISK-PROHIBITED");
    expect(ids(gate.reasons)).toContain("HR-SANCTIONS");
  });

  it("an EUL hit with a granted licence and the executive's approval of the high risk signs", () => {
    const base = readyCase({ partners: [hit(["eul"])] });
    const facts = {
      ...base,
      exportReviews: [{ ...sub("partner", "p-1", granted), decidedScope: caseExportScope(base) }],
      highRiskApproval: { approvedByUserId: "u-exec", approvedOn: TODAY },
    };
    expect(contractGate(facts, TODAY).reasons).toEqual([]);
    expect(ids(contractGate({ ...facts, highRiskApproval: null }, TODAY).reasons)).toEqual([
      "GATE-RISK-HIGH",
    ]);
  });
});

describe("disclosure reads the review that covers the partner", () => {
  it("a controlled item to the second partner waits for that partner's review", () => {
    const facts = {
      ...readyCase({ partners: [DE, CN] }),
      ndas: [
        {
          ndaId: "n",
          partnerIds: ["p-1", "p-2"],
          signedOn: "2026-08-01",
          expiresOn: null,
          terminated: false,
        },
      ],
      exportReviews: [sub("partner", "p-1")],
    };
    expect(canDisclose(facts, { itemId: "i-ctrl", partnerId: "p-1" }, TODAY).outcome).toBe("allowed");
    const second = canDisclose(facts, { itemId: "i-ctrl", partnerId: "p-2" }, TODAY);
    expect(ids(second.reasons)).toEqual(["DISC-GATE-EXPORT-MISSING"]);
  });
});
