import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, email, samplePartner, type TestUser } from "../harness";

// Issue 11 item 6: an unknown code such as XX would silently switch off every country rule, so every
// route that takes a country refuses it with a field-level 400 and writes nothing.
let t: Awaited<ReturnType<typeof createTestApp>>;
let coord: TestUser;
let officer: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  coord = await t.signIn(email("coordinator"));
  officer = await t.signIn(email("export-control"));
});
afterAll(() => t.close());

const issuesOf = (res: { json: { error: { details: { issues: { path: string; message: string }[] } } } }) =>
  res.json.error.details.issues;

describe("country fields refuse unknown codes", () => {
  it.each(["XX", "ZZ", "Japan"])(
    "a partner with country %s: 400 on the field, nothing saved",
    async (code) => {
      const before = (await coord.get("/api/v1/partners?pageSize=1")).json.total;
      const res = await coord.post("/api/v1/partners", { ...samplePartner, country: code });
      expect(res.status).toBe(400);
      expect(issuesOf(res)).toContainEqual({ path: "country", message: "validation.country_code" });
      expect((await coord.get("/api/v1/partners?pageSize=1")).json.total).toBe(before);
    },
  );

  it("a known code in any case is accepted", async () => {
    const res = await coord.post("/api/v1/partners", {
      ...samplePartner,
      country: "de",
      corporateNumber: null,
    });
    expect(res.status).toBe(201);
    expect((await coord.get(`/api/v1/partners/${res.json.id}`)).json.country).toBe("DE");
  });

  it("the export-control assessment refuses a nationality of XX", async () => {
    const res = await officer.post("/api/v1/export-control/assess", {
      asOf: "2026-01-15",
      activity: "technology_provision",
      recipient: { nationality: "XX" },
      item: { listItem: "10" },
    });
    expect(res.status).toBe(400);
    expect(issuesOf(res).map((i) => i.path)).toContain("recipient.nationality");
    expect(JSON.stringify(res.json)).not.toContain("ISO 3166");
  });
});
