import { PersonalDataPage } from "./personal-data-page";

/** Pages of personal data (issue 17 item 7). */
export const PERSONAL_DATA_ROUTES = [{ path: "/personal-data", element: <PersonalDataPage /> }];
