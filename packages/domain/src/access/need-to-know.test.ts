import { describe, expect, it } from "vitest";
import { ROLES } from "../shared/roles";
import { REGISTRY_VIEW_BY_ROLE, redactPartner, redactPerson, registryView } from "./need-to-know";
import { hasPermission } from "./permissions";

describe("registryView (issue 11 item 8)", () => {
  it.each([
    ["student", "own_cases", false],
    ["researcher", "institution", true],
    ["coordinator", "institution", true],
    ["export_control_officer", "institution", true],
    ["auditor", "institution", true],
  ] as const)("%s reads %s, sensitive parts %s", (role, reach, sensitive) => {
    expect(registryView(role)).toEqual({ reach, sensitive });
  });

  it("gives a view to exactly the roles that hold partner.read", () => {
    for (const role of ROLES) {
      expect(REGISTRY_VIEW_BY_ROLE[role] !== null, role).toBe(hasPermission(role, "partner.read"));
    }
  });

  it("withholds notes, contact history and credit checks from a partner", () => {
    const partner = { id: "p", notes: "meeting notes", contacts: [{ id: "c" }], creditChecks: [{ id: "k" }] };
    expect(redactPartner({ reach: "own_cases", sensitive: false }, partner)).toEqual({
      id: "p",
      notes: "",
      contacts: [],
      creditChecks: [],
    });
    expect(redactPartner({ reach: "institution", sensitive: true }, partner)).toBe(partner);
  });

  it("withholds a person's e-mail and notes", () => {
    const person = { id: "x", name: "山田", email: "y@example.com", notes: "private" };
    expect(redactPerson({ reach: "own_cases", sensitive: false }, person)).toEqual({
      id: "x",
      name: "山田",
      email: null,
      notes: "",
    });
  });
});
