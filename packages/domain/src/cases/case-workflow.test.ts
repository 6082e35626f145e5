import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { ROLES, type Role } from "../shared/roles";
import {
  actor,
  COORDINATOR,
  coiOf,
  DEPT_HEAD,
  EXECUTIVE,
  EXPORT_OFFICER,
  LEGAL,
  PI,
  partner,
  readyCase,
  researcherCoi,
  TODAY,
} from "./case-fixtures";
import type { CaseActor, CaseFacts } from "./case-schemas";
import { CASE_TRANSITIONS, type CaseAction } from "./case-transitions";
import { CASE_STAGES, type CaseStage, isTerminalStage } from "./case-types";
import { applyTransition, availableActions } from "./case-workflow";

const OPEN_STAGES = CASE_STAGES.filter((s) => !isTerminalStage(s));

/** Makes the single partner high risk (military affiliation, seed 001 §II.1). */
const highRisk = (f: CaseFacts): CaseFacts => ({
  ...f,
  partners: [partner({ ownership: { ...partner().ownership, militaryAffiliation: true } })],
});
/** A scheme limited to public information with nothing to disclose under an NDA (seed 001 §IV.2-4). */
const publicOnly = (f: CaseFacts): CaseFacts => ({
  ...f,
  ndas: [],
  scheme: f.scheme && {
    ...f.scheme,
    methods: ["public_information_discussion"],
    disclosurePlan: f.scheme.disclosurePlan.filter((i) => i.timing === "public"),
  },
});
const closingDone = (f: CaseFacts): CaseFacts => ({
  ...f,
  contractSignedOn: "2026-12-01",
  researchPlan: f.researchPlan && {
    ...f.researchPlan,
    milestones: f.researchPlan.milestones.map((m) => ({ ...m, completedOn: "2027-06-01" })),
  },
  closing: {
    finalReportReceived: true,
    resultsReportedToFunder: false,
    confidentialitySurvivesUntil: "2031-12-31",
    noSurvivingConfidentiality: false,
  },
});
const same = (f: CaseFacts) => f;

type Row = [CaseAction, CaseStage, CaseStage, CaseActor, (f: CaseFacts) => CaseFacts];

/** Every row of the transition table, written out independently of CASE_TRANSITIONS. */
const EXPECTED: Row[] = [
  ["submit_intake", "intake", "internal_check", PI, same],
  ["complete_internal_check", "internal_check", "due_diligence", COORDINATOR, same],
  ["approve_high_risk", "due_diligence", "due_diligence", EXECUTIVE, highRisk],
  ["approve_high_risk", "export_risk_review", "export_risk_review", EXECUTIVE, highRisk],
  ["complete_due_diligence", "due_diligence", "scheme_design", EXPORT_OFFICER, same],
  ["complete_scheme", "scheme_design", "nda", PI, same],
  ["record_nda", "nda", "negotiation", LEGAL, same],
  ["proceed_without_nda", "nda", "negotiation", COORDINATOR, publicOnly],
  ["complete_negotiation", "negotiation", "research_plan", COORDINATOR, same],
  ["revise_scheme", "negotiation", "scheme_design", PI, same],
  ["complete_research_plan", "research_plan", "contract_terms", PI, same],
  ["complete_contract_terms", "contract_terms", "agreement_confirmation", LEGAL, same],
  ["confirm_agreement", "agreement_confirmation", "export_risk_review", DEPT_HEAD, same],
  ["revise_terms", "agreement_confirmation", "contract_terms", LEGAL, same],
  ["revise_terms", "export_risk_review", "contract_terms", EXPORT_OFFICER, same],
  ["sign_contract", "export_risk_review", "active", COORDINATOR, same],
  ["start_closing", "active", "closing", PI, same],
  ["close", "closing", "closed", COORDINATOR, closingDone],
  ...OPEN_STAGES.map((s): Row => ["decline", s, "declined", COORDINATOR, same]),
  ...OPEN_STAGES.map((s): Row => ["withdraw", s, "withdrawn", PI, same]),
];

const note = { note: "理由" };

