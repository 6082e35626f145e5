import { EntryRequestFormPage } from "./entry-request-form-page";
import { EntryRequestsPage } from "./entry-requests-page";
import { MembershipsPage } from "./memberships-page";
import { RegisterPage } from "./register-page";

/** Pages of CRM depth (issue 17 item 1): entry requests, the seeds/needs register, memberships. */
export const CRM_ROUTES = [
  { path: "/crm/requests", element: <EntryRequestsPage /> },
  { path: "/crm/requests/new", element: <EntryRequestFormPage /> },
  { path: "/crm/register", element: <RegisterPage /> },
  { path: "/crm/memberships", element: <MembershipsPage /> },
];
