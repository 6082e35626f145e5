import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditEvents,
  caseQuotations,
  costComponentSettings,
  quotationSecrecyAgreements,
  secretItems,
} from "../../src/db/schema";
import { createTestApp, email, type TestUser } from "../harness";
import { signInElsewhere } from "../insight/other-institution";
import { newCase, newPartner, type TestApp } from "./case-setup";

/** Issue 17 item 4: the indirect split (seed 001 case 23) and the secrecy line by level (seed 000 §3-2(1)). */

let t: TestApp;
let coord: TestUser;
let pi: TestUser;
let legal: TestUser;
let admin: TestUser;
let caseId: string;

const request = (over: Record<string, unknown> = {}) => ({
  partnerName: "株式会社テスト",
  issuedOn: "2026-11-21",
  validDays: 30,
  // ¥1,000,007 × 20 % = ¥200,001: the split leaves a remainder.
  directCosts: [{ label: "試薬", category: "consumables", amountYen: 1_000_007 }],
  personnel: [],
  partnerWantsQuarterlyUraReports: false,
  contractLanguage: "ja",
  strategicAmountYen: null,
  secrecyMonths: 12,
  ...over,
});

async function addSecret(level: number, status = "active") {
  await t.deps.db.insert(secretItems).values({
    institutionId: coord.user.institution.id,
    title: `秘密情報 L${level}`,
    level,
    origin: "received",
    direction: "received",
    caseId,
    responsibleUserId: pi.user.id,
    storageKind: "paper",
    status,
    ...(status === "active" ? {} : { endedOn: "2026-11-01", endConfirmedBy: coord.user.id }),
  });
}

const agreementsOf = (quotationId: string) =>
  t.deps.db
    .select()
    .from(quotationSecrecyAgreements)
    .where(eq(quotationSecrecyAgreements.quotationId, quotationId));

const agreement = {
  agreedOn: "2026-11-20",
  partnerSignatory: "研究開発部長 山田太郎",
  evidence: "契約書第12条",
};

beforeAll(async () => {
  t = await createTestApp();
  coord = await t.signIn(email("coordinator"));
  pi = await t.signIn(email("researcher"));
  legal = await t.signIn(email("legal-ip"));
  admin = await t.signIn(email("admin"));
  caseId = await newCase(coord, pi.user.id, [await newPartner(coord)], { title: "費用内訳の確認" });
});
afterAll(() => t.close());

describe("cost component settings", () => {
  it("has defaults, is owned by the office, and refuses shares that do not add up (nothing written)", async () => {
    const view = await coord.get("/api/v1/cost/settings");
    expect(view.status).toBe(200);
    expect(view.json).toMatchObject({ saved: false, settings: { indirectShares: { intake: 40 } } });
    expect((await pi.get("/api/v1/cost/settings")).status).toBe(403);
    expect((await legal.put("/api/v1/cost/settings", view.json.settings)).status).toBe(403);

    for (const indirectShares of [
      { intake: 40, contract_ip: 40, clerical: 19 },
      { intake: 50, contract_ip: 50, clerical: 1 },
      { intake: -1, contract_ip: 51, clerical: 50 },
      { intake: 40.5, contract_ip: 39.5, clerical: 20 },
    ]) {
      const bad = await admin.put("/api/v1/cost/settings", { ...view.json.settings, indirectShares });
      expect(bad.status).toBe(400);
    }
    const tooMuch = await admin.put("/api/v1/cost/settings", {
      ...view.json.settings,
      secrecyMonthlyYen: { "1": 1, "2": 1, "3": 10_000_001 },
    });
    expect(tooMuch.status).toBe(400);
    expect(await t.deps.db.select().from(costComponentSettings)).toEqual([]);

    const saved = await admin.put("/api/v1/cost/settings", {
      indirectShares: { intake: 34, contract_ip: 33, clerical: 33 },
      secrecyMonthlyYen: { "1": 1_000, "2": 5_000, "3": 20_000 },
    });
    expect(saved.status).toBe(200);
    expect(saved.json.saved).toBe(true);
    const audit = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "cost.components_saved"));
    expect(audit).toHaveLength(1);
  });
});

