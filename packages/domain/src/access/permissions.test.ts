import { describe, expect, it } from "vitest";
import { ROLES } from "../shared/roles";
import { hasPermission, PERMISSIONS, ROLE_PERMISSIONS } from "./permissions";

describe("role permissions", () => {
  it("gives every role a table entry with known permissions only", () => {
    for (const role of ROLES) {
      for (const p of ROLE_PERMISSIONS[role]) {
        expect(PERMISSIONS).toContain(p);
      }
    }
  });

  it.each([
    ["auditor", "partner.write", false],
    ["auditor", "audit.read", true],
    ["student", "partner.write", false],
    ["student", "partner.read", true],
    ["researcher", "partner.merge", false],
    ["coordinator", "partner.merge", true],
    ["admin", "user.manage", true],
    ["coordinator", "user.manage", false],
    ["researcher", "audit.read", false],
  ] as const)("%s may %s: %s", (role, permission, expected) => {
    expect(hasPermission(role, permission)).toBe(expected);
  });
});
