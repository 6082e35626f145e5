import { Alert, Anchor, Stack } from "@mantine/core";
import type { Permission } from "@renkei/domain";
import type { ReactNode } from "react";
import { Link, matchPath, useLocation } from "react-router-dom";
import { useCan } from "../../features/auth/session";
import { useI18n } from "../../lib/i18n";
import { NAV_ENTRIES } from "./nav-entries";

/**
 * Form pages reached from a button rather than the navigation, with the permission their form needs.
 * Together with NAV_ENTRIES this says which permission every gated page needs (issue 11 item 8).
 */
export const FORM_PAGES: { path: string; permission: Permission }[] = [
  { path: "/partners/:id/edit", permission: "partner.write" },
  { path: "/people/new", permission: "partner.write" },
  { path: "/trips/new", permission: "trip.file" },
  { path: "/trips/:id/edit", permission: "trip.file" },
  { path: "/visitors/new", permission: "visitor.file" },
  { path: "/licences/new", permission: "licence.manage" },
  { path: "/export-control/reviews/new", permission: "export.review.submit" },
  { path: "/export-control/reviews/:id/edit", permission: "export.review.submit" },
  { path: "/export-control/classifications/new", permission: "export.classify" },
  { path: "/export-control/classifications/:id/edit", permission: "export.classify" },
  { path: "/ip/new", permission: "ip.disclose" },
  { path: "/crm/requests/new", permission: "crm.request" },
];

/** The permission the page at `pathname` needs, or null for pages every signed-in user may open. */
export function pagePermission(pathname: string): Permission | null {
  const pages = [...NAV_ENTRIES.map((e) => ({ path: e.to, permission: e.permission })), ...FORM_PAGES];
  return pages.find((p) => matchPath({ path: p.path, end: true }, pathname))?.permission ?? null;
}

/**
 * No role is offered a form it cannot submit: a page whose permission the role lacks (opened by a
 * bookmark or a typed address) shows why instead of a form the server would refuse.
 */
export function PageGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const can = useCan();
  const { pathname } = useLocation();
  const needed = pagePermission(pathname);
  if (needed && !can(needed)) {
    return (
      <Stack maw={560}>
        <Alert color="yellow" data-testid="page-forbidden">
          {t("error.FORBIDDEN")}
        </Alert>
        <Anchor component={Link} to="/">
          {t("nav.home")}
        </Anchor>
      </Stack>
    );
  }
  return children;
}
