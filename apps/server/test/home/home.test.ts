import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newCase, newPartner, type TestApp } from "../cases/case-setup";
import { createTestApp, email, samplePartner, type TestUser } from "../harness";

let t: TestApp;
let officer: TestUser;
let coord: TestUser;
let student: TestUser;
let ownPartner: string;
let otherPartner: string;
let ownPerson: string;
let otherPerson: string;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn(email("export-control"));
  coord = await t.signIn(email("coordinator"));
  student = await t.signIn(email("student"));
  const researcher = await t.signIn(email("researcher"));
  ownPartner = await newPartner(coord, {
    ...samplePartner,
    legalName: "株式会社ミライ精工",
    nameEn: "Mirai Seiko Co., Ltd.",
    nameRomanized: "Mirai Seiko",
    aliases: ["ミライセイコウ"],
    country: "JP",
    corporateNumber: null,
    notes: "交渉メモ：価格の下限は社外秘",
  });
  otherPartner = await newPartner(coord, { legalName: "Nordlicht Optik GmbH", nameEn: "Nordlicht Optik" });
  // Contact history, a credit check and a person with an e-mail: what a student must not read.
  expect(
    (
      await coord.post(`/api/v1/partners/${ownPartner}/contacts`, {
        kind: "meeting",
        occurredOn: "2026-10-01",
        title: "価格交渉",
      })
    ).status,
  ).toBe(201);
  expect(
    (
      await coord.post(`/api/v1/partners/${ownPartner}/credit-checks`, {
        checkedOn: "2026-10-01",
        sources: "TDB",
        result: "clear",
      })
    ).status,
  ).toBe(201);
  const person = (name: string, partnerId: string) =>
    coord.post("/api/v1/people", {
      name,
      email: `${partnerId.slice(0, 4)}@partner.example`,
      notes: "私用携帯あり",
      partnerId,
    });
  ownPerson = (await person("三木 未来", ownPartner)).json.id;
  otherPerson = (await person("Nora Nordlicht", otherPartner)).json.id;
  const caseId = await newCase(coord, researcher.user.id, [ownPartner], { title: "精密加工の共同研究" });
  await newCase(coord, researcher.user.id, [otherPartner], { title: "光学の共同研究" });
  const add = await coord.post(`/api/v1/cases/${caseId}/participants`, {
    kind: "student",
    userId: student.user.id,
    informedConsentOn: "2026-10-01",
    pledgeOn: "2026-10-01",
  });
  expect(add.status, add.text).toBe(201);
});
afterAll(() => t.close());

const item = (home: { items: { key: string; count: number; to: string }[] }, key: string) =>
  home.items.find((i) => i.key === key);

describe("home: each role's work, counted by the feature that owns it (issue 11 item 3)", () => {
  it("gives the export-control officer their queues, each matching the list it opens", async () => {
    const home = (await officer.get("/api/v1/home")).json;
    for (const key of [
      "screening_hits_open",
      "reviews_to_decide",
      "visitors_to_review",
      "trips_to_check",
      "licences_expiring",
    ]) {
      expect(item(home, key), key).toBeDefined();
    }
    const hits = await officer.get("/api/v1/screening/hits?status=open&pageSize=1");
    expect(item(home, "screening_hits_open")!.count).toBe(hits.json.total);
    expect(item(home, "screening_hits_open")!.to).toBe("/screening/queue");
    const reviews = await officer.get("/api/v1/export-control/reviews?status=officer_review&pageSize=1");
    expect(item(home, "reviews_to_decide")!.count).toBe(reviews.json.total);
    const trips = await officer.get("/api/v1/trips?scope=all&status=submitted");
    expect(item(home, "trips_to_check")!.count).toBe(trips.json.items.length);
    const visitors = await officer.get("/api/v1/visitors?scope=all&status=pending_review");
    expect(item(home, "visitors_to_review")!.count).toBe(visitors.json.items.length);
    // The seeded demo has work waiting for the officer.
    expect(home.items.reduce((n: number, i: { count: number }) => n + i.count, 0)).toBeGreaterThan(0);
  });

  it("does not give a student the office's queues, and counts only their own cases", async () => {
    const home = (await student.get("/api/v1/home")).json;
    const keys = home.items.map((i: { key: string }) => i.key);
    expect(keys).not.toContain("reviews_to_decide");
    expect(keys).not.toContain("cases_blocked");
    expect(keys).toContain("pledges_to_sign");
    const board = (await student.get("/api/v1/cases?perStage=200")).json;
    const open = board.columns
      .filter((c: { stage: string }) => !["closed", "declined", "withdrawn"].includes(c.stage))
      .reduce((n: number, c: { total: number }) => n + c.total, 0);
    expect(item(home, "my_cases")!.count).toBe(open);
    const partners = (await student.get("/api/v1/partners?pageSize=100")).json;
    expect(item(home, "partners_total")!.count).toBe(partners.total);
  });

  it("shows the hub coordinator the member institutions' figures", async () => {
    const hub = await t.signIn(email("hub-coordinator"));
    const home = (await hub.get("/api/v1/home")).json;
    expect(home.members.length).toBeGreaterThan(0);
    const member = home.members[0];
    const list = await hub.get(`/api/v1/partners?institutionId=${member.institutionId}&pageSize=1`);
    expect(member.partners).toBe(list.json.total);
    expect(member.partners).toBeGreaterThan(0);
  });
});

