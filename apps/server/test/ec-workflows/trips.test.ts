import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, email, type TestUser } from "../harness";
import { addInstitution, deleteError, noticesOf, OFFICER, tripPlan } from "./support";

let t: Awaited<ReturnType<typeof createTestApp>>;
let researcher: TestUser;
let officer: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  researcher = await t.signIn(email("researcher"));
  officer = await t.signIn(OFFICER);
});
afterAll(() => t.close());

async function file(over: Record<string, unknown> = {}) {
  const res = await researcher.post("/api/v1/trips", tripPlan(over));
  expect(res.status).toBe(201);
  return res.json as { id: string; ref: string };
}

describe("filing a trip: the engine runs on the trip's facts", () => {
  it("issues sequential clearance references per institution and year", async () => {
    const a = await file();
    const b = await file();
    expect(a.ref).toMatch(/^TRP-2026-\d{4}$/);
    const seq = (ref: string) => Number(ref.slice("TRP-2026-".length));
    expect(seq(b.ref)).toBe(seq(a.ref) + 1);
    const d = (await researcher.get(`/api/v1/trips/${a.id}`)).json;
    expect(d).toMatchObject({
      status: "submitted",
      clearance: "pending",
      outcome: "NO_LICENCE",
      revision: 1,
    });
    expect(d.assessment.asOf).toBe("2026-12-07");
    expect(d.assessment.parts[0].result.provisionKinds).toEqual(["TT2_PROVISION_ABROAD"]);
    expect(d.assessment.parts[0].result.reasons.length).toBeGreaterThan(2);
    expect(
      (await noticesOf(officer)).some((n) => n.kind === "trip.submitted" && n.title.includes(a.ref)),
    ).toBe(true);
  });

  it("flags unpublished list technology on a laptop (C07): TT2 + TT3, licence required", async () => {
    const { id } = await file({
      meetings: [{ organisation: "Northwind Machine Tools (fictional)", country: "US" }],
      items: [
        {
          description: "工作機械の制御ノウハウ",
          mode: "carried",
          classification: "6",
          purpose: "product_development",
        },
      ],
    });
    const d = (await officer.get(`/api/v1/trips/${id}`)).json;
    expect(d.outcome).toBe("LICENCE_REQUIRED");
    expect(d.assessment.parts[0].result.provisionKinds).toEqual(["TT2_PROVISION_ABROAD", "TT3_MEDIA_EXPORT"]);
  });
});

