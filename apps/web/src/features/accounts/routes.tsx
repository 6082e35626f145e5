import type { NavArea, Permission } from "@renkei/domain";
import type { RouteObject } from "react-router-dom";
import type { MessageKey } from "../../lib/i18n";
import { page } from "../../lib/lazy-page";

/** Pages reached without a session: password reset and the set-password link. */
export const ACCOUNT_PUBLIC_ROUTES: RouteObject[] = [
  page("/forgot-password", () => import("./password-link-pages"), "ForgotPasswordPage"),
  page("/set-password", () => import("./password-link-pages"), "SetPasswordPage"),
];

/** 管理 / Administration and the user's own account settings. */
export const ACCOUNT_ROUTES: RouteObject[] = [
  page("/admin/users", () => import("./admin-users-page"), "AdminUsersPage"),
  page("/admin/users/import", () => import("./user-import-page"), "UserImportPage"),
  page("/admin/departments", () => import("./departments-page"), "DepartmentsPage"),
  page("/admin/settings", () => import("./institution-settings-page"), "InstitutionSettingsPage"),
  page("/account", () => import("./account-page"), "AccountPage"),
];

/** `area: null`: the user's own pages, shown outside the areas. */
export const ACCOUNT_NAV: { to: string; label: MessageKey; permission: Permission; area: NavArea | null }[] =
  [
    { to: "/admin/users", label: "nav.adminUsers", permission: "user.manage", area: "admin" },
    { to: "/admin/departments", label: "nav.adminDepartments", permission: "user.manage", area: "admin" },
    { to: "/admin/settings", label: "nav.adminSettings", permission: "user.manage", area: "admin" },
    { to: "/account", label: "nav.account", permission: "self.manage", area: null },
  ];
