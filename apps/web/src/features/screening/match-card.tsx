import { Badge, Group, Paper, Stack, Text } from "@mantine/core";
import type { TScreeningMatch } from "@renkei/contract";
import { useI18n } from "../../lib/i18n";
import { MatchExplanation } from "./match-explanation";
import { ScoreBadge } from "./status-badge";

/** One candidate of a search: matched alias, listed party, list and version, and why it matched. */
export function MatchCard({ match }: { match: TScreeningMatch }) {
  const { t, paren } = useI18n();
  return (
    <Paper withBorder p="md" data-testid="screening-match" bg={match.isMatch ? "red.0" : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Text fw={700}>{match.name}</Text>
            {match.entryName !== match.name && (
              <Text size="sm" c="dimmed">
                {t("screening.match.entryName")}: {match.entryName}
              </Text>
            )}
          </div>
          <Group gap={6} wrap="nowrap">
            <Badge variant="light" color={match.isMatch ? "red" : "gray"}>
              {match.isMatch ? t("screening.match.match") : t("screening.match.nearMiss")}
            </Badge>
            <ScoreBadge score={match.score} isMatch={match.isMatch} />
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t("screening.match.list")}: {match.list}
          {paren(match.listVersion)} · {t("screening.match.sourceId")}: {match.sourceId}
          {match.countries.length > 0 &&
            ` · ${t("screening.match.countries")}: ${match.countries.join(", ")}`}
          {match.programs.length > 0 && ` · ${t("screening.match.programs")}: ${match.programs.join(", ")}`}
        </Text>
        <MatchExplanation explanation={match.explanation} />
      </Stack>
    </Paper>
  );
}
