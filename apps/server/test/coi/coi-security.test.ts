import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people, securityReviews } from "../../src/db/schema";
import { newCase, newPartner, type TestApp } from "../cases/case-setup";
import { createTestApp, email, type TestUser } from "../harness";

/** Research security (J7): the tier is unchanged when only nationality changes, and nationality is not stored. */
let t: TestApp;
let officer: TestUser;
let coord: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn(email("export-control"));
  coord = await t.signIn(email("coordinator"));
});
afterAll(() => t.close());

const input = {
  subjectRole: "partner_senior_researcher",
  programmeFlagged: true,
  technologyFields: ["quantum"],
  endUserListLinks: [],
  foreignGovernmentShare: 0.3,
  foreignGovernmentScholarship: false,
  talentProgrammes: [],
  misconduct: [],
  backgroundConcerns: [],
  evidence: [{ note: "公開情報（デモ）", citation: "https://example.org/profile" }],
};

describe("research-security review", () => {
  it("gives the same tier and reasons whatever the nationality, and keeps no nationality", async () => {
    const results = [];
    for (const nationality of ["JP", "CN", "US", "IR"]) {
      const res = await officer.post("/api/v1/coi/security-reviews", {
        programmeName: "量子センシング特定研究開発プログラム",
        technologyFields: ["quantum"],
        subjectName: "Dr. Example",
        input: { ...input, nationality },
      });
      expect(res.status, res.text).toBe(201);
      results.push(res.json);
    }
    for (const r of results) {
      expect([r.tier, r.reasons, r.mitigations]).toEqual([
        results[0].tier,
        results[0].reasons,
        results[0].mitigations,
      ]);
      expect(r.storedInput).not.toHaveProperty("nationality");
      expect(r.inputsUsed).not.toContain("nationality");
    }
    expect(results[0].tier).toBe("elevated");
    expect(results[0].nationalityStatement.ja).toContain("国籍");
    const rows = await t.deps.db.select().from(securityReviews).where(eq(securityReviews.id, results[0].id));
    expect(JSON.stringify(rows[0]!.input)).not.toContain("nationality");
  });

  it("is for the officers and the committee only", async () => {
    expect(
      (await coord.post("/api/v1/coi/security-reviews", { programmeName: "x", subjectName: "y", input }))
        .status,
    ).toBe(403);
  });
});

describe("the flagged-programme register (J7)", () => {
  it("registers a programme with field tags, refuses bad input and writes nothing", async () => {
    const bad = await officer.post("/api/v1/coi/programmes", { name: "", technologyFields: ["quantum"] });
    expect(bad.status).toBe(400);
    expect((await officer.get("/api/v1/coi/programmes")).json.items).toHaveLength(1); // the one above
    expect((await coord.get("/api/v1/coi/programmes")).status).toBe(403);
  });

  it("reviews a case's partner researcher from read facts; the tier ignores nationality; conditions are tracked", async () => {
    const created = await officer.post("/api/v1/coi/programmes", {
      name: "K Program 先端半導体",
      funder: "JST",
      technologyFields: ["semiconductors", "AI"],
    });
    expect(created.status, created.text).toBe(201);
    const id = created.json.id as string;
    const researcher = await t.signIn(email("researcher"));
    const partnerId = await newPartner(coord);
    const caseId = await newCase(coord, researcher.user.id, [partnerId]);
    const person = await coord.post("/api/v1/people", {
      name: "李 明",
      nationality: "CN",
      partnerId,
      role: "主任研究員",
    });
    expect(person.status, person.text).toBe(201);
    const joined = await coord.post(`/api/v1/cases/${caseId}/participants`, {
      kind: "partner_researcher",
      personId: person.json.id,
    });
    expect(joined.status, joined.text).toBe(201);
    // Another institution's case, or an unknown one, is a 400 and links nothing.
    const link = await officer.post(`/api/v1/coi/programmes/${id}/cases`, { caseId });
    expect(link.status, link.text).toBe(200);
    expect(link.json.subjects.map((s: { subjectRole: string }) => s.subjectRole).sort()).toEqual([
      "partner_senior_researcher",
      "pi",
    ]);
    expect(
      (await officer.post(`/api/v1/coi/programmes/${id}/cases`, { caseId: crypto.randomUUID() })).status,
    ).toBe(400);

    const review = async () => {
      const res = await officer.post(`/api/v1/coi/programmes/${id}/reviews`, {
        subjectRole: "partner_senior_researcher",
        subjectPersonId: person.json.id,
        nationality: "CN",
        misconduct: [{ finding: "論文データの改ざん（所属機関の認定）", foundOn: "2024-06-01" }],
        evidence: [{ note: "所属機関の公表資料", citation: "https://example.org/finding" }],
      });
      expect(res.status, res.text).toBe(201);
      const s = (res.json.subjects as { personId: string | null; review: Record<string, unknown> }[]).find(
        (x) => x.personId === person.json.id,
      )!;
      return s.review as { id: string; tier: string; reasons: { ruleId: string }[]; version: number };
    };
    const first = await review();
    expect(first.tier).toBe("elevated");
    expect(first.reasons.map((r) => r.ruleId)).toEqual(["RS-MISCONDUCT", "RS-NATIONALITY"]);
    // Only the nationality changes: the tier and reasons are the same, and nothing stored names it.
    await t.deps.db.update(people).set({ nationality: "US" }).where(eq(people.id, person.json.id));
    const second = await review();
    expect([second.tier, second.reasons]).toEqual([first.tier, first.reasons]);
    const [stored] = await t.deps.db.select().from(securityReviews).where(eq(securityReviews.id, second.id));
    expect(JSON.stringify(stored!.input)).not.toMatch(/nationality|"CN"|"US"/);

    const met = await officer.put(`/api/v1/coi/security-reviews/${second.id}/mitigations`, {
      version: second.version,
      index: 0,
      status: "met",
      note: "機微区域への入室制限を設定",
    });
    expect(met.status, met.text).toBe(200);
    expect(met.json.mitigations[0]).toMatchObject({ status: "met", note: "機微区域への入室制限を設定" });
    const stale = await officer.put(`/api/v1/coi/security-reviews/${second.id}/mitigations`, {
      version: second.version,
      index: 1,
      status: "met",
    });
    expect(stale.status).toBe(409);
    const list = (await officer.get("/api/v1/coi/programmes")).json.items as {
      id: string;
      openMitigations: number;
    }[];
    expect(list.find((p) => p.id === id)!.openMitigations).toBe(3);
  });
});
