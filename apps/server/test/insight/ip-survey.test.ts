import type { TFigureRecord, TSurvey } from "@renkei/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inventions, ipAgreements, ipFilings, ipIncome } from "../../src/db/schema";
import { createTestApp, email, type TestUser } from "../harness";

// Issue 16 §2: the survey's patent, licence and IP income figures read the IP register (issue 14's tables).
// The register's rows are written directly here (test setup); the figures are read through the API.
let t: Awaited<ReturnType<typeof createTestApp>>;
let exec: TestUser;
let licenceIds: string[];
// The demo IP register may hold rights that run into FY2031: figures are compared with the value before.
let before: Map<string, number>;
const figures = async () =>
  new Map(
    ((await exec.get("/api/v1/insight/survey?fy=2031")).json as TSurvey).figures.map((f) => [f.id, f.value]),
  );

beforeAll(async () => {
  t = await createTestApp();
  exec = await t.signIn(email("executive"));
  const institutionId = exec.user.institution.id;
  before = await figures();
  const [inv] = await t.deps.db
    .insert(inventions)
    .values({ institutionId, ref: "発明2031-001", title: "固体電解質の製法" })
    .returning();
  const filing = (kind: string, filedOn: string, extra: Record<string, unknown> = {}) => ({
    institutionId,
    inventionId: inv!.id,
    kind,
    country: kind === "jp" ? "JP" : "US",
    filedOn,
    ...extra,
  });
  await t.deps.db.insert(ipFilings).values([
    filing("jp", "2031-05-01"), // filed in FY2031, domestic
    filing("pct", "2031-06-01"), // filed in FY2031, foreign
    filing("jp", "2029-04-01", { registeredOn: "2030-10-01", status: "granted" }), // held, domestic
    filing("jp", "2032-04-01"), // next year: not counted
  ]);
  const agreement = (kind: string, status: string, signedOn: string | null) => ({
    institutionId,
    inventionId: inv!.id,
    kind,
    counterpartyName: "ライセンシー株式会社",
    counterpartyCountry: "JP",
    status,
    signedOn,
    startsOn: signedOn,
    terms: {},
  });
  const inserted = await t.deps.db
    .insert(ipAgreements)
    .values([
      agreement("non_exclusive_licence", "signed", "2031-07-01"),
      agreement("option", "signed", "2031-07-01"), // an option is not 実施等
      agreement("exclusive_licence", "draft", null), // not signed
    ])
    .returning();
  licenceIds = inserted.map((a) => a.id);
  const licence = inserted[0];
  await t.deps.db.insert(ipIncome).values([
    { institutionId, agreementId: licence!.id, kind: "upfront", amount: 2_000_000, receivedOn: "2031-08-01" },
    {
      institutionId,
      agreementId: licence!.id,
      kind: "running_royalty",
      amount: 300_000,
      receivedOn: "2032-04-10",
    },
  ]);
});
afterAll(() => t.close());

describe("IP figures of the survey", () => {
  it("count applications, patents held and licences of the year, and the year's licence income", async () => {
    const after = await figures();
    const value = (id: string) => (after.get(id) ?? 0) - (before.get(id) ?? 0);
    expect(value("patents.filed.domestic")).toBe(1);
    expect(value("patents.filed.foreign")).toBe(1);
    expect(value("patents.held.domestic")).toBe(1);
    expect(value("patents.licensed.count")).toBe(1);
    expect(value("ip_income.amount")).toBe(2_000_000);
    expect(value("ip_income.amount.patent")).toBe(2_000_000);
  });

  it("drill down to the register's records with the invention's title", async () => {
    const records = async (id: string) =>
      (await exec.get(`/api/v1/insight/survey/figures/${id}?fy=2031`)).json.items as TFigureRecord[];
    const mine = (rs: TFigureRecord[]) => rs.filter((r) => r.title === "固体電解質の製法");
    expect(mine(await records("ip_income.amount")).map((r) => [r.amount, r.partnerName])).toEqual([
      [2_000_000, "ライセンシー株式会社"],
    ]);
    expect(mine(await records("patents.filed.foreign")).map((r) => [r.kind, r.date])).toEqual([
      ["patent", "2031-06-01"],
    ]);
    const licensed = (await records("patents.licensed.count")).map((r) => r.id);
    expect(licenceIds.filter((id) => licensed.includes(id))).toEqual([licenceIds[0]]);
  });
});
