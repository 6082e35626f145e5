import { and, asc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, inventions, ipAgreements, ipFilings } from "../../src/db/schema";
import { findJob } from "../../src/jobs/registry";
import { createTestApp, email, type TestUser } from "../harness";
import { disclose, EXCLUSIVE_US, JP_FILING, PCT_FILING, type TestApp, takeOver } from "./ip-support";

let t: TestApp;
let researcher: TestUser;
let coordinator: TestUser;
let legal: TestUser;
let executive: TestUser;
let student: TestUser;

const NEDO = [{ kind: "government_commissioned", funder: "NEDO（架空）", programme: "電池材料プロジェクト" }];
const rules = (res: { json: { error?: { details?: { reasons?: { ruleId: string }[] } } } }) =>
  (res.json?.error?.details?.reasons ?? []).map((r) => r.ruleId);
const countRows = async (table: typeof ipAgreements | typeof ipFilings, inventionId: string) =>
  (await t.deps.db.select().from(table).where(eq(table.inventionId, inventionId))).length;

beforeAll(async () => {
  t = await createTestApp();
  researcher = await t.signIn(email("researcher"));
  coordinator = await t.signIn(email("coordinator"));
  legal = await t.signIn(email("legal-ip"));
  executive = await t.signIn(email("executive"));
  student = await t.signIn(email("student"));
});
afterAll(() => t.close());

describe("invention disclosures", () => {
  it("refuses shares that do not add up to 100 % and writes nothing", async () => {
    const before = (await t.deps.db.select().from(inventions)).length;
    const res = await researcher.post("/api/v1/ip/inventions", {
      title: "不完全な届",
      inventors: [
        { userId: researcher.user.id, name: "研究 太郎", sharePercent: 50 },
        { userId: null, name: "社外 花子", sharePercent: 40 },
      ],
    });
    expect(res.status).toBe(422);
    expect(rules(res)).toEqual(["IP-INV-SHARE-SUM"]);
    expect((await t.deps.db.select().from(inventions)).length).toBe(before);
  });

  it("refuses an inventor id that is not the institution's with 400", async () => {
    const res = await researcher.post("/api/v1/ip/inventions", {
      title: "他機関の発明者",
      inventors: [{ userId: "00000000-0000-4000-8000-000000000001", name: "誰か", sharePercent: 100 }],
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues[0].path).toBe("inventors");
  });

  it("each inventor confirms before legal/IP decides; the discloser's own entry is confirmed by writing", async () => {
    const id = await disclose(researcher, [
      { userId: researcher.user.id, name: "研究 太郎", sharePercent: 60 },
      { userId: coordinator.user.id, name: "連携 次郎", sharePercent: 40 },
    ]);
    const d = await legal.get(`/api/v1/ip/inventions/${id}`);
    expect(d.json.stage).toBe("awaiting_confirmation");
    const early = await legal.post(`/api/v1/ip/inventions/${id}/decision`, {
      category: "employee",
      institutionTakes: true,
      version: d.json.version,
    });
    expect(early.status).toBe(422);
    expect(rules(early)).toEqual(["IP-INV-UNCONFIRMED"]);
    // Someone who is not an inventor cannot confirm for them.
    expect((await legal.post(`/api/v1/ip/inventions/${id}/confirm`)).status).toBe(403);
    expect((await coordinator.post(`/api/v1/ip/inventions/${id}/confirm`)).status).toBe(200);
    // Only legal/IP decides: the inventor cannot.
    expect(
      (
        await researcher.post(`/api/v1/ip/inventions/${id}/decision`, {
          category: "employee",
          institutionTakes: true,
          version: 1,
        })
      ).status,
    ).toBe(403);
    await takeOver(legal, id);
    const after = await researcher.get(`/api/v1/ip/inventions/${id}`);
    expect(after.json).toMatchObject({ stage: "decided", category: "employee", institutionTakes: true });
    const events = await t.deps.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), like(auditEvents.action, "invention.%")))
      // Without an order PostgreSQL may return the rows in any order; the chain's sequence is the truth.
      .orderBy(asc(auditEvents.seq));
    expect(events.map((e) => e.action)).toEqual([
      "invention.disclosed",
      "invention.confirmed",
      "invention.decided",
    ]);
  });

  it("shows an invention only to the IP office and its inventors", async () => {
    const id = await disclose(legal, [{ userId: null, name: "社外 花子", sharePercent: 100 }]);
    expect((await researcher.get(`/api/v1/ip/inventions/${id}`)).status).toBe(404);
    expect(
      (await researcher.get("/api/v1/ip/inventions")).json.items.map((i: { id: string }) => i.id),
    ).not.toContain(id);
    expect((await coordinator.get(`/api/v1/ip/inventions/${id}`)).status).toBe(200);
    expect((await student.get(`/api/v1/ip/inventions/${id}`)).status).toBe(403);
  });
});

