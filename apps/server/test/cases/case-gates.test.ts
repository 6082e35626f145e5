import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, cases, mailOutbox, notifications } from "../../src/db/schema";
import { createTestApp, email, type TestUser } from "../harness";
import {
  caseAtExportReview,
  checkedPartner,
  ENGINEERING,
  newCase,
  newPartner,
  placeCase,
  ruleIds,
  SCHEME,
  TERMS,
  type TestApp,
} from "./case-setup";

let t: TestApp;
let coord: TestUser;
let pi: TestUser;
let legal: TestUser;
let student: TestUser;
let deptHead: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  coord = await t.signIn(email("coordinator"));
  pi = await t.signIn(email("researcher"));
  legal = await t.signIn(email("legal-ip"));
  student = await t.signIn(email("student"));
  deptHead = await t.signIn(email("department-head"));
});
afterAll(() => t.close());

async function auditActions(caseId: string): Promise<string[]> {
  const rows = await t.deps.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "case"), eq(auditEvents.entityId, caseId)))
    .orderBy(auditEvents.seq);
  return rows.map((r) => r.action);
}

describe("gate: no confidential disclosure before an NDA (seed 001 §IV.2-4/5)", () => {
  it("refuses a disclosure and the NDA step until an NDA covers the partner", async () => {
    const partnerId = await newPartner(coord);
    const id = await newCase(coord, pi.user.id, [partnerId]);
    await placeCase(t, id, "nda", { scheme: SCHEME });

    const early = await coord.post(`/api/v1/cases/${id}/disclosures`, {
      itemId: "i-nda",
      partnerId,
      disclosedOn: "2026-11-20",
    });
    expect(early.status).toBe(422);
    expect(ruleIds(early)).toEqual(["DISC-NDA"]);
    const step = await coord.post(`/api/v1/cases/${id}/transitions`, { action: "record_nda" });
    expect(step.status).toBe(422);
    expect(ruleIds(step)).toEqual(["GATE-NDA"]);
    // Going on without an NDA is only for public information; this plan holds NDA items.
    const without = await coord.post(`/api/v1/cases/${id}/transitions`, {
      action: "proceed_without_nda",
      note: "急ぎのため",
    });
    expect(ruleIds(without)).toContain("STAGE-NO-NDA-SECRETS");

    const nda = await coord.post(`/api/v1/cases/${id}/ndas`, {
      partnerIds: [partnerId],
      signedOn: "2026-11-01",
      expiresOn: "2029-10-31",
    });
    expect(nda.status).toBe(201);
    const ok = await coord.post(`/api/v1/cases/${id}/disclosures`, {
      itemId: "i-nda",
      partnerId,
      disclosedOn: "2026-11-20",
    });
    expect(ok.status).toBe(201);
    // Information for after the contract stays closed until the contract is signed.
    const after = await coord.post(`/api/v1/cases/${id}/disclosures`, {
      itemId: "i-after",
      partnerId,
      disclosedOn: "2026-11-20",
    });
    expect(ruleIds(after)).toEqual(["DISC-AFTER-CONTRACT"]);
    const moved = await coord.post(`/api/v1/cases/${id}/transitions`, { action: "record_nda" });
    expect(moved.status).toBe(200);
    expect(moved.json.stage).toBe("negotiation");
    const actions = await auditActions(id);
    expect(actions.filter((a) => a === "case.disclosure_refused")).toHaveLength(2);
    expect(actions).toContain("case.disclosure_recorded");
    expect(actions).toContain("case.transition_refused");
    expect(actions.at(-1)).toBe("case.stage_changed");
  });

  it("does not accept an NDA with a partner that is not on the case", async () => {
    const partnerId = await newPartner(coord);
    const other = await newPartner(coord);
    const id = await newCase(coord, pi.user.id, [partnerId]);
    const res = await coord.post(`/api/v1/cases/${id}/ndas`, { partnerIds: [other], signedOn: "2026-11-01" });
    expect(res.status).toBe(400);
  });
});