describe("the officer clears, refuses or asks for more", () => {
  it("clears a trip; the clearance answers cleared until the return date", async () => {
    const { id, ref } = await file();
    const res = await officer.post(`/api/v1/trips/${id}/decision`, {
      reason: "確認済み",
      decision: "clear",
      comment: "",
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: "cleared", clearance: "cleared", validUntil: "2026-12-12" });
    const c = await officer.get(`/api/v1/clearances/${ref}`);
    expect(c.json).toEqual({
      ref,
      status: "cleared",
      decidedAt: "2026-11-21T03:00:00.000Z",
      validUntil: "2026-12-12",
    });
    expect(
      (await noticesOf(researcher)).some((n) => n.kind === "trip.decided" && n.title.includes(ref)),
    ).toBe(true);
  });

  it("asks for more; the traveller revises; the trip is assessed and reviewed again", async () => {
    const { id, ref } = await file({ items: [{ description: "実験データ", mode: "carried" }] });
    expect((await officer.get(`/api/v1/trips/${id}`)).json.outcome).toBe("MANUAL_REVIEW");
    // A decision without its reason is refused on the reason field, in words (issue 11 item 6).
    const noReason = await officer.post(`/api/v1/trips/${id}/decision`, { decision: "request_info" });
    expect(noReason.status).toBe(400);
    expect(noReason.json.error.details.issues).toContainEqual({
      path: "reason",
      message: "validation.reason_required",
    });
    const asked = await officer.post(`/api/v1/trips/${id}/decision`, {
      reason: "確認済み",
      decision: "request_info",
      comment: "データの該非判定結果を記入してください",
    });
    expect(asked.json).toMatchObject({ status: "more_info_requested", clearance: "pending" });
    expect((await officer.get(`/api/v1/clearances/${ref}`)).json.decidedAt).toBeNull();
    const d = (await researcher.get(`/api/v1/trips/${id}`)).json;
    const revised = await researcher.put(`/api/v1/trips/${id}`, {
      version: d.version,
      note: "非該当と判定済み",
      plan: tripPlan({
        items: [
          {
            description: "実験データ",
            mode: "carried",
            classification: "none",
            published: false,
            classificationRef: "c0ffee00-0000-4000-8000-000000000001",
          },
        ],
      }),
    });
    expect(revised.status).toBe(200);
    expect(revised.json).toMatchObject({ status: "submitted", revision: 2, outcome: "NO_LICENCE" });
    expect(revised.json.items[0].classificationRef).toBe("c0ffee00-0000-4000-8000-000000000001");
    expect(revised.json.reviews.map((r: { action: string }) => r.action)).toEqual([
      "filed",
      "request_info",
      "revised",
    ]);
  });

  it("needs a granted licence covering the trip before clearing LICENCE_REQUIRED", async () => {
    const { id, ref } = await file({
      items: [
        { description: "IC設計データ", mode: "sent", classification: "7", purpose: "product_development" },
      ],
    });
    const refused = await officer.post(`/api/v1/trips/${id}/decision`, {
      reason: "確認済み",
      decision: "clear",
      comment: "許可取得済み",
    });
    expect(refused.status).toBe(422);
    expect(refused.json.error.details.reasons).toEqual(["trip.licence_required"]);
    const lic = await officer.post("/api/v1/licences", {
      title: "IC設計技術の提供",
      linkKind: "trip",
      linkRef: ref,
    });
    await officer.post(`/api/v1/licences/${lic.json.id}/status`, {
      to: "filed",
      version: 1,
      filedOn: "2026-10-01",
    });
    await officer.post(`/api/v1/licences/${lic.json.id}/status`, {
      to: "granted",
      version: 2,
      metiNumber: "経第2026-123号（架空）",
      validFrom: "2026-11-01",
      validUntil: "2027-10-31",
    });
    const cleared = await officer.post(`/api/v1/trips/${id}/decision`, {
      reason: "確認済み",
      decision: "clear",
      comment: "許可取得済み",
    });
    expect(cleared.status).toBe(200);
    expect(cleared.json.licences[0]).toMatchObject({
      status: "granted",
      metiNumber: "経第2026-123号（架空）",
    });
  });

  it("never clears a trip to a sanctioned destination (North Korea, §4.6)", async () => {
    const { id } = await file({ destinationCountry: "KP", meetings: [] });
    const res = await officer.post(`/api/v1/trips/${id}/decision`, {
      reason: "確認済み",
      decision: "clear",
      comment: "x",
    });
    expect(res.status).toBe(422);
    expect(res.json.error.details.reasons).toEqual(["trip.prohibited"]);
  });

  it("a revised cleared trip is pending again; a withdrawn trip answers refused", async () => {
    const { id, ref } = await file();
    await officer.post(`/api/v1/trips/${id}/decision`, { reason: "確認済み", decision: "clear" });
    await researcher.put(`/api/v1/trips/${id}`, { version: 2, plan: tripPlan({ returnOn: "2026-12-13" }) });
    expect((await officer.get(`/api/v1/clearances/${ref}`)).json).toEqual({
      ref,
      status: "pending",
      decidedAt: null,
      validUntil: null,
    });
    const w = await researcher.post(`/api/v1/trips/${id}/withdraw`, { comment: "出張中止" });
    expect(w.json.status).toBe("withdrawn");
    expect((await officer.get(`/api/v1/clearances/${ref}`)).json.status).toBe("refused");
    expect((await researcher.put(`/api/v1/trips/${id}`, { version: 4, plan: tripPlan() })).status).toBe(422);
  });

  it("refuses with a comment", async () => {
    const { id, ref } = await file();
    const res = await officer.post(`/api/v1/trips/${id}/decision`, {
      reason: "確認済み",
      decision: "refuse",
      comment: "訪問先に懸念",
    });
    expect(res.json.status).toBe("refused");
    expect((await officer.get(`/api/v1/clearances/${ref}`)).json).toMatchObject({
      status: "refused",
      validUntil: null,
    });
  });
});

