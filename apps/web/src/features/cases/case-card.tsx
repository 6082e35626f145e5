import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import type { TCaseCard } from "@renkei/contract";
import { CASE_KIND_LABELS } from "@renkei/domain";
import { Link } from "react-router-dom";
import { useI18n } from "../../lib/i18n";

/** One case on the board: number, title, kind, PI, partners, blockers and open tasks. */
export function CaseCard({ c }: { c: TCaseCard }) {
  const { t, label, country, listSep, paren } = useI18n();
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="case-card" bg={c.blocked ? "red.0" : undefined}>
      <Stack gap={4}>
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Text size="xs" c="dimmed">
            {c.ref}
          </Text>
          <Badge size="xs" variant="light">
            {label(CASE_KIND_LABELS[c.kind])}
          </Badge>
        </Group>
        <Anchor component={Link} to={`/cases/${c.id}`} size="sm" fw={600} lineClamp={3}>
          {c.title}
        </Anchor>
        <Text size="xs">{c.pi?.displayName ?? t("cases.card.noPi")}</Text>
        {c.partners.length > 0 && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {c.partners.map((p) => `${p.name}${paren(country(p.country))}`).join(listSep)}
          </Text>
        )}
        <Group gap={4}>
          {c.blocked && (
            <Badge size="xs" color="red">
              {t("cases.card.blocked", { n: c.blockerCount })}
            </Badge>
          )}
          {c.openTaskCount > 0 && (
            <Badge size="xs" color="gray" variant="outline">
              {t("cases.card.tasks", { n: c.openTaskCount })}
            </Badge>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