describe("need to know: a student reads only their own cases' partners and people (issue 11 item 8)", () => {
  it("lists only the partners of the student's cases", async () => {
    const res = await student.get("/api/v1/partners?pageSize=100");
    const ids = res.json.items.map((p: { id: string }) => p.id);
    expect(ids).toContain(ownPartner);
    expect(ids).not.toContain(otherPartner);
    // The coordinator sees both: the narrowing is the student's view, not missing data.
    const all = (await coord.get("/api/v1/partners?q=Nordlicht")).json.items.map((p: { id: string }) => p.id);
    expect(all).toContain(otherPartner);
    expect((await student.get("/api/v1/partners?q=Nordlicht")).json.items).toEqual([]);
  });

  it("opens its own case's partner without notes, contact history or credit checks; another is not found", async () => {
    const own = await student.get(`/api/v1/partners/${ownPartner}`);
    expect(own.status).toBe(200);
    expect(own.json.legalName).toBe("株式会社ミライ精工");
    expect(own.json.notes).toBe("");
    expect(own.json.contacts).toEqual([]);
    expect(own.json.creditChecks).toEqual([]);
    expect(own.text).not.toContain("社外秘");
    const full = await coord.get(`/api/v1/partners/${ownPartner}`);
    expect(full.json.contacts.length).toBe(1);
    expect(full.json.creditChecks.length).toBe(1);
    expect((await student.get(`/api/v1/partners/${otherPartner}`)).status).toBe(404);
  });

  it("lists and opens only the people of its cases' partners, without e-mail or notes", async () => {
    const list = await student.get("/api/v1/people");
    const ids = list.json.items.map((p: { id: string }) => p.id);
    expect(ids).toContain(ownPerson);
    expect(ids).not.toContain(otherPerson);
    const person = await student.get(`/api/v1/people/${ownPerson}`);
    expect(person.json.email).toBeNull();
    expect(person.json.notes).toBe("");
    expect((await student.get(`/api/v1/people/${otherPerson}`)).status).toBe(404);
  });

  it("finds no other partner through the duplicate check or the export", async () => {
    const dup = await student.post("/api/v1/partners/duplicates", {
      legalName: "Nordlicht Optik GmbH",
      aliases: [],
      country: "DE",
    });
    expect(dup.status).toBe(200);
    expect(dup.json.candidates.map((c: { id: string }) => c.id)).not.toContain(otherPartner);
    expect((await student.get("/api/v1/partners/export?format=csv")).status).toBe(403);
  });
});

describe("one search box (issue 11 item 4)", () => {
  it("finds a partner by every name form, its people and its case", async () => {
    for (const q of ["ミライセイコウ", "Mirai Seiko", "ミライ精工"]) {
      const res = await coord.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(
        res.json.hits.some((h: { kind: string; id: string }) => h.kind === "partner" && h.id === ownPartner),
        q,
      ).toBe(true);
    }
    const people = await coord.get(`/api/v1/search?q=${encodeURIComponent("三木")}`);
    expect(people.json.hits.find((h: { kind: string }) => h.kind === "person").to).toBe(
      `/people/${ownPerson}`,
    );
    const cases = await coord.get(`/api/v1/search?q=${encodeURIComponent("精密加工")}`);
    expect(cases.json.hits.some((h: { kind: string }) => h.kind === "case")).toBe(true);
  });

  it("searches only the kinds the caller may read, and gives a student nothing beyond their cases", async () => {
    const res = await student.get(`/api/v1/search?q=${encodeURIComponent("Nordlicht")}`);
    expect(res.status).toBe(200);
    expect(res.json.searched).not.toContain("review");
    expect(res.json.hits).toEqual([]);
    const other = await student.get(`/api/v1/search?q=${encodeURIComponent("光学")}`);
    expect(other.json.hits).toEqual([]);
    const own = await student.get(`/api/v1/search?q=${encodeURIComponent("ミライ")}`);
    expect(own.json.hits.map((h: { id: string }) => h.id)).toContain(ownPartner);
    const person = await student.get(`/api/v1/search?q=${encodeURIComponent("三木")}`);
    expect(person.json.hits.map((h: { id: string }) => h.id)).toEqual([ownPerson]);
    const external = await t.signIn(email("coi-external"));
    expect((await external.get("/api/v1/search?q=Nordlicht")).json).toEqual({ searched: [], hits: [] });
  });

  it("refuses an empty query", async () => {
    expect((await coord.get("/api/v1/search?q=")).status).toBe(400);
  });
});
