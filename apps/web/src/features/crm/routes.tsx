import { page } from "../../lib/lazy-page";

/**
 * Pages of CRM depth (issue 17 item 1): entry requests, the seeds/needs register, memberships. Each is
 * its own chunk, fetched on the first visit (lazy-page.tsx).
 */
export const CRM_ROUTES = [
  page("/crm/requests", () => import("./entry-requests-page"), "EntryRequestsPage"),
  page("/crm/requests/new", () => import("./entry-request-form-page"), "EntryRequestFormPage"),
  page("/crm/register", () => import("./register-page"), "RegisterPage"),
  page("/crm/memberships", () => import("./memberships-page"), "MembershipsPage"),
];