describe("permissions, tenancy, audit and retention", () => {
  it("lets only the office decide, and only the traveller revise", async () => {
    const { id } = await file();
    expect(
      (await researcher.post(`/api/v1/trips/${id}/decision`, { reason: "確認済み", decision: "clear" }))
        .status,
    ).toBe(403);
    const student = await t.signIn(email("student"));
    expect((await student.get(`/api/v1/trips/${id}`)).status).toBe(404);
    expect((await officer.put(`/api/v1/trips/${id}`, { version: 1, plan: tripPlan() })).status).toBe(404);
    expect((await student.get("/api/v1/trips?scope=all")).status).toBe(403);
    const auditor = await t.signIn(email("auditor"));
    expect((await auditor.get(`/api/v1/trips/${id}`)).status).toBe(200);
    expect((await auditor.post("/api/v1/trips", tripPlan())).status).toBe(403);
    expect((await auditor.get("/api/v1/clearances/TRP-2026-0001")).status).toBe(403);
  });

  it("keeps references per institution and hides trips and clearances from other institutions", async () => {
    const other = await addInstitution(t, "othertrip", ["export_control_officer", "researcher"]);
    const theirResearcher = await other.signIn("researcher");
    const theirOfficer = await other.signIn("export_control_officer");
    const theirs = await theirResearcher.post("/api/v1/trips", tripPlan());
    expect(theirs.json.ref).toBe("TRP-2026-0001");
    const { id, ref } = await file();
    expect((await theirOfficer.get(`/api/v1/trips/${id}`)).status).toBe(404);
    expect(
      (await theirOfficer.post(`/api/v1/trips/${id}/decision`, { reason: "確認済み", decision: "clear" }))
        .status,
    ).toBe(404);
    expect((await theirOfficer.get(`/api/v1/clearances/${ref}`)).status).toBe(404);
    // The same reference exists in both institutions; each sees its own.
    await theirOfficer.post(`/api/v1/trips/${theirs.json.id}/decision`, {
      reason: "確認済み",
      decision: "refuse",
      comment: "x",
    });
    expect((await theirOfficer.get("/api/v1/clearances/TRP-2026-0001")).json.status).toBe("refused");
    const ours = (await officer.get("/api/v1/trips?scope=all")).json.items.find(
      (x: { ref: string }) => x.ref === "TRP-2026-0001",
    );
    expect((await officer.get("/api/v1/clearances/TRP-2026-0001")).json.status).toBe(ours.clearance);
    expect(ours.status).not.toBe("refused");
    const all = (await theirOfficer.get("/api/v1/trips?scope=all")).json.items;
    expect(all.map((x: { id: string }) => x.id)).toEqual([theirs.json.id]);
  });

  it("audits filing, revision, decisions and withdrawal", async () => {
    const auditor = await t.signIn(email("auditor"));
    const events = (await auditor.get("/api/v1/audit?entityType=trip&pageSize=200")).json.items;
    const actions = new Set(events.map((e: { action: string }) => e.action));
    // party_screening.decided: the demo's trip to a listed counterpart had its matches confirmed.
    expect([...actions].sort()).toEqual([
      "party_screening.decided",
      "trip.decided",
      "trip.filed",
      "trip.revised",
      "trip.withdrawn",
    ]);
  });

  it("keeps a trip 7 years after its return and refuses deletion before", async () => {
    const { id } = await file();
    const d = (await officer.get(`/api/v1/trips/${id}`)).json;
    expect(d.retainUntil).toBe("2033-12-12");
    const res = await t.app.request(`/api/v1/trips/${id}`, {
      method: "DELETE",
      headers: { cookie: officer.cookie, "x-csrf-token": officer.csrf },
    });
    expect(res.status).toBe(422);
    expect(await deleteError(t, sql`delete from trips where id = ${id}`)).toMatch(/retained until/);
  });
});
