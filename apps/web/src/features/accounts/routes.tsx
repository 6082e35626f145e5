import type { Permission } from "@renkei/domain";
import type { RouteObject } from "react-router-dom";
import type { MessageKey } from "../../lib/i18n";
import { AccountPage } from "./account-page";
import { AdminUsersPage } from "./admin-users-page";
import { DepartmentsPage } from "./departments-page";
import { InstitutionSettingsPage } from "./institution-settings-page";
import { ForgotPasswordPage, SetPasswordPage } from "./password-link-pages";
import { UserImportPage } from "./user-import-page";

/** Pages reached without a session: password reset and the set-password link. */
export const ACCOUNT_PUBLIC_ROUTES: RouteObject[] = [
  { path: "/forgot-password", element: <ForgotPasswordPage /> },
  { path: "/set-password", element: <SetPasswordPage /> },
];

/** 管理 / Administration and the user's own account settings. */
export const ACCOUNT_ROUTES: RouteObject[] = [
  { path: "/admin/users", element: <AdminUsersPage /> },
  { path: "/admin/users/import", element: <UserImportPage /> },
  { path: "/admin/departments", element: <DepartmentsPage /> },
  { path: "/admin/settings", element: <InstitutionSettingsPage /> },
  { path: "/account", element: <AccountPage /> },
];

export const ACCOUNT_NAV: { to: string; label: MessageKey; permission: Permission }[] = [
  { to: "/admin/users", label: "nav.adminUsers", permission: "user.manage" },
  { to: "/admin/departments", label: "nav.adminDepartments", permission: "user.manage" },
  { to: "/admin/settings", label: "nav.adminSettings", permission: "user.manage" },
  { to: "/account", label: "nav.account", permission: "self.manage" },
];
