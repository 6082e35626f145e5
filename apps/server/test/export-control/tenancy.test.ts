import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases, departments, institutions } from "../../src/db/schema";
import { exportReviewsForCases } from "../../src/features/export-control/case-export-review";
import { createUser } from "../../src/features/users/users.service";
import { createTestApp, email, type TestUser } from "../harness";
import { oscilloscopeRecord } from "./fixtures";

let t: Awaited<ReturnType<typeof createTestApp>>;
let demoResearcher: TestUser;
let demoOfficer: TestUser;
let outsiderOfficer: TestUser;
let hub: TestUser;
let otherInstitutionId: string;
let classificationId: string;
let reviewId: string;
let evidenceId: string;
let CASE_ID: string;

beforeAll(async () => {
  t = await createTestApp();
  const [demoCase] = await t.deps.db
    .select({ id: cases.id })
    .from(cases)
    .where(eq(cases.title, "精密計測機器の共同研究"));
  CASE_ID = demoCase!.id;
  const [other] = await t.deps.db
    .insert(institutions)
    .values({ code: "other", nameJa: "別大学", nameEn: "Other University" })
    .returning();
  otherInstitutionId = other!.id;
  const [dept] = await t.deps.db
    .insert(departments)
    .values({ institutionId: other!.id, nameJa: "安全保障輸出管理室", nameEn: "Export Control Office" })
    .returning();
  await t.deps.db.transaction((tx) =>
    createUser(
      tx,
      t.deps,
      { userId: null, label: "test" },
      {
        institutionId: other!.id,
        email: "officer@other.example",
        displayName: "他大学 輸出管理",
        role: "export_control_officer",
        password: "other-password-1",
        departmentId: dept!.id,
      },
    ),
  );
  demoResearcher = await t.signIn(email("researcher"));
  demoOfficer = await t.signIn("export-control@demo.renkei.example");
  outsiderOfficer = await t.signIn("officer@other.example", "other-password-1");
  hub = await t.signIn("hub-coordinator@demo.renkei.example");
  classificationId = (await demoResearcher.post("/api/v1/export-control/classifications", oscilloscopeRecord))
    .json.id;
  const form = new FormData();
  form.append("file", new File([new TextEncoder().encode("spec sheet")], "spec.txt"));
  evidenceId = (
    await demoResearcher.post(`/api/v1/export-control/classifications/${classificationId}/evidence`, form)
  ).json.id;
  reviewId = (
    await demoResearcher.post("/api/v1/export-control/reviews", {
      title: "試料の送付",
      caseId: CASE_ID,
      facts: { activity: "goods_export", provision: { destinationCountry: "GB" }, item: { listItem: "16" } },
      selfCheck: { confirmedAccurate: true },
      classificationIds: [classificationId],
    })
  ).json.id;
  await demoResearcher.post(`/api/v1/export-control/reviews/${reviewId}/submit`, {});
});
afterAll(() => t.close());

describe("export-control records never cross institutions (404, never 403)", () => {
  it.each([
    ["GET", () => `/api/v1/export-control/classifications/${classificationId}`],
    ["PUT", () => `/api/v1/export-control/classifications/${classificationId}`],
    ["POST", () => `/api/v1/export-control/classifications/${classificationId}/submit`],
    ["POST", () => `/api/v1/export-control/classifications/${classificationId}/approve`],
    ["DELETE", () => `/api/v1/export-control/classifications/${classificationId}`],
    ["GET", () => `/api/v1/export-control/evidence/${evidenceId}`],
    ["DELETE", () => `/api/v1/export-control/evidence/${evidenceId}`],
    ["GET", () => `/api/v1/export-control/reviews/${reviewId}`],
    ["PUT", () => `/api/v1/export-control/reviews/${reviewId}`],
    ["POST", () => `/api/v1/export-control/reviews/${reviewId}/return`],
    ["POST", () => `/api/v1/export-control/reviews/${reviewId}/decision`],
    ["POST", () => `/api/v1/export-control/reviews/${reviewId}/comments`],
    ["POST", () => `/api/v1/export-control/reviews/${reviewId}/assessments`],
    ["DELETE", () => `/api/v1/export-control/reviews/${reviewId}`],
  ])("%s %s", async (method, path) => {
    const bodies: Record<string, unknown> = {
      PUT: path().includes("reviews")
        ? { version: 2, review: { title: "x" } }
        : { version: 1, classification: oscilloscopeRecord },
      // Decisions and approvals carry their own reason (issue 11 item 6): a valid body, so the refusal
      // under test is the other institution's record, not the input.
      POST: path().endsWith("decision")
        ? { decision: "rejected", reason: "x", comment: "x" }
        : path().endsWith("assessments")
          ? { asOf: "2026-12-01" }
          : path().endsWith("approve") || path().endsWith("return")
            ? { reason: "x", comment: "x" }
            : { comment: "x" },
    };
    for (const who of [outsiderOfficer, hub]) {
      const res =
        method === "GET"
          ? await who.get(path())
          : method === "DELETE"
            ? await who.del(path())
            : method === "PUT"
              ? await who.put(path(), bodies.PUT)
              : await who.post(path(), bodies.POST);
      // The hub coordinator lacks some permissions (403 from the route) — never a 200 or a leak.
      expect([403, 404], `${method} ${path()}`).toContain(res.status);
      if (who === outsiderOfficer) {
        expect(res.status, `${method} ${path()}`).toBe(404);
      }
    }
  });

  it("lists are empty for another institution, and links cannot point at another institution's records", async () => {
    expect((await outsiderOfficer.get("/api/v1/export-control/classifications")).json.total).toBe(0);
    expect((await outsiderOfficer.get("/api/v1/export-control/reviews")).json.total).toBe(0);
    const ids = (await demoOfficer.get("/api/v1/export-control/reviews?pageSize=200")).json.items.map(
      (i: { id: string }) => i.id,
    );
    expect(ids).toContain(reviewId);
    const res = await outsiderOfficer.post("/api/v1/export-control/reviews", {
      title: "他大学の該非判定を参照",
      classificationIds: [classificationId],
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues).toEqual([
      { path: "classificationIds", message: "validation.unknown_record" },
    ]);
  });

  it("a review cannot be filed for another institution's collaboration case", async () => {
    const res = await outsiderOfficer.post("/api/v1/export-control/reviews", {
      title: "他大学の連携案件を参照",
      caseId: CASE_ID,
      facts: { activity: "goods_export", provision: { destinationCountry: "GB" }, item: { listItem: "16" } },
      selfCheck: { confirmedAccurate: true },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues).toEqual([{ path: "caseId", message: "validation.unknown_record" }]);
  });

  it("the cases seam answers only for the case's institution", async () => {
    expect((await exportReviewsForCases(t.deps.db, otherInstitutionId, [CASE_ID])).size).toBe(0);
    expect(
      (await exportReviewsForCases(t.deps.db, demoResearcher.user.institution.id, [CASE_ID])).get(CASE_ID)
        ?.reviewId,
    ).toBe(reviewId);
  });
});
