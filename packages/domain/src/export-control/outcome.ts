import type { Reason } from "../shared/decision";
import type { CatchAllEvaluation } from "./catch-all";
import type { ExemptionId } from "./data/exemptions";
import type { ItemClassification } from "./list-control";
import type { ExportControlOutcome } from "./result";
import type { SanctionsEvaluation } from "./sanctions";
import { because } from "./trace";

const SEVERITY: Record<ExportControlOutcome, number> = {
  NO_LICENCE: 0,
  NO_LICENCE_EXEMPT: 1,
  MANUAL_REVIEW: 2,
  LICENCE_REQUIRED: 3,
  PROHIBITED: 4,
};

/**
 * The most restrictive of several partial outcomes. LICENCE_REQUIRED outranks MANUAL_REVIEW because it
 * already blocks the transaction until a licence exists; PROHIBITED outranks everything.
 */
export function mostRestrictive(outcomes: ExportControlOutcome[]): ExportControlOutcome {
  return outcomes.reduce<ExportControlOutcome>((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a), "NO_LICENCE");
}

export interface ControlDecisionInput {
  regulated: boolean;
  /** Only TT1-possible (facts missing): a LICENCE_REQUIRED result is capped at MANUAL_REVIEW. */
  onlyPossible: boolean;
  item: ItemClassification;
  catchAll: CatchAllEvaluation | null;
  /** Concern signals that block exemptions for list items (inform, stated use, EUL listing). */
  concernSignals: string[];
  exemption: ExemptionId | null;
  sanctions: SanctionsEvaluation | null;
  wmdTierBlocksExemption: boolean;
}

export interface ControlDecision {
  outcome: ExportControlOutcome;
  reasons: Reason[];
}

/**
 * Outcome of list control / catch-all / exemptions for one transaction (spec §1.3 step 5, §4.3, §5.1,
 * §11 rule 4): an exemption only clears when no catch-all trigger, inform, sanctions flag or T-WMD tier
 * is present; otherwise the case goes to a human (MANUAL_REVIEW), never to an automatic clearance.
 */
export function decideControl(input: ControlDecisionInput): ControlDecision {
  const reasons: Reason[] = [];
  if (!input.regulated) {
    return { outcome: "NO_LICENCE", reasons };
  }
  const blockExemption = (): boolean => {
    const triggers = input.catchAll?.triggers ?? [];
    if (triggers.length > 0 || input.concernSignals.length > 0) {
      reasons.push(because("EX-BLOCKED-TRIGGER", [...triggers, ...input.concernSignals].join(", ")));
      return true;
    }
    if (input.wmdTierBlocksExemption && input.item.tiers.includes("T-WMD")) {
      reasons.push(because("EX-BLOCKED-WMD-TIER", `item ${input.item.listItem}`));
      return true;
    }
    if (
      input.sanctions &&
      input.sanctions.flags.length > 0 &&
      (input.sanctions.prohibited || input.sanctions.review)
    ) {
      reasons.push(because("EX-BLOCKED-SANCTIONS", input.sanctions.flags.join(", ")));
      return true;
    }
    return false;
  };
  const cap = (o: ExportControlOutcome): ExportControlOutcome =>
    input.onlyPossible && o === "LICENCE_REQUIRED" ? "MANUAL_REVIEW" : o;

  switch (input.item.itemClass) {
    case "UNCLASSIFIED":
      return { outcome: "MANUAL_REVIEW", reasons };
    case "NON_CONTROLLED":
      if (input.concernSignals.length > 0) {
        reasons.push(because("LC-NULL-WITH-SIGNALS", input.concernSignals.join(", ")));
        return { outcome: "MANUAL_REVIEW", reasons };
      }
      return { outcome: "NO_LICENCE", reasons };
    case "LIST":
      if (input.exemption) {
        return { outcome: blockExemption() ? "MANUAL_REVIEW" : "NO_LICENCE_EXEMPT", reasons };
      }
      reasons.push(
        because(
          "LC-LICENCE",
          `item ${input.item.listItem}${input.onlyPossible ? " if TT1 applies (facts incomplete)" : ""}`,
        ),
      );
      return { outcome: cap("LICENCE_REQUIRED"), reasons };
    case "CA16": {
      const ca = input.catchAll;
      if (input.onlyPossible) {
        // TT1 only possible (undeclared 特定類型 / no recipient): item 16 needs a human only on a trigger.
        return { outcome: ca && ca.triggers.length > 0 ? "MANUAL_REVIEW" : "NO_LICENCE", reasons };
      }
      if (ca && ca.triggers.length > 0) {
        if (input.exemption && blockExemption()) {
          return { outcome: "MANUAL_REVIEW", reasons };
        }
        return { outcome: cap("LICENCE_REQUIRED"), reasons };
      }
      return { outcome: !ca || ca.unresolved ? "MANUAL_REVIEW" : "NO_LICENCE", reasons };
    }
  }
}
