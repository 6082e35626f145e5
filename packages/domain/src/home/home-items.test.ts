import { describe, expect, it } from "vitest";
import { hasPermission } from "../access/permissions";
import { ROLES } from "../shared/roles";
import { HOME_ITEMS, homeItemsFor, licenceExpiringSoon } from "./home-items";

const keys = (role: Parameters<typeof homeItemsFor>[0]) => homeItemsFor(role).map((i) => i.key);

describe("home items per role (issue 11 item 3)", () => {
  it.each([
    [
      "export_control_officer",
      [
        "screening_hits_open",
        "reviews_to_decide",
        "visitors_to_review",
        "trips_to_check",
        "licences_expiring",
      ],
    ],
    ["department_head", ["reviews_to_approve"]],
    ["coordinator", ["cases_blocked", "monitoring_overdue", "my_tasks"]],
    ["researcher", ["my_cases", "my_tasks", "my_trips"]],
    ["student", ["my_cases", "my_tasks", "my_trips", "pledges_to_sign"]],
    ["coi_reviewer", ["coi_to_review"]],
    ["confidentiality_officer", ["secret_alerts_open"]],
    ["legal_ip", ["inventions_to_decide"]],
    ["executive", ["cases_active", "reviews_in_progress", "partners_total"]],
    ["auditor", ["cases_active", "reviews_in_progress", "screening_hits_open"]],
  ] as const)("%s sees its work", (role, expected) => {
    expect(keys(role)).toEqual(expect.arrayContaining([...expected]));
  });

  it.each([
    ["student", ["reviews_to_decide", "cases_blocked", "screening_hits_open", "monitoring_overdue"]],
    ["researcher", ["reviews_to_decide", "visitors_to_review", "cases_blocked"]],
    ["department_head", ["reviews_to_decide", "my_cases"]],
    ["coi_external_member", ["my_cases", "partners_total", "my_tasks"]],
    ["admin", ["cases_blocked", "my_cases", "my_tasks"]],
  ] as const)("%s is not shown work it cannot do", (role, absent) => {
    for (const key of absent) {
      expect(keys(role)).not.toContain(key);
    }
  });

  it("never shows an item whose permission the role lacks", () => {
    for (const role of ROLES) {
      for (const item of homeItemsFor(role)) {
        expect(hasPermission(role, item.permission), `${role} ${item.key}`).toBe(true);
      }
    }
  });

  it("links every item to a page", () => {
    for (const item of HOME_ITEMS) {
      expect(item.to.startsWith("/")).toBe(true);
    }
  });
});

describe("licenceExpiringSoon", () => {
  it.each([
    ["2026-12-01", "2026-11-21", true],
    ["2027-01-20", "2026-11-21", true],
    ["2027-01-21", "2026-11-21", false],
    ["2026-11-20", "2026-11-21", false],
    [null, "2026-11-21", false],
  ] as const)("valid until %s on %s → %s", (until, today, expected) => {
    expect(licenceExpiringSoon(until, today)).toBe(expected);
  });
});
