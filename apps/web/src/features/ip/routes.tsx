import { InventionDetailPage } from "./invention-detail-page";
import { InventionFormPage } from "./invention-form-page";
import { IpListPage } from "./ip-list-page";
import { IpSettingsPage } from "./ip-settings-page";
import { ModelTextsPage } from "./model-texts-page";
import { NationalProjectPage } from "./national-project-page";

/** Pages of IP and agreements (issue 14). */
export const IP_ROUTES = [
  { path: "/ip", element: <IpListPage /> },
  { path: "/ip/new", element: <InventionFormPage /> },
  { path: "/ip/texts", element: <ModelTextsPage /> },
  { path: "/ip/settings", element: <IpSettingsPage /> },
  { path: "/ip/national-projects/:caseId", element: <NationalProjectPage /> },
  { path: "/ip/:id", element: <InventionDetailPage /> },
];
