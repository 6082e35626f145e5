import { describe, expect, it } from "vitest";
import { hubMaySee, normaliseHubScopes } from "./hub-scope";

describe("hub scopes (seed 000 fn 16, seed-coverage X6)", () => {
  const reader = {
    institutionId: "HUB",
    hubScopes: { M1: ["registry"], M2: ["registry", "restricted_contacts"] } as const,
  };
  it.each([
    ["own institution: everything", "HUB", "credit_checks", true],
    ["member with registry only: registry", "M1", "registry", true],
    ["member with registry only: no restricted contacts", "M1", "restricted_contacts", false],
    ["member with registry only: no credit checks", "M1", "credit_checks", false],
    ["member that granted restricted contacts", "M2", "restricted_contacts", true],
    ["member that granted nothing", "M3", "registry", false],
  ] as const)("%s", (_name, owner, what, expected) => {
    expect(hubMaySee(reader, owner, what)).toBe(expected);
  });

  it("orders scopes, refuses an empty grant and contacts without the registry", () => {
    expect(normaliseHubScopes(["advice", "registry"])).toEqual({ scopes: ["registry", "advice"] });
    expect(normaliseHubScopes([])).toHaveProperty("error");
    expect(normaliseHubScopes(["credit_checks"])).toHaveProperty("error");
    expect(normaliseHubScopes(["advice"])).toEqual({ scopes: ["advice"] });
  });
});
