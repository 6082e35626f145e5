import { createTheme, MantineProvider } from "@mantine/core";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createBrowserRouter, RouterProvider } from "react-router-dom";
import { isApiError, setCsrfToken } from "./api/client";
import { ACCOUNT_PUBLIC_ROUTES, ACCOUNT_ROUTES } from "./features/accounts/routes";
import { SESSION_KEY } from "./features/auth/session";
import { CRM_ROUTES } from "./features/crm/routes";
import { DESK_ROUTES } from "./features/desk/routes";
import { EC_WORKFLOW_ROUTES } from "./features/ec-shared/routes";
import { IP_ROUTES } from "./features/ip/routes";
import { PERSONAL_DATA_ROUTES } from "./features/personal-data/routes";
import { POLICY_ROUTES } from "./features/policies/routes";
import { I18nProvider } from "./lib/i18n";
import { PageLoading, page } from "./lib/lazy-page";

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

// Every page is its own chunk (lazy-page.tsx); the root route shows a loader while the first one arrives.
const router = createBrowserRouter([
  {
    HydrateFallback: PageLoading,
    children: [
      page("/sign-in", () => import("./features/auth/sign-in-page"), "SignInPage"),
      ...ACCOUNT_PUBLIC_ROUTES,
      page(undefined, () => import("./features/auth/require-auth"), "RequireAuth", [
        page("/", () => import("./features/home/home-page"), "HomePage"),
        page("/search", () => import("./features/home/search-page"), "SearchPage"),
        page("/partners", () => import("./features/partners/partner-list-page"), "PartnerListPage"),
        page("/partners/new", () => import("./features/partners/partner-create-page"), "PartnerCreatePage"),
        page(
          "/partners/import",
          () => import("./features/partners/partner-import-page"),
          "PartnerImportPage",
        ),
        page("/partners/:id", () => import("./features/partners/partner-detail-page"), "PartnerDetailPage"),
        page("/partners/:id/edit", () => import("./features/partners/partner-edit-page"), "PartnerEditPage"),
        page("/cases", () => import("./features/cases/case-board-page"), "CaseBoardPage"),
        page("/cases/new", () => import("./features/cases/case-create-page"), "CaseCreatePage"),
        page("/cases/settings", () => import("./features/cases/case-settings-page"), "CaseSettingsPage"),
        page("/cases/:id", () => import("./features/cases/case-detail-page"), "CaseDetailPage"),
        page("/people", () => import("./features/people/people-list-page"), "PeopleListPage"),
        page("/people/new", () => import("./features/people/person-create-page"), "PersonCreatePage"),
        page("/people/:id", () => import("./features/people/person-detail-page"), "PersonDetailPage"),
        page("/audit", () => import("./features/audit/audit-log-page"), "AuditLogPage"),
        page("/account/password", () => import("./features/auth/password-page"), "PasswordPage"),
        page(
          "/notifications",
          () => import("./features/notifications/notifications-page"),
          "NotificationsPage",
        ),
        page("/outbox", () => import("./features/notifications/outbox-page"), "OutboxPage"),
        page("/screening", () => import("./features/screening/screening-search-page"), "ScreeningSearchPage"),
        page("/screening/queue", () => import("./features/screening/review-queue-page"), "ReviewQueuePage"),
        page("/screening/lists", () => import("./features/screening/lists-page"), "ListsPage"),
        page("/screening/lists/:id", () => import("./features/screening/list-detail-page"), "ListDetailPage"),
        ...EC_WORKFLOW_ROUTES,
        page("/export-control/assess", () => import("./features/export-control/assess-page"), "AssessPage"),
        page(
          "/export-control/classifications",
          () => import("./features/export-control/classification-list-page"),
          "ClassificationListPage",
        ),
        page(
          "/export-control/classifications/new",
          () => import("./features/export-control/classification-form-page"),
          "ClassificationCreatePage",
        ),
        page(
          "/export-control/classifications/:id",
          () => import("./features/export-control/classification-detail-page"),
          "ClassificationDetailPage",
        ),
        page(
          "/export-control/classifications/:id/edit",
          () => import("./features/export-control/classification-form-page"),
          "ClassificationEditPage",
        ),
        page(
          "/export-control/appointments",
          () => import("./features/ec-records/appointments-page"),
          "AppointmentsPage",
        ),
        page(
          "/export-control/self-audit",
          () => import("./features/ec-records/self-audit-page"),
          "SelfAuditPage",
        ),
        page("/lab/visitors", () => import("./features/ec-records/lab-view-page"), "LabViewPage"),
        page(
          "/export-control/travel-payments",
          () => import("./features/export-control/travel-payments-page"),
          "TravelPaymentsPage",
        ),
        page(
          "/export-control/reviews",
          () => import("./features/export-control/review-list-page"),
          "ReviewListPage",
        ),
        page(
          "/export-control/reviews/new",
          () => import("./features/export-control/review-form-page"),
          "ReviewCreatePage",
        ),
        page(
          "/export-control/reviews/:id",
          () => import("./features/export-control/review-detail-page"),
          "ReviewDetailPage",
        ),
        page(
          "/export-control/reviews/:id/edit",
          () => import("./features/export-control/review-form-page"),
          "ReviewEditPage",
        ),
        page("/insight/dashboard/:kind?", () => import("./features/insight/dashboard-page"), "DashboardPage"),
        page("/insight/survey", () => import("./features/insight/survey-page"), "SurveyPage"),
        page("/insight/indicators", () => import("./features/insight/indicators-page"), "IndicatorsPage"),
        page("/insight/money", () => import("./features/insight/money-page"), "MoneyPage"),
        page("/hub/access", () => import("./features/insight/hub-access-page"), "HubAccessPage"),
        page("/hub/advice", () => import("./features/insight/hub-advice-page"), "HubAdvicePage"),
        page("/hub/figures", () => import("./features/insight/hub-figures-page"), "HubFiguresPage"),
        page("/library", () => import("./features/insight/library-page"), "LibraryPage"),
        ...ACCOUNT_ROUTES,
        page("/coi", () => import("./features/coi/coi-home-page"), "CoiHomePage"),
        page("/coi/queue", () => import("./features/coi/coi-queue-page"), "CoiQueuePage"),
        page("/coi/declarations/:id", () => import("./features/coi/declaration-page"), "DeclarationPage"),
        page("/coi/profile", () => import("./features/coi/profile-page"), "ProfilePage"),
        page("/coi/profile/:userId", () => import("./features/coi/profile-page"), "ProfilePage"),
        page("/coi/funding", () => import("./features/coi/funding-list-page"), "FundingListPage"),
        page("/coi/funding/:id", () => import("./features/coi/funding-page"), "FundingPage"),
        page("/coi/training", () => import("./features/coi/training-page"), "TrainingPage"),
        page("/coi/plans", () => import("./features/coi/coi-plans-page"), "CoiPlansPage"),
        page("/coi/programmes", () => import("./features/coi/programmes-page"), "ProgrammesPage"),
        page("/coi/programmes/:id", () => import("./features/coi/programme-page"), "ProgrammePage"),
        page(
          "/security-clearances",
          () => import("./features/security-clearance/clearance-page"),
          "ClearancePage",
        ),
        page(
          "/security-clearances/officers",
          () => import("./features/security-clearance/officers-page"),
          "ClearanceOfficersPage",
        ),
        ...IP_ROUTES,
        ...DESK_ROUTES,
        ...CRM_ROUTES,
        ...POLICY_ROUTES,
        ...PERSONAL_DATA_ROUTES,
        page("/secrets", () => import("./features/secrets/secret-register-page"), "SecretRegisterPage"),
        page("/secrets/items/:id", () => import("./features/secrets/secret-item-page"), "SecretItemPage"),
        page("/secrets/alerts", () => import("./features/secrets/secret-alerts-page"), "SecretAlertsPage"),
        page("/secrets/pledges", () => import("./features/secrets/secret-pledges-page"), "SecretPledgesPage"),
        page("/secrets/manage", () => import("./features/secrets/secret-manage-page"), "SecretManagePage"),
        page("*", () => import("./features/home/not-found-page"), "NotFoundPage"),
      ]),
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
