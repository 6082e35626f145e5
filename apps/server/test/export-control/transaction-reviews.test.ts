import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, cases, notifications, users } from "../../src/db/schema";
import { exportReviewsForCases } from "../../src/features/export-control/case-export-review";
import { createUser } from "../../src/features/users/users.service";
import { createTestApp, email, type TestUser } from "../harness";
import { oscilloscopeRecord } from "./fixtures";
import { appAt } from "./later";

let t: Awaited<ReturnType<typeof createTestApp>>;
let researcher: TestUser;
let assistant: TestUser;
let head: TestUser;
let officer: TestUser;
let otherHead: TestUser;
let otherResearcher: TestUser;
let student: TestUser;

/** A demo collaboration case (fictional) the review is filed for. */
let CASE_ID: string;
const BASE = "/api/v1/export-control/reviews";

// spec §10 C03/C04: a visiting researcher paid by a Chinese university receives unpublished item-10
// technology in the lab; in Japan since 2026-06-01 (non-resident until 2026-12-01).
const visitorFacts = {
  activity: "technology_provision",
  recipient: {
    nationality: "CN",
    employedInJapan: false,
    employerCountry: "CN",
    entryDate: "2026-06-01",
    tokutei: { foreignEmploymentContract: true, priorityAgreement: false },
  },
  provision: { place: "JP", channels: ["in_person"] },
  item: { published: false, purpose: "other" },
};

const reviewInput = (extra: Record<string, unknown> = {}) => ({
  title: "訪問研究員へのレーザー設計データの提供",
  description: "共同研究の一環として研究室内で設計データを閲覧させる",
  counterpartyName: "Example Institute of Optics",
  counterpartyCountry: "CN",
  plannedOn: "2026-11-30",
  caseId: CASE_ID,
  facts: visitorFacts,
  selfCheck: { confirmedAccurate: true, notes: "" },
  ...extra,
});

async function makeUser(emailAddr: string, role: "researcher" | "department_head", departmentId: string) {
  await t.deps.db.transaction((tx) =>
    createUser(
      tx,
      t.deps,
      { userId: null, label: "test" },
      {
        institutionId: researcher.user.institution.id,
        email: emailAddr,
        displayName: emailAddr,
        role,
        password: "test-password-123",
        departmentId,
      },
    ),
  );
  return t.signIn(emailAddr, "test-password-123");
}

beforeAll(async () => {
  t = await createTestApp();
  const [demoCase] = await t.deps.db
    .select({ id: cases.id })
    .from(cases)
    .where(eq(cases.title, "精密計測機器の共同研究"));
  CASE_ID = demoCase!.id;
  researcher = await t.signIn(email("researcher"));
  assistant = await t.signIn(email("coordinator"));
  head = await t.signIn("department-head@demo.renkei.example");
  officer = await t.signIn("export-control@demo.renkei.example");
  student = await t.signIn(email("student"));
  const [sci] = await t.deps.db
    .select({ dept: users.departmentId })
    .from(users)
    .where(eq(users.email, "coi-reviewer@demo.renkei.example"));
  otherHead = await makeUser("head2@demo.renkei.example", "department_head", sci!.dept!);
  const [eng] = await t.deps.db
    .select({ dept: users.departmentId })
    .from(users)
    .where(eq(users.email, email("researcher")));
  otherResearcher = await makeUser("researcher2@demo.renkei.example", "researcher", eng!.dept!);
});
afterAll(() => t.close());

async function trail(id: string) {
  return (await officer.get(`${BASE}/${id}`)).json.events.map(
    (e: { action: string; toStatus: string | null }) => `${e.action}${e.toStatus ? `→${e.toStatus}` : ""}`,
  );
}

