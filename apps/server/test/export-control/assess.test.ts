import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssessService } from "../../src/features/export-control/assess.service";
import { createTestApp, email, type TestUser } from "../harness";
import { FICTIONAL_EUL_VERSION, fictionalEulLookup } from "./eul-lookup";

let t: Awaited<ReturnType<typeof createTestApp>>;
let researcher: TestUser;

// spec §10 C04: visiting researcher paid by a Chinese university, month 8 → RESIDENT but T1 → licence.
const C04 = {
  asOf: "2026-01-15",
  activity: "technology_provision",
  recipient: {
    nationality: "CN",
    employedInJapan: false,
    employerCountry: "CN",
    entryDate: "2025-05-01",
    tokutei: { foreignEmploymentContract: true, priorityAgreement: false },
  },
  provision: { place: "JP", channels: ["in_person"] },
  item: { listItem: "10", published: false, purpose: "other" },
};

// spec §10 C13: a used oscilloscope (16(1)) to a university in a general country; the end user is named
// but its End User List categories are not given.
const oscilloscope = (name: string) => ({
  asOf: "2026-01-15",
  activity: "goods_export",
  provision: { destinationCountry: "PK" },
  item: { listItem: "16", hsCode: "9030.20" },
  endUser: { name, country: "PK" },
});

beforeAll(async () => {
  t = await createTestApp();
  researcher = await t.signIn(email("researcher"));
});
afterAll(() => t.close());

describe("POST /api/v1/export-control/assess", () => {
  it("returns the issue's JSON shape for C04", async () => {
    const res = await researcher.post("/api/v1/export-control/assess", C04);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      outcome: "LICENCE_REQUIRED",
      exemption: null,
      residency: "RESIDENT",
      tokutei: ["T1"],
    });
    expect(res.json.rulesFired).toEqual(
      expect.arrayContaining(["RES-F2", "TK-T1", "PK-TT1-DEEMED", "LC-LICENCE"]),
    );
    for (const r of res.json.reasons) {
      expect(Object.keys(r).sort()).toEqual(["citation", "ruleId", "sourceId", "text"]);
      expect(Object.keys(r.citation).sort()).toEqual(["en", "ja"]);
    }
    expect(res.json.dataVersions.eul).toBe("eul@2025-10-09");
  });

  it("uses today's Japanese date when asOf is absent, and a later date changes the answer", async () => {
    const { asOf: _drop, ...noDate } = C04;
    const today = await researcher.post("/api/v1/export-control/assess", noDate);
    expect(today.json.asOf).toBe("2026-11-21");
    const before = await researcher.post("/api/v1/export-control/assess", { ...C04, asOf: "2025-08-01" });
    expect(before.json).toMatchObject({
      residency: "NON_RESIDENT",
      tokutei: [],
      outcome: "LICENCE_REQUIRED",
    });
    expect(before.json.rulesFired).toContain("RES-F0");
  });

  it("names the offending field in validation errors", async () => {
    const res = await researcher.post("/api/v1/export-control/assess", {
      recipient: { entryDate: "2025-13-45", nationality: "Japan" },
      item: { listItem: "99" },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("VALIDATION_FAILED");
    const paths = res.json.error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(["recipient.entryDate", "recipient.nationality", "item.listItem"]),
    );
  });

  it("screens an unlisted end user against the institution's End User List and says it found nothing", async () => {
    // The demo institution has a list in the METI layout (demo seed), so the API's lookup is real.
    const res = await researcher.post(
      "/api/v1/export-control/assess",
      oscilloscope("Northwind Institute of Applied Physics"),
    );
    expect(res.json.rulesFired).toContain("EUL-SCREENING-NO-MATCH");
    expect(res.json.rulesFired).not.toContain("EUL-NOT-SCREENED");
  });

  it("refuses anonymous callers and roles without export.assess", async () => {
    const anon = await t.app.request("/api/v1/export-control/assess", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(C04),
    });
    expect(anon.status).toBe(401);
    const auditor = await t.signIn(email("auditor"));
    expect((await auditor.post("/api/v1/export-control/assess", C04)).status).toBe(403);
  });
});

describe("End User List categories filled from screening (issue 4)", () => {
  it("fills the categories of a listed end user and says so in the reasons", async () => {
    const calls: string[] = [];
    const service = createAssessService(t.deps, fictionalEulLookup(calls));
    const institutionId = researcher.user.institution.id;
    const { result } = await service.assess(
      institutionId,
      oscilloscope("Northwind Inst. of Applied Physics"),
    );
    expect(calls).toEqual([`${institutionId}:Northwind Inst. of Applied Physics`]);
    // CW-listed user + 16(1) item to a general country, no evidence of civil use: ⑰ロ → licence (C13).
    expect(result.outcome).toBe("LICENCE_REQUIRED");
    expect(result.eul).toMatchObject({
      categories: ["CW"],
      source: "screening",
      listVersion: FICTIONAL_EUL_VERSION,
    });
    expect(result.rulesFired).toEqual(expect.arrayContaining(["EUL-SCREENING", "CA-CONV-ENDUSER-17RO"]));
    const reason = result.reasons.find((r) => r.ruleId === "EUL-SCREENING")!;
    expect(reason.text.en).toContain("came from screening");
    expect(reason.text.en).toContain("Northwind Institute of Applied Physics");
    expect(reason.text.en).toContain(FICTIONAL_EUL_VERSION);
    expect(reason.text.en).toContain("list entry 901");
    expect(result.dataVersions.eulScreening).toBe(FICTIONAL_EUL_VERSION);
    expect(result.endUserScreening).toMatchObject({ screened: true, sourceId: "901" });
  });

  it("a screened end user with no match is cleared by the engine (no trigger)", async () => {
    const service = createAssessService(t.deps, fictionalEulLookup());
    const { result } = await service.assess(
      researcher.user.institution.id,
      oscilloscope("Lahore Polytechnic College"),
    );
    expect(result.rulesFired).toContain("EUL-SCREENING-NO-MATCH");
    expect(result.eul.source).toBe("screening");
    expect(result.outcome).toBe("NO_LICENCE");
  });

  it("categories given in the input win and screening is not asked", async () => {
    const calls: string[] = [];
    const service = createAssessService(t.deps, fictionalEulLookup(calls));
    const facts = oscilloscope("Northwind Institute of Applied Physics");
    const { result } = await service.assess(researcher.user.institution.id, {
      ...facts,
      endUser: { ...facts.endUser, eulCategories: [] },
    });
    expect(calls).toEqual([]);
    expect(result.rulesFired).toContain("EUL-INPUT");
    expect(result.endUserScreening).toBeUndefined();
  });
});
