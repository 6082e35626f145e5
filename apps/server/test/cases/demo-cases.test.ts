import { CASE_STAGES } from "@renkei/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, email } from "../harness";
import type { TestApp } from "./case-setup";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("demo cases (fictional)", () => {
  it("has cases at every stage, blocked ones with reasons, and work on them", async () => {
    const coord = await t.signIn(email("coordinator"));
    const board = await coord.get("/api/v1/cases");
    expect(board.status).toBe(200);
    const byStage = new Map(
      board.json.columns.map((c: { stage: string; total: number }) => [c.stage, c.total]),
    );
    for (const stage of CASE_STAGES) {
      expect(byStage.get(stage), stage).toBeGreaterThan(0);
    }
    const blocked = await coord.get("/api/v1/cases?blocked=true");
    const blockedStages = blocked.json.columns
      .filter((c: { total: number }) => c.total > 0)
      .map((c: { stage: string }) => c.stage);
    expect(blockedStages).toEqual(
      expect.arrayContaining(["intake", "nda", "contract_terms", "export_risk_review"]),
    );
    const review = blocked.json.columns.find((c: { stage: string }) => c.stage === "export_risk_review")
      .items[0];
    const page = await coord.get(`/api/v1/cases/${review.id}`);
    const ids = page.json.blockers.reasons.map((r: { ruleId: string }) => r.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining(["GATE-SCREEN-PARTNER", "GATE-EXPORT-MISSING", "GATE-COI-INSTITUTIONAL"]),
    );
    const active = board.json.columns.find((c: { stage: string }) => c.stage === "active").items[0];
    const activePage = await coord.get(`/api/v1/cases/${active.id}`);
    expect(activePage.json.monitoring.items.length).toBeGreaterThan(0);
    expect(activePage.json.monitoring.alerts.some((a: { status: string }) => a.status === "overdue")).toBe(
      true,
    );
    expect(activePage.json.quotations).toHaveLength(1);
    // The active case's contract rests on a decided 取引審査 filed for it (seed 001 §IV.2-9).
    expect(activePage.json.exportReview).toMatchObject({ status: "decided", decision: "approved" });
    expect(activePage.json.exportReview.outcome).toBe("NO_LICENCE");
    expect(activePage.json.comments.length).toBeGreaterThan(0);
    const history = await coord.get(`/api/v1/cases/${active.id}/history?limit=500`);
    expect(
      history.json.items.filter((e: { action: string }) => e.action === "case.stage_changed"),
    ).toHaveLength(10);
  });
});
