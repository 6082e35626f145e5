import { expect } from "vitest";
import { type AssessOptions, assessExportControl } from "./assess";
import type { ExportControlResult } from "./result";
import { ZExportControlResult } from "./result";
import type { ExportControlFactsInput } from "./schema";

/** What a table row asserts about a determination (outcome, exemption, residency, 特定類型, key rules). */
export interface Expected {
  outcome: ExportControlResult["outcome"];
  exemption?: ExportControlResult["exemption"];
  residency: ExportControlResult["residency"];
  tokutei?: ExportControlResult["tokutei"];
  rules: string[];
  absentRules?: string[];
}

/** Runs the engine and checks the stable fields of the interface plus the key rule ids. */
export function assessAndCheck(
  facts: ExportControlFactsInput,
  expected: Expected,
  options?: AssessOptions,
): ExportControlResult {
  const result = assessExportControl(facts, options);
  const summary = {
    outcome: result.outcome,
    exemption: result.exemption,
    residency: result.residency,
    tokutei: result.tokutei,
  };
  expect(summary, JSON.stringify(result.reasons.map((r) => r.ruleId))).toEqual({
    outcome: expected.outcome,
    exemption: expected.exemption ?? null,
    residency: expected.residency,
    tokutei: expected.tokutei ?? [],
  });
  expect(result.rulesFired).toEqual(expect.arrayContaining(expected.rules));
  for (const absent of expected.absentRules ?? []) {
    expect(result.rulesFired).not.toContain(absent);
  }
  // Every determination is a valid result object with sourced reasons.
  expect(ZExportControlResult.safeParse(result).success).toBe(true);
  for (const r of result.reasons) {
    expect(r.sourceId.length).toBeGreaterThan(0);
  }
  return result;
}
