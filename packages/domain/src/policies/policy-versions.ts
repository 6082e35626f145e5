import { compareDates, type IsoDate } from "../shared/dates";
import { type Reason, reason } from "../shared/decision";
import { DomainError } from "../shared/errors";
import type { PolicyKind } from "./policy-types";

export interface PolicyVersionFacts {
  kind: PolicyKind;
  versionNo: number;
  effectiveFrom: IsoDate;
}

/**
 * The version of a policy that applied on a date (seed 001 §IV.1-1: a decision follows the rules in force
 * when it was made): the latest version whose effective date is on or before that date, or null when the
 * policy had no version yet.
 */
export function policyInForce<T extends PolicyVersionFacts>(
  versions: readonly T[],
  kind: PolicyKind,
  on: IsoDate,
): T | null {
  let found: T | null = null;
  for (const v of versions) {
    if (v.kind !== kind || compareDates(v.effectiveFrom, on) > 0) {
      continue;
    }
    if (!found || compareDates(v.effectiveFrom, found.effectiveFrom) > 0) {
      found = v;
    }
  }
  return found;
}

/**
 * A new version is numbered after the last one and takes effect after it: versions are only added in
 * date order, so the version that applied on any past decision's date never changes afterwards.
 */
export function nextPolicyVersion(
  versions: readonly PolicyVersionFacts[],
  kind: PolicyKind,
  effectiveFrom: IsoDate,
): number {
  const same = versions.filter((v) => v.kind === kind);
  const latest = same.reduce<PolicyVersionFacts | null>(
    (a, v) => (!a || compareDates(v.effectiveFrom, a.effectiveFrom) > 0 ? v : a),
    null,
  );
  if (latest && compareDates(effectiveFrom, latest.effectiveFrom) <= 0) {
    const reasons: Reason[] = [
      reason(
        "POLICY-VERSION-ORDER",
        "seed001§IV.1-1",
        `新しい版の施行日は、現行の第${latest.versionNo}版の施行日（${latest.effectiveFrom}）より後にしてください。`,
        `A new version must take effect after the current version ${latest.versionNo} (in force from ${latest.effectiveFrom}).`,
      ),
    ];
    throw new DomainError("RULE_VIOLATION", reasons[0]!.text.ja, { reasons });
  }
  return same.reduce((n, v) => Math.max(n, v.versionNo), 0) + 1;
}

/** Which written policies a kind of decision applies (shown beside the decision). */
export const POLICIES_APPLIED_BY = {
  case: ["international_collaboration", "confidential_information"],
  review: ["international_collaboration"],
  coi_declaration: ["coi"],
} as const satisfies Record<string, readonly PolicyKind[]>;
export type PolicyDecisionKind = keyof typeof POLICIES_APPLIED_BY;
