import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { receipts } from "../../src/db/schema";
import { createTestApp, email, samplePartner, type TestUser } from "../harness";
import { signInElsewhere } from "./other-institution";

// Issue 16 §1–3: money coded at entry, the MEXT survey computed from it with drill-down and Excel export.
let t: Awaited<ReturnType<typeof createTestApp>>;
let coord: TestUser;
let exec: TestUser;
let student: TestUser;
let outsider: TestUser;
let partnerId: string;
let foreignPartnerId: string;
let outsiderPartnerId: string;
let agreementId: string;

beforeAll(async () => {
  t = await createTestApp();
  coord = await t.signIn(email("coordinator"));
  exec = await t.signIn(email("executive"));
  student = await t.signIn(email("student"));
  outsider = await signInElsewhere(t, "coordinator");
  partnerId = (await coord.post("/api/v1/partners", { ...samplePartner, legalName: "株式会社サーベイ工業" }))
    .json.id;
  foreignPartnerId = (
    await coord.post("/api/v1/partners", {
      ...samplePartner,
      legalName: "Survey GmbH",
      country: "DE",
      corporateNumber: null,
    })
  ).json.id;
  outsiderPartnerId = (
    await outsider.post("/api/v1/partners", { ...samplePartner, legalName: "他大学の連携先" })
  ).json.id;
});
afterAll(() => t.close());

describe("coding at entry", () => {
  it("codes a Japanese company without a size class as SME and lists it as incomplete", async () => {
    const res = await coord.post("/api/v1/insight/agreements", {
      title: "センサー共同研究",
      kind: "joint_research",
      partnerId,
      startOn: "2028-04-01",
      endOn: "2029-03-31",
    });
    expect(res.status).toBe(201);
    expect(res.json.partnerType).toBe("sme");
    agreementId = res.json.id;
    const survey = await coord.get("/api/v1/insight/survey?fy=2028");
    expect(survey.json.incomplete.map((p: { partnerId: string }) => p.partnerId)).toContain(partnerId);
  });

  it("refuses another institution's partner, a kind that differs from the agreement, and an IP receipt without its kind — writing nothing", async () => {
    const count = async () => (await t.deps.db.select().from(receipts)).length;
    const before = await count();
    const foreignRef = await coord.post("/api/v1/insight/receipts", {
      partnerId: outsiderPartnerId,
      kind: "joint_research",
      direct: 1,
      receivedOn: "2028-05-01",
    });
    expect(foreignRef.status).toBe(400);
    expect(foreignRef.text).not.toContain("他大学の連携先");
    const kind = await coord.post("/api/v1/insight/receipts", {
      agreementId,
      kind: "contract_research",
      direct: 1,
      receivedOn: "2028-05-01",
    });
    expect(kind.status).toBe(400);
    const ip = await coord.post("/api/v1/insight/receipts", {
      partnerId,
      kind: "ip_income",
      direct: 1,
      receivedOn: "2028-05-01",
    });
    expect(ip.status).toBe(400);
    const unknown = await coord.post("/api/v1/insight/receipts", {
      agreementId: crypto.randomUUID(),
      kind: "joint_research",
      direct: 1,
      receivedOn: "2028-05-01",
    });
    expect(unknown.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it("students cannot read or enter money; executives read but do not enter", async () => {
    expect((await student.get("/api/v1/insight/survey?fy=2028")).status).toBe(403);
    expect((await exec.get("/api/v1/insight/survey?fy=2028")).status).toBe(200);
    expect(
      (
        await exec.post("/api/v1/insight/receipts", {
          partnerId,
          kind: "joint_research",
          direct: 1,
          receivedOn: "2028-05-01",
        })
      ).status,
    ).toBe(403);
  });
});

describe("the survey from records", () => {
  it("adds up receipts by kind and partner type, drills down to the records and corrects a mistake", async () => {
    await coord.post("/api/v1/insight/receipts", {
      agreementId,
      kind: "joint_research",
      direct: 8_000_000,
      indirect: 2_400_000,
      receivedOn: "2028-06-30",
    });
    await coord.post("/api/v1/insight/receipts", {
      partnerId: foreignPartnerId,
      kind: "ip_income",
      ipIncomeKind: "patent",
      direct: 300_000,
      receivedOn: "2029-01-15",
    });
    const wrong = await coord.post("/api/v1/insight/receipts", {
      agreementId,
      kind: "joint_research",
      direct: 9_999,
      receivedOn: "2029-04-01",
    });
    expect(wrong.status).toBe(201);
    // The last one fell in FY2029 and does not count for FY2028.
    const s = (await exec.get("/api/v1/insight/survey?fy=2028")).json;
    const v = (id: string) => s.figures.find((f: { id: string }) => f.id === id)?.value;
    expect(v("joint_research.count")).toBe(1);
    expect(v("joint_research.amount")).toBe(10_400_000);
    expect(v("joint_research.amount.sme")).toBe(10_400_000);
    expect(v("joint_research.large.count")).toBe(1);
    expect(v("ip_income.amount.patent")).toBe(300_000);
    expect(v("total.amount")).toBe(10_700_000);
    const drill = await exec.get("/api/v1/insight/survey/figures/joint_research.amount?fy=2028");
    expect(drill.json.items).toHaveLength(1);
    expect(drill.json.items[0]).toMatchObject({
      kind: "receipt",
      amount: 10_400_000,
      partnerName: "株式会社サーベイ工業",
    });
    expect((await exec.get("/api/v1/insight/survey/figures/no.such?fy=2028")).status).toBe(404);
    expect((await coord.del(`/api/v1/insight/receipts/${wrong.json.id}`)).status).toBe(204);
    expect((await coord.get("/api/v1/insight/receipts?fy=2029")).json.items).toHaveLength(0);
  });

  it("another institution sees none of it", async () => {
    const s = (await outsider.get("/api/v1/insight/survey?fy=2028")).json;
    expect(s.figures.find((f: { id: string }) => f.id === "total.amount").value).toBe(0);
    expect(
      (await outsider.get("/api/v1/insight/survey/figures/joint_research.amount?fy=2028")).json.items,
    ).toEqual([]);
    expect((await outsider.del(`/api/v1/insight/agreements/${agreementId}`)).status).toBe(404);
  });

  it("exports the survey as an Excel table and audits the export", async () => {
    const res = await t.app.request("/api/v1/insight/survey.xlsx?fy=2028", {
      headers: { cookie: exec.cookie },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    const joint = rows.find((r) => r[2] === "共同研究 受入額");
    expect(joint?.[3]).toBe(10_400_000);
    expect(wb.getWorksheet("未保有項目")).toBeTruthy();
  });

  it("indicators compare actuals with the targets executives set", async () => {
    expect(
      (
        await exec.put("/api/v1/insight/targets", {
          fiscalYear: 2028,
          indicatorId: "joint.amount",
          target: 20_000_000,
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await coord.put("/api/v1/insight/targets", {
          fiscalYear: 2028,
          indicatorId: "joint.count",
          target: -1,
        })
      ).status,
    ).toBe(400);
    const items = (await exec.get("/api/v1/insight/indicators?fy=2028")).json.items;
    expect(items.find((i: { id: string }) => i.id === "joint.amount")).toMatchObject({
      actual: 10_400_000,
      target: 20_000_000,
      achieved: false,
      ratio: 0.52,
    });
    const shares = items.find((i: { id: string }) => i.id === "international.share");
    expect(shares.actual).toBe(0.028);
  });
});