describe("取引審査: proxy entry → self-check → department → officer", () => {
  let id: string;
  let classificationId: string;

  it("an assistant enters the review for the researcher (entered_by ≠ applicant), linking a 該非判定 record", async () => {
    classificationId = (
      await researcher.post("/api/v1/export-control/classifications", {
        ...oscilloscopeRecord,
        itemKind: "technology",
        name: "高出力レーザー設計データ",
        listItem: "10",
        determination: "applicable",
        parameters: [{ ...oscilloscopeRecord.parameters[0], clause: "10項(6)", result: "applicable" }],
      })
    ).json.id;
    const res = await assistant.post(
      BASE,
      reviewInput({ applicantId: researcher.user.id, classificationIds: [classificationId] }),
    );
    expect(res.status).toBe(201);
    id = res.json.id;
    const detail = (await researcher.get(`${BASE}/${id}`)).json;
    expect(detail.refNo).toMatch(/^TR-2026-\d{4}$/);
    expect(detail).toMatchObject({
      status: "draft",
      outcome: null,
      applicant: { id: researcher.user.id },
      enteredBy: { id: assistant.user.id },
      departmentName: "工学研究科",
      caseId: CASE_ID,
    });
    expect(detail.classifications.map((c: { id: string }) => c.id)).toEqual([classificationId]);
    expect(detail.events[0].action).toBe("create_proxy");
    // The 該非判定 record shows where it is used.
    const cl = (await researcher.get(`/api/v1/export-control/classifications/${classificationId}`)).json;
    expect(cl.usedBy.map((u: { id: string }) => u.id)).toEqual([id]);
  });

  it("a researcher cannot enter a review for someone else (no export.review.proxy)", async () => {
    const res = await researcher.post(BASE, reviewInput({ applicantId: assistant.user.id }));
    expect(res.status).toBe(403);
  });

  it("bad facts are refused with the field path under facts.", async () => {
    const res = await researcher.post(
      BASE,
      reviewInput({ facts: { ...visitorFacts, recipient: { entryDate: "yesterday" } } }),
    );
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues[0].path).toBe("facts.recipient.entryDate");
  });

  it("the department head cannot act before submission (wrong stage)", async () => {
    const res = await head.post(`${BASE}/${id}/department-approval`, {});
    expect(res.status).toBe(422);
    expect(res.json.error.details.reasons[0].ruleId).toBe("EC-REVIEW-STAGE");
  });

  it("submit runs the engine: list item from the 該非判定 record, end user from the counterparty, as of the planned date", async () => {
    const res = await researcher.post(`${BASE}/${id}/submit`, {});
    expect(res.status).toBe(200);
    const detail = (await researcher.get(`${BASE}/${id}`)).json;
    expect(detail).toMatchObject({
      status: "dept_review",
      outcome: "LICENCE_REQUIRED",
      submittedAt: "2026-11-21T03:00:00.000Z",
    });
    const [det] = detail.determinations;
    expect(det).toMatchObject({ purpose: "submission", asOf: "2026-11-30", outcome: "LICENCE_REQUIRED" });
    expect(det.result.listItem).toBe("10");
    expect(det.rulesFired).toEqual(expect.arrayContaining(["RES-F0", "PK-TT1", "LC-LICENCE"]));
    expect(det.result.dataVersions.listItems).toBe("list-items@2019-08-02");
    expect(det.result.reasons.every((r: { sourceId: string }) => r.sourceId.length > 0)).toBe(true);
    // The head of the applicant's department is told.
    const notices = await t.deps.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, "export.review.department_pending"),
          eq(notifications.link, `${"/export-control/reviews/"}${id}`),
        ),
      );
    expect(notices.map((n) => n.userId)).toEqual([head.user.id]);
  });

  it("refusals at the department stage: editing, another department's head, the officer skipping ahead", async () => {
    const detail = (await researcher.get(`${BASE}/${id}`)).json;
    const edit = await researcher.put(`${BASE}/${id}`, { version: detail.version, review: reviewInput() });
    expect(edit.status).toBe(422);
    // Another department's head does not see it at all.
    expect((await otherHead.get(`${BASE}/${id}`)).status).toBe(404);
    expect((await otherHead.post(`${BASE}/${id}/department-approval`, {})).status).toBe(404);
    // A researcher lacks the permission.
    expect((await researcher.post(`${BASE}/${id}/department-approval`, {})).status).toBe(403);
    const skip = await officer.post(`${BASE}/${id}/decision`, {
      reason: "確認済み",
      decision: "licence_required",
    });
    expect(skip.status).toBe(422);
    expect(skip.json.error.details.reasons[0].ruleId).toBe("EC-REVIEW-STAGE");
  });

  it("the department head returns it with a comment; the applicant corrects and resubmits", async () => {
    expect((await head.post(`${BASE}/${id}/return`, {})).status).toBe(422);
    const ret = await head.post(`${BASE}/${id}/return`, {
      comment: "提供する範囲を具体的に記載してください",
    });
    expect(ret.status).toBe(200);
    let detail = (await researcher.get(`${BASE}/${id}`)).json;
    expect(detail.status).toBe("returned");
    const returned = await t.deps.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, "export.review.returned"),
          eq(notifications.link, `/export-control/reviews/${id}`),
        ),
      );
    expect(returned.map((n) => n.userId).sort()).toEqual([researcher.user.id, assistant.user.id].sort());
    const upd = await researcher.put(`${BASE}/${id}`, {
      version: detail.version,
      review: reviewInput({
        description: "研究室内でレーザー共振器の設計図面（未公開）を閲覧させる。複製・持出しはさせない。",
        classificationIds: [classificationId],
      }),
    });
    expect(upd.status).toBe(200);
    expect((await researcher.post(`${BASE}/${id}/submit`, {})).status).toBe(200);
    detail = (await researcher.get(`${BASE}/${id}`)).json;
    expect(detail.determinations.filter((d: { purpose: string }) => d.purpose === "submission")).toHaveLength(
      2,
    );
  });

  it("department approval, then the officer decides; the engine's LICENCE_REQUIRED cannot be approved away", async () => {
    expect((await head.post(`${BASE}/${id}/department-approval`, { comment: "確認しました" })).status).toBe(
      200,
    );
    const pending = await t.deps.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, "export.review.officer_pending"),
          eq(notifications.userId, officer.user.id),
          eq(notifications.link, `/export-control/reviews/${id}`),
        ),
      );
    expect(pending).toHaveLength(1);
    const clear = await officer.post(`${BASE}/${id}/decision`, { reason: "確認済み", decision: "approved" });
    expect(clear.status).toBe(422);
    expect(clear.json.error.details.reasons[0].ruleId).toBe("EC-DECISION-LICENCE");
    // A decision without its own reason is refused on that field and changes nothing (issue 11 item 6).
    const noReason = await officer.post(`${BASE}/${id}/decision`, { decision: "licence_required" });
    expect(noReason.status).toBe(400);
    expect(noReason.json.error.details.issues).toContainEqual({
      path: "reason",
      message: "validation.reason_required",
    });
    expect((await researcher.get(`${BASE}/${id}`)).json.status).toBe("officer_review");
    const ok = await officer.post(`${BASE}/${id}/decision`, {
      reason: "役務取引許可が必要な技術の提供",
      decision: "licence_required",
      decisionBody: "committee",
      comment: "輸出管理委員会で審議。役務取引許可を申請のこと。",
      conditions: "許可取得まで提供しない",
    });
    expect(ok.status).toBe(200);
    const detail = (await researcher.get(`${BASE}/${id}`)).json;
    expect(detail).toMatchObject({
      status: "decided",
      decision: "licence_required",
      decisionBody: "committee",
      decisionReason: "役務取引許可が必要な技術の提供",
      decisionNote: "輸出管理委員会で審議。役務取引許可を申請のこと。",
      conditions: "許可取得まで提供しない",
      decidedBy: { id: officer.user.id },
      decidedAt: "2026-11-21T03:00:00.000Z",
      deptApprovedBy: { id: head.user.id },
    });
    expect(await trail(id)).toEqual([
      "create_proxy→draft",
      "submit→dept_review",
      "return→returned",
      "edit",
      "submit→dept_review",
      "department_approve→officer_review",
      "decide→decided",
    ]);
    // Deciding twice is the wrong stage.
    expect(
      (await officer.post(`${BASE}/${id}/decision`, { reason: "確認済み", decision: "rejected" })).status,
    ).toBe(422);
  });

  it("re-runs the engine for another date and keeps the current determination", async () => {
    expect((await researcher.post(`${BASE}/${id}/assessments`, { asOf: "2027-01-10" })).status).toBe(403);
    const res = await officer.post(`${BASE}/${id}/assessments`, { asOf: "2027-01-10" });
    expect(res.status).toBe(201);
    const detail = (await officer.get(`${BASE}/${id}`)).json;
    expect(detail.outcome).toBe("LICENCE_REQUIRED");
    const rerun = detail.determinations.find((d: { id: string }) => d.id === res.json.id);
    // Month 7: resident, but 特定類型 T1 (foreign employer) → still deemed TT1.
    expect(rerun).toMatchObject({ purpose: "rerun", asOf: "2027-01-10" });
    expect(rerun.result).toMatchObject({ residency: "RESIDENT", tokutei: ["T1"] });
    expect(detail.determinations[0].purpose).toBe("submission");
  });

  it("comments are open to whoever can read the review; the trail and audit log record everything", async () => {
    expect((await head.post(`${BASE}/${id}/comments`, { comment: "許可取得後に連絡ください" })).status).toBe(
      200,
    );
    expect((await otherResearcher.post(`${BASE}/${id}/comments`, { comment: "x" })).status).toBe(404);
    const actions = (
      await t.deps.db
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(eq(auditEvents.entityId, id))
        .orderBy(auditEvents.seq)
    ).map((a) => a.action);
    expect(actions).toEqual([
      "export.review.created",
      "export.review.submitted",
      "export.review.returned",
      "export.review.updated",
      "export.review.submitted",
      "export.review.department_approved",
      "export.review.decided",
      "export.review.reassessed",
      "export.review.commented",
    ]);
  });

  it("the cases seam returns the latest review of the case", async () => {
    const seen = (await exportReviewsForCases(t.deps.db, researcher.user.institution.id, [CASE_ID])).get(
      CASE_ID,
    );
    expect(seen).toMatchObject({
      reviewId: id,
      refNo: expect.stringMatching(/^TR-2026-\d{4}$/),
      status: "decided",
      outcome: "LICENCE_REQUIRED",
      decision: "licence_required",
      decidedAt: "2026-11-21T03:00:00.000Z",
      decidedOn: "2026-11-21",
    });
    expect(
      (
        await exportReviewsForCases(t.deps.db, researcher.user.institution.id, [
          "6f1c1d5e-1111-4c4c-9a9a-000000000999",
        ])
      ).size,
    ).toBe(0);
  });
});