describe("case workflow transition table (seed 001 §IV.2-1…9, §IV.3)", () => {
  it("defines exactly the expected (stage, action) pairs", () => {
    const defined = CASE_TRANSITIONS.flatMap((r) => r.from.map((s) => `${s}:${r.action}`)).sort();
    const expected = EXPECTED.map(([a, s]) => `${s}:${a}`).sort();
    expect(defined).toEqual(expected);
  });

  const source = (a: CaseAction) => CASE_TRANSITIONS.find((r) => r.action === a)?.sourceId ?? "?";
  it.each(
    EXPECTED.map(
      ([a, from, to, who, prep]) => [`${source(a)} ${from} --${a}--> ${to}`, a, from, to, who, prep] as const,
    ),
  )("%s", (_name, action, from, to, who, prep) => {
    const facts = prep(readyCase({ stage: from }));
    const offered = availableActions(facts, who, TODAY).find((x) => x.action === action);
    expect(offered).toMatchObject({ allowed: true, next: to, reasons: [] });
    expect(applyTransition(facts, action, who, TODAY, note).next).toBe(to);
  });

  it.each(["closed", "declined", "withdrawn"] as const)(
    "terminal stage %s offers no action and refuses all",
    (stage) => {
      const facts = readyCase({ stage });
      expect(availableActions(facts, COORDINATOR, TODAY)).toEqual([]);
      expect(() => applyTransition(facts, "decline", COORDINATOR, TODAY, note)).toThrow(DomainError);
    },
  );

  it("refuses an action that does not exist for the stage, with a RULE_VIOLATION and reasons", () => {
    const facts = readyCase({ stage: "intake" });
    try {
      applyTransition(facts, "sign_contract", COORDINATOR, TODAY);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const err = e as DomainError;
      expect(err.code).toBe("RULE_VIOLATION");
      const reasons = (err.details?.reasons ?? []) as { ruleId: string }[];
      expect(reasons.map((x) => x.ruleId)).toEqual(["CASE-NO-TRANSITION"]);
    }
  });
});

/** Which roles may take each action (researcher = the PI, department head = of the case's department). */
const ROLE_TABLE: Record<CaseAction, Role[]> = {
  submit_intake: ["researcher", "coordinator"],
  complete_internal_check: ["coordinator", "department_head"],
  approve_high_risk: ["executive"],
  complete_due_diligence: ["coordinator", "export_control_officer"],
  complete_scheme: ["researcher", "coordinator"],
  record_nda: ["coordinator", "legal_ip"],
  proceed_without_nda: ["coordinator"],
  complete_negotiation: ["coordinator", "legal_ip"],
  revise_scheme: ["researcher", "coordinator"],
  complete_research_plan: ["researcher", "coordinator"],
  complete_contract_terms: ["legal_ip"],
  confirm_agreement: ["coordinator", "department_head"],
  revise_terms: ["coordinator", "export_control_officer", "legal_ip"],
  sign_contract: ["coordinator", "executive"],
  start_closing: ["researcher", "coordinator"],
  close: ["coordinator"],
  decline: ["coordinator", "export_control_officer", "department_head", "executive"],
  withdraw: ["researcher", "coordinator"],
};

const asRole = (role: Role) => actor([role], { userId: role === "researcher" ? "u-pi" : `u-${role}` });