describe("docket and the 特許出願非公開 check (J6)", () => {
  let id: string;
  beforeAll(async () => {
    id = await disclose(researcher, [{ userId: researcher.user.id, name: "研究 太郎", sharePercent: 100 }]);
    await takeOver(legal, id);
  });

  it("computes deadlines from the filing (priority year, examination request) on the JPO calendar", async () => {
    expect((await legal.post(`/api/v1/ip/inventions/${id}/filings`, JP_FILING)).status).toBe(201);
    const d = (await researcher.get(`/api/v1/ip/inventions/${id}`)).json;
    expect(d.filings[0].deadlines.map((x: { kind: string; dueOn: string }) => [x.kind, x.dueOn])).toEqual([
      ["priority_year", "2027-02-02"],
      ["examination_request", "2029-02-02"],
    ]);
  });

  it("refuses a foreign filing until legal/IP records the check, and audits the refusal", async () => {
    const refusedRes = await legal.post(`/api/v1/ip/inventions/${id}/filings`, PCT_FILING);
    expect(refusedRes.status).toBe(422);
    expect(rules(refusedRes)).toEqual(["IP-SEC-NO-CHECK"]);
    expect(await countRows(ipFilings, id)).toBe(1);
    const [refusal] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "ip_filing.refused")));
    expect(refusal).toBeDefined();

    // In a listed field, 10 months from the Japanese filing have not passed.
    await legal.post(`/api/v1/ip/inventions/${id}/secrecy-checks`, {
      result: "listed",
      checkedOn: "2026-02-01",
      evidence: "特定技術分野の該当性確認票 No.12（架空）",
    });
    const waiting = await legal.post(`/api/v1/ip/inventions/${id}/filings`, PCT_FILING);
    expect(rules(waiting)).toEqual(["IP-SEC-WAIT"]);

    await legal.post(`/api/v1/ip/inventions/${id}/secrecy-checks`, {
      result: "listed",
      reviewStatus: "not_designated",
      checkedOn: "2026-06-01",
      evidence: "保全指定をしない旨の通知（架空）",
    });
    expect((await legal.post(`/api/v1/ip/inventions/${id}/filings`, PCT_FILING)).status).toBe(201);
    const d = (await legal.get(`/api/v1/ip/inventions/${id}`)).json;
    const pct = d.filings.find((f: { kind: string }) => f.kind === "pct");
    // 30 months from the priority date 2026-02-02 → 2028-08-02.
    expect(pct.deadlines.map((x: { kind: string; dueOn: string }) => [x.kind, x.dueOn])).toEqual([
      ["pct_national_phase", "2028-08-02"],
    ]);
  });

  it("a researcher cannot record the check or file", async () => {
    expect(
      (
        await researcher.post(`/api/v1/ip/inventions/${id}/secrecy-checks`, {
          result: "not_listed",
          checkedOn: "2026-02-01",
          evidence: "自己申告",
        })
      ).status,
    ).toBe(403);
    expect((await researcher.post(`/api/v1/ip/inventions/${id}/filings`, JP_FILING)).status).toBe(403);
  });

  it("the docket job reminds once per threshold", async () => {
    const job = findJob("ip.docket")!;
    // 2027-01-01 (JST) is within 90 days of the priority year ending 2027-02-02.
    expect(await job.run(t.deps, new Date("2027-01-01T00:00:00Z"))).toMatch(/^[1-9]\d* reminded$/);
    expect(await job.run(t.deps, new Date("2027-01-01T00:00:00Z"))).toBe("0 reminded");
    const notices = (await researcher.get("/api/v1/notifications")).json.items.filter(
      (n: { kind: string; link: string }) => n.kind === "ip.deadline" && n.link === `/ip/${id}`,
    );
    expect(notices.length).toBeGreaterThan(0);
    expect(notices[0].title).toContain("90日");
  });
});