describe("visibility and lists", () => {
  it("researchers see their own, heads their department's, the office everything; todo lists the caller's queue", async () => {
    const mine = (await researcher.get(BASE)).json;
    expect(mine.total).toBeGreaterThanOrEqual(1);
    expect((await otherResearcher.get(BASE)).json.total).toBe(0);
    expect((await otherHead.get(BASE)).json.total).toBe(0);
    expect((await officer.get(BASE)).json.total).toBe(mine.total);
    const draft = (await otherResearcher.post(BASE, reviewInput({ caseId: null }))).json.id;
    await otherResearcher.post(`${BASE}/${draft}/submit`, {});
    const headTodo = (await head.get(`${BASE}?todo=true`)).json.items.map((i: { id: string }) => i.id);
    expect(headTodo).toContain(draft);
    expect((await head.get(`${BASE}?todo=true&status=decided`)).json.total).toBe(0);
    // The office's queue is the officer stage only (nothing is there now).
    const officerTodo = (await officer.get(`${BASE}?todo=true`)).json.items as { status: string }[];
    expect(officerTodo.filter((i) => i.status === "officer_review")).toEqual([]);
    expect(officerTodo.filter((i) => i.status === "dept_review")).toEqual([]);
    expect((await student.get(BASE)).status).toBe(403);
  });

  it("submission needs the confirmed self-check", async () => {
    const id = (await researcher.post(BASE, reviewInput({ selfCheck: { confirmedAccurate: false } }))).json
      .id;
    const res = await researcher.post(`${BASE}/${id}/submit`, {});
    expect(res.status).toBe(422);
    expect(res.json.error.details.reasons.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      "EC-REVIEW-SELF-CHECK",
    ]);
    const detail = (await researcher.get(`${BASE}/${id}`)).json;
    const submit = detail.actions.find((a: { action: string }) => a.action === "submit");
    expect(submit).toMatchObject({ allowed: false });
  });
});

