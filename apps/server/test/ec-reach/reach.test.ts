import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownershipEdges, screeningHits, visitors } from "../../src/db/schema";
import {
  addNda,
  agreement,
  ENGINEERING,
  NEGOTIATION,
  newCase,
  newPartner,
  placeCase,
  researchPlan,
  ruleIds,
  SCHEME,
  TERMS,
} from "../cases/case-setup";
import { oscilloscopeRecord } from "../export-control/fixtures";
import { createTestApp, email, type TestUser } from "../harness";
import { bytes, upload } from "../screening/support";

// Issue 15 "done when", through the API on both databases: every foreign partner and every
// non-resident participant needs its own decided 取引審査; a change after the decision re-opens the
// gate; a trip to a listed counterpart is held; an End User List hit passes once a licence is granted
// while a sanctions hit never does.

const REVIEWS = "/api/v1/export-control/reviews";
const GROUP_A_GOODS = {
  activity: "goods_export",
  provision: { destinationCountry: "DE" },
  item: { listItem: "16" },
};

let t: Awaited<ReturnType<typeof createTestApp>>;
let coord: TestUser;
let pi: TestUser;
let head: TestUser;
let officer: TestUser;
let exec: TestUser;

async function listWith(name: string, kind: string, entry: string) {
  const csv = `id,name,aliases,country,type,notes\n${name.length},${entry},,DE,organization,テスト\n`;
  const res = await upload(officer, { format: "csv", name }, [{ name: "list.csv", bytes: bytes(csv) }]);
  expect(res.status).toBe(200);
  expect((await officer.put(`/api/v1/screening/lists/${res.json.listId}/kind`, { kind })).status).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  coord = await t.signIn(email("coordinator"));
  pi = await t.signIn(email("researcher"));
  head = await t.signIn(email("department-head"));
  officer = await t.signIn(email("export-control"));
  exec = await t.signIn(email("executive"));
  await listWith("テスト制裁リスト", "sanctions", "Sanktionswerk Handels GmbH");
  await listWith("テスト外国ユーザーリスト", "eul", "Listenwerk Maschinenbau GmbH");
});
afterAll(() => t.close());

/** A partner with a current credit check; a pending hit on it is confirmed by the officer when `confirm`. */
async function partner(legalName: string, confirm = false): Promise<string> {
  const id = await newPartner(coord, { legalName, nameEn: legalName });
  await coord.post(`/api/v1/partners/${id}/credit-checks`, {
    checkedOn: "2026-10-01",
    sources: "信用調査会社レポート（架空）",
    result: "clear",
    expiresOn: "2027-09-30",
  });
  const hits = await t.deps.db
    .select()
    .from(screeningHits)
    .where(and(eq(screeningHits.subjectId, id), eq(screeningHits.status, "pending")));
  if (confirm) {
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      const res = await officer.post(`/api/v1/screening/hits/${h.id}/decision`, {
        decision: "true_match",
        reason: "所在地・代表者が一致",
      });
      expect(res.status).toBe(200);
    }
  } else {
    expect(hits).toEqual([]);
  }
  return id;
}

/** A case at the export-control review with every earlier record, NDA and COI in place. */
async function caseWith(partnerIds: string[], extra: Record<string, unknown> = {}): Promise<string> {
  const id = await newCase(coord, pi.user.id, partnerIds, { departmentIds: [ENGINEERING] });
  await placeCase(
    t,
    id,
    "export_risk_review",
    {
      scheme: SCHEME,
      negotiation: NEGOTIATION,
      research_plan: researchPlan(),
      contract_terms: TERMS,
      agreement_confirmation: agreement(),
    },
    extra,
  );
  await addNda(t, id, partnerIds);
  for (const p of partnerIds) {
    await coord.put(`/api/v1/cases/${id}/partners/${p}`, {
      dueDiligence: { ownershipKnown: true, countryRules: { reviewed: true } },
    });
  }
  await pi.put(`/api/v1/cases/${id}/coi`, {
    declared: true,
    declaredOn: "2026-11-01",
    validUntil: "2027-03-31",
  });
  return id;
}

/** Files a review for one party of the case, and the officer decides it. */
async function decidedReview(
  caseId: string,
  subject: { kind: "partner" | "participant"; id: string },
  decision: "approved" | "licence_required" = "approved",
): Promise<string> {
  const res = await coord.post(REVIEWS, {
    title: "連携先への技術提供",
    applicantId: pi.user.id,
    caseId,
    caseSubject: subject,
    facts: GROUP_A_GOODS,
    selfCheck: { confirmedAccurate: true },
  });
  expect(res.status).toBe(201);
  expect((await pi.post(`${REVIEWS}/${res.json.id}/submit`, {})).status).toBe(200);
  expect((await head.post(`${REVIEWS}/${res.json.id}/department-approval`, {})).status).toBe(200);
  const d = await officer.post(`${REVIEWS}/${res.json.id}/decision`, {
    reason: "確認済み",
    decision,
    comment: "審査済み",
  });
  expect(d.status).toBe(200);
  return res.json.id;
}

