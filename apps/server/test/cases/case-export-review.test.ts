import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases, notifications } from "../../src/db/schema";
import { createTestApp, email, type TestUser } from "../harness";
import { caseAtExportReview, checkedPartner, QUARTERLY_QUOTATION, ruleIds, type TestApp } from "./case-setup";

// The contract gate and the case's 取引審査 (seed 001 §IV.2-9, spec §6.3), through both features' APIs:
// a review filed for the case, its steps in the case's history, and only the officer's decision counts.

const REVIEWS = "/api/v1/export-control/reviews";

let t: TestApp;
let coord: TestUser;
let pi: TestUser;
let head: TestUser;
let officer: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  coord = await t.signIn(email("coordinator"));
  pi = await t.signIn(email("researcher"));
  head = await t.signIn(email("department-head"));
  officer = await t.signIn(email("export-control"));
});
afterAll(() => t.close());

const partnerOf = new Map<string, string>();

/** A case ready to sign but for its 取引審査: partner screened and checked, due diligence, NDA, COI. */
async function readyToSign(): Promise<string> {
  const partnerId = await checkedPartner(coord);
  const id = await caseAtExportReview(t, coord, pi.user.id, partnerId);
  await coord.put(`/api/v1/cases/${id}/partners/${partnerId}`, {
    dueDiligence: { ownershipKnown: true, countryRules: { reviewed: true } },
  });
  // COI: the PI's periodic declaration is approved by the committee in the demo data (issue 13).
  partnerOf.set(id, partnerId);
  return id;
}

/** The coordinator files the case's review for the PI (代理入力); the PI submits it. */
async function fileReview(caseId: string, facts: Record<string, unknown>): Promise<string> {
  const res = await coord.post(REVIEWS, {
    title: "共同研究先への試料と評価データの提供",
    applicantId: pi.user.id,
    caseId,
    // The review covers the case's foreign partner (issue 15: one review per foreign partner).
    caseSubject: { kind: "partner", id: partnerOf.get(caseId) },
    counterpartyName: "Versuchswerk GmbH",
    counterpartyCountry: "DE",
    facts,
    selfCheck: { confirmedAccurate: true },
  });
  expect(res.status).toBe(201);
  expect((await pi.post(`${REVIEWS}/${res.json.id}/submit`, {})).status).toBe(200);
  return res.json.id;
}

const GROUP_A_GOODS = {
  activity: "goods_export",
  provision: { destinationCountry: "DE" },
  item: { listItem: "16" },
};

async function sign(caseId: string) {
  return coord.post(`/api/v1/cases/${caseId}/transitions`, { action: "sign_contract" });
}

