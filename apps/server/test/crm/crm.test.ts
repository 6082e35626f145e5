import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crmEntryRequests, memberships, secretItems } from "../../src/db/schema";
import { remindMembershipRenewals } from "../../src/features/crm/membership.service";
import { newCase, newPartner } from "../cases/case-setup";
import { addInstitution, noticesOf } from "../ec-workflows/support";
import { createTestApp, email, type TestUser } from "../harness";

let t: Awaited<ReturnType<typeof createTestApp>>;
let researcher: TestUser;
let coordinator: TestUser;
let auditor: TestUser;
let other: TestUser;
let otherPartner: string;

async function auditCount(action: string, entityId?: string): Promise<number> {
  const rows = await t.deps.db.execute<{ n: number }>(
    entityId
      ? sql`select count(*)::int as n from audit_events where action = ${action} and entity_id = ${entityId}`
      : sql`select count(*)::int as n from audit_events where action = ${action}`,
  );
  return (rows as unknown as { rows: { n: number }[] }).rows[0]!.n;
}

beforeAll(async () => {
  t = await createTestApp();
  researcher = await t.signIn(email("researcher"));
  coordinator = await t.signIn(email("coordinator"));
  auditor = await t.signIn(email("auditor"));
  const inst = await addInstitution(t, "crmother", ["coordinator"]);
  other = await inst.signIn("coordinator");
  otherPartner = await newPartner(other, { legalName: "Fremdfirma GmbH" });
});
afterAll(() => t.close());

