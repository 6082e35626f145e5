import { describe, expect, it } from "vitest";
import { hasPermission } from "../access/permissions";
import { ROLES, type Role } from "../shared/roles";
import { CASE_SCOPE_BY_ROLE, type CaseMembership, canEditCase, canSeeCase } from "./case-access";

const CASE: CaseMembership = {
  piUserId: "u-pi",
  createdBy: "u-coord",
  participantUserIds: ["u-stu"],
  departmentIds: ["d-eng"],
};
const viewer = (role: Role, userId = "u-other", departmentId: string | null = "d-sci") => ({
  userId,
  role,
  departmentId,
});

describe("who sees a case (issue 5: PI and participants their cases, coordinators all)", () => {
  it.each([
    ["researcher", "u-pi", null, true],
    ["researcher", "u-other", "d-eng", false],
    ["student", "u-stu", null, true],
    ["student", "u-other", null, false],
    ["coordinator", "u-x", null, true],
    ["export_control_officer", "u-x", null, true],
    ["legal_ip", "u-x", null, true],
    ["executive", "u-x", null, true],
    ["auditor", "u-x", null, true],
    ["department_head", "u-x", "d-eng", true],
    ["department_head", "u-x", "d-sci", false],
    ["department_head", "u-pi", "d-sci", true],
    ["coi_reviewer", "u-x", null, false],
    ["admin", "u-pi", null, false],
  ] as const)("%s %s (dept %s) sees it: %s", (role, userId, dept, expected) => {
    expect(canSeeCase(viewer(role, userId, dept), CASE)).toBe(expected);
  });

  it("lets a researcher edit only as PI or registrant, never a participant", () => {
    expect(canEditCase(viewer("researcher", "u-pi"), CASE)).toBe(true);
    expect(canEditCase(viewer("researcher", "u-x"), { ...CASE, participantUserIds: ["u-x"] })).toBe(false);
    expect(canEditCase(viewer("student", "u-stu"), CASE)).toBe(false);
    expect(canEditCase(viewer("auditor"), CASE)).toBe(false);
    expect(canEditCase(viewer("coordinator"), CASE)).toBe(true);
    expect(canEditCase(viewer("department_head", "u-x", "d-sci"), CASE)).toBe(false);
  });

  it("gives case.read to exactly the roles with a scope, and case.edit never to read-only roles", () => {
    for (const role of ROLES) {
      expect(hasPermission(role, "case.read")).toBe(CASE_SCOPE_BY_ROLE[role] !== null);
    }
    for (const role of ["student", "auditor", "coi_reviewer", "admin"] as const) {
      expect(hasPermission(role, "case.edit")).toBe(false);
      expect(hasPermission(role, "case.transition")).toBe(false);
    }
  });
});
