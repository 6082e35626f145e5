import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, ecSelfAudits } from "../../src/db/schema";
import { createTestApp, email, type TestUser } from "../harness";
import { signInElsewhere } from "../insight/other-institution";

// Issue 15 item 7 (C12): the yearly self-audit through the API, on PGlite and PostgreSQL. The checklist
// is seeded from the compliance standards' headings; each item is answered with evidence and a date;
// a "no" needs a finding with its follow-up; the year is kept as completed; the history lists years.

let t: Awaited<ReturnType<typeof createTestApp>>;
let officer: TestUser;
let auditor: TestUser;
let pi: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn(email("export-control"));
  auditor = await t.signIn(email("auditor"));
  pi = await t.signIn(email("researcher"));
});
afterAll(() => t.close());

// The demo seed has this fiscal year (2026) half answered; the test works on the year before.
const Y = "/api/v1/export-control/self-audits/2025";
type Item = { code: string; basis: { ja: string; en: string }; retired: boolean };
const yes = {
  answer: "yes",
  evidence: "輸出管理規程 第5条・2026年度研修記録",
  checkedOn: "2026-06-10",
  note: "",
};

async function version(): Promise<number> {
  const [row] = await t.deps.db.select().from(ecSelfAudits).where(eq(ecSelfAudits.fiscalYear, 2025));
  return row?.version ?? 0;
}