describe("gate: no contract before screening, export-control outcome and COI (seed 001 §IV.2-9)", () => {
  const readyToSign = (partnerId: string) => caseAtExportReview(t, coord, pi.user.id, partnerId);

  it("refuses to sign while a partner's screening hit is under review, with no export-control outcome and no COI", async () => {
    // The demo watch list (fictional) names this organisation: registering it opens a review item.
    const listed = await newPartner(coord, {
      legalName: "Arrakan Defense Systems FZE",
      nameEn: null,
      country: "AE",
    });
    const id = await readyToSign(listed);
    const page = await coord.get(`/api/v1/cases/${id}`);
    expect(page.json.partners[0].screening).toEqual({
      status: "pending",
      source: "registry",
      matchedLists: [],
    });

    const sign = await coord.post(`/api/v1/cases/${id}/transitions`, { action: "sign_contract" });
    expect(sign.status).toBe(422);
    const reasons = ruleIds(sign);
    expect(reasons).toContain("GATE-SCREEN-PARTNER");
    expect(reasons).toContain("GATE-EXPORT-MISSING");
    // The PI's declaration is approved by the COI committee (demo data), so the COI gate is open.
    expect(reasons.filter((r) => r.startsWith("GATE-COI"))).toEqual([]);

    const again = await coord.post(`/api/v1/cases/${id}/transitions`, { action: "sign_contract" });
    expect(again.status).toBe(422);
    expect(ruleIds(again).filter((r) => r.startsWith("GATE-COI"))).toEqual([]);
    expect(ruleIds(again)).toContain("GATE-SCREEN-PARTNER");
    expect(ruleIds(again)).toContain("GATE-EXPORT-MISSING");

    const [row] = await t.deps.db.select().from(cases).where(eq(cases.id, id));
    expect(row!.stage).toBe("export_risk_review");
    expect(row!.contractSignedOn).toBeNull();
    // The page explains the same reasons (one rule for UI and server, architecture §8.24).
    const after = await coord.get(`/api/v1/cases/${id}`);
    const signAction = after.json.actions.find((a: { action: string }) => a.action === "sign_contract");
    expect(signAction.allowed).toBe(false);
    expect(signAction.reasons.map((r: { ruleId: string }) => r.ruleId)).toEqual(ruleIds(again));
    expect(after.json.blockers.blocked).toBe(true);
  });

  it("takes a partner screened clear off the list of reasons; the export-control outcome still blocks", async () => {
    const clear = await checkedPartner(coord);
    const id = await readyToSign(clear);
    const dd = await coord.put(`/api/v1/cases/${id}/partners/${clear}`, {
      dueDiligence: { ownershipKnown: true, countryRules: { reviewed: true } },
    });
    expect(dd.status).toBe(200);
    const page = await coord.get(`/api/v1/cases/${id}`);
    expect(page.json.partners[0].screening).toEqual({
      status: "clear",
      source: "registry",
      matchedLists: [],
    });
    const sign = await coord.post(`/api/v1/cases/${id}/transitions`, { action: "sign_contract" });
    expect(sign.status).toBe(422);
    expect(ruleIds(sign)).toEqual(["GATE-EXPORT-MISSING"]);
  });

  it("keeps due diligence open while a screening hit is under review", async () => {
    const listed = await newPartner(coord, {
      legalName: "Arrakan Defense Systems FZE",
      nameEn: null,
      country: "AE",
    });
    const id = await newCase(coord, pi.user.id, [listed]);
    await placeCase(t, id, "due_diligence");
    const res = await coord.post(`/api/v1/cases/${id}/transitions`, { action: "complete_due_diligence" });
    expect(ruleIds(res)).toContain("HR-MISSING-SCREENING");
  });

  it("backs the gate in the database: a case cannot be active without a signed contract", async () => {
    const partnerId = await newPartner(coord);
    const id = await newCase(coord, pi.user.id, [partnerId]);
    await expect(t.deps.db.update(cases).set({ stage: "active" }).where(eq(cases.id, id))).rejects.toThrow();
  });
});

