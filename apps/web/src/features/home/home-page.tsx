import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { THomeItem } from "@renkei/contract";
import { NAV_AREAS } from "@renkei/domain";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan, useCurrentUser } from "../auth/session";
import { AppointmentsCard } from "../ec-records/appointments-card";
import { useHome } from "./api";
import { HOME_ITEM_LABELS, NAV_AREA_LABELS } from "./messages";

function ItemCard({ item }: { item: THomeItem }) {
  const { label } = useI18n();
  const waiting = !item.figure && item.count > 0;
  return (
    <Paper
      withBorder
      p="md"
      component={Link}
      to={item.to}
      style={{ textDecoration: "none", color: "inherit" }}
      data-testid={`home-item-${item.key}`}
    >
      <Text size="sm" c="dimmed">
        {label(HOME_ITEM_LABELS[item.key])}
      </Text>
      <Group gap="xs" align="baseline">
        <Text fz={30} fw={700} c={waiting ? "orange.8" : undefined} data-testid="count">
          {item.count}
        </Text>
        {waiting && (
          <Badge color="orange" variant="light">
            !
          </Badge>
        )}
      </Group>
    </Paper>
  );
}

/**
 * The landing page (issue 11 item 3): the user's work grouped by area, then overall figures. Which items
 * appear comes from the permission table (home-items.ts); each opens the page where it is acted on.
 */
export function HomePage() {
  const { t, label } = useI18n();
  const user = useCurrentUser();
  const can = useCan();
  const home = useHome();
  const work = home.data?.items.filter((i) => !i.figure) ?? [];
  const figures = home.data?.items.filter((i) => i.figure) ?? [];
  const readOnly = !can("case.edit") && !can("partner.write") && can("audit.read");

  return (
    <Stack gap="lg">
      <PageTitle title={t("home.title")} description={t("home.welcome", { name: user.displayName })} />
      {readOnly && <Alert color="gray">{t("home.readOnly")}</Alert>}
      {home.isPending && <Loading />}
      {home.isError && <ErrorAlert error={home.error} />}
      {home.data && work.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t("home.work")}
          </Title>
          {NAV_AREAS.filter((area) => work.some((i) => i.area === area)).map((area) => (
            <section key={area} aria-label={label(NAV_AREA_LABELS[area])}>
              <Text size="sm" fw={700} mb={4}>
                {label(NAV_AREA_LABELS[area])}
              </Text>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
                {work
                  .filter((i) => i.area === area)
                  .map((i) => (
                    <ItemCard key={i.key} item={i} />
                  ))}
              </SimpleGrid>
            </section>
          ))}
          {work.every((i) => i.count === 0) && <Text c="dimmed">{t("home.noWork")}</Text>}
        </Stack>
      )}
      <AppointmentsCard />
      {figures.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t("home.figures")}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            {figures.map((i) => (
              <ItemCard key={i.key} item={i} />
            ))}
          </SimpleGrid>
        </Stack>
      )}
      <Group>
        {can("insight.read") && (
          <Anchor component={Link} to="/insight/dashboard">
            {t("home.dashboard")}
          </Anchor>
        )}
        {can("audit.read") && (
          <Anchor component={Link} to="/audit">
            {t("home.auditLog")}
          </Anchor>
        )}
      </Group>
      {home.data && home.data.members.length > 0 && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t("home.members")}
          </Title>
          <Table data-testid="home-members">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("home.consulting")}</Table.Th>
                <Table.Th>{t("home.member.partners")}</Table.Th>
                <Table.Th>{t("home.member.creditMissing")}</Table.Th>
                <Table.Th>{t("home.member.foreignGov")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {home.data.members.map((m) => (
                <Table.Tr key={m.institutionId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/partners?institutionId=${m.institutionId}`}>
                      {label({ ja: m.nameJa, en: m.nameEn })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{m.partners}</Table.Td>
                  <Table.Td>{m.partnersCreditMissing}</Table.Td>
                  <Table.Td>{m.partnersForeignGov}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