describe("role guards (architecture §8.6)", () => {
  const rows = EXPECTED.flatMap(([action, from, , , prep]) =>
    ROLES.map((role) => [`§8.6 ${action} from ${from} as ${role}`, action, from, prep, role] as const),
  );
  it.each(rows)("%s", (_n, action, from, prep, role) => {
    const facts = prep(readyCase({ stage: from }));
    const offered = availableActions(facts, asRole(role), TODAY).find((x) => x.action === action);
    const mayAct = ROLE_TABLE[action].includes(role);
    expect(offered?.reasons.some((r) => r.ruleId === "CASE-ROLE")).toBe(!mayAct);
    if (!mayAct) {
      expect(() => applyTransition(facts, action, asRole(role), TODAY, note)).toThrow(DomainError);
    }
  });

  it("a researcher who is not the case's PI cannot submit it", () => {
    const other = actor(["researcher"], { userId: "u-other" });
    const a = availableActions(readyCase({ stage: "intake" }), other, TODAY).find(
      (x) => x.action === "submit_intake",
    );
    expect(a?.allowed).toBe(false);
    expect(a?.reasons.map((r) => r.ruleId)).toContain("CASE-ROLE");
  });

  it("a department head of another department cannot confirm the agreement", () => {
    const other = actor(["department_head"], { departmentIds: ["dept-sci"] });
    const facts = readyCase({ stage: "agreement_confirmation" });
    expect(() => applyTransition(facts, "confirm_agreement", other, TODAY)).toThrow(DomainError);
  });

  it("an actor with several roles passes with any one of them", () => {
    const both = actor(["auditor", "legal_ip"]);
    expect(
      applyTransition(readyCase({ stage: "contract_terms" }), "complete_contract_terms", both, TODAY).next,
    ).toBe("agreement_confirmation");
  });
});

describe("notes and events", () => {
  it.each(["decline", "withdraw", "revise_scheme", "proceed_without_nda"] as const)(
    "%s requires a note (seed 001 case 24: the reason for declining is recorded)",
    (action) => {
      const stage: CaseStage = action === "proceed_without_nda" ? "nda" : "negotiation";
      const facts = publicOnly(readyCase({ stage }));
      const who = action === "withdraw" || action === "revise_scheme" ? PI : COORDINATOR;
      expect(availableActions(facts, who, TODAY).find((a) => a.action === action)?.requiresNote).toBe(true);
      expect(() => applyTransition(facts, action, who, TODAY, { note: "  " })).toThrow(/not allowed/);
    },
  );

  it("sign_contract records the signature and starts monitoring (seed 001 §IV.3)", () => {
    const { events } = applyTransition(readyCase(), "sign_contract", COORDINATOR, TODAY);
    expect(events.map((e) => e.type)).toEqual([
      "case.stage_changed",
      "case.contract_signed",
      "case.monitoring_started",
    ]);
    expect(events[0]).toMatchObject({
      from: "export_risk_review",
      to: "active",
      actorUserId: COORDINATOR.userId,
      on: TODAY,
    });
  });

  it("declining a signed case keeps the surviving obligations in view (seed 001 §IV.2-7)", () => {
    const facts = readyCase({ stage: "active", contractSignedOn: "2026-12-01" });
    const types = applyTransition(facts, "decline", COORDINATOR, TODAY, note).events.map((e) => e.type);
    expect(types).toEqual(["case.stage_changed", "case.obligations_survive"]);
    const before = applyTransition(readyCase({ stage: "nda" }), "decline", COORDINATOR, TODAY, note);
    expect(before.events.map((e) => e.type)).toEqual(["case.stage_changed"]);
  });

  it("executive approval of a high risk does not move the case (seed 001 §III.1)", () => {
    const facts = highRisk(readyCase({ stage: "due_diligence" }));
    const res = applyTransition(facts, "approve_high_risk", EXECUTIVE, TODAY, { note: "案件毎に判断" });
    expect(res.next).toBe("due_diligence");
    expect(res.events).toEqual([
      {
        type: "case.high_risk_approved",
        caseId: "case-1",
        actorUserId: EXECUTIVE.userId,
        on: TODAY,
        note: "[high] 案件毎に判断",
      },
    ]);
  });

  it("the error carries the same reasons the UI shows (architecture §8.24)", () => {
    const facts = readyCase({ exportReview: null, coi: coiOf(researcherCoi({ declaration: null })) });
    const shown = availableActions(facts, COORDINATOR, TODAY).find((a) => a.action === "sign_contract");
    try {
      applyTransition(facts, "sign_contract", COORDINATOR, TODAY);
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).details?.reasons).toEqual(shown?.reasons);
      expect(shown?.reasons.map((r) => r.ruleId)).toEqual(["GATE-EXPORT-MISSING", "GATE-COI-MISSING"]);
    }
  });
});
