import type { TDashboard, TFigureRecord, TSurvey } from "@renkei/contract";
import { and, eq, inArray, notInArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases, ecTransactionReviews } from "../../src/db/schema";
import { createTestApp, email, samplePartner, type TestUser } from "../harness";
import { signInElsewhere } from "./other-institution";

// Issue 16 §4: the three dashboards read the same figures as the survey and the records behind them.
let t: Awaited<ReturnType<typeof createTestApp>>;
let coord: TestUser;
let exec: TestUser;
let officer: TestUser;
let outsider: TestUser;
let institutionId: string;

beforeAll(async () => {
  t = await createTestApp();
  coord = await t.signIn(email("coordinator"));
  exec = await t.signIn(email("executive"));
  officer = await t.signIn(email("export-control"));
  institutionId = coord.user.institution.id;
  outsider = await signInElsewhere(t, "executive");
  const partnerId = (await coord.post("/api/v1/partners", { ...samplePartner, sizeClass: "large" })).json.id;
  const agreement = await coord.post("/api/v1/insight/agreements", {
    title: "ダッシュボード共同研究",
    kind: "joint_research",
    partnerId,
    startOn: "2030-04-01",
    endOn: null,
  });
  await coord.post("/api/v1/insight/receipts", {
    agreementId: agreement.json.id,
    partnerId,
    kind: "joint_research",
    direct: 8_000_000,
    indirect: 2_400_000,
    receivedOn: "2030-06-30",
  });
});
afterAll(() => t.close());

const panelOf = (board: TDashboard, panel: string) => board.panels.find((p) => p.id === panel)!;
const row = (board: TDashboard, panel: string, key: string) =>
  panelOf(board, panel).rows.find((r) => r.key === key)!;
const kpi = (board: TDashboard, id: string) => board.kpis.find((k) => k.id === id)?.value;

describe("dashboards", () => {
  it("the executive's money panel is the survey's figure and drills into the same records", async () => {
    const board = await exec.get("/api/v1/insight/dashboards/executive?fy=2030");
    expect(board.status).toBe(200);
    const joint = row(board.json, "money_by_kind", "joint_research");
    expect(joint.values.amount).toBe(10_400_000);
    const survey = await exec.get("/api/v1/insight/survey?fy=2030");
    const figure = (survey.json as TSurvey).figures.find((f) => f.id === joint.figureId);
    expect(figure?.value).toBe(joint.values.amount);
    const records = await exec.get(`/api/v1/insight/survey/figures/${joint.figureId}?fy=2030`);
    expect((records.json.items as TFigureRecord[]).map((r) => r.title)).toEqual(["ダッシュボード共同研究"]);
  });

  it("counts open cases and waiting reviews from the institution's own records only", async () => {
    const db = t.deps.db;
    const open = await db
      .select()
      .from(cases)
      .where(
        and(
          eq(cases.institutionId, institutionId),
          notInArray(cases.stage, ["closed", "declined", "withdrawn"]),
        ),
      );
    const collab = await coord.get("/api/v1/insight/dashboards/collaboration?fy=2026");
    expect(collab.status).toBe(200);
    expect(kpi(collab.json, "open_cases")).toBe(open.length);
    const backlog = panelOf(collab.json, "backlog");
    expect(backlog.rows.reduce((n, r) => n + (r.values.open ?? 0), 0)).toBe(open.length);
    expect(backlog.rows.map((r) => r.key)).not.toContain("closed");

    const waiting = await db
      .select()
      .from(ecTransactionReviews)
      .where(
        and(
          eq(ecTransactionReviews.institutionId, institutionId),
          inArray(ecTransactionReviews.status, ["officer_review"]),
        ),
      );
    const ec = await officer.get("/api/v1/insight/dashboards/export_control?fy=2026");
    expect(ec.status).toBe(200);
    expect(row(ec.json, "reviews_waiting", "officer_review").values.count).toBe(waiting.length);

    const other = await outsider.get("/api/v1/insight/dashboards/collaboration?fy=2026");
    expect(kpi(other.json, "open_cases")).toBe(0);
    const otherExec = await outsider.get("/api/v1/insight/dashboards/executive?fy=2030");
    expect(row(otherExec.json, "money_by_kind", "joint_research").values.amount).toBe(0);
  });

  it("refuses readers without the permission and unknown dashboards", async () => {
    const researcher = await t.signIn(email("researcher"));
    expect((await researcher.get("/api/v1/insight/dashboards/executive?fy=2030")).status).toBe(403);
    expect((await exec.get("/api/v1/insight/dashboards/secret?fy=2030")).status).toBe(400);
    expect((await exec.get("/api/v1/insight/dashboards/executive?fy=abc")).status).toBe(400);
  });
});
