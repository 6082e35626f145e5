import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityReviews } from "../../src/db/schema";
import type { TestApp } from "../cases/case-setup";
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
