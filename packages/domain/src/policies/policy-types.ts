/**
 * Written policies (issue 17 item 3; spec D1, H12; seed 001 §IV.1-1 規程の整備, seed 002): the institution's
 * own rules kept as versioned documents with the date each version takes effect.
 */
export const POLICY_KINDS = ["international_collaboration", "confidential_information", "coi"] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];
