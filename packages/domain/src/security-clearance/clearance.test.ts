import { describe, expect, it } from "vitest";
import { ROLE_PERMISSIONS } from "../access/permissions";
import { ROLES } from "../shared/roles";
import { clearanceAccess, clearanceState, ZClearanceInput } from "./clearance";

describe("security-clearance register access (J9)", () => {
  it.each([
    [true, true, "keep"],
    [true, false, "none"],
    [false, true, "none"],
    [false, false, "none"],
  ] as const)("permission %s, designated %s → %s", (holdsPermission, designated, out) => {
    expect(clearanceAccess({ role: "export_control_officer", holdsPermission, designated })).toBe(out);
  });

  it("only the export-control office's role may keep it; the administrator only designates", () => {
    const keepers = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes("clearance.register"));
    expect(keepers).toEqual(["export_control_officer"]);
    expect(ROLES.filter((r) => ROLE_PERMISSIONS[r].includes("clearance.designate"))).toEqual(["admin"]);
  });

  it("states: current until the end date, then lapsed; revoked wins", () => {
    expect(clearanceState({ status: "valid", validUntil: "2026-11-21" }, "2026-11-21")).toBe("current");
    expect(clearanceState({ status: "valid", validUntil: "2026-11-20" }, "2026-11-21")).toBe("lapsed");
    expect(clearanceState({ status: "revoked", validUntil: "2030-01-01" }, "2026-11-21")).toBe("revoked");
  });

  it("needs a purpose and an end date not before the assessment", () => {
    const base = {
      subjectUserId: "00000000-0000-4000-8000-000000000001",
      scheme: "economic_security",
      purpose: "共同研究",
      assessedOn: "2026-04-01",
      validUntil: "2036-03-31",
    };
    expect(ZClearanceInput.safeParse(base).success).toBe(true);
    expect(ZClearanceInput.safeParse({ ...base, purpose: " " }).success).toBe(false);
    expect(ZClearanceInput.safeParse({ ...base, validUntil: "2026-03-31" }).success).toBe(false);
  });
});