describe("retention of reviews (spec §6.5)", () => {
  it("refuses deletion before the date, then deletes with an audit event; a 該非判定 used by a retained review stays", async () => {
    const clId = (await researcher.post("/api/v1/export-control/classifications", oscilloscopeRecord)).json
      .id;
    const id = (await researcher.post(BASE, reviewInput({ caseId: null, classificationIds: [clId] }))).json
      .id;
    const early = await officer.del(`${BASE}/${id}`);
    expect(early.status).toBe(422);
    expect(early.json.error.details.reasons[0].ruleId).toBe("EC-RETENTION");
    expect((await head.del(`${BASE}/${id}`)).status).toBe(403);

    // A year before the review's date, the classification's own date has passed but the review holds it.
    await t.deps.db.execute(
      sql`update ec_classifications set retention_until = '2030-01-01' where id = ${clId}`,
    );
    const later = appAt(t.deps, "2031-06-01T00:00:00Z");
    const asOfficer = await later.signIn("export-control@demo.renkei.example");
    const held = await asOfficer("DELETE", `/api/v1/export-control/classifications/${clId}`);
    expect(held.status).toBe(422);
    expect(
      ((await held.json()) as { error: { details: { reasons: { ruleId: string }[] } } }).error.details
        .reasons[0]!.ruleId,
    ).toBe("EC-RETENTION-IN-USE");

    const afterRetention = appAt(t.deps, "2033-11-22T00:00:00Z");
    const officerLater = await afterRetention.signIn("export-control@demo.renkei.example");
    expect((await officerLater("DELETE", `${BASE}/${id}`)).status).toBe(200);
    expect((await officerLater("DELETE", `/api/v1/export-control/classifications/${clId}`)).status).toBe(200);
    const deleted = await t.deps.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, id));
    expect(deleted.map((d) => d.action)).toContain("export.review.deleted");
  });
});
