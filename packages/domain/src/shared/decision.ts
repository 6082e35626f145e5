/** One reason behind a decision: which rule fired and where that rule comes from. */
export interface Reason {
  /** Stable id of the rule inside Renkei, e.g. `EC-RES-01` or `PARTNER-DUP-CORPNO`. */
  ruleId: string;
  /** Where the rule comes from: a seed section, a spec section, a statute (e.g. `spec:export-control§2.1`). */
  sourceId: string;
  /** Human-readable explanation (Japanese first where the UI shows it). */
  text: string;
}

/** Versions of the rule data / lists a decision was computed with, so it can be reproduced later. */
export type DataVersions = Record<string, string>;

export interface Decision<TOutcome extends string> {
  outcome: TOutcome;
  reasons: Reason[];
  dataVersions: DataVersions;
}

export function reason(ruleId: string, sourceId: string, text: string): Reason {
  return { ruleId, sourceId, text };
}
