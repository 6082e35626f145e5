import type { TAdvice, TAdviceInboxItem } from "@renkei/contract";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, ecClassifications, ecTransactionReviews, hubAdvice } from "../../src/db/schema";
import { createTestApp, email, type TestUser } from "../harness";

// Issue 16 §6 (seed-coverage N1, N4): the hub's officer advises on a member's 取引審査 or 該非判定 only when
// the member asked and its grant includes advice; the member sees the answer on the record; both chains audit it.
let t: Awaited<ReturnType<typeof createTestApp>>;
let officer: TestUser;
let exec: TestUser;
let coord: TestUser;
let hubOfficer: TestUser;
let hubCoord: TestUser;
let hubId: string;
let memberId: string;
let reviewId: string;
let classificationId: string;
let adviceId: string;

const auditOf = async (institutionId: string, action: string, entityId: string) =>
  t.deps.db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.institutionId, institutionId),
        eq(auditEvents.action, action),
        eq(auditEvents.entityId, entityId),
      ),
    );

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn(email("export-control"));
  exec = await t.signIn(email("executive"));
  coord = await t.signIn(email("coordinator"));
  hubOfficer = await t.signIn("hub-export-control@demo.renkei.example");
  hubCoord = await t.signIn("hub-coordinator@demo.renkei.example");
  hubId = hubOfficer.user.institution.id;
  memberId = officer.user.institution.id;
  const [review] = await t.deps.db
    .select()
    .from(ecTransactionReviews)
    .where(eq(ecTransactionReviews.institutionId, memberId))
    .limit(1);
  const [classification] = await t.deps.db
    .select()
    .from(ecClassifications)
    .where(eq(ecClassifications.institutionId, memberId))
    .limit(1);
  reviewId = review!.id;
  classificationId = classification!.id;
});
afterAll(() => t.close());

const ask = (who: TestUser, body: Record<string, unknown> = {}) =>
  who.post("/api/v1/hub/advice", {
    hubInstitutionId: hubId,
    subjectKind: "review",
    subjectId: reviewId,
    question: "相手方の最終用途の確認方法について助言をお願いします。",
    ...body,
  });

describe("asking the hub", () => {
  it("is refused while the grant does not include advice, and writes nothing", async () => {
    const res = await ask(officer);
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues[0].path).toBe("hubInstitutionId");
    expect(await t.deps.db.select().from(hubAdvice)).toHaveLength(0);
  });

  it("is the export-control office's to ask, about its own records only", async () => {
    expect(
      (await exec.post("/api/v1/hub/grants", { hubInstitutionId: hubId, scopes: ["registry", "advice"] }))
        .status,
    ).toBe(204);
    expect(
      (await officer.get("/api/v1/hub/advice/hubs")).json.items.map((h: { id: string }) => h.id),
    ).toEqual([hubId]);
    expect((await ask(coord)).status).toBe(403);
    const foreign = await ask(officer, { subjectId: crypto.randomUUID() });
    expect(foreign.status).toBe(400);
    expect(foreign.json.error.details.issues[0].path).toBe("subjectId");
    // A classification id is not a review.
    expect((await ask(officer, { subjectId: classificationId })).status).toBe(400);
    expect((await ask(officer, { question: "  " })).status).toBe(400);
    expect(await t.deps.db.select().from(hubAdvice)).toHaveLength(0);
  });

  it("records the request in the member's chain and the hub's", async () => {
    const res = await ask(officer);
    expect(res.status).toBe(201);
    adviceId = res.json.id;
    expect(await auditOf(memberId, "hub.advice_requested", adviceId)).toHaveLength(1);
    expect(await auditOf(hubId, "hub.advice_requested", adviceId)).toHaveLength(1);
    expect((await ask(officer, { subjectKind: "classification", subjectId: classificationId })).status).toBe(
      201,
    );
  });
});

describe("the hub's officer answers", () => {
  it("reads the requests with their records; each read is audited in the member's chain", async () => {
    expect((await hubCoord.get("/api/v1/hub/advice/inbox")).status).toBe(403);
    const inbox = await hubOfficer.get("/api/v1/hub/advice/inbox");
    expect(inbox.status).toBe(200);
    const items = inbox.json.items as TAdviceInboxItem[];
    expect(items.map((i) => i.subjectKind).sort()).toEqual(["classification", "review"]);
    const [review] = await t.deps.db
      .select()
      .from(ecTransactionReviews)
      .where(eq(ecTransactionReviews.id, reviewId));
    expect(items.find((i) => i.subjectKind === "review")?.subject.ref).toBe(review!.refNo);
    expect(await auditOf(memberId, "hub.record_read", reviewId)).toHaveLength(1);
    // The member's own office sees no inbox of another hub's requests.
    expect((await officer.get("/api/v1/hub/advice/inbox")).json.items).toEqual([]);
  });

  it("answers once, audited in both chains, and the member sees the answer on the record", async () => {
    expect((await hubOfficer.post(`/api/v1/hub/advice/${adviceId}/answer`, { answer: "" })).status).toBe(400);
    expect(
      (await officer.post(`/api/v1/hub/advice/${adviceId}/answer`, { answer: "自分で回答" })).status,
    ).toBe(404);
    const res = await hubOfficer.post(`/api/v1/hub/advice/${adviceId}/answer`, {
      answer: "最終用途誓約書の取得と、EUL 掲載の有無の再確認をお勧めします。",
    });
    expect(res.status).toBe(204);
    expect(
      (await hubOfficer.post(`/api/v1/hub/advice/${adviceId}/answer`, { answer: "再回答" })).status,
    ).toBe(409);
    expect(await auditOf(memberId, "hub.advice_given", adviceId)).toHaveLength(1);
    expect(await auditOf(hubId, "hub.advice_given", adviceId)).toHaveLength(1);
    const seen = await officer.get(`/api/v1/hub/advice?subjectKind=review&subjectId=${reviewId}`);
    expect(seen.status).toBe(200);
    const [advice] = seen.json.items as TAdvice[];
    expect(advice?.answer).toContain("最終用途誓約書");
    expect(advice?.hubName.en).toBe("Collaboration Hub (demo)");
    // The hub cannot read the record's advice through the member's route.
    expect((await hubOfficer.get(`/api/v1/hub/advice?subjectKind=review&subjectId=${reviewId}`)).status).toBe(
      400,
    );
  });

  it("loses every request when the member revokes the grant", async () => {
    const open = (await hubOfficer.get("/api/v1/hub/advice/inbox")).json.items.find(
      (i: TAdviceInboxItem) => i.answer === null,
    ) as TAdviceInboxItem;
    expect((await exec.del(`/api/v1/hub/grants/${hubId}`)).status).toBe(204);
    expect((await hubOfficer.get("/api/v1/hub/advice/inbox")).json.items).toEqual([]);
    expect(
      (await hubOfficer.post(`/api/v1/hub/advice/${open.id}/answer`, { answer: "遅れた回答" })).status,
    ).toBe(404);
    expect((await ask(officer)).status).toBe(400);
  });
});