const sign = (id: string) => coord.post(`/api/v1/cases/${id}/transitions`, { action: "sign_contract" });

describe("every foreign partner and every non-resident participant (C9)", () => {
  it("a second foreign partner cannot sign until it has its own decided review", async () => {
    const a = await partner("Erstwerk Optik GmbH");
    const b = await partner("Zweitwerk Sensorik GmbH");
    const id = await caseWith([a, b]);
    await decidedReview(id, { kind: "partner", id: a });
    const refused = await sign(id);
    expect(ruleIds(refused)).toEqual(["GATE-EXPORT-MISSING"]);
    expect(JSON.stringify(refused.json)).toContain("Zweitwerk Sensorik GmbH");
    const page = (await coord.get(`/api/v1/cases/${id}`)).json;
    const covered = (pid: string) =>
      page.exportCoverage.find((c: { id: string; reviewId: string | null }) => c.id === pid).reviewId !==
      null;
    expect([covered(a), covered(b)]).toEqual([true, false]);
    await decidedReview(id, { kind: "partner", id: b });
    expect((await sign(id)).status).toBe(200);
  });

  it("a review names only a party of its case (400, nothing written)", async () => {
    const a = await partner("Drittwerk Chemie GmbH");
    const other = await partner("Fremdwerk Chemie GmbH");
    const id = await caseWith([a]);
    const res = await coord.post(REVIEWS, {
      title: "誤った相手",
      caseId: id,
      caseSubject: { kind: "partner", id: other },
      facts: GROUP_A_GOODS,
      selfCheck: { confirmedAccurate: true },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues).toEqual([
      { path: "caseSubject", message: "validation.unknown_record" },
    ]);
  });

  it("adding a non-resident participant after the decision re-opens the gate until each is reviewed", async () => {
    const a = await partner("Viertwerk Robotik GmbH");
    const id = await caseWith([a]);
    const reviewA = await decidedReview(id, { kind: "partner", id: a });
    // The intake of a visiting researcher: non-resident, screened with no match (set up directly).
    const [v] = await t.deps.db.select().from(visitors).limit(1);
    await t.deps.db
      .update(visitors)
      .set({
        residency: "NON_RESIDENT",
        screening: { screenedOn: "2026-11-01", listVersions: { テスト制裁リスト: "v1" }, parties: [] },
      })
      .where(eq(visitors.id, v!.id));
    const added = await coord.post(`/api/v1/cases/${id}/participants`, {
      kind: "visiting_researcher",
      userId: head.user.id,
      visitorId: v!.id,
      roleOnCase: "評価",
      receivesControlledTech: true,
    });
    expect(added.status).toBe(201);
    const refused = await sign(id);
    expect(ruleIds(refused).sort()).toEqual(["GATE-EXPORT-MISSING", "GATE-EXPORT-STALE"]);
    const page = (await coord.get(`/api/v1/cases/${id}`)).json;
    const stale = page.exportReviews.find((r: { reviewId: string }) => r.reviewId === reviewA);
    expect(stale.staleReasons.map((r: { ja: string }) => r.ja).join()).toContain("が追加された");
    expect(page.participants[0].intake).toEqual({ residency: "NON_RESIDENT", tokutei: false });

    // Only the officer reconfirms; the participant still needs a review of their own.
    expect((await coord.post(`/api/v1/cases/${id}/export-reviews/${reviewA}/reconfirm`, {})).status).toBe(
      403,
    );
    expect((await officer.post(`/api/v1/cases/${id}/export-reviews/${reviewA}/reconfirm`, {})).status).toBe(
      200,
    );
    expect(ruleIds(await sign(id))).toEqual(["GATE-EXPORT-MISSING"]);
    await decidedReview(id, { kind: "participant", id: added.json.id });
    expect((await sign(id)).status).toBe(200);
  });

  it("refuses an intake of another institution or an unknown one (400)", async () => {
    const a = await partner("Fünftwerk Akustik GmbH");
    const id = await caseWith([a]);
    const res = await coord.post(`/api/v1/cases/${id}/participants`, {
      kind: "staff",
      userId: head.user.id,
      visitorId: "6f1c1d5e-0000-4c4c-9a9a-000000000000",
    });
    expect(res.status).toBe(400);
  });
});

describe("disclosure items linked to their 該非判定 (C9)", () => {
  it("links only the institution's record; a revised record or a changed item re-opens the gate, in words", async () => {
    const a = await partner("Sechstwerk Laser GmbH");
    const id = await caseWith([a]);
    const record = await pi.post("/api/v1/export-control/classifications", oscilloscopeRecord);
    expect(record.status).toBe(201);
    const refNo = (await pi.get(`/api/v1/export-control/classifications/${record.json.id}`)).json.refNo;
    expect(refNo).toEqual(expect.any(String));
    const linked = (classificationId: string | null) => ({
      data: {
        ...SCHEME,
        disclosurePlan: SCHEME.disclosurePlan.map((i) =>
          i.itemId === "i-nda" ? { ...i, exportControlled: true, classificationId } : i,
        ),
      },
    });
    const scheme = `/api/v1/cases/${id}/records/scheme`;

    // The scheme is edited at its own stage (the case is put back there for the test).
    await placeCase(t, id, "scheme_design");
    const unknown = await coord.put(scheme, linked("6f1c1d5e-0000-4c4c-9a9a-000000000000"));
    expect(unknown.status, unknown.text).toBe(400);
    expect(unknown.json.error.details.issues).toEqual([
      { path: "data.disclosurePlan.1.classificationId", message: "validation.unknown_record" },
    ]);
    const stored = async () => (await coord.get(`/api/v1/cases/${id}`)).json.records.scheme?.data;
    expect(JSON.stringify(await stored())).not.toContain("6f1c1d5e");
    expect((await coord.put(scheme, linked(record.json.id))).status).toBe(200);
    await placeCase(t, id, "export_risk_review");

    const review = await decidedReview(id, { kind: "partner", id: a });
    const staleText = async () =>
      (await coord.get(`/api/v1/cases/${id}`)).json.exportReviews
        .find((r: { reviewId: string }) => r.reviewId === review)
        .staleReasons.map((r: { ja: string }) => r.ja)
        .join();
    expect(await staleText()).toBe("");

    // A revision of the classification the item rests on makes the decision stale.
    const revised = await pi.put(`/api/v1/export-control/classifications/${record.json.id}`, {
      version: 1,
      classification: { ...oscilloscopeRecord, listItem: "7" },
    });
    expect(revised.status).toBe(200);
    expect(ruleIds(await sign(id))).toContain("GATE-EXPORT-STALE");
    expect(await staleText()).toContain(`該非判定 ${refNo} デジタルオシロスコープ（中古） が変更された`);

    // The officer reconfirms; the case goes back to its scheme and the item is unlinked: stale again.
    expect((await officer.post(`/api/v1/cases/${id}/export-reviews/${review}/reconfirm`, {})).status).toBe(
      200,
    );
    expect(await staleText()).toBe("");
    await placeCase(t, id, "scheme_design");
    expect((await coord.put(scheme, linked(null))).status).toBe(200);
    await placeCase(t, id, "export_risk_review");
    const text = await staleText();
    expect(text).toContain("開示情報 「予備データ」 が変更された");
    expect(text).toContain(`該非判定 ${refNo} デジタルオシロスコープ（中古） が外された`);
    expect(text).not.toContain("i-nda");
    expect(ruleIds(await sign(id))).toContain("GATE-EXPORT-STALE");
  });
});

describe("a confirmed hit keeps its list (X5, B6)", () => {
  it("an End User List hit passes the gate once a licence is granted", async () => {
    const e = await partner("Listenwerk Maschinenbau GmbH", true);
    const approved = { highRiskApprovedBy: exec.user.id, highRiskApprovedOn: "2026-11-01" };
    const id = await caseWith([e], approved);
    const page = (await coord.get(`/api/v1/cases/${id}`)).json;
    expect(page.partners[0].screening.matchedLists).toEqual(["eul"]);
    expect(page.risk.reasons.map((r: { ruleId: string }) => r.ruleId)).toContain("HR-EUL");
    const reviewId = await decidedReview(id, { kind: "partner", id: e }, "licence_required");
    expect(ruleIds(await sign(id)).sort()).toEqual(["GATE-EXPORT-LICENCE", "GATE-SCREEN-EUL"]);
    const lic = await officer.post("/api/v1/licences", {
      title: "Listenwerk 向け技術提供の個別許可",
      linkKind: "transaction",
      linkRef: reviewId,
    });
    expect(lic.status).toBe(201);
    let version = lic.json.version;
    const filed = await officer.post(`/api/v1/licences/${lic.json.id}/status`, {
      to: "filed",
      version,
      filedOn: "2026-11-02",
    });
    expect(filed.status).toBe(200);
    version = filed.json.version;
    const granted = await officer.post(`/api/v1/licences/${lic.json.id}/status`, {
      to: "granted",
      version,
      metiNumber: "架空-0001",
      decidedOn: "2026-11-20",
      validFrom: "2026-11-20",
      validUntil: "2028-03-31",
    });
    expect(granted.status).toBe(200);
    expect((await sign(id)).status).toBe(200);
  });

  it("a sanctions hit never passes, whatever the review, licence or approval", async () => {
    const s = await partner("Sanktionswerk Handels GmbH", true);
    const approved = { highRiskApprovedBy: exec.user.id, highRiskApprovedOn: "2026-11-01" };
    const id = await caseWith([s], approved);
    const reviewId = await decidedReview(id, { kind: "partner", id: s }, "licence_required");
    await coord.put(`/api/v1/cases/${id}/records/export_licence`, {
      data: { status: "granted", expiresOn: "2028-03-31", reference: "架空" },
    });
    expect(reviewId).toBeTruthy();
    const reasons = ruleIds(await sign(id));
    expect(reasons).toContain("GATE-SCREEN-SANCTIONS");
    expect(reasons).toContain("GATE-RISK-PROHIBITED");
    expect(reasons).toContain("HR-SANCTIONS");
  });
});

describe("trip counterparts are screened against every list (B3)", () => {
  const plan = (organisation: string) => ({
    destinationCountry: "DE",
    destinationCity: "Berlin",
    departOn: "2026-12-10",
    returnOn: "2026-12-15",
    purpose: "共同研究の打合せ",
    meetings: [{ name: "", organisation, country: "DE" }],
    items: [{ description: "発表資料", mode: "presented", classification: "none", published: true }],
  });

  it("a trip to a listed counterpart is held; a confirmed sanctions hit prohibits it", async () => {
    const filed = await pi.post("/api/v1/trips", plan("Sanktionswerk Handels GmbH"));
    expect(filed.status).toBe(201);
    const trip = (await officer.get(`/api/v1/trips/${filed.json.id}`)).json;
    expect(trip.outcome).toBe("MANUAL_REVIEW");
    expect(trip.counterpartScreening.parties[0].matches[0]).toMatchObject({
      list: "テスト制裁リスト",
      kind: "sanctions",
    });
    const clear = await officer.post(`/api/v1/trips/${filed.json.id}/decision`, {
      reason: "確認済み",
      decision: "clear",
      comment: "確認済み",
    });
    expect(clear.status).toBe(422);
    const decided = await officer.post(`/api/v1/trips/${filed.json.id}/screening/decision`, {
      partyIndex: 0,
      matchIndex: 0,
      decision: "true_match",
      reason: "同一法人",
    });
    expect(decided.status).toBe(200);
    expect((await officer.get(`/api/v1/trips/${filed.json.id}`)).json.outcome).toBe("PROHIBITED");
    expect(
      (
        await officer.post(`/api/v1/trips/${filed.json.id}/decision`, {
          reason: "確認済み",
          decision: "clear",
          comment: "可",
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await pi.post(`/api/v1/trips/${filed.json.id}/screening/decision`, {
          partyIndex: 0,
          matchIndex: 0,
          decision: "false_positive",
          reason: "自分で解除",
        })
      ).status,
    ).toBe(403);
  });

  it("a counterpart on no list is screened, not 'not screened'", async () => {
    const filed = await pi.post("/api/v1/trips", plan("Harmlos Feinmechanik AG"));
    const trip = (await officer.get(`/api/v1/trips/${filed.json.id}`)).json;
    const rules = trip.assessment.parts.flatMap((p: { result: { reasons: { ruleId: string }[] } }) =>
      p.result.reasons.map((r) => r.ruleId),
    );
    expect(rules).not.toContain("EUL-NOT-SCREENED");
    expect(trip.counterpartScreening.parties[0].matches).toEqual([]);
  });
});

describe("ownership by listed parties (item 5)", () => {
  const edge = (owner: string, ownerName: string, share: number) => ({
    relation: "ownership",
    ownerName,
    ownerKind: "organisation",
    ownerPartnerId: owner,
    share,
    source: "商業登記（架空）",
  });

  it("a partner 60 % owned by a sanctioned partner cannot sign, though its own name is on no list", async () => {
    const owner = await partner("Sanktionswerk Handels GmbH", true);
    const p = await partner("Beteiligungswerk Beispiel GmbH");
    expect(
      (await officer.post(`/api/v1/partners/${p}/ownership`, edge(owner, "Sanktionswerk", 60))).status,
    ).toBe(201);
    const view = (await coord.get(`/api/v1/partners/${p}/ownership`)).json;
    expect(view.listedOwnership).toBe(true);
    expect(view.paths[0][0]).toContain("テスト制裁リスト");
    const id = await caseWith([p]);
    const reviewId = await decidedReview(id, { kind: "partner", id: p });
    // The review says which party it covers, by name.
    expect((await coord.get(`${REVIEWS}/${reviewId}`)).json.caseSubject).toEqual({
      kind: "partner",
      id: p,
      name: "Beteiligungswerk Beispiel GmbH",
    });
    const reasons = ruleIds(await sign(id));
    expect(reasons).toContain("GATE-SCREEN-SANCTIONS");
    expect(reasons).toContain("HR-SANCTIONS");
  });

  it("imports FtM Ownership edges with the list and follows them through a confirmed hit", async () => {
    const line = (o: unknown) => JSON.stringify(o);
    const ftm = (share: string) =>
      [
        line({
          id: "t-a",
          schema: "Company",
          target: true,
          properties: { name: ["Kartellholding Beispiel"] },
        }),
        line({
          id: "t-b",
          schema: "Company",
          target: false,
          properties: { name: ["Mittelwerk Beispiel LLC"] },
        }),
        line({
          id: "own",
          schema: "Ownership",
          properties: { owner: ["t-a"], asset: ["t-b"], percentage: [share] },
        }),
      ].join("\n");
    const first = await upload(officer, { format: "ftm", name: "テスト FtM データ" }, [
      { name: "a.ftm.json", bytes: bytes(ftm("60")) },
    ]);
    expect(first.status).toBe(200);
    const edges = await t.deps.db
      .select()
      .from(ownershipEdges)
      .where(eq(ownershipEdges.listId, first.json.listId));
    expect(edges).toMatchObject([
      {
        origin: "list",
        ownerName: "Kartellholding Beispiel",
        ownerListed: true,
        share: 60,
        withdrawnAt: null,
      },
    ]);
    // The registry partner is the carried-along company (a confirmed hit); its subsidiary is then reached.
    const middle = await partner("Mittelwerk Beispiel LLC", true);
    // The review item shows that the entry is a related entity, and the path from its listed owner.
    const [hit] = await t.deps.db.select().from(screeningHits).where(eq(screeningHits.subjectId, middle));
    expect((await officer.get(`/api/v1/screening/hits/${hit!.id}`)).json.ownership).toEqual({
      related: true,
      listedOwnership: true,
      listedShare: 60,
      paths: [["Kartellholding Beispiel（テスト FtM データ）", "Mittelwerk Beispiel LLC 60%"]],
    });
    const sub = await partner("Endwerk Beispiel GmbH");
    await officer.post(`/api/v1/partners/${sub}/ownership`, edge(middle, "Mittelwerk Beispiel LLC", 100));
    const view = (await coord.get(`/api/v1/partners/${sub}/ownership`)).json;
    expect(view.listedOwnership).toBe(true);
    expect(view.paths).toContainEqual([
      "Kartellholding Beispiel（テスト FtM データ）",
      "Mittelwerk Beispiel LLC 60%",
      "Endwerk Beispiel GmbH 100%",
    ]);
    // On a sanctions data set, the carried-along company is treated as listed through its owner: its own
    // hit counts as "other" (it is not a target), the 60 % owner makes it a sanctions match.
    await officer.put(`/api/v1/screening/lists/${first.json.listId}/kind`, { kind: "sanctions" });
    const id = await caseWith([middle]);
    await decidedReview(id, { kind: "partner", id: middle });
    const reasons = ruleIds(await sign(id));
    expect(reasons).toContain("GATE-SCREEN-SANCTIONS");
    expect(reasons).toContain("HR-OTHER-LIST");
    // A new version replaces the edges: the old ones are withdrawn, kept for the record.
    const second = await upload(officer, { format: "ftm", name: "テスト FtM データ" }, [
      { name: "a.ftm.json", bytes: bytes(ftm("30")) },
    ]);
    expect(second.json.seq).toBe(2);
    const after = await t.deps.db
      .select()
      .from(ownershipEdges)
      .where(eq(ownershipEdges.listId, first.json.listId));
    expect(after.filter((e) => e.withdrawnAt === null).map((e) => e.share)).toEqual([30]);
    expect(after).toHaveLength(2);
  });
});
