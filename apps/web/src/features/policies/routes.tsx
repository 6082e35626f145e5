import { PoliciesPage } from "./policies-page";

/** Pages of written policies (issue 17 item 3). */
export const POLICY_ROUTES = [{ path: "/policies", element: <PoliciesPage /> }];
