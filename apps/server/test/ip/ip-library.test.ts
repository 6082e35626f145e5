import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, ipModelTexts, npProjectRecords, npResults } from "../../src/db/schema";
import { newCase, newPartner } from "../cases/case-setup";
import { createTestApp, email, type TestUser } from "../harness";
import { disclose, type TestApp, takeOver } from "./ip-support";

let t: TestApp;
let researcher: TestUser;
let coordinator: TestUser;
let legal: TestUser;
let student: TestUser;
let admin: TestUser;

const rules = (res: { json: { error?: { details?: { reasons?: { ruleId: string }[] } } } }) =>
  (res.json?.error?.details?.reasons ?? []).map((r) => r.ruleId);
const audited = async (action: string) =>
  (await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, action))).length;

beforeAll(async () => {
  t = await createTestApp();
  researcher = await t.signIn(email("researcher"));
  coordinator = await t.signIn(email("coordinator"));
  legal = await t.signIn(email("legal-ip"));
  student = await t.signIn(email("student"));
  admin = await t.signIn(email("admin"));
});
afterAll(() => t.close());

describe("model-text library (E5, E14)", () => {
  it("only legal/IP adds texts; the built-in set is added once and audited", async () => {
    expect((await coordinator.post("/api/v1/ip/model-texts/defaults")).status).toBe(403);
    expect((await legal.post("/api/v1/ip/model-texts/defaults")).status).toBe(200);
    expect((await legal.post("/api/v1/ip/model-texts/defaults")).status).toBe(200);
    const list: { kind: string; scope: string; version: number; bodyJa: string }[] = (
      await coordinator.get("/api/v1/ip/model-texts")
    ).json.items;
    // 2 NDA kinds × 3 scopes + 5 other kinds, each with a version 1 — the demo university wrote six of
    // them (two revised to version 2), the built-in set added the other five.
    expect(new Set(list.map((x) => `${x.kind}/${x.scope}`)).size).toBe(11);
    expect(list.filter((x) => x.version === 1)).toHaveLength(11);
    const mutual = list.filter((x) => x.kind === "nda_mutual" && x.scope === "collaboration_talks");
    expect(mutual.map((x) => x.version)).toEqual([2, 1]);
    expect(mutual[0]!.bodyJa).toContain("契約終了後5年間存続する");
    expect(await audited("ip_model_text.defaults_installed")).toBe(1);
  });

  it("a new version is added, compared with the last, and downloaded in each language", async () => {
    const items = (await legal.get("/api/v1/ip/model-texts")).json.items;
    const v1 = items.find(
      (x: { kind: string; scope: string }) => x.kind === "nda_mutual" && x.scope === "visit",
    );
    const res = await legal.post("/api/v1/ip/model-texts", {
      kind: "nda_mutual",
      scope: "visit",
      titleJa: v1.titleJa,
      titleEn: v1.titleEn,
      bodyJa: v1.bodyJa.replace("締結日から1年", "締結日から6か月"),
      bodyEn: v1.bodyEn.replace("one year", "six months"),
      changeNote: "見学用は期間を6か月に",
      effectiveOn: "2026-12-01",
    });
    expect(res.status).toBe(201);
    const cmp = await coordinator.get(`/api/v1/ip/model-texts/compare?from=${v1.id}&to=${res.json.id}`);
    expect(cmp.status).toBe(200);
    expect(cmp.json).toMatchObject({ from: 1, to: 2 });
    expect(cmp.json.ja.filter((l: { op: string }) => l.op === "added")).toEqual([
      expect.objectContaining({ text: expect.stringContaining("6か月") }),
    ]);
    const dl = await coordinator.get(`/api/v1/ip/model-texts/${res.json.id}/download?lang=en`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get("content-disposition")).toContain("nda-mutual-visit-v2-en.txt");
    expect(dl.text).toContain("Version 2");
    expect(dl.text).toContain("six months");
  });

  it("refuses a scope the kind does not have and an empty body, writing nothing", async () => {
    const before = (await t.deps.db.select().from(ipModelTexts)).length;
    const body = {
      kind: "licence",
      scope: "visit",
      titleJa: "x",
      titleEn: "x",
      bodyJa: "x",
      bodyEn: "x",
      effectiveOn: "2026-12-01",
    };
    const bad = await legal.post("/api/v1/ip/model-texts", body);
    expect(bad.status).toBe(422);
    expect(rules(bad)).toEqual(["IP-TEXT-SCOPE"]);
    expect(
      (await legal.post("/api/v1/ip/model-texts", { ...body, scope: "standard", bodyEn: " " })).status,
    ).toBe(400);
    expect((await t.deps.db.select().from(ipModelTexts)).length).toBe(before);
  });

  it("students do not read the library; another institution's text is not found", async () => {
    expect((await student.get("/api/v1/ip/model-texts")).status).toBe(403);
    const missing = await legal.get(`/api/v1/ip/model-texts/${crypto.randomUUID()}/download`);
    expect(missing.status).toBe(404);
  });
});