describe("entry requests tracked to done (seed 001 事例20)", () => {
  let id: string;
  it("a researcher asks; the office is told; bad input writes nothing", async () => {
    const before = await auditCount("crm.request_created");
    const rowsBefore = (await t.deps.db.select().from(crmEntryRequests)).length;
    const bad = await researcher.post("/api/v1/crm/requests", { kind: "contact", organisationName: "X社" });
    expect(bad.status).toBe(400); // a contact needs the person's name
    const foreign = await researcher.post("/api/v1/crm/requests", {
      kind: "contact",
      organisationName: "Fremdfirma",
      personName: "Hans",
      partnerId: otherPartner,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.text).not.toContain("Fremdfirma GmbH");
    expect(await auditCount("crm.request_created")).toBe(before);
    expect(await t.deps.db.select().from(crmEntryRequests)).toHaveLength(rowsBefore);

    const res = await researcher.post("/api/v1/crm/requests", {
      kind: "partner",
      organisationName: "Nordlicht Optik GmbH",
      country: "DE",
      details: "展示会で名刺交換。共同研究の打診あり。",
    });
    expect(res.status).toBe(201);
    id = res.json.id;
    expect(await auditCount("crm.request_created", id)).toBe(1);
    expect((await noticesOf(coordinator)).some((n) => n.kind === "crm.request_created")).toBe(true);
  });

  it("only the office handles it; done needs the entered partner; the requester sees who did it", async () => {
    const denied = await researcher.post(`/api/v1/crm/requests/${id}/actions`, {
      action: "start",
      version: 1,
    });
    expect(denied.status).toBe(403);
    const noLink = await coordinator.post(`/api/v1/crm/requests/${id}/actions`, {
      action: "complete",
      version: 1,
    });
    expect(noLink.status).toBe(422);
    const foreignLink = await coordinator.post(`/api/v1/crm/requests/${id}/actions`, {
      action: "complete",
      version: 1,
      createdPartnerId: otherPartner,
    });
    expect(foreignLink.status).toBe(400);
    const partnerId = await newPartner(coordinator, { legalName: "Nordlicht Optik GmbH" });
    const ok = await coordinator.post(`/api/v1/crm/requests/${id}/actions`, {
      action: "complete",
      version: 1,
      createdPartnerId: partnerId,
    });
    expect(ok.status).toBe(204);
    const mine = (await researcher.get("/api/v1/crm/requests")).json.items as { id: string }[];
    expect(mine.find((r) => r.id === id)).toMatchObject({
      status: "done",
      createdPartner: { id: partnerId, label: "Nordlicht Optik GmbH" },
      handledBy: { label: expect.any(String) },
    });
    expect((await noticesOf(researcher)).some((n) => n.kind === "crm.request_finished")).toBe(true);
    const again = await coordinator.post(`/api/v1/crm/requests/${id}/actions`, {
      action: "decline",
      version: 2,
      note: "x",
    });
    expect(again.status).toBe(422);
    expect(await auditCount("crm.request_updated", id)).toBe(1);
  });

  it("another institution sees none of it; an auditor cannot ask", async () => {
    expect((await other.get("/api/v1/crm/requests")).json.items).toEqual([]);
    const act = await other.post(`/api/v1/crm/requests/${id}/actions`, { action: "start", version: 2 });
    expect(act.status).toBe(404);
    expect((await auditor.get("/api/v1/crm/requests")).status).toBe(403);
  });
});

describe("partner regions, laws, contribution in Japan and spin-off origin in due diligence", () => {
  it("are kept on the partner, left alone by an edit that omits them, and cited by the risk assessment", async () => {
    const bad = await coordinator.post("/api/v1/partners", {
      legalName: "Bad Regions Ltd",
      type: "company",
      country: "GB",
      operatingCountries: ["XX"],
    });
    expect(bad.status).toBe(400);
    const partnerId = await newPartner(coordinator, {
      legalName: "Spinout Quantum GmbH",
      type: "venture",
      operatingCountries: ["SG", "IR"],
      applicableLaws: "シンガポール 輸出管理法",
      japanPresence: "none",
      japanEmploys: false,
      japanPaysTax: false,
      originUniversity: "Technische Universität Nordstadt",
    });
    const detail = (await coordinator.get(`/api/v1/partners/${partnerId}`)).json;
    expect(detail).toMatchObject({
      operatingCountries: ["SG", "IR"],
      japanContribution: "none",
      originUniversity: "Technische Universität Nordstadt",
    });
    // An update that does not know the new fields keeps them.
    const { id: _i, version, ...rest } = detail;
    const upd = await coordinator.put(`/api/v1/partners/${partnerId}`, {
      version,
      partner: {
        legalName: rest.legalName,
        type: rest.type,
        country: rest.country,
        nameEn: "Spinout Quantum",
        japanPresence: "none",
      },
    });
    expect(upd.status).toBe(200);
    expect((await coordinator.get(`/api/v1/partners/${partnerId}`)).json.operatingCountries).toEqual([
      "SG",
      "IR",
    ]);

    const caseId = await newCase(researcher, researcher.user.id, [partnerId]);
    const c = (await researcher.get(`/api/v1/cases/${caseId}`)).json;
    const p = c.partners.find((x: { partnerId: string }) => x.partnerId === partnerId);
    const rules = p.riskReasons.map((r: { ruleId: string }) => r.ruleId);
    expect(rules).toContain("HR-REGION"); // Iran among its countries of operation
    expect(rules).toContain("HR-NO-JAPAN-CONTRIBUTION");
    expect(JSON.stringify(p.riskReasons)).toContain("イラン");
    expect(JSON.stringify(c)).toContain("Technische Universität Nordstadt");
  });
});

describe("seeds, needs, matches and reactions (seed 001 事例17, 18)", () => {
  it("records and matches; a need names a partner of this institution; a seed must be a seed", async () => {
    const partnerId = await newPartner(coordinator, { legalName: "Bedarfswerk AG" });
    const seed = await researcher.post("/api/v1/crm/register/entries", {
      kind: "seed",
      title: "全固体電池の界面制御",
      keywords: ["battery"],
    });
    expect(seed.status).toBe(201);
    const needNoPartner = await coordinator.post("/api/v1/crm/register/entries", {
      kind: "need",
      title: "電池",
    });
    expect(needNoPartner.status).toBe(400);
    const needForeign = await coordinator.post("/api/v1/crm/register/entries", {
      kind: "need",
      title: "電池",
      partnerId: otherPartner,
    });
    expect(needForeign.status).toBe(400);
    const need = await coordinator.post("/api/v1/crm/register/entries", {
      kind: "need",
      title: "車載電池の長寿命化",
      partnerId,
    });
    expect(need.status).toBe(201);
    const swapped = await coordinator.post("/api/v1/crm/register/matches", {
      seedId: need.json.id,
      needId: seed.json.id,
    });
    expect(swapped.status).toBe(400);
    const match = await coordinator.post("/api/v1/crm/register/matches", {
      seedId: seed.json.id,
      needId: need.json.id,
      status: "introduced",
    });
    expect(match.status).toBe(201);
    const reaction = await researcher.post("/api/v1/crm/register/reactions", {
      eventKind: "exhibition",
      eventName: "nano tech 2027",
      occurredOn: "2026-11-20",
      partnerId,
      seedId: seed.json.id,
      interest: "high",
    });
    expect(reaction.status).toBe(201);
    const reg = (await auditor.get("/api/v1/crm/register")).json;
    expect(reg.matches.find((m: { id: string }) => m.id === match.json.id)).toMatchObject({
      status: "introduced",
      partner: { label: "Bedarfswerk AG" },
    });
    expect(reg.reactions.find((r: { id: string }) => r.id === reaction.json.id)).toMatchObject({
      interest: "high",
      seed: { label: "全固体電池の界面制御" },
    });
    expect((await other.get("/api/v1/crm/register")).json.entries).toEqual([]);
    expect((await auditor.post("/api/v1/crm/register/entries", { kind: "seed", title: "x" })).status).toBe(
      403,
    );
    expect(await auditCount("crm.match_saved", match.json.id)).toBe(1);
  });
});

describe("correcting and closing a register entry", () => {
  it("its author or the office corrects it; nobody else; the kind stays; bad input writes nothing", async () => {
    const partnerId = await newPartner(coordinator, { legalName: "Korrekturwerk KG" });
    const seed = (
      await researcher.post("/api/v1/crm/register/entries", { kind: "seed", title: "光触媒の表面設計" })
    ).json.id as string;
    const need = (
      await coordinator.post("/api/v1/crm/register/entries", { kind: "need", title: "脱臭", partnerId })
    ).json.id as string;
    const entry = (title: string, extra = {}) => ({
      entry: { kind: "seed", title, ...extra },
      closed: false,
    });

    const fixed = await researcher.put(
      `/api/v1/crm/register/entries/${seed}`,
      entry("可視光応答型光触媒の表面設計"),
    );
    expect(fixed.status).toBe(204);
    expect(await auditCount("crm.register_saved", seed)).toBe(2);

    const before = await auditCount("crm.register_saved");
    const notAuthor = await researcher.put(`/api/v1/crm/register/entries/${need}`, {
      entry: { kind: "need", title: "乗っ取り", partnerId },
      closed: true,
    });
    expect(notAuthor.status).toBe(403);
    const kindChange = await coordinator.put(`/api/v1/crm/register/entries/${need}`, entry("種別変更"));
    expect(kindChange.status).toBe(400);
    const foreign = await coordinator.put(`/api/v1/crm/register/entries/${need}`, {
      entry: { kind: "need", title: "脱臭", partnerId: otherPartner },
      closed: false,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.text).not.toContain("Fremdfirma GmbH");
    const empty = await researcher.put(`/api/v1/crm/register/entries/${seed}`, entry(""));
    expect(empty.status).toBe(400);
    const otherInstitution = await other.put(`/api/v1/crm/register/entries/${seed}`, entry("x"));
    expect(otherInstitution.status).toBe(404);
    expect((await auditor.put(`/api/v1/crm/register/entries/${seed}`, entry("x"))).status).toBe(403);
    expect(await auditCount("crm.register_saved")).toBe(before);

    const closed = await coordinator.put(`/api/v1/crm/register/entries/${need}`, {
      entry: { kind: "need", title: "脱臭フィルタの長寿命化", partnerId },
      closed: true,
    });
    expect(closed.status).toBe(204);
    const mine = (await researcher.get("/api/v1/crm/register")).json.entries as {
      id: string;
      title: string;
      closed: boolean;
      editable: boolean;
    }[];
    expect(mine.find((e) => e.id === seed)).toMatchObject({
      title: "可視光応答型光触媒の表面設計",
      editable: true,
    });
    expect(mine.find((e) => e.id === need)).toMatchObject({
      title: "脱臭フィルタの長寿命化",
      closed: true,
      editable: false,
    });
  });
});

describe("membership programme (seed 001 事例19)", () => {
  it("joins, reminds once per term, renews from the end of the term", async () => {
    const partnerId = await newPartner(coordinator, { legalName: "Mitglied Technik AG" });
    const tier = await coordinator.post("/api/v1/crm/memberships/tiers", {
      nameJa: "ゴールド",
      nameEn: "Gold",
      annualFeeYen: 3_000_000,
      benefits: ["研究者データベースの閲覧", "個別コンサルティング"],
    });
    expect(tier.status).toBe(201);
    expect(
      (
        await researcher.post("/api/v1/crm/memberships", {
          partnerId,
          tierId: tier.json.id,
          startedOn: "2026-01-01",
        })
      ).status,
    ).toBe(403);
    const foreign = await coordinator.post("/api/v1/crm/memberships", {
      partnerId: otherPartner,
      tierId: tier.json.id,
      startedOn: "2026-01-01",
    });
    expect(foreign.status).toBe(400);
    const joined = await coordinator.post("/api/v1/crm/memberships", {
      partnerId,
      tierId: tier.json.id,
      startedOn: "2026-01-01",
    });
    expect(joined.status).toBe(201);
    const twice = await coordinator.post("/api/v1/crm/memberships", {
      partnerId,
      tierId: tier.json.id,
      startedOn: "2026-01-01",
    });
    expect(twice.status).toBe(400);

    // The test clock is 2026-11-22: the term ends 2027-01-01, within 60 days.
    const now = t.deps.clock.now();
    expect(await remindMembershipRenewals(t.deps, now)).toBeGreaterThanOrEqual(1);
    const [reminded] = await t.deps.db.select().from(memberships).where(eq(memberships.id, joined.json.id));
    expect(reminded!.remindedFor).toBe("2027-01-01");
    expect(await remindMembershipRenewals(t.deps, now)).toBe(0);
    expect((await noticesOf(coordinator)).some((n) => n.kind === "membership.renewal_due")).toBe(true);

    const renewed = await coordinator.post(`/api/v1/crm/memberships/${joined.json.id}/renewals`, {
      version: 1,
    });
    expect(renewed.status).toBe(204);
    const [m] = await t.deps.db.select().from(memberships).where(eq(memberships.id, joined.json.id));
    expect(m!.expiresOn).toBe("2028-01-01");
    const stale = await coordinator.post(`/api/v1/crm/memberships/${joined.json.id}/renewals`, {
      version: 1,
    });
    expect(stale.status).toBe(409);
    const prog = (await coordinator.get(`/api/v1/crm/memberships?partnerId=${partnerId}`)).json;
    expect(prog.members[0]).toMatchObject({
      expiresOn: "2028-01-01",
      renewals: [{ previousExpiresOn: "2027-01-01" }],
    });
    expect(await auditCount("membership.renewed", joined.json.id)).toBe(1);
  });
});

describe("a secrets holder changes employer (seed 003; seed 002 §3-1)", () => {
  it("alerts the coordinator and shows on the case; a move with no live secrets does not", async () => {
    const from = await newPartner(coordinator, { legalName: "Altfirma GmbH" });
    const to = await newPartner(coordinator, { legalName: "Neufirma GmbH" });
    const person = await coordinator.post("/api/v1/people", {
      name: "Lena Vogel",
      partnerId: from,
      role: "Engineer",
    });
    expect(person.status).toBe(201);
    const caseId = await newCase(researcher, researcher.user.id, [from]);
    const add = await researcher.post(`/api/v1/cases/${caseId}/participants`, {
      kind: "partner_researcher",
      personId: person.json.id,
    });
    expect(add.status).toBe(201);

    const quiet = await coordinator.post(`/api/v1/people/${person.json.id}/move`, {
      partnerId: to,
      movedOn: "2026-11-01",
    });
    expect(quiet.status).toBe(200);
    expect((await researcher.get(`/api/v1/cases/${caseId}/mobility-alerts`)).json.items).toEqual([]);

    const [inst] = await t.deps.db
      .execute<{ institution_id: string }>(sql`select institution_id from cases where id = ${caseId}`)
      .then((r) => (r as unknown as { rows: { institution_id: string }[] }).rows);
    await t.deps.db.insert(secretItems).values({
      institutionId: inst!.institution_id,
      title: "試作品の図面",
      level: 2,
      origin: "received",
      direction: "received",
      partnerId: from,
      caseId,
      responsibleUserId: researcher.user.id,
      storageKind: "paper",
    });
    const moved = await coordinator.post(`/api/v1/people/${person.json.id}/move`, {
      partnerId: from,
      movedOn: "2026-11-15",
    });
    expect(moved.status).toBe(200);
    const alerts = (await researcher.get(`/api/v1/cases/${caseId}/mobility-alerts`)).json.items;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ status: "open", toPartner: { label: "Altfirma GmbH" } });
    expect(alerts[0].reasons[0].text.ja).toContain("Lena Vogel");
    expect(alerts[0].reasons[0].citation.ja).toContain("ガイドライン");
    const notices = await noticesOf(coordinator);
    expect(notices.some((n) => n.kind === "mobility.alert")).toBe(true);

    expect((await other.get(`/api/v1/cases/${caseId}/mobility-alerts`)).status).toBe(404);
    const bad = await coordinator.post(
      `/api/v1/cases/${caseId}/mobility-alerts/${alerts[0].id}/acknowledge`,
      { note: "" },
    );
    expect(bad.status).toBe(400);
    expect(
      (
        await researcher.post(`/api/v1/cases/${caseId}/mobility-alerts/${alerts[0].id}/acknowledge`, {
          note: "x",
        })
      ).status,
    ).toBe(403);
    const ack = await coordinator.post(
      `/api/v1/cases/${caseId}/mobility-alerts/${alerts[0].id}/acknowledge`,
      {
        note: "移籍先との秘密保持義務の継続を確認し、アクセス権を見直した",
      },
    );
    expect(ack.status).toBe(204);
    expect((await researcher.get(`/api/v1/cases/${caseId}/mobility-alerts`)).json.items[0].status).toBe(
      "acknowledged",
    );
    expect(await auditCount("mobility.alert_acknowledged", caseId)).toBe(1);
    const rows = await t.deps.db
      .select()
      .from(secretItems)
      .where(and(eq(secretItems.caseId, caseId)));
    expect(rows).toHaveLength(1);
  });
});
