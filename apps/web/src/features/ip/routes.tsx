import { InventionDetailPage } from "./invention-detail-page";
import { InventionFormPage } from "./invention-form-page";
import { IpListPage } from "./ip-list-page";

/** Pages of IP and agreements (issue 14). */
export const IP_ROUTES = [
  { path: "/ip", element: <IpListPage /> },
  { path: "/ip/new", element: <InventionFormPage /> },
  { path: "/ip/:id", element: <InventionDetailPage /> },
];