describe("quotation with the split and the secrecy line", () => {
  let quotationId: string;

  it("splits the indirect cost exactly and shows the secrecy line as not yet agreed", async () => {
    await addSecret(1);
    await addSecret(1);
    await addSecret(2);
    await addSecret(3, "returned"); // no longer managed: not priced
    await addSecret(0); // public: not priced
    const q = await pi.post(`/api/v1/cases/${caseId}/quotations`, request());
    expect(q.status).toBe(201);
    quotationId = q.json.id;
    const view = await pi.get(`/api/v1/cases/${caseId}/quotations/${quotationId}`);
    expect(view.status).toBe(200);
    const parts = view.json.lines.filter((l: { code: string }) => l.code === "indirect_part");
    const indirect = view.json.lines.find((l: { code: string }) => l.code === "indirect");
    expect(indirect.amountYen).toBe(200_001);
    expect(parts.map((l: { amountYen: number }) => l.amountYen)).toEqual([68_001, 66_000, 66_000]);
    expect(parts.reduce((s: number, l: { amountYen: number }) => s + l.amountYen, 0)).toBe(
      indirect.amountYen,
    );
    expect(parts[0].label.ja).toBe("うち受入・執行管理経費");
    expect(parts[0].reason.citation.ja).toContain("事例23");

    const secrecy = view.json.lines.find((l: { code: string }) => l.code === "secrecy");
    // (2 × ¥1,000 + 1 × ¥5,000) × 12 months.
    expect(secrecy).toMatchObject({ amountYen: 84_000, counted: false });
    expect(secrecy.label.ja).toContain("未合意");
    expect(secrecy.detail.ja).toBe("(秘 2件×¥1,000 + 厳秘 1件×¥5,000) × 12か月");
    expect(view.json.secrecy).toEqual({ amountYen: 84_000, agreed: false });
    expect(view.json.notes[0].text.ja).toContain("未合意");
    expect(view.json.totalYen).toBe(1_200_008);
    expect(view.json.canAgree).toBe(false);

    const txt = await pi.get(`/api/v1/cases/${caseId}/quotations/${quotationId}/document?format=txt`);
    expect(txt.text).toContain("うち契約・知財マネジメント経費\t33%\t¥66,000");
    expect(txt.text).toContain("秘密管理費用（未合意）");
    expect(txt.text).toContain("合計（税別）\t\t¥1,200,008");
    const pdf = await t.app.request(`/api/v1/cases/${caseId}/quotations/${quotationId}/document`, {
      headers: { cookie: pi.cookie },
    });
    expect(pdf.status).toBe(200);
  });

  it("the requester cannot record the agreement; the total changes only once the office records it", async () => {
    const path = `/api/v1/cases/${caseId}/quotations/${quotationId}/secrecy-agreement`;
    expect((await pi.post(path, agreement)).status).toBe(403);
    expect(await agreementsOf(quotationId)).toEqual([]);
    expect((await pi.get(`/api/v1/cases/${caseId}`)).json.quotations[0].totalYen).toBe(1_200_008);

    for (const bad of [
      { ...agreement, evidence: " " },
      { ...agreement, partnerSignatory: "" },
      { ...agreement, agreedOn: "2026-13-01" },
      { ...agreement, agreedOn: "2026-12-31" }, // in the future
    ]) {
      expect((await legal.post(path, bad)).status).toBe(400);
    }
    expect(await agreementsOf(quotationId)).toEqual([]);

    const ok = await legal.post(path, agreement);
    expect(ok.status).toBe(201);
    expect(ok.json.totalYen).toBe(1_284_008);
    const view = (await pi.get(`/api/v1/cases/${caseId}/quotations/${quotationId}`)).json;
    expect(view.secrecy).toEqual({ amountYen: 84_000, agreed: true });
    expect(view.notes).toEqual([]);
    expect(view.agreement).toMatchObject({
      agreedOn: "2026-11-20",
      partnerSignatory: agreement.partnerSignatory,
    });
    expect((await pi.get(`/api/v1/cases/${caseId}`)).json.quotations[0].totalYen).toBe(1_284_008);
    const txt = await pi.get(`/api/v1/cases/${caseId}/quotations/${quotationId}/document?format=txt`);
    expect(txt.text).toContain("秘密管理費用\t");
    expect(txt.text).toContain("合計（税別）\t\t¥1,284,008");
    const audit = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "quotation.secrecy_agreed"), eq(auditEvents.entityId, caseId)));
    expect(audit).toHaveLength(1);

    const again = await coord.post(path, agreement);
    expect(again.status).toBe(409);
    expect(again.json.error.details.reasons[0].text.ja).toContain("取り消して");
  });

  it("withdraws with a reason (audited, kept in the history), then records the corrected agreement", async () => {
    const path = `/api/v1/cases/${caseId}/quotations/${quotationId}/secrecy-agreement`;
    expect((await pi.post(`${path}/withdraw`, { reason: "署名者の誤記" })).status).toBe(403);
    expect((await legal.post(`${path}/withdraw`, { reason: "" })).status).toBe(400);
    const w = await legal.post(`${path}/withdraw`, { reason: "署名者の誤記" });
    expect(w.status).toBe(200);
    expect(w.json.totalYen).toBe(1_200_008);
    let view = (await pi.get(`/api/v1/cases/${caseId}/quotations/${quotationId}`)).json;
    expect(view.agreement).toBeNull();
    expect(view.withdrawals).toHaveLength(1);
    expect(view.withdrawals[0]).toMatchObject({ reason: "署名者の誤記", evidence: "契約書第12条" });
    expect((await legal.post(`${path}/withdraw`, { reason: "再度" })).status).toBe(404);

    const fixed = await coord.post(path, { ...agreement, partnerSignatory: "研究開発部長 山田花子" });
    expect(fixed.status).toBe(201);
    view = (await coord.get(`/api/v1/cases/${caseId}/quotations/${quotationId}`)).json;
    expect(view.agreement.partnerSignatory).toBe("研究開発部長 山田花子");
    expect(view.totalYen).toBe(1_284_008);
    const withdrawn = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "quotation.secrecy_withdrawn"));
    expect(withdrawn).toHaveLength(1);
  });

  it("a quotation without secrets has no secrecy line and nothing to agree to", async () => {
    const other = await newCase(
      coord,
      pi.user.id,
      [await newPartner(coord, { nameJa: "別連携先株式会社" })],
      {
        title: "秘密なし",
      },
    );
    const q = await pi.post(`/api/v1/cases/${other}/quotations`, request());
    const view = (await pi.get(`/api/v1/cases/${other}/quotations/${q.json.id}`)).json;
    expect(view.secrecy).toBeNull();
    expect(view.lines.some((l: { code: string }) => l.code === "secrecy")).toBe(false);
    const res = await legal.post(
      `/api/v1/cases/${other}/quotations/${q.json.id}/secrecy-agreement`,
      agreement,
    );
    expect(res.status).toBe(400);
    // The quotation id of one case under another case's path is not found.
    expect(
      (await legal.post(`/api/v1/cases/${other}/quotations/${quotationId}/secrecy-agreement`, agreement))
        .status,
    ).toBe(404);
  });

  it("another institution sees neither the quotation nor may record on it (404, not 500)", async () => {
    const stranger = await signInElsewhere(t, "legal_ip");
    const path = `/api/v1/cases/${caseId}/quotations/${quotationId}`;
    expect((await stranger.get(path)).status).toBe(404);
    const res = await stranger.post(`${path}/secrecy-agreement/withdraw`, { reason: "他機関" });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain("費用内訳の確認");
    const [row] = await t.deps.db.select().from(caseQuotations).where(eq(caseQuotations.id, quotationId));
    expect(Number(row!.totalYen)).toBe(1_284_008);
  });
});

describe("demo data", () => {
  it("has one quotation whose secrecy line is agreed and one not yet agreed", async () => {
    const demo = await t.deps.db.select().from(caseQuotations);
    const states = [];
    for (const q of demo) {
      const view = await coord.get(`/api/v1/cases/${q.caseId}/quotations/${q.id}`);
      if (view.json.secrecy && q.caseId !== caseId) {
        states.push(view.json.secrecy.agreed);
        expect(view.json.totalYen).toBe(Number(q.totalYen));
      }
    }
    expect(states.sort()).toEqual([false, true]);
  });
});