describe("licence-policy settings (E12, E13)", () => {
  it("legal/IP narrows the exception list; a foreign exclusive licence under a removed exception is refused", async () => {
    const current = (await legal.get("/api/v1/ip/settings")).json;
    expect(current.foreignExceptions).toHaveLength(7);
    const narrowed = {
      ...current,
      foreignExceptions: current.foreignExceptions.filter((e: { id: string }) => e.id !== "3"),
    };
    expect((await coordinator.put("/api/v1/ip/settings", narrowed)).status).toBe(403);
    const dup = {
      ...current,
      foreignExceptions: [...current.foreignExceptions, current.foreignExceptions[0]],
    };
    expect((await legal.put("/api/v1/ip/settings", dup)).status).toBe(400);
    expect((await legal.put("/api/v1/ip/settings", narrowed)).status).toBe(200);
    expect(await audited("ip_settings.updated")).toBe(1);

    const id = await disclose(researcher, [
      { userId: researcher.user.id, name: "研究 太郎", sharePercent: 100 },
    ]);
    await takeOver(legal, id);
    const res = await legal.post(`/api/v1/ip/inventions/${id}/agreements`, {
      kind: "exclusive_licence",
      counterpartyName: "Pacific Cells Inc.（架空）",
      counterpartyCountry: "US",
      exceptionIds: ["3"],
      exceptionReason: "国内企業と競合しない",
      terms: { upfront: 0, upfrontOn: null, tiers: [], milestones: [], minimumAnnualRoyalty: 0 },
    });
    expect(res.status).toBe(422);
    expect((await legal.put("/api/v1/ip/settings", current)).status).toBe(200);
  });

  it("the administrator cannot change the IP policy", async () => {
    expect((await admin.get("/api/v1/ip/settings")).status).toBe(403);
  });
});

