import { describe, expect, it } from "vitest";
import { nextPolicyVersion, type PolicyVersionFacts, policyInForce } from "./policy-versions";

const v = (kind: PolicyVersionFacts["kind"], versionNo: number, effectiveFrom: string) => ({
  kind,
  versionNo,
  effectiveFrom,
});
const versions = [
  v("coi", 1, "2020-04-01"),
  v("coi", 2, "2023-10-01"),
  v("coi", 3, "2026-04-01"),
  v("confidential_information", 1, "2024-01-01"),
];

describe("the policy version in force on a date (seed 001 §IV.1-1)", () => {
  it.each([
    ["2019-12-31", null],
    ["2020-04-01", 1],
    ["2023-09-30", 1],
    ["2023-10-01", 2],
    ["2026-03-31", 2],
    ["2026-04-01", 3],
    ["2030-01-01", 3],
  ])("coi on %s → version %s", (on, expected) => {
    expect(policyInForce(versions, "coi", on)?.versionNo ?? null).toBe(expected);
  });

  it("reads only the asked kind", () => {
    expect(policyInForce(versions, "confidential_information", "2026-04-01")?.versionNo).toBe(1);
    expect(policyInForce(versions, "international_collaboration", "2026-04-01")).toBeNull();
  });

  it("does not depend on the order versions are listed in", () => {
    expect(policyInForce([...versions].reverse(), "coi", "2024-01-01")?.versionNo).toBe(2);
  });
});

describe("adding a version", () => {
  it("numbers it after the last and requires a later effective date", () => {
    expect(nextPolicyVersion(versions, "coi", "2027-04-01")).toBe(4);
    expect(nextPolicyVersion(versions, "international_collaboration", "2020-01-01")).toBe(1);
    expect(() => nextPolicyVersion(versions, "coi", "2026-04-01")).toThrow(/第3版/);
    expect(() => nextPolicyVersion(versions, "coi", "2025-01-01")).toThrow();
  });
});
