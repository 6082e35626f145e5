import type { NavArea, Permission } from "@renkei/domain";
import type { RouteObject } from "react-router-dom";
import type { MessageKey } from "../../lib/i18n";
import { page } from "../../lib/lazy-page";

/** Pages of the export-control workflows (signed-in area). */
export const EC_WORKFLOW_ROUTES: RouteObject[] = [
  page("/visitors", () => import("../visitors/visitor-list-page"), "VisitorListPage"),
  page("/visitors/new", () => import("../visitors/visitor-intake-page"), "VisitorIntakePage"),
  page("/visitors/:id", () => import("../visitors/visitor-detail-page"), "VisitorDetailPage"),
  page("/trips", () => import("../trips/trip-list-page"), "TripListPage"),
  page("/trips/new", () => import("../trips/trip-form-page"), "TripFormPage"),
  page("/trips/:id", () => import("../trips/trip-detail-page"), "TripDetailPage"),
  page("/trips/:id/edit", () => import("../trips/trip-form-page"), "TripFormPage"),
  page("/licences", () => import("../licences/licence-list-page"), "LicenceListPage"),
  page("/licences/new", () => import("../licences/licence-create-page"), "LicenceCreatePage"),
  page("/licences/:id", () => import("../licences/licence-detail-page"), "LicenceDetailPage"),
  page("/admin/api-tokens", () => import("../api-tokens/api-tokens-page"), "ApiTokensPage"),
  page("/admin/webhooks", () => import("../webhooks/webhooks-page"), "WebhooksPage"),
];

/** Navigation entries, each shown only with its permission. */
export const EC_WORKFLOW_NAV: { to: string; label: MessageKey; permission: Permission; area: NavArea }[] = [
  { to: "/trips", label: "nav.trips", permission: "trip.read", area: "export_control" },
  { to: "/visitors", label: "nav.visitors", permission: "visitor.read", area: "export_control" },
  { to: "/licences", label: "nav.licences", permission: "licence.read", area: "export_control" },
  { to: "/admin/api-tokens", label: "nav.apiTokens", permission: "api_token.manage", area: "admin" },
  { to: "/admin/webhooks", label: "nav.webhooks", permission: "webhook.manage", area: "admin" },
];
