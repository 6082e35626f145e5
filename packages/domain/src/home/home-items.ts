import { hasPermission, type Permission } from "../access/permissions";
import { CASE_SCOPE_BY_ROLE, type CaseScope } from "../cases/case-access";
import type { Role } from "../shared/roles";

/**
 * The work each role finds on its home page (issue 11 item 3). An item is shown to a role exactly when
 * the role holds `permission` (and, for case items, sees cases at one of `caseScopes`): the list is
 * derived from the permission table, never kept per role beside it. `to` is the page where the item is
 * acted on; the server counts each item through the owning feature's own visibility rule.
 */
export const HOME_ITEM_KEYS = [
  "screening_hits_open",
  "reviews_to_decide",
  "reviews_to_approve",
  "reviews_in_progress",
  "my_reviews_to_finish",
  "visitors_to_review",
  "trips_to_check",
  "licences_expiring",
  "cases_blocked",
  "cases_active",
  "monitoring_overdue",
  "my_cases",
  "my_tasks",
  "my_trips",
  "pledges_to_sign",
  "coi_to_review",
  "secret_alerts_open",
  "inventions_to_decide",
  "partners_total",
] as const;
export type HomeItemKey = (typeof HOME_ITEM_KEYS)[number];

/** The navigation areas (issue 11 item 4); home items are grouped by the same areas. */
export const NAV_AREAS = [
  "cases",
  "desk",
  "partners",
  "screening",
  "export_control",
  "coi",
  "ip",
  "secrets",
  "insight",
  "admin",
] as const;
export type NavArea = (typeof NAV_AREAS)[number];

export interface HomeItemDef {
  key: HomeItemKey;
  area: NavArea;
  permission: Permission;
  /** Case items: the case scopes (case-access.ts) for which the item makes sense. */
  caseScopes?: readonly CaseScope[];
  /** Figures are context (totals); the others are work waiting for the user. */
  figure?: true;
  to: string;
}

/** Days before a licence's expiry from which it counts as expiring (the office renews in time). */
export const LICENCE_EXPIRY_WARNING_DAYS = 60;

const OFFICE: readonly CaseScope[] = ["institution", "department"];

export const HOME_ITEMS: readonly HomeItemDef[] = [
  { key: "screening_hits_open", area: "screening", permission: "screening.read", to: "/screening/queue" },
  {
    key: "reviews_to_decide",
    area: "export_control",
    permission: "export.review.decide",
    to: "/export-control/reviews?todo=true",
  },
  {
    key: "reviews_to_approve",
    area: "export_control",
    permission: "export.review.department",
    to: "/export-control/reviews?todo=true",
  },
  {
    key: "my_reviews_to_finish",
    area: "export_control",
    permission: "export.review.submit",
    to: "/export-control/reviews?todo=true",
  },
  { key: "visitors_to_review", area: "export_control", permission: "visitor.review", to: "/visitors" },
  { key: "trips_to_check", area: "export_control", permission: "trip.review", to: "/trips" },
  { key: "licences_expiring", area: "export_control", permission: "licence.read", to: "/licences" },
  {
    key: "reviews_in_progress",
    area: "export_control",
    permission: "export.review.read_all",
    figure: true,
    to: "/export-control/reviews",
  },
  {
    key: "cases_blocked",
    area: "cases",
    permission: "case.read",
    caseScopes: OFFICE,
    to: "/cases?blocked=true&view=table",
  },
  {
    key: "monitoring_overdue",
    area: "cases",
    permission: "case.edit",
    caseScopes: OFFICE,
    to: "/cases?view=table",
  },
  { key: "my_cases", area: "cases", permission: "case.read", caseScopes: ["own"], to: "/cases" },
  { key: "my_tasks", area: "cases", permission: "case.collaborate", to: "/cases?view=table" },
  {
    key: "cases_active",
    area: "cases",
    permission: "case.read",
    caseScopes: OFFICE,
    figure: true,
    to: "/cases?view=table",
  },
  { key: "my_trips", area: "export_control", permission: "trip.file", to: "/trips" },
  { key: "pledges_to_sign", area: "secrets", permission: "secret.pledge", to: "/secrets/pledges" },
  { key: "coi_to_review", area: "coi", permission: "coi.review", to: "/coi/queue" },
  { key: "secret_alerts_open", area: "secrets", permission: "secret.manage", to: "/secrets/alerts" },
  { key: "inventions_to_decide", area: "ip", permission: "ip.manage", to: "/ip" },
  { key: "partners_total", area: "partners", permission: "partner.read", figure: true, to: "/partners" },
];

/** The home items a role sees, in the table's order. */
export function homeItemsFor(role: Role): HomeItemDef[] {
  const scope = CASE_SCOPE_BY_ROLE[role];
  return HOME_ITEMS.filter(
    (item) =>
      hasPermission(role, item.permission) &&
      (!item.caseScopes || (scope !== null && item.caseScopes.includes(scope))),
  );
}

/** Whether a licence valid until `validUntil` runs out within the warning window from `today`. */
export function licenceExpiringSoon(validUntil: string | null, today: string): boolean {
  if (!validUntil || validUntil < today) {
    return false;
  }
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + LICENCE_EXPIRY_WARNING_DAYS);
  return validUntil <= limit.toISOString().slice(0, 10);
}
