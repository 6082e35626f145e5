import type { Permission } from "@renkei/domain";
import type { RouteObject } from "react-router-dom";
import type { MessageKey } from "../../lib/i18n";
import { ApiTokensPage } from "../api-tokens/api-tokens-page";
import { LicenceCreatePage } from "../licences/licence-create-page";
import { LicenceDetailPage } from "../licences/licence-detail-page";
import { LicenceListPage } from "../licences/licence-list-page";
import { TripDetailPage } from "../trips/trip-detail-page";
import { TripFormPage } from "../trips/trip-form-page";
import { TripListPage } from "../trips/trip-list-page";
import { VisitorDetailPage } from "../visitors/visitor-detail-page";
import { VisitorIntakePage } from "../visitors/visitor-intake-page";
import { VisitorListPage } from "../visitors/visitor-list-page";
import { WebhooksPage } from "../webhooks/webhooks-page";

/** Pages of the export-control workflows (signed-in area). */
export const EC_WORKFLOW_ROUTES: RouteObject[] = [
  { path: "/visitors", element: <VisitorListPage /> },
  { path: "/visitors/new", element: <VisitorIntakePage /> },
  { path: "/visitors/:id", element: <VisitorDetailPage /> },
  { path: "/trips", element: <TripListPage /> },
  { path: "/trips/new", element: <TripFormPage /> },
  { path: "/trips/:id", element: <TripDetailPage /> },
  { path: "/trips/:id/edit", element: <TripFormPage /> },
  { path: "/licences", element: <LicenceListPage /> },
  { path: "/licences/new", element: <LicenceCreatePage /> },
  { path: "/licences/:id", element: <LicenceDetailPage /> },
  { path: "/admin/api-tokens", element: <ApiTokensPage /> },
  { path: "/admin/webhooks", element: <WebhooksPage /> },
];

/** Navigation entries, each shown only with its permission. */
export const EC_WORKFLOW_NAV: { to: string; label: MessageKey; permission: Permission }[] = [
  { to: "/trips", label: "nav.trips", permission: "trip.read" },
  { to: "/visitors", label: "nav.visitors", permission: "visitor.read" },
  { to: "/licences", label: "nav.licences", permission: "licence.read" },
  { to: "/admin/api-tokens", label: "nav.apiTokens", permission: "api_token.manage" },
  { to: "/admin/webhooks", label: "nav.webhooks", permission: "webhook.manage" },
];