describe("the contract waits for the officer's decision on the case's 取引審査", () => {
  it("refuses while the review is in progress, then signs once it is approved and the case becomes active", async () => {
    const id = await readyToSign();
    expect(ruleIds(await sign(id))).toEqual(["GATE-EXPORT-MISSING"]);

    const reviewId = await fileReview(id, GROUP_A_GOODS);
    // Submitted: the engine has a determination, but nobody has decided yet.
    const page = (await coord.get(`/api/v1/cases/${id}`)).json;
    expect(page.exportReview).toMatchObject({
      reviewId,
      refNo: expect.stringMatching(/^TR-2026-\d{4}$/),
      status: "dept_review",
      decision: null,
      outcome: null,
    });
    expect(page.exportReview.engineOutcome).not.toBeNull();
    expect(ruleIds(await sign(id))).toEqual(["GATE-EXPORT-PENDING"]);
    const [pending] = await t.deps.db.select().from(cases).where(eq(cases.id, id));
    expect(pending!.blocked).toBe(true);
    expect((pending!.blockers as { ruleId: string }[]).map((r) => r.ruleId)).toContain("GATE-EXPORT-PENDING");

    expect((await head.post(`${REVIEWS}/${reviewId}/department-approval`, {})).status).toBe(200);
    expect(ruleIds(await sign(id))).toEqual(["GATE-EXPORT-PENDING"]);
    const decided = await officer.post(`${REVIEWS}/${reviewId}/decision`, {
      reason: "確認済み",
      decision: "approved",
      comment: "グループA向けの16項貨物。インフォーム通知なし。",
    });
    expect(decided.status).toBe(200);

    // The decision reached the case at once: history, the board's flag, and the PI's notice.
    const after = (await coord.get(`/api/v1/cases/${id}`)).json;
    expect(after.exportReview).toMatchObject({
      status: "decided",
      decision: "approved",
      outcome: "NO_LICENCE",
    });
    const [row] = await t.deps.db.select().from(cases).where(eq(cases.id, id));
    expect(row!.blocked).toBe(false);
    const history = (await coord.get(`/api/v1/cases/${id}/history?limit=100`)).json.items;
    const steps = history
      .filter((e: { action: string }) => e.action === "case.export_review_updated")
      .map((e: { after: { step: string } }) => e.after.step);
    expect(steps).toEqual(["decide", "department_approve", "submit", "created"]);
    const told = await t.deps.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, pi.user.id), eq(notifications.kind, "case.export_review_decided")));
    expect(told).toHaveLength(1);
    expect(told[0]!.link).toBe(`/cases/${id}`);

    // The partner asked for quarterly URA reports (seed 001 case 23 ①): monitoring schedules them.
    const quote = await coord.post(`/api/v1/cases/${id}/quotations`, QUARTERLY_QUOTATION);
    expect(quote.status, quote.text).toBe(201);
    const signed = await sign(id);
    expect(signed.status).toBe(200);
    const active = (await coord.get(`/api/v1/cases/${id}`)).json;
    expect(active.stage).toBe("active");
    // Each report carries its number, so the page titles it in the reader's language (issue 11 item 5).
    const reports = active.monitoring.items.filter((m: { kind: string }) => m.kind === "progress_report");
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.map((m: { reportNo: number }) => m.reportNo)).toEqual(
      reports.map((_: unknown, i: number) => i + 1),
    );
    expect(reports[0].title).toBe("四半期進捗報告 1");
  });

  it("a rejected review blocks the contract even where the engine saw no need for a licence", async () => {
    const id = await readyToSign();
    const reviewId = await fileReview(id, GROUP_A_GOODS);
    await head.post(`${REVIEWS}/${reviewId}/department-approval`, {});
    await officer.post(`${REVIEWS}/${reviewId}/decision`, {
      reason: "確認済み",
      decision: "rejected",
      comment: "相手先の用途が確認できないため不可。",
    });
    expect(ruleIds(await sign(id))).toEqual(["GATE-EXPORT-PROHIBITED"]);
  });

  it("a licence required by the officer is needed on the case before the contract", async () => {
    const id = await readyToSign();
    const reviewId = await fileReview(id, GROUP_A_GOODS);
    await head.post(`${REVIEWS}/${reviewId}/department-approval`, {});
    await officer.post(`${REVIEWS}/${reviewId}/decision`, {
      reason: "確認済み",
      decision: "licence_required",
      comment: "委員会で審議。許可を取得すること。",
    });
    expect(ruleIds(await sign(id))).toEqual(["GATE-EXPORT-LICENCE"]);
    const applied = await coord.put(`/api/v1/cases/${id}/records/export_licence`, {
      data: { status: "applied", expiresOn: null, reference: "申請中" },
    });
    expect(applied.status).toBe(200);
    expect(ruleIds(await sign(id))).toEqual(["GATE-EXPORT-LICENCE"]);
    await coord.put(`/api/v1/cases/${id}/records/export_licence`, {
      data: { status: "granted", expiresOn: "2028-03-31", reference: "経済産業省 許可番号（架空）" },
    });
    expect((await sign(id)).status).toBe(200);
  });

  it("moving a review to another case moves its effect: the old case loses it, the new one gains it", async () => {
    const first = await readyToSign();
    const second = await readyToSign();
    const draft = await coord.post(REVIEWS, {
      title: "案件の付け替え",
      applicantId: pi.user.id,
      caseId: first,
      caseSubject: { kind: "partner", id: partnerOf.get(first) },
      facts: GROUP_A_GOODS,
      selfCheck: { confirmedAccurate: true },
    });
    expect(ruleIds(await sign(first))).toEqual(["GATE-EXPORT-PENDING"]);
    const detail = (await coord.get(`${REVIEWS}/${draft.json.id}`)).json;
    expect(detail.case).toMatchObject({ id: first });
    const moved = await coord.put(`${REVIEWS}/${draft.json.id}`, {
      version: detail.version,
      review: {
        title: "案件の付け替え",
        applicantId: pi.user.id,
        caseId: second,
        caseSubject: { kind: "partner", id: partnerOf.get(second) },
        facts: GROUP_A_GOODS,
        selfCheck: { confirmedAccurate: true },
      },
    });
    expect(moved.status).toBe(200);
    expect(ruleIds(await sign(first))).toEqual(["GATE-EXPORT-MISSING"]);
    expect(ruleIds(await sign(second))).toEqual(["GATE-EXPORT-PENDING"]);
    const unknown = await coord.post(REVIEWS, {
      title: "存在しない案件",
      caseId: "6f1c1d5e-0000-4c4c-9a9a-000000000000",
      facts: GROUP_A_GOODS,
      selfCheck: { confirmedAccurate: true },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.details.issues).toEqual([
      { path: "caseId", message: "validation.unknown_record" },
    ]);
  });
});