describe("national-project records (G4, G9–G12)", () => {
  let caseId: string;
  let partnerId: string;
  beforeAll(async () => {
    partnerId = await newPartner(coordinator);
    caseId = await newCase(coordinator, researcher.user.id, [partnerId], {
      kind: "national_project",
      title: "国プロ: 次世代電池材料（架空）",
    });
  });

  it("a joint-research case has no national-project records", async () => {
    const other = await newCase(coordinator, researcher.user.id, [partnerId]);
    const res = await coordinator.get(`/api/v1/ip/national-projects/${other}`);
    expect(res.status).toBe(400);
  });

  it("the PI adds a result; only legal/IP decides it, with a reason, and the decision is audited", async () => {
    const r = await researcher.post(`/api/v1/ip/national-projects/${caseId}/results`, {
      title: "電解質の新規組成",
    });
    expect(r.status).toBe(201);
    const decision = {
      decision: "keep_secret",
      reason: "製造ノウハウとして秘匿",
      decidedOn: "2026-11-20",
      version: 1,
    };
    const url = `/api/v1/ip/national-projects/${caseId}/results/${r.json.id}/decision`;
    expect((await researcher.post(url, decision)).status).toBe(403);
    expect((await coordinator.post(url, decision)).status).toBe(403);
    const patent = await legal.post(url, { ...decision, decision: "patent" });
    expect(patent.status).toBe(422);
    expect(rules(patent)).toEqual(["NP-RESULT-PATENT-DISCLOSURE"]);
    expect((await legal.post(url, decision)).status).toBe(200);
    const [row] = await t.deps.db.select().from(npResults).where(eq(npResults.id, r.json.id));
    expect(row).toMatchObject({ decision: "keep_secret", decidedRole: "legal_ip", decidedBy: legal.user.id });
    expect(await audited("np_result.decided")).toBe(1);
    const view = (await researcher.get(`/api/v1/ip/national-projects/${caseId}`)).json;
    expect(view.results[0]).toMatchObject({ decision: "keep_secret", decidedByName: expect.any(String) });
    expect(view.canDecide).toBe(false);
  });

  it("publishing a linked invention waits for the 非公開 check (J6)", async () => {
    const inv = await disclose(researcher, [
      { userId: researcher.user.id, name: "研究 太郎", sharePercent: 100 },
    ]);
    const r = await researcher.post(`/api/v1/ip/national-projects/${caseId}/results`, {
      title: "発明に係る成果",
      inventionId: inv,
    });
    const res = await legal.post(`/api/v1/ip/national-projects/${caseId}/results/${r.json.id}/decision`, {
      decision: "publish",
      reason: "学会発表",
      decidedOn: "2026-11-20",
      version: 1,
    });
    expect(res.status).toBe(422);
    expect(rules(res)).toEqual(["IP-SEC-NO-CHECK"]);
  });

  it("the data plan refuses closed data without a manager and writes nothing", async () => {
    const url = `/api/v1/ip/national-projects/${caseId}/data-plan`;
    const closed = {
      name: "試作条件データ",
      access: "closed",
      reason: "競争力の源泉",
      repository: "",
      manager: "",
    };
    const bad = await researcher.put(url, { datasets: [closed], version: 0 });
    expect(bad.status).toBe(422);
    expect(rules(bad)).toEqual(["NP-DATA-MANAGER"]);
    expect(
      await t.deps.db.select().from(npProjectRecords).where(eq(npProjectRecords.caseId, caseId)),
    ).toEqual([]);
    const ok = await researcher.put(url, {
      datasets: [
        { ...closed, manager: "研究室長" },
        { name: "評価データ", access: "open", reason: "公開で普及", repository: "" },
      ],
      version: 0,
    });
    expect(ok.status).toBe(200);
    expect((await researcher.put(url, { datasets: [], version: 0 })).status).toBe(409);
    const view = (await researcher.get(`/api/v1/ip/national-projects/${caseId}`)).json;
    expect(view.datasets).toHaveLength(2);
    expect(view.dataWarnings.map((w: { ruleId: string }) => w.ruleId)).toEqual(["NP-DATA-REPOSITORY"]);
  });

  it("technologies are tagged against a version of the important-technology list (issue 17 item 6)", async () => {
    const items = [
      { code: "battery", labelJa: "蓄電池材料", labelEn: "Battery materials" },
      { code: "quantum", labelJa: "量子計測", labelEn: "Quantum sensing" },
    ];
    expect(
      (await coordinator.post("/api/v1/ip/tech-lists", { items, effectiveOn: "2026-04-01" })).status,
    ).toBe(403);
    const list = await legal.post("/api/v1/ip/tech-lists", { items, effectiveOn: "2026-04-01" });
    expect(list.status).toBe(201);
    const url = `/api/v1/ip/national-projects/${caseId}/technologies`;
    const v = (await researcher.get(`/api/v1/ip/national-projects/${caseId}`)).json.version;
    const bad = await researcher.put(url, { listId: list.json.id, codes: ["space"], version: v });
    expect(rules(bad)).toEqual(["NP-TECH-UNKNOWN"]);
    expect((await researcher.put(url, { listId: list.json.id, codes: ["battery"], version: v })).status).toBe(
      200,
    );
    const view = (await researcher.get(`/api/v1/ip/national-projects/${caseId}`)).json;
    expect(view.techCodes).toEqual(["battery"]);
    // The demo institution's list is version 1; this one is the next.
    expect(view.techList).toMatchObject({ id: list.json.id, version: 2 });
    // Open data in a project with important technologies is a point to check.
    expect(view.dataWarnings.map((w: { ruleId: string }) => w.ruleId)).toContain("NP-DATA-IMPORTANT-TECH");
  });

  it("subcontractors are partner records with their screening; another institution's id is refused", async () => {
    const url = `/api/v1/ip/national-projects/${caseId}/subcontractors`;
    expect(
      (await researcher.post(url, { partnerId: crypto.randomUUID(), workScope: "試料作製" })).status,
    ).toBe(400);
    const res = await researcher.post(url, { partnerId, workScope: "試料作製", amount: 3_000_000 });
    expect(res.status).toBe(201);
    expect((await researcher.post(url, { partnerId, workScope: "重複" })).status).toBe(409);
    const view = (await researcher.get(`/api/v1/ip/national-projects/${caseId}`)).json;
    expect(view.subcontractors[0]).toMatchObject({
      partnerId,
      workScope: "試料作製",
      screeningStatus: expect.any(String),
    });
    expect((await researcher.del(`${url}/${res.json.id}`)).status).toBe(200);
    expect(await audited("np_subcontractor.removed")).toBe(1);
  });

  it("standardisation activities are recorded per project", async () => {
    const url = `/api/v1/ip/national-projects/${caseId}/standards`;
    expect((await researcher.post(url, { kind: "proposal", body: "IEC TC21", title: "" })).status).toBe(400);
    expect(
      (
        await researcher.post(url, {
          kind: "proposal",
          body: "IEC TC21",
          title: "電解質評価法の提案",
          status: "active",
        })
      ).status,
    ).toBe(201);
    const view = (await researcher.get(`/api/v1/ip/national-projects/${caseId}`)).json;
    expect(view.standards).toEqual([expect.objectContaining({ body: "IEC TC21", status: "active" })]);
  });

  it("a student on no case, and other institutions, see nothing of the project", async () => {
    expect((await student.get(`/api/v1/ip/national-projects/${caseId}`)).status).toBe(404);
    const rows = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "case"), eq(auditEvents.entityId, caseId)));
    expect(rows.length).toBeGreaterThan(4);
  });
});
