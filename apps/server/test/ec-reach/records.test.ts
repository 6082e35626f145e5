import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPartner } from "../cases/case-setup";
import { createTestApp, email, type TestUser } from "../harness";

// Issue 15 items 5 and 7 through the API: ownership entered on partners flags the partner with the
// path; appointments keep their history; travel payments without a clearance are listed (the
// self-audit is in self-audit.test.ts).

let t: Awaited<ReturnType<typeof createTestApp>>;
let officer: TestUser;
let coord: TestUser;
let pi: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn(email("export-control"));
  coord = await t.signIn(email("coordinator"));
  pi = await t.signIn(email("researcher"));
});
afterAll(() => t.close());

const partner = (legalName: string, country = "DE") =>
  newPartner(officer, { legalName, nameEn: legalName, country });

describe("ownership and control (FtM Ownership / Directorship)", () => {
  it("flags a partner a foreign state controls through a majority-owned parent, with the path", async () => {
    const parent = await partner("Staatsholding Beispiel AG", "CN");
    const child = await partner("Tochterwerk Beispiel GmbH");
    const gov = await officer.post(`/api/v1/partners/${parent}/ownership`, {
      relation: "ownership",
      ownerName: "国有資産監督管理委員会（架空）",
      ownerKind: "government",
      ownerCountry: "CN",
      share: 100,
      source: "年次報告書 2025",
    });
    expect(gov.status).toBe(201);
    const own = await officer.post(`/api/v1/partners/${child}/ownership`, {
      relation: "ownership",
      ownerName: "Staatsholding Beispiel AG",
      ownerKind: "organisation",
      ownerPartnerId: parent,
      share: 60,
      startDate: "2020-01-01",
      source: "商業登記",
    });
    expect(own.status).toBe(201);
    const view = (await coord.get(`/api/v1/partners/${child}/ownership`)).json;
    expect(view.foreignGovernmentControl).toBe(true);
    expect(view.paths[0][0]).toBe("国有資産監督管理委員会（架空）");
    expect(view.edges).toHaveLength(1);
    // Withdrawn edges no longer count; the researcher may read but not enter.
    expect((await pi.post(`/api/v1/partners/${child}/ownership`, { relation: "ownership" })).status).toBe(
      403,
    );
    expect((await officer.del(`/api/v1/partners/${child}/ownership/${own.json.id}`)).status).toBe(200);
    expect((await coord.get(`/api/v1/partners/${child}/ownership`)).json.foreignGovernmentControl).toBe(
      false,
    );
  });

  it("refuses bad input and writes nothing", async () => {
    const p = await partner("Prüfwerk Beispiel GmbH");
    const bad = await officer.post(`/api/v1/partners/${p}/ownership`, {
      relation: "ownership",
      ownerName: "X",
      ownerKind: "organisation",
      share: 120,
      source: "",
    });
    expect(bad.status).toBe(400);
    expect((await coord.get(`/api/v1/partners/${p}/ownership`)).json.edges).toEqual([]);
  });
});

describe("records the law expects (C1, C12, O4)", () => {
  it("keeps the history of appointments", async () => {
    const first = await officer.post("/api/v1/export-control/appointments", {
      post: "classification_officer",
      userId: officer.user.id,
      fromDate: "2025-04-01",
    });
    expect(first.status).toBe(201);
    const second = await officer.post("/api/v1/export-control/appointments", {
      post: "classification_officer",
      userId: coord.user.id,
      fromDate: "2026-04-01",
    });
    expect(second.status).toBe(201);
    const back = await officer.post("/api/v1/export-control/appointments", {
      post: "classification_officer",
      userId: pi.user.id,
      fromDate: "2026-01-01",
    });
    expect(back.status).toBe(400);
    const items = (await officer.get("/api/v1/export-control/appointments")).json.items;
    expect(
      items
        .filter((a: { post: string }) => a.post === "classification_officer")
        .map((a: { user: { id: string }; fromDate: string; untilDate: string | null; current: boolean }) => [
          a.user.id,
          a.fromDate,
          a.untilDate,
          a.current,
        ]),
    ).toEqual([
      [coord.user.id, "2026-04-01", null, true],
      [officer.user.id, "2025-04-01", "2026-03-31", false],
      // The demo's history (seeded): each term ended the day before the next began.
      [officer.user.id, "2024-10-01", "2025-03-31", false],
      [expect.any(String), "2023-04-01", "2024-09-30", false],
    ]);
  });

  it("lists travel payments without a clearance", async () => {
    const filed = await pi.post("/api/v1/trips", {
      destinationCountry: "US",
      departOn: "2026-12-10",
      returnOn: "2026-12-15",
      purpose: "学会発表",
    });
    expect(filed.status).toBe(201);
    const csv = [
      "payment_ref,traveller_email,traveller_name,destination_country,depart_on,return_on,trip_ref,amount_yen,paid_on",
      `P-1,${email("researcher")},研究者,US,2026-12-10,2026-12-15,${filed.json.ref},250000,2026-12-20`,
      `P-2,${email("researcher")},研究者,FR,2026-11-01,2026-11-05,,180000,2026-11-10`,
    ].join("\n");
    const bad = await officer.post("/api/v1/export-control/travel-payments/import", {
      csv: "payment_ref\nP-9",
    });
    expect(bad.status).toBe(400);
    const res = await officer.post("/api/v1/export-control/travel-payments/import", {
      fileName: "旅費.csv",
      csv,
    });
    expect(res.status, res.text).toBe(201);
    const rec = (await officer.get("/api/v1/export-control/travel-payments")).json;
    const status = Object.fromEntries(
      rec.payments.map((p: { paymentRef: string; status: string }) => [p.paymentRef, p.status]),
    );
    // With the demo's import: one payment covered by the cleared trip, one with no trip at all.
    expect(status).toEqual({
      "P-1": "not_cleared",
      "P-2": "no_trip",
      "DEMO-PAY-001": "cleared",
      "DEMO-PAY-002": "no_trip",
    });
    expect(rec.withoutClearance).toBe(3);
    expect((await pi.get("/api/v1/export-control/travel-payments")).status).toBe(403);
  });
});