describe("the yearly self-audit (C12)", () => {
  let codes: string[] = [];

  it("starts from the institution's checklist, seeded from the compliance standards with their citations", async () => {
    const res = await officer.get(Y);
    expect(res.status).toBe(200);
    const items = res.json.items as Item[];
    codes = items.map((i) => i.code);
    expect(codes).toContain("appoint-classification");
    expect(items.find((i) => i.code === "appoint-classification")!.basis.ja).toContain("基準1(1)");
    expect(res.json.gaps).toHaveLength(items.length);
    expect((await pi.get(Y)).status).toBe(403);
  });

  it("does not complete while a 'no' has no finding; nothing is written", async () => {
    const answers = Object.fromEntries(codes.map((c) => [c, yes]));
    answers.training = { ...yes, answer: "no", evidence: "", note: "大学院生向け研修が未実施" };
    const saved = await officer.put(Y, { version: 0, answers, complete: false });
    expect(saved.status).toBe(200);
    const refused = await officer.put(Y, { version: 1, answers, complete: true });
    expect(refused.status).toBe(400);
    expect(refused.json.error.details.issues).toEqual([
      expect.objectContaining({ path: "answers.training", message: "validation.self_audit_no_finding" }),
    ]);
    expect(await version()).toBe(1);
    const noDate = await officer.put(Y, {
      version: 1,
      answers: { ...answers, training: { ...yes, checkedOn: null } },
      complete: true,
    });
    expect(noDate.json.error.details.issues[0].message).toBe("validation.self_audit_no_date");
    const unknown = await officer.put(Y, { version: 1, answers: { bogus: yes }, complete: false });
    expect(unknown.status).toBe(400);
    expect(await version()).toBe(1);
  });

  it("records a finding with an owner of the institution only, then completes the year", async () => {
    const finding = {
      itemCode: "training",
      finding: "大学院生向けの輸出管理研修が実施されていない",
      followUp: "後期ガイダンスで研修を実施する",
      ownerUserId: officer.user.id,
      dueDate: "2026-10-31",
    };
    const other = await signInElsewhere(t, "export_control_officer");
    expect((await officer.post(`${Y}/findings`, { ...finding, ownerUserId: other.user.id })).status).toBe(
      400,
    );
    expect((await officer.post(`${Y}/findings`, { ...finding, itemCode: "bogus" })).status).toBe(400);
    expect((await auditor.post(`${Y}/findings`, finding)).status).toBe(403);
    const added = await officer.post(`${Y}/findings`, finding);
    expect(added.status).toBe(201);

    const audit = (await officer.get(Y)).json;
    const done = await officer.put(Y, { version: audit.version, answers: audit.answers, complete: true });
    expect(done.status).toBe(200);
    const after = (await auditor.get(Y)).json;
    expect(after.status).toBe("completed");
    expect(after.completedBy).toEqual(expect.any(String));
    expect(after.findings).toEqual([expect.objectContaining({ itemCode: "training", status: "open" })]);
    // A completed year is kept as it was.
    expect((await officer.put(Y, { version: after.version, answers: {}, complete: false })).status).toBe(422);
    // Another institution sees its own (empty) year, never this one.
    expect((await other.get(Y)).json.findings).toEqual([]);

    const close = await officer.post(`/api/v1/export-control/self-audit-findings/${added.json.id}/close`, {
      version: 1,
      closedNote: "2026-10-15 に研修を実施（受講者 42 名）",
    });
    expect(close.status).toBe(200);
    expect(
      (
        await officer.post(`/api/v1/export-control/self-audit-findings/${added.json.id}/close`, {
          version: 2,
          closedNote: "again",
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await other.post(`/api/v1/export-control/self-audit-findings/${added.json.id}/close`, {
          version: 2,
          closedNote: "x",
        })
      ).status,
    ).toBe(404);
  });

  it("keeps the history of years and the institution's own items; a retired item stays in past years", async () => {
    const years = (await auditor.get("/api/v1/export-control/self-audits")).json.items;
    expect(years).toEqual([
      expect.objectContaining({ fiscalYear: 2026, status: "open", openFindings: 0 }),
      expect.objectContaining({ fiscalYear: 2025, status: "completed", no: 1, openFindings: 0 }),
    ]);
    const own = await officer.post("/api/v1/export-control/self-audit-items", {
      textJa: "研究室訪問者の記録が残っている",
      textEn: "Lab visitors are recorded",
      basis: "本学輸出管理規程 第12条",
    });
    expect(own.status).toBe(201);
    expect(
      (await officer.post("/api/v1/export-control/self-audit-items", { textJa: "", textEn: "x", basis: "" }))
        .status,
    ).toBe(400);
    expect(
      (await officer.post("/api/v1/export-control/self-audit-items/shipment-match/retire", {})).status,
    ).toBe(200);
    expect(
      (await officer.post("/api/v1/export-control/self-audit-items/shipment-match/retire", {})).status,
    ).toBe(404);

    const next = (await officer.get("/api/v1/export-control/self-audits/2027")).json.items as Item[];
    expect(next.map((i) => i.code)).toContain("own-1");
    expect(next.map((i) => i.code)).not.toContain("shipment-match");
    expect(next.find((i) => i.code === "own-1")!.basis.ja).toBe("本学輸出管理規程 第12条");
    const past = (await officer.get(Y)).json.items as Item[];
    expect(past.find((i) => i.code === "shipment-match")?.retired).toBe(true);
    expect(past.map((i) => i.code)).not.toContain("own-1");

    const actions = await t.deps.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(like(auditEvents.action, "self_audit.%")))
      .orderBy(auditEvents.seq);
    expect(actions.map((a) => a.action)).toEqual([
      "self_audit.saved", // the demo seed's answers of 2026
      "self_audit.saved",
      "self_audit.finding_added",
      "self_audit.completed",
      "self_audit.finding_closed",
      "self_audit.item_added",
      "self_audit.item_retired",
    ]);
  });
});

describe("appointments end without a successor (C1)", () => {
  it("ends the open term once, never before it started, only in the institution", async () => {
    const a = await officer.post("/api/v1/export-control/appointments", {
      post: "chief_officer",
      userId: officer.user.id,
      fromDate: "2026-04-01",
    });
    const end = `/api/v1/export-control/appointments/${a.json.id}/end`;
    expect((await officer.post(end, { untilDate: "2026-03-01" })).status).toBe(400);
    expect((await auditor.post(end, { untilDate: "2026-09-30" })).status).toBe(403);
    const other = await signInElsewhere(t, "admin");
    expect((await other.post(end, { untilDate: "2026-09-30" })).status).toBe(404);
    expect((await officer.post(end, { untilDate: "2026-09-30" })).status).toBe(200);
    expect((await officer.post(end, { untilDate: "2026-10-30" })).status).toBe(422);
    const items = (await officer.get("/api/v1/export-control/appointments")).json.items;
    const chief = items.filter((i: { post: string }) => i.post === "chief_officer");
    // The demo's chief (from 2024) handed over the day before; the new term ended without a successor.
    expect(chief).toEqual([
      expect.objectContaining({ untilDate: "2026-09-30", current: false }),
      expect.objectContaining({ fromDate: "2024-04-01", untilDate: "2026-03-31", current: false }),
    ]);
  });
});
