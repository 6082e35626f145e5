import { AppShell, Box, Burger, Button, Group, NavLink, ScrollArea, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { ROLE_LABELS } from "@renkei/domain";
import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useLocation, useNavigate } from "react-router-dom";
import { authApi } from "../../api/endpoints";
import { useCan, useCurrentUser, useSetSession } from "../../features/auth/session";
import { NAV_AREA_LABELS } from "../../features/home/messages";
import { SearchBox } from "../../features/home/search-box";
import { NotificationBell } from "../../features/notifications/notification-bell";
import { useI18n } from "../../lib/i18n";
import { LanguageSwitch } from "./language-switch";
import { navGroups } from "./nav-entries";

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

  const groups = navGroups(can);
  const items = groups.flatMap((g) => g.entries);
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
          <SearchBox />
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
        <AppShell.Section grow component={ScrollArea}>
          {groups.map((g) => (
            <Box
              key={g.area ?? "self"}
              component="nav"
              aria-label={g.area ? label(NAV_AREA_LABELS[g.area]) : undefined}
              mb="xs"
            >
              {g.area && (
                <Text size="xs" fw={700} c="dimmed" px="sm" pt="xs" pb={2}>
                  {label(NAV_AREA_LABELS[g.area])}
                </Text>
              )}
              {g.entries.map((item) => (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={t(item.label)}
                  active={item.to === activeTo}
                  onClick={close}
                  py={4}
                />
              ))}
            </Box>
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">{children}</AppShell.Main>
    </AppShell>
  );
}
