import { AppShell, Burger, Button, Group, NavLink, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { ROLE_LABELS } from "@renkei/domain";
import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useLocation, useNavigate } from "react-router-dom";
import { authApi } from "../../api/endpoints";
import { ACCOUNT_NAV } from "../../features/accounts/routes";
import { useCan, useCurrentUser, useSetSession } from "../../features/auth/session";
import { EC_WORKFLOW_NAV } from "../../features/ec-shared/routes";
import { NotificationBell } from "../../features/notifications/notification-bell";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { LanguageSwitch } from "./language-switch";

interface NavItem {
  to: string;
  label: MessageKey;
  show: boolean;
}

/** The shell of every signed-in page: header (institution, user, language, sign-out) and navigation. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t, label } = useI18n();
  const user = useCurrentUser();
  const can = useCan();
  const location = useLocation();
  const navigate = useNavigate();
  const setSession = useSetSession();
  const [opened, { toggle, close }] = useDisclosure();
  const signOut = useMutation({
    mutationFn: () => authApi.logout(),
    onSettled: () => {
      setSession(null);
      navigate("/sign-in", { replace: true });
    },
  });

  const items: NavItem[] = [
    { to: "/", label: "nav.home", show: true },
    { to: "/cases", label: "nav.cases", show: can("case.read") },
    { to: "/cases/new", label: "nav.caseNew", show: can("case.create") },
    { to: "/ip", label: "nav.ip", show: can("ip.read") },
    { to: "/cases/settings", label: "case.settings", show: can("case.configure") },
    { to: "/coi", label: "nav.coi", show: can("coi.declare") },
    { to: "/coi/queue", label: "nav.coiQueue", show: can("coi.review") },
    { to: "/secrets", label: "nav.secrets", show: can("secret.read") },
    { to: "/secrets/alerts", label: "nav.secretAlerts", show: can("secret.manage") },
    { to: "/secrets/pledges", label: "nav.secretPledges", show: can("secret.pledge") },
    { to: "/partners", label: "nav.partners", show: can("partner.read") },
    { to: "/partners/new", label: "nav.partnerNew", show: can("partner.write") },
    { to: "/partners/import", label: "nav.import", show: can("partner.import") },
    { to: "/people", label: "nav.people", show: can("partner.read") },
    { to: "/screening", label: "nav.screening", show: can("screening.search") },
    { to: "/screening/queue", label: "nav.screeningQueue", show: can("screening.read") },
    { to: "/screening/lists", label: "nav.screeningLists", show: can("screening.read") },
    ...EC_WORKFLOW_NAV.map((n) => ({ to: n.to, label: n.label, show: can(n.permission) })),
    { to: "/export-control/assess", label: "nav.ecAssess", show: can("export.assess") },
    { to: "/export-control/classifications", label: "nav.ecClassifications", show: can("export.read") },
    { to: "/export-control/reviews", label: "nav.ecReviews", show: can("export.read") },
    { to: "/insight/dashboard", label: "nav.insightDashboard", show: can("insight.read") },
    { to: "/insight/survey", label: "nav.insightSurvey", show: can("insight.read") },
    { to: "/insight/indicators", label: "nav.insightIndicators", show: can("insight.read") },
    { to: "/insight/money", label: "nav.insightMoney", show: can("insight.read") },
    { to: "/hub/access", label: "nav.hubAccess", show: can("hub.grant") },
    { to: "/hub/advice", label: "nav.hubAdvice", show: can("hub.advise") },
    { to: "/library", label: "nav.caseLibrary", show: can("library.read") },
    { to: "/audit", label: "nav.audit", show: can("audit.read") },
    { to: "/notifications", label: "nav.notifications", show: true },
    { to: "/outbox", label: "nav.outbox", show: can("outbox.read") },
    ...ACCOUNT_NAV.map((n) => ({ to: n.to, label: n.label, show: can(n.permission) })),
    { to: "/account/password", label: "nav.password", show: can("self.manage") },
  ];
  // The most specific matching entry is highlighted (/partners/new, not /partners).
  const activeTo = items
    .filter((i) => location.pathname === i.to || (i.to !== "/" && location.pathname.startsWith(`${i.to}/`)))
    .sort((a, b) => b.to.length - a.to.length)[0]?.to;
  const institution = label({ ja: user.institution.nameJa, en: user.institution.nameEn });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 230, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("nav.main")} />
            <Text fw={700} size="lg" c="indigo.8" component={Link} to="/">
              {t("app.name")}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="md" data-testid="institution-name">
              {institution}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Stack gap={0} visibleFrom="sm" align="flex-end">
              <Text size="sm" fw={600} data-testid="current-user">
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed">
                {label(ROLE_LABELS[user.role])}
              </Text>
            </Stack>
            <NotificationBell />
            <LanguageSwitch />
            <Button variant="default" size="xs" onClick={() => signOut.mutate()} loading={signOut.isPending}>
              {t("header.signOut")}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t("nav.main")}>
        <Text size="xs" c="dimmed" hiddenFrom="md" px="sm" pb="xs">
          {institution}
        </Text>
        {items
          .filter((item) => item.show)
          .map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.label)}
              active={item.to === activeTo}
              onClick={close}
            />
          ))}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">{children}</AppShell.Main>
    </AppShell>
  );
}