describe("gate: no student on a case without informed consent and pledge (seed 003)", () => {
  it("refuses the student until both are recorded, and keeps them recorded", async () => {
    const partnerId = await newPartner(coord);
    const id = await newCase(coord, pi.user.id, [partnerId]);
    const none = await pi.post(`/api/v1/cases/${id}/participants`, {
      kind: "student",
      userId: student.user.id,
    });
    expect(none.status).toBe(422);
    expect(ruleIds(none)).toEqual(["GATE-STUDENT-CONSENT", "GATE-STUDENT-PLEDGE"]);
    const consentOnly = await pi.post(`/api/v1/cases/${id}/participants`, {
      kind: "student",
      userId: student.user.id,
      informedConsentOn: "2026-11-01",
    });
    expect(ruleIds(consentOnly)).toEqual(["GATE-STUDENT-PLEDGE"]);
    // X7 (issue 12): the database no longer demands a staff-recorded pledge; the domain gate decides,
    // and students sign for themselves once the institution publishes a pledge text.

    const added = await pi.post(`/api/v1/cases/${id}/participants`, {
      kind: "student",
      userId: student.user.id,
      roleOnCase: "実験補助",
      informedConsentOn: "2026-11-01",
      pledgeOn: "2026-11-02",
    });
    expect(added.status).toBe(201);
    const drop = await pi.put(`/api/v1/cases/${id}/participants/${added.json.id}`, {
      informedConsentOn: "2026-11-01",
      pledgeOn: null,
    });
    expect(ruleIds(drop)).toEqual(["GATE-STUDENT-PLEDGE"]);
    // The student was told, and now sees the case.
    const notes = await t.deps.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, student.user.id));
    expect(notes.map((n) => n.kind)).toContain("case.assigned");
    expect((await student.get(`/api/v1/cases/${id}`)).status).toBe(200);
  });
});

