import { describe, expect, it } from "vitest";
import { partnerRiskFlags } from "./risk-flags";

const today = "2026-11-21";

describe("partner risk flags", () => {
  it.each([
    [
      "no credit check",
      { foreignGovernmentControl: false, stateOwned: false, latestCredit: null },
      ["credit_missing"],
    ],
    [
      "state-owned with current clear credit",
      {
        foreignGovernmentControl: true,
        stateOwned: true,
        latestCredit: { result: "clear", expiresOn: "2027-01-01" },
      },
      ["foreign_government_control", "state_owned"],
    ],
    [
      "expired caution",
      {
        foreignGovernmentControl: false,
        stateOwned: false,
        latestCredit: { result: "caution", expiresOn: "2026-11-20" },
      },
      ["credit_expired", "credit_caution"],
    ],
    [
      "expires today is still current",
      {
        foreignGovernmentControl: false,
        stateOwned: false,
        latestCredit: { result: "reject", expiresOn: today },
      },
      ["credit_reject"],
    ],
  ] as const)("%s", (_name, facts, expected) => {
    expect(partnerRiskFlags(facts, today)).toEqual(expected);
  });
});
