import { createTheme, MantineProvider } from "@mantine/core";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createBrowserRouter, RouterProvider } from "react-router-dom";
import { isApiError, setCsrfToken } from "./api/client";
import { AuditLogPage } from "./features/audit/audit-log-page";
import { PasswordPage } from "./features/auth/password-page";
import { RequireAuth } from "./features/auth/require-auth";
import { SESSION_KEY } from "./features/auth/session";
import { SignInPage } from "./features/auth/sign-in-page";
import { CaseBoardPage } from "./features/cases/case-board-page";
import { CaseCreatePage } from "./features/cases/case-create-page";
import { CaseDetailPage } from "./features/cases/case-detail-page";
import { CaseSettingsPage } from "./features/cases/case-settings-page";
import { EC_WORKFLOW_ROUTES } from "./features/ec-shared/routes";
import { AssessPage } from "./features/export-control/assess-page";
import { ClassificationDetailPage } from "./features/export-control/classification-detail-page";
import {
  ClassificationCreatePage,
  ClassificationEditPage,
} from "./features/export-control/classification-form-page";
import { ClassificationListPage } from "./features/export-control/classification-list-page";
import { ReviewDetailPage } from "./features/export-control/review-detail-page";
import { ReviewCreatePage, ReviewEditPage } from "./features/export-control/review-form-page";
import { ReviewListPage } from "./features/export-control/review-list-page";
import { HomePage } from "./features/home/home-page";
import { NotFoundPage } from "./features/home/not-found-page";
import { NotificationsPage } from "./features/notifications/notifications-page";
import { OutboxPage } from "./features/notifications/outbox-page";
import { PartnerCreatePage } from "./features/partners/partner-create-page";
import { PartnerDetailPage } from "./features/partners/partner-detail-page";
import { PartnerEditPage } from "./features/partners/partner-edit-page";
import { PartnerImportPage } from "./features/partners/partner-import-page";
import { PartnerListPage } from "./features/partners/partner-list-page";
import { PeopleListPage } from "./features/people/people-list-page";
import { PersonCreatePage } from "./features/people/person-create-page";
import { PersonDetailPage } from "./features/people/person-detail-page";
import { ListDetailPage } from "./features/screening/list-detail-page";
import { ListsPage } from "./features/screening/lists-page";
import { ReviewQueuePage } from "./features/screening/review-queue-page";
import { ScreeningSearchPage } from "./features/screening/screening-search-page";
import { SecretAlertsPage } from "./features/secrets/secret-alerts-page";
import { SecretItemPage } from "./features/secrets/secret-item-page";
import { SecretPledgesPage } from "./features/secrets/secret-pledges-page";
import { SecretRegisterPage } from "./features/secrets/secret-register-page";
import { I18nProvider } from "./lib/i18n";

const theme = createTheme({
  primaryColor: "indigo",
  fontFamily:
    'system-ui, -apple-system, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", Meiryo, sans-serif',
});

/** A 401 anywhere means the session ended: forget it, and RequireAuth sends the user to sign in. */
function onApiError(error: unknown) {
  if (isApiError(error) && error.code === "UNAUTHENTICATED") {
    setCsrfToken(null);
    queryClient.setQueryData(SESSION_KEY, null);
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !isApiError(error) || (error.status >= 500 && count < 2),
    },
  },
});

const router = createBrowserRouter([
  { path: "/sign-in", element: <SignInPage /> },
  {
    element: <RequireAuth />,
    children: [
      { path: "/", element: <HomePage /> },
      { path: "/partners", element: <PartnerListPage /> },
      { path: "/partners/new", element: <PartnerCreatePage /> },
      { path: "/partners/import", element: <PartnerImportPage /> },
      { path: "/partners/:id", element: <PartnerDetailPage /> },
      { path: "/partners/:id/edit", element: <PartnerEditPage /> },
      { path: "/cases", element: <CaseBoardPage /> },
      { path: "/cases/new", element: <CaseCreatePage /> },
      { path: "/cases/settings", element: <CaseSettingsPage /> },
      { path: "/cases/:id", element: <CaseDetailPage /> },
      { path: "/secrets", element: <SecretRegisterPage /> },
      { path: "/secrets/items/:id", element: <SecretItemPage /> },
      { path: "/secrets/alerts", element: <SecretAlertsPage /> },
      { path: "/secrets/pledges", element: <SecretPledgesPage /> },
      { path: "/people", element: <PeopleListPage /> },
      { path: "/people/new", element: <PersonCreatePage /> },
      { path: "/people/:id", element: <PersonDetailPage /> },
      { path: "/audit", element: <AuditLogPage /> },
      { path: "/account/password", element: <PasswordPage /> },
      { path: "/notifications", element: <NotificationsPage /> },
      { path: "/outbox", element: <OutboxPage /> },
      { path: "/screening", element: <ScreeningSearchPage /> },
      { path: "/screening/queue", element: <ReviewQueuePage /> },
      { path: "/screening/lists", element: <ListsPage /> },
      { path: "/screening/lists/:id", element: <ListDetailPage /> },
      ...EC_WORKFLOW_ROUTES,
      { path: "/export-control/assess", element: <AssessPage /> },
      { path: "/export-control/classifications", element: <ClassificationListPage /> },
      { path: "/export-control/classifications/new", element: <ClassificationCreatePage /> },
      { path: "/export-control/classifications/:id", element: <ClassificationDetailPage /> },
      { path: "/export-control/classifications/:id/edit", element: <ClassificationEditPage /> },
      { path: "/export-control/reviews", element: <ReviewListPage /> },
      { path: "/export-control/reviews/new", element: <ReviewCreatePage /> },
      { path: "/export-control/reviews/:id", element: <ReviewDetailPage /> },
      { path: "/export-control/reviews/:id/edit", element: <ReviewEditPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <MantineProvider theme={theme}>
      <I18nProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nProvider>
    </MantineProvider>
  );
}