describe("Bayh-Dole records and licences under the policy", () => {
  let id: string;
  beforeAll(async () => {
    id = await disclose(researcher, [{ userId: researcher.user.id, name: "研究 太郎", sharePercent: 100 }], {
      funding: NEDO,
    });
    await takeOver(legal, id);
    await legal.post(`/api/v1/ip/inventions/${id}/filings`, JP_FILING);
  });

  it("government-commissioned money makes the invention Bayh-Dole IP with a report due", async () => {
    const d = (await legal.get(`/api/v1/ip/inventions/${id}`)).json;
    expect(d.bayhDole).toBe(true);
    expect(d.bayhDoleObligations[0]).toMatchObject({
      kind: "results_report",
      dueOn: "2026-04-03",
      status: "overdue",
    });
  });

  it("a coordinator or the PI cannot record a Bayh-Dole approval; legal/IP can", async () => {
    const body = {
      inventionId: id,
      kind: "results_report",
      actedOn: "2026-03-01",
      evidence: "報告書 受付番号 R-1（架空）",
    };
    expect((await coordinator.post("/api/v1/ip/bayh-dole-records", body)).status).toBe(403);
    expect((await researcher.post("/api/v1/ip/bayh-dole-records", body)).status).toBe(403);
    expect((await executive.post("/api/v1/ip/bayh-dole-records", body)).status).toBe(403);
    expect((await legal.post("/api/v1/ip/bayh-dole-records", { ...body, evidence: " " })).status).toBe(400);
    expect((await legal.post("/api/v1/ip/bayh-dole-records", body)).status).toBe(201);
    const d = (await legal.get(`/api/v1/ip/inventions/${id}`)).json;
    expect(d.bayhDoleObligations[0]).toMatchObject({ kind: "results_report", status: "fulfilled" });
  });

  it("refuses a foreign exclusive licence without an exception and writes nothing", async () => {
    const res = await legal.post(`/api/v1/ip/inventions/${id}/agreements`, EXCLUSIVE_US);
    expect(res.status).toBe(422);
    expect(rules(res)).toEqual(["IP-LP-FOREIGN-EXCL"]);
    expect(await countRows(ipAgreements, id)).toBe(0);
    const assign = await legal.post(`/api/v1/ip/inventions/${id}/agreements`, {
      ...EXCLUSIVE_US,
      kind: "assignment",
    });
    expect(rules(assign)).toEqual(["IP-LP-NO-FOREIGN-ASSIGN"]);
  });

  it("under exception ③: executive approval, then Bayh-Dole approval and notice, then signing and income", async () => {
    const created = await legal.post(`/api/v1/ip/inventions/${id}/agreements`, {
      ...EXCLUSIVE_US,
      exceptionIds: ["3"],
    });
    expect(created.status).toBe(201);
    const agreementId = created.json.id;
    const view = async () =>
      (await legal.get(`/api/v1/ip/inventions/${id}`)).json.agreements.find(
        (a: { id: string }) => a.id === agreementId,
      );
    expect((await view()).determination).toMatchObject({
      outcome: "needs_approval",
      approverRoles: ["executive"],
    });

    const sign = (version: number) =>
      legal.post(`/api/v1/ip/inventions/${id}/agreements/${agreementId}/sign`, {
        signedOn: "2026-11-20",
        version,
      });
    expect(rules(await sign(1))).toEqual([
      "IP-LP-EXCEPTION",
      "IP-LP-EXCEPTION-APPROVAL",
      "IP-BD-APPROVAL-TRANSFER",
      "IP-BD-NOTICE",
    ]);

    const approvalPath = `/api/v1/ip/inventions/${id}/agreements/${agreementId}/exception-approval`;
    expect((await legal.post(approvalPath, { approvedOn: "2026-11-10", version: 1 })).status).toBe(403);
    expect((await executive.post(approvalPath, { approvedOn: "2026-11-10", version: 1 })).status).toBe(200);
    expect((await view()).determination.outcome).toBe("allowed");
    expect(rules(await sign(2))).toEqual(["IP-BD-APPROVAL-TRANSFER", "IP-BD-NOTICE"]);

    for (const kind of ["prior_approval", "licensee_notice"]) {
      const r = await legal.post("/api/v1/ip/bayh-dole-records", {
        inventionId: id,
        agreementId,
        kind,
        actedOn: "2026-11-15",
        evidence: `${kind} 20261115（架空）`,
      });
      expect(r.status).toBe(201);
    }
    expect((await sign(2)).status).toBe(200);
    const income = await legal.post(`/api/v1/ip/inventions/${id}/agreements/${agreementId}/income`, {
      kind: "running_royalty",
      amount: 1_500_000,
      receivedOn: "2027-05-10",
      periodFrom: "2027-01-01",
      periodTo: "2027-03-31",
      netSales: 50_000_000,
    });
    expect(income.status).toBe(201);
    const d = await view();
    expect(d.status).toBe("signed");
    expect(d.expectedIncome[0]).toMatchObject({ fiscalYear: 2026, upfront: 5_000_000 });
    const report = (await executive.get("/api/v1/ip/income")).json.years;
    expect(report).toContainEqual({
      fiscalYear: 2027,
      total: 1_500_000,
      byKind: { running_royalty: 1_500_000 },
    });
  });

  it("income before signing is refused", async () => {
    const created = await legal.post(`/api/v1/ip/inventions/${id}/agreements`, {
      ...EXCLUSIVE_US,
      kind: "non_exclusive_licence",
    });
    const res = await legal.post(`/api/v1/ip/inventions/${id}/agreements/${created.json.id}/income`, {
      kind: "upfront",
      amount: 1,
      receivedOn: "2026-11-20",
    });
    expect(rules(res)).toEqual(["IP-INCOME-UNSIGNED"]);
  });
});
