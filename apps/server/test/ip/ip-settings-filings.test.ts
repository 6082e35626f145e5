import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, ipFilings } from "../../src/db/schema";
import { createTestApp, email, type TestUser } from "../harness";
import { disclose, JP_FILING, type TestApp, takeOver } from "./ip-support";

let t: TestApp;
let researcher: TestUser;
let coordinator: TestUser;
let legal: TestUser;
let admin: TestUser;

const audits = (action: string) => t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, action));
const rules = (res: { json: { error?: { details?: { reasons?: { ruleId: string }[] } } } }) =>
  (res.json?.error?.details?.reasons ?? []).map((r) => r.ruleId);

beforeAll(async () => {
  t = await createTestApp();
  researcher = await t.signIn(email("researcher"));
  coordinator = await t.signIn(email("coordinator"));
  legal = await t.signIn(email("legal-ip"));
  admin = await t.signIn(email("admin"));
});
afterAll(() => t.close());

describe("contract policy: third-country arbitration is the IP office's setting (X4)", () => {
  const url = "/api/v1/ip/settings/contract-policy";

  it("only legal/IP changes it; bad input writes nothing; the change is audited with before and after", async () => {
    const start = (await legal.get(url)).json;
    expect(start).toMatchObject({ thirdCountryArbitration: "warn", enhancedIndirectRatePercent: 30 });
    for (const u of [coordinator, researcher, admin]) {
      expect((await u.put(url, { thirdCountryArbitration: "off" })).status).toBe(403);
    }
    const bad = await legal.put(url, { thirdCountryArbitration: "sometimes" });
    expect(bad.status).toBe(400);
    expect((await legal.get(url)).json.thirdCountryArbitration).toBe("warn");
    expect(await audits("ip_settings.contract_policy_updated")).toHaveLength(0);

    expect((await legal.put(url, { thirdCountryArbitration: "require" })).status).toBe(200);
    expect((await coordinator.get(url)).json.thirdCountryArbitration).toBe("require");
    const [event] = await audits("ip_settings.contract_policy_updated");
    expect(event).toMatchObject({
      before: { thirdCountryArbitration: "warn" },
      after: { thirdCountryArbitration: "require" },
    });
    // The case rules read the same value.
    const cases = (await coordinator.get("/api/v1/cases/settings")).json;
    expect(cases.policy.thirdCountryArbitration).toBe("require");
  });

  it("the coordinator keeps the case settings but cannot switch the arbitration policy there", async () => {
    const cases = (await coordinator.get("/api/v1/cases/settings")).json;
    const off = { ...cases, policy: { ...cases.policy, thirdCountryArbitration: "off" } };
    expect((await coordinator.put("/api/v1/cases/settings", off)).status).toBe(403);
    expect((await legal.get(url)).json.thirdCountryArbitration).toBe(cases.policy.thirdCountryArbitration);
    const rates = { ...cases, monitoringPolicy: { ...cases.monitoringPolicy, dueSoonDays: 10 } };
    expect((await coordinator.put("/api/v1/cases/settings", rates)).status).toBe(200);
  });
});

describe("licence-policy settings: bad input and roles", () => {
  it("refuses an empty exception list and a report period of 0 days, writing nothing", async () => {
    const before = (await legal.get("/api/v1/ip/settings")).json;
    const events = (await audits("ip_settings.updated")).length;
    expect((await legal.put("/api/v1/ip/settings", { ...before, foreignExceptions: [] })).status).toBe(400);
    expect((await legal.put("/api/v1/ip/settings", { ...before, bayhDoleReportWithinDays: 0 })).status).toBe(
      400,
    );
    expect(
      (await legal.put("/api/v1/ip/settings", { ...before, exceptionApprovers: ["chief"] })).status,
    ).toBe(400);
    expect((await legal.get("/api/v1/ip/settings")).json).toEqual(before);
    expect(await audits("ip_settings.updated")).toHaveLength(events);
    expect((await researcher.put("/api/v1/ip/settings", before)).status).toBe(403);
  });

  it("a change is audited with the settings before and after", async () => {
    const before = (await legal.get("/api/v1/ip/settings")).json;
    const changed = { ...before, bayhDoleReportWithinDays: 45 };
    expect((await legal.put("/api/v1/ip/settings", changed)).status).toBe(200);
    const all = await audits("ip_settings.updated");
    expect(all.at(-1)).toMatchObject({
      before: { bayhDoleReportWithinDays: before.bayhDoleReportWithinDays },
      after: { bayhDoleReportWithinDays: 45 },
    });
    expect((await legal.put("/api/v1/ip/settings", before)).status).toBe(200);
  });
});

describe("correcting a filing: the deadlines follow, every correction audited", () => {
  let id: string;
  let filingId: string;
  const url = () => `/api/v1/ip/inventions/${id}/filings/${filingId}`;
  const filing = async () => {
    const d = (await legal.get(`/api/v1/ip/inventions/${id}`)).json;
    return d.filings.find((f: { id: string }) => f.id === filingId);
  };

  beforeAll(async () => {
    id = await disclose(researcher, [{ userId: researcher.user.id, name: "研究 太郎", sharePercent: 100 }]);
    await takeOver(legal, id);
    filingId = (await legal.post(`/api/v1/ip/inventions/${id}/filings`, JP_FILING)).json.id;
  });

  it("a corrected filing date moves the priority year and the examination request", async () => {
    const f = await filing();
    const res = await legal.put(url(), {
      ...JP_FILING,
      applicationNo: "特願2026-000002",
      filedOn: "2026-03-02",
      version: f.version,
    });
    expect(res.status).toBe(200);
    const after = await filing();
    expect(after.applicationNo).toBe("特願2026-000002");
    expect(after.deadlines.map((x: { kind: string; dueOn: string }) => [x.kind, x.dueOn])).toEqual([
      ["priority_year", "2027-03-02"],
      ["examination_request", "2029-03-02"],
    ]);
    const [event] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, filingId), eq(auditEvents.action, "ip_filing.updated")));
    expect(event).toMatchObject({
      before: expect.objectContaining({ filedOn: "2026-02-02" }),
      after: expect.objectContaining({ filedOn: "2026-03-02" }),
    });
  });

  it("an impossible date, a stale version or a coordinator writes nothing", async () => {
    const f = await filing();
    expect((await legal.put(url(), { ...JP_FILING, filedOn: "2026-02-30", version: f.version })).status).toBe(
      400,
    );
    expect((await legal.put(url(), { ...JP_FILING, version: f.version - 1 })).status).toBe(409);
    expect((await coordinator.put(url(), { ...JP_FILING, version: f.version })).status).toBe(403);
    const [row] = await t.deps.db.select().from(ipFilings).where(eq(ipFilings.id, filingId));
    expect(row).toMatchObject({ version: f.version, filedOn: "2026-03-02" });
  });

  it("turning a Japanese filing into a foreign one waits for the 非公開 check", async () => {
    const f = await filing();
    const res = await legal.put(url(), { ...JP_FILING, kind: "foreign", country: "US", version: f.version });
    expect(res.status).toBe(422);
    expect(rules(res)).toEqual(["IP-SEC-NO-CHECK"]);
    expect((await filing()).country).toBe("JP");
  });
});
