import { describe, expect, it } from "vitest";
import { caseExportReview, type LinkedTransactionReview } from "./case-export-review";
import { exportReviewGate } from "./case-gates";

const TODAY = "2026-12-03";
const granted = { status: "granted" as const, expiresOn: "2027-12-31" };

const review = (
  status: LinkedTransactionReview["status"],
  outcome: LinkedTransactionReview["outcome"],
  decision: LinkedTransactionReview["decision"] = null,
): LinkedTransactionReview => ({
  status,
  outcome,
  decision,
  decidedOn: status === "decided" ? "2026-11-30" : null,
});

// seed 001 §IV.2-9 and spec §6.3: the officer's decision, not the engine's proposal, settles the case.
describe("the case reads its 取引審査 (seed 001 §IV.2-9, spec §6.3)", () => {
  it.each([
    ["a draft is not a result", review("draft", null), null, null, ["GATE-EXPORT-PENDING"]],
    [
      "submitted, engine says no licence: still waits for the officer",
      review("dept_review", "NO_LICENCE"),
      null,
      null,
      ["GATE-EXPORT-PENDING"],
    ],
    [
      "with the officer, engine says prohibited",
      review("officer_review", "PROHIBITED"),
      null,
      null,
      ["GATE-EXPORT-PENDING"],
    ],
    ["returned for correction", review("returned", "NO_LICENCE"), null, null, ["GATE-EXPORT-PENDING"]],
    ["approved", review("decided", "NO_LICENCE", "approved"), null, "NO_LICENCE", []],
    [
      "approved on an exemption keeps the exemption",
      review("decided", "NO_LICENCE_EXEMPT", "approved"),
      null,
      "NO_LICENCE_EXEMPT",
      [],
    ],
    [
      "approved after the officer's individual review of a MANUAL_REVIEW",
      review("decided", "MANUAL_REVIEW", "approved"),
      null,
      "NO_LICENCE",
      [],
    ],
    [
      "licence required and none recorded",
      review("decided", "LICENCE_REQUIRED", "licence_required"),
      null,
      "LICENCE_REQUIRED",
      ["GATE-EXPORT-LICENCE"],
    ],
    [
      "licence required by the officer where the engine saw none, licence granted",
      review("decided", "NO_LICENCE", "licence_required"),
      granted,
      "LICENCE_REQUIRED",
      [],
    ],
    [
      "rejected by the officer although the engine saw no licence need",
      review("decided", "NO_LICENCE", "rejected"),
      granted,
      "PROHIBITED",
      ["GATE-EXPORT-PROHIBITED"],
    ],
  ] as const)("%s", (_name, linked, licence, outcome, gate) => {
    const r = caseExportReview(linked, licence);
    expect(r.outcome).toBe(outcome);
    expect(r.reviewedOn).toBe(outcome === null ? null : "2026-11-30");
    expect(r.licence).toEqual(licence);
    expect(exportReviewGate(r, TODAY).map((x) => x.ruleId)).toEqual(gate);
  });
});
