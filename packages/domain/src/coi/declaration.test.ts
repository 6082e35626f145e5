import { describe, expect, it } from "vitest";
import type { DomainError } from "../shared/errors";
import { interest, NO_ANSWERS, profile, TODAY } from "./coi-fixtures";
import { COI_RULES, coiReasonEn } from "./coi-rules";
import {
  type DeclarationTransitionInput,
  effectiveDeclarationState,
  requiredDeterminations,
  transitionDeclaration,
} from "./declaration-workflow";
import { evaluateSelfCheck, profileItemsRecordedAfter } from "./self-check";
import { declarationRequired } from "./triggers";

const ids = (rs: { ruleId: string }[]) => rs.map((r) => r.ruleId);
const rulesOf = (f: () => unknown): string[] => {
  try {
    f();
    return [];
  } catch (e) {
    return (
      ((e as DomainError).details?.reasons as { ruleId: string }[] | undefined)?.map((r) => r.ruleId) ?? []
    );
  }
};

describe("every COI rule reads in Japanese and English with a source", () => {
  it.each(Object.entries(COI_RULES))("%s", (_id, rule) => {
    expect(rule.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(rule.en).toMatch(/^[\x20-\x7e\u2018-\u201d\u00d7–—%②特定類型]+$/u);
    expect(rule.sourceId.length).toBeGreaterThan(1);
  });
  it("renders the English sentence of an emitted reason, details kept", () => {
    const r = evaluateSelfCheck({ ...NO_ANSWERS, equity: undefined }, [], profile(), TODAY).reasons[0]!;
    expect(coiReasonEn(r)).toBe("The self-check (stage 1) is incomplete (equity)");
  });
});

describe("two-stage self-check (seed 003 TMDU: self-check, then the full declaration)", () => {
  const equityProfile = profile({
    equity: [
      {
        id: "e-1",
        company: "Acme Battery株式会社",
        partnerId: "p-acme",
        percent: 3,
        spinOff: true,
        acquiredOn: "2025-06-01",
        recordedOn: "2025-06-01",
      },
    ],
  });
  it.each([
    ["all no, nothing declared", NO_ANSWERS, [], profile(), [], false],
    [
      "a question unanswered",
      { ...NO_ANSWERS, family: undefined },
      [],
      profile(),
      ["COI-DECL-SELFCHECK"],
      false,
    ],
    [
      "yes needs the full declaration",
      { ...NO_ANSWERS, equity: true },
      [],
      equityProfile,
      ["COI-DECL-FULL-NEEDED"],
      true,
    ],
    ["yes with an interest declared", { ...NO_ANSWERS, equity: true }, [interest()], equityProfile, [], true],
    [
      "all no but an interest listed",
      NO_ANSWERS,
      [interest()],
      profile(),
      ["COI-DECL-FULL-UNEXPECTED"],
      false,
    ],
    [
      "no contradicts the profile's equity",
      NO_ANSWERS,
      [],
      equityProfile,
      ["COI-DECL-PROFILE-MISMATCH"],
      false,
    ],
  ] as const)("%s", (_n, answers, interests, p, expected, full) => {
    const r = evaluateSelfCheck(answers, [...interests], p, TODAY);
    expect(ids(r.reasons)).toEqual(expected);
    expect(r.needsFullDeclaration).toBe(full);
    expect(r.complete).toBe(expected.length === 0);
  });
  it("consulting income at the ¥1,000,000 line must be answered yes", () => {
    const p = profile({
      support: [
        {
          id: "s-1",
          giver: "Acme",
          giverCountry: "DE",
          partnerId: null,
          kind: "consulting_income",
          status: "current",
          annualAmountJpy: 1_000_000,
          foreignGovernment: false,
          paidToInstitution: false,
          from: "2026-01-01",
          until: null,
          recordedOn: "2026-01-01",
        },
      ],
    });
    expect(ids(evaluateSelfCheck(NO_ANSWERS, [], p, TODAY).reasons)).toEqual(["COI-DECL-PROFILE-MISMATCH"]);
  });
});

describe("declaration state machine (draft → submitted → returned / approved → expired)", () => {
  const base = { attested: true, selfCheckReasons: [], interests: [], determinations: [] };
  const t = (
    i: Partial<DeclarationTransitionInput> & Pick<DeclarationTransitionInput, "action" | "actor" | "from">,
  ) => transitionDeclaration({ ...base, ...i });
  it.each([
    ["declarant submits a draft", { action: "submit", actor: "declarant", from: "draft" }, "submitted"],
    [
      "declarant resubmits a returned one",
      { action: "submit", actor: "declarant", from: "returned" },
      "submitted",
    ],
    [
      "committee returns with a comment",
      { action: "return", actor: "committee", from: "submitted", comment: "株式の割合を記入してください" },
      "returned",
    ],
    [
      "committee approves with validity",
      { action: "approve", actor: "committee", from: "submitted", validUntil: "2027-03-31" },
      "approved",
    ],
    ["the job expires an approved one", { action: "expire", actor: "system", from: "approved" }, "expired"],
  ] as const)("%s", (_n, input, to) => {
    expect(t(input)).toBe(to);
  });
  it.each([
    [
      "submit without attestation",
      { action: "submit", actor: "declarant", from: "draft", attested: false },
      ["COI-DECL-ATTEST"],
    ],
    [
      "committee cannot submit for the declarant",
      { action: "submit", actor: "committee", from: "draft" },
      ["COI-DECL-ROLE"],
    ],
    [
      "declarant cannot approve",
      { action: "approve", actor: "declarant", from: "submitted", validUntil: "2027-03-31" },
      ["COI-DECL-ROLE"],
    ],
    [
      "return without a comment",
      { action: "return", actor: "committee", from: "submitted", comment: "  " },
      ["COI-DECL-COMMENT"],
    ],
    [
      "approve without validity (X2: never valid forever)",
      { action: "approve", actor: "committee", from: "submitted", validUntil: null },
      ["COI-DECL-VALIDITY"],
    ],
    [
      "approved declarations are never re-submitted",
      { action: "submit", actor: "declarant", from: "approved" },
      ["COI-DECL-TRANSITION"],
    ],
    [
      "a draft cannot be approved",
      { action: "approve", actor: "committee", from: "draft", validUntil: "2027-03-31" },
      ["COI-DECL-TRANSITION"],
    ],
  ] as const)("refuses: %s", (_n, input, expected) => {
    expect(rulesOf(() => t(input))).toEqual(expected);
  });
  it("carries the self-check's reasons into the refusal", () => {
    const sc = evaluateSelfCheck({ ...NO_ANSWERS, equity: true }, [], profile(), TODAY).reasons;
    expect(
      rulesOf(() => t({ action: "submit", actor: "declarant", from: "draft", selfCheckReasons: sc })),
    ).toEqual(["COI-DECL-FULL-NEEDED"]);
  });
  describe("approval needs a determination per interest × case", () => {
    const two = interest({ relatedCaseIds: ["case-1", "case-2"] });
    const approve = (determinations: DeclarationTransitionInput["determinations"]) =>
      rulesOf(() =>
        t({
          action: "approve",
          actor: "committee",
          from: "submitted",
          validUntil: "2027-03-31",
          interests: [two],
          determinations,
        }),
      );
    it("lists the pairs", () => {
      expect(requiredDeterminations([two, interest({ interestId: "i-2", relatedCaseIds: [] })])).toEqual([
        { interestId: "i-1", caseId: "case-1" },
        { interestId: "i-1", caseId: "case-2" },
        { interestId: "i-2", caseId: null },
      ]);
    });
    it.each([
      ["none determined", [], ["COI-DECL-UNDETERMINED", "COI-DECL-UNDETERMINED"]],
      [
        "one case missing",
        [{ interestId: "i-1", caseId: "case-1", outcome: "no_conflict", planId: null }],
        ["COI-DECL-UNDETERMINED"],
      ],
      [
        "manageable without a plan",
        [
          { interestId: "i-1", caseId: "case-1", outcome: "manageable", planId: null },
          { interestId: "i-1", caseId: "case-2", outcome: "no_conflict", planId: null },
        ],
        ["COI-DET-PLAN"],
      ],
      [
        "every pair determined, the plan set",
        [
          { interestId: "i-1", caseId: "case-1", outcome: "manageable", planId: "plan-1" },
          { interestId: "i-1", caseId: "case-2", outcome: "not_permitted", planId: null },
        ],
        [],
      ],
    ] as const)("%s", (_n, dets, expected) => {
      expect(approve([...dets])).toEqual(expected);
    });
  });
  it.each([
    ["approved, in validity", "approved", "2027-03-31", "approved"],
    ["approved, validity ended yesterday", "approved", "2026-11-21", "expired"],
    ["submitted stays submitted", "submitted", null, "submitted"],
  ] as const)("effective state: %s", (_n, state, until, expected) => {
    expect(effectiveDeclarationState(state, until, TODAY)).toBe(expected);
  });
});

describe("declaration triggers (seed 000 periodic cycle; J3 triggers)", () => {
  const approved = {
    approvedOn: "2026-04-10",
    validUntil: "2027-03-31",
    interestPartnerIds: ["p-acme"],
    determinedCaseIds: ["case-1"],
  };
  const base = { approved, openDeclaration: false, profile: profile(), today: TODAY };
  it.each([
    ["the annual cycle opens", { trigger: "cycle" }, "required", "periodic", ["COI-TRIG-CYCLE"]],
    [
      "joining a case with no approved declaration",
      { trigger: "joined_case", approved: null },
      "required",
      "triggered",
      ["COI-TRIG-CASE"],
    ],
    [
      "joining a case whose partner a declared interest names",
      { trigger: "joined_case", joinedCase: { caseId: "case-9", partnerIds: ["p-acme"] } },
      "required",
      "triggered",
      ["COI-TRIG-CASE"],
    ],
    [
      "joining an unrelated case while approved",
      { trigger: "joined_case", joinedCase: { caseId: "case-9", partnerIds: ["p-other"] } },
      "not_required",
      null,
      ["COI-TRIG-NONE"],
    ],
    [
      "a funding application after expiry",
      { trigger: "funding_application", approved: { ...approved, validUntil: "2026-03-31" } },
      "required",
      "triggered",
      ["COI-TRIG-FUNDING"],
    ],
    [
      "a new outside activity recorded after approval",
      {
        trigger: "new_activity",
        profile: profile({
          talentProgrammes: [
            {
              id: "t",
              name: "海外人材計画",
              sponsorCountry: "CN",
              foreignGovernment: true,
              from: "2026-10-01",
              until: null,
              recordedOn: "2026-10-02",
            },
          ],
        }),
      },
      "required",
      "triggered",
      ["COI-TRIG-ACTIVITY"],
    ],
    [
      "an open declaration absorbs the trigger",
      { trigger: "joined_case", approved: null, openDeclaration: true },
      "not_required",
      null,
      ["COI-TRIG-CASE"],
    ],
  ] as const)("%s", (_n, input, outcome, kind, expected) => {
    const r = declarationRequired({ ...base, ...input } as Parameters<typeof declarationRequired>[0]);
    expect([r.outcome, r.kind, ids(r.reasons)]).toEqual([outcome, kind, expected]);
  });
  it("lists profile items recorded after the approval date only", () => {
    const p = profile({
      equity: [
        {
          id: "e1",
          company: "Old KK",
          partnerId: null,
          percent: 1,
          spinOff: false,
          acquiredOn: "2020-01-01",
          recordedOn: "2026-04-01",
        },
        {
          id: "e2",
          company: "New KK",
          partnerId: null,
          percent: 1,
          spinOff: false,
          acquiredOn: "2026-09-01",
          recordedOn: "2026-09-01",
        },
      ],
    });
    expect(profileItemsRecordedAfter(p, "2026-04-10")).toEqual(["New KK"]);
  });
});
