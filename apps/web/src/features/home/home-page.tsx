import { Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import type { RiskFlag } from "@renkei/domain";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan, useCurrentUser } from "../auth/session";
import { usePartnerList } from "../partners/queries";

function CountCard({ label, risk }: { label: MessageKey; risk?: RiskFlag }) {
  const { t } = useI18n();
  const list = usePartnerList({ risk: risk ? [risk] : [], page: 1, pageSize: 1 });
  const to = risk ? `/partners?risk=${risk}` : "/partners";
  return (
    <Paper withBorder p="md" component={Link} to={to} style={{ textDecoration: "none", color: "inherit" }}>
      <Text size="sm" c="dimmed">
        {t(label)}
      </Text>
      <Text fz={32} fw={700} data-testid={`count-${risk ?? "all"}`}>
        {list.data ? list.data.total : "…"}
      </Text>
    </Paper>
  );
}

/** The landing page: partner counts by risk, a search box and shortcuts for what the role can do. */
export function HomePage() {
  const { t, label } = useI18n();
  const user = useCurrentUser();
  const can = useCan();
  const navigate = useNavigate();
  const [q, setQ] = useState("");
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/partners${q.trim() ? `?q=${encodeURIComponent(q.trim())}` : ""}`);
  };

  return (
    <Stack gap="lg">
      <PageTitle title={t("home.title")} description={t("home.welcome", { name: user.displayName })} />
      {can("partner.read") && (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <CountCard label="home.partnersTotal" />
            <CountCard label="home.creditMissing" risk="credit_missing" />
            <CountCard label="home.creditExpired" risk="credit_expired" />
            <CountCard label="home.foreignGov" risk="foreign_government_control" />
          </SimpleGrid>
          <Paper withBorder p="md">
            <form onSubmit={onSearch}>
              <Group align="flex-end">
                <TextInput
                  flex={1}
                  label={t("home.searchPartners")}
                  description={t("partners.searchHint")}
                  value={q}
                  onChange={(e) => setQ(e.currentTarget.value)}
                />
                <Button type="submit">{t("common.search")}</Button>
              </Group>
            </form>
          </Paper>
        </>
      )}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t("home.quickLinks")}
        </Title>
        <Group>
          {can("partner.read") && (
            <Button component={Link} to="/partners" variant="light">
              {t("partners.title")}
            </Button>
          )}
          {can("partner.write") && (
            <Button component={Link} to="/partners/new" variant="light">
              {t("nav.partnerNew")}
            </Button>
          )}
          {can("partner.import") && (
            <Button component={Link} to="/partners/import" variant="light">
              {t("nav.import")}
            </Button>
          )}
          {can("partner.read") && (
            <Button component={Link} to="/people" variant="light">
              {t("nav.people")}
            </Button>
          )}
          {can("audit.read") && (
            <Button component={Link} to="/audit" variant="light">
              {t("nav.audit")}
            </Button>
          )}
        </Group>
      </Paper>
      {user.consultable.length > 0 && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t("home.consulting")}
          </Title>
          <List>
            {user.consultable.map((inst) => (
              <List.Item key={inst.id}>
                <Anchor component={Link} to={`/partners?institutionId=${inst.id}`}>
                  {label({ ja: inst.nameJa, en: inst.nameEn })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
    </Stack>
  );
}