describe("workflow through the API", () => {
  it("moves intake to internal check, tells the PI by mail, and writes the audit", async () => {
    const partnerId = await newPartner(coord);
    const id = await newCase(coord, pi.user.id, [partnerId]);
    const res = await coord.post(`/api/v1/cases/${id}/transitions`, { action: "submit_intake" });
    expect(res.status).toBe(200);
    expect(res.json.stage).toBe("internal_check");
    const mails = await t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.kind, "case.stage_changed"));
    expect(mails.map((m) => m.toAddress)).toContain(email("researcher"));
    expect(await auditActions(id)).toEqual(["case.created", "case.stage_changed"]);
  });

  it("applies role guards from the domain: only legal agrees contract terms", async () => {
    const partnerId = await newPartner(coord);
    const id = await newCase(coord, pi.user.id, [partnerId]);
    await placeCase(t, id, "contract_terms", { contract_terms: TERMS });
    const byPi = await pi.post(`/api/v1/cases/${id}/transitions`, { action: "complete_contract_terms" });
    expect(ruleIds(byPi)).toEqual(["CASE-ROLE"]);
    const byLegal = await legal.post(`/api/v1/cases/${id}/transitions`, {
      action: "complete_contract_terms",
    });
    expect(byLegal.status).toBe(200);
    expect(byLegal.json.stage).toBe("agreement_confirmation");
  });

  it("finds a conflict with the PI's other case (case 26) and lets only the department head pass it", async () => {
    const a = await newPartner(coord);
    const b = await newPartner(coord);
    const existing = await newCase(coord, pi.user.id, [a], { title: "既存の共同研究" });
    await coord.put(`/api/v1/cases/${existing}/partners/${a}`, { sectors: ["battery"] });
    const id = await newCase(coord, pi.user.id, [b]);
    await coord.put(`/api/v1/cases/${id}/partners/${b}`, { sectors: ["battery"] });
    await placeCase(t, id, "internal_check");
    const saved = await coord.put(`/api/v1/cases/${id}/records/internal_check`, {
      data: { researcher: { wish: "willing", capacityConfirmed: true }, basicPatents: [] },
    });
    expect(saved.status).toBe(200);
    expect(saved.json.data.result.outcome).toBe("review_required");
    expect(saved.json.data.result.conflicts[0].existingCaseId).toBe(existing);
    const byCoord = await coord.post(`/api/v1/cases/${id}/transitions`, {
      action: "complete_internal_check",
    });
    expect(ruleIds(byCoord)).toEqual(["STAGE-IC-REVIEW"]);
    const byHead = await deptHead.post(`/api/v1/cases/${id}/transitions`, {
      action: "complete_internal_check",
    });
    expect(byHead.status).toBe(200);
  });

  it("validates stage records with the domain schema and only in their stage", async () => {
    const partnerId = await newPartner(coord);
    const id = await newCase(coord, pi.user.id, [partnerId]);
    await placeCase(t, id, "scheme_design");
    const bad = await coord.put(`/api/v1/cases/${id}/records/scheme`, {
      data: { ...SCHEME, methods: ["magic"] },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.issues[0].path).toMatch(/^data\.methods/);
    expect((await coord.put(`/api/v1/cases/${id}/records/scheme`, { data: SCHEME })).status).toBe(200);
    expect((await coord.post(`/api/v1/cases/${id}/transitions`, { action: "complete_scheme" })).status).toBe(
      200,
    );
    const late = await coord.put(`/api/v1/cases/${id}/records/scheme`, { data: SCHEME });
    expect(late.status).toBe(422);
    expect(ruleIds(late)).toEqual(["CASE-EDIT-STAGE"]);
    const removeLate = await coord.del(`/api/v1/cases/${id}/partners/${partnerId}`);
    expect(ruleIds(removeLate)).toEqual(["CASE-EDIT-STAGE"]);
  });

  it("accepts a red-flag waiver only from a role allowed to give it", async () => {
    const partnerId = await newPartner(coord);
    const id = await newCase(coord, pi.user.id, [partnerId]);
    const endless = { ...TERMS, confidentiality: { termYears: null, survivalYearsAfterTermination: 3 } };
    await placeCase(t, id, "contract_terms", { contract_terms: endless });
    const blocked = await legal.post(`/api/v1/cases/${id}/transitions`, {
      action: "complete_contract_terms",
    });
    expect(ruleIds(blocked)).toContain("CT-RF-confidentiality_no_end");
    const byCoord = await coord.post(`/api/v1/cases/${id}/waivers`, {
      flag: "confidentiality_no_end",
      justification: "限定的な営業秘密",
    });
    expect(ruleIds(byCoord)).toEqual(["CT-WAIVER-ROLE"]);
    const arbitration = await legal.post(`/api/v1/cases/${id}/waivers`, {
      flag: "arbitration_not_third_country",
      justification: "相手方の強い要望",
    });
    expect(arbitration.status).toBe(422);
    const byLegal = await legal.post(`/api/v1/cases/${id}/waivers`, {
      flag: "confidentiality_no_end",
      justification: "限定的な営業秘密",
    });
    expect(byLegal.status).toBe(201);
    expect(
      (await legal.post(`/api/v1/cases/${id}/transitions`, { action: "complete_contract_terms" })).status,
    ).toBe(200);
  });

  it("declines from any stage with a reason, and freezes the file afterwards", async () => {
    const partnerId = await newPartner(coord);
    const id = await newCase(coord, pi.user.id, [partnerId], { departmentIds: [ENGINEERING] });
    const noNote = await deptHead.post(`/api/v1/cases/${id}/transitions`, { action: "decline" });
    expect(ruleIds(noNote)).toEqual(["CASE-NOTE-REQUIRED"]);
    const declined = await deptHead.post(`/api/v1/cases/${id}/transitions`, {
      action: "decline",
      note: "既存の共同研究と競合するため（事例26）",
    });
    expect(declined.json.stage).toBe("declined");
    const comment = await coord.post(`/api/v1/cases/${id}/comments`, { body: "追記" });
    expect(ruleIds(comment)).toEqual(["CASE-EDIT-CLOSED"]);
  });
});
