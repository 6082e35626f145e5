import { Alert, Badge, Code, Group, Paper, Spoiler, Stack, Table, Text, Title } from "@mantine/core";
import type { TAssessResponse } from "@renkei/contract";
import { EXEMPTION_DEFINITIONS, OUTCOME_LABELS, RULE_TITLES_JA, type RuleId } from "@renkei/domain";
import { DetailList } from "../../components/ui/detail-list";
import { type MessageKey, useI18n } from "../../lib/i18n";

export const OUTCOME_COLORS: Record<TAssessResponse["outcome"], string> = {
  NO_LICENCE: "green",
  NO_LICENCE_EXEMPT: "teal",
  MANUAL_REVIEW: "yellow",
  LICENCE_REQUIRED: "red",
  PROHIBITED: "dark",
};

export function OutcomeBadge({ outcome }: { outcome: TAssessResponse["outcome"] | null }) {
  const { label } = useI18n();
  if (!outcome) {
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Badge color={OUTCOME_COLORS[outcome]} variant="light">
      {label(OUTCOME_LABELS[outcome])}
    </Badge>
  );
}

function exemptionTitle(id: string | null) {
  const ex = EXEMPTION_DEFINITIONS.find((e) => e.id === id);
  if (!id) {
    return null;
  }
  return ex ? `${ex.titleJa}（${id}, ${ex.article}）` : id;
}

/** The engine's determination in plain words: the outcome, what to do next, and every reason with its source. */
export function DeterminationView({ result }: { result: TAssessResponse }) {
  const { t, locale } = useI18n();
  return (
    <Paper withBorder p="lg" aria-label={t("ec.result.title")}>
      <Stack>
        <Title order={2} size="h4">
          {t("ec.result.title")}
        </Title>
        <Alert
          color={OUTCOME_COLORS[result.outcome]}
          variant="light"
          title={t(`ec.result.outcome.${result.outcome}` as MessageKey)}
          data-testid="assess-outcome"
          data-outcome={result.outcome}
        >
          {t(`ec.result.next.${result.outcome}` as MessageKey)}
        </Alert>
        <DetailList
          items={[
            { label: t("ec.result.exemption"), value: exemptionTitle(result.exemption) },
            {
              label: t("ec.result.residency"),
              value: result.residency ? t(`ec.result.residency.${result.residency}` as MessageKey) : null,
            },
            { label: t("ec.result.tokutei"), value: result.tokutei.join(", ") },
            { label: t("ec.result.asOf"), value: result.asOf },
            ...(result.endUserScreening
              ? [
                  {
                    label: t("ec.result.screening"),
                    value: result.endUserScreening.matchedName
                      ? `${result.endUserScreening.matchedName}（${result.eul.categories.join(", ")}）`
                      : "—",
                  },
                ]
              : []),
          ]}
        />
        {result.reviewFlags.length > 0 && (
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t("ec.result.reviewFlags")}:
            </Text>
            {result.reviewFlags.map((f) => (
              <Badge key={f} color="orange" variant="outline">
                {f}
              </Badge>
            ))}
          </Group>
        )}
        <Title order={3} size="h5">
          {t("ec.result.reasons")}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" data-testid="assess-reasons">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t("ec.result.rule")}</Table.Th>
                <Table.Th>{t("ec.result.reasons")}</Table.Th>
                <Table.Th w={110}>{t("ec.result.source")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.reasons.map((r) => (
                <Table.Tr key={`${r.ruleId}|${r.text}`}>
                  <Table.Td>
                    <Code>{r.ruleId}</Code>
                  </Table.Td>
                  <Table.Td>
                    {locale === "ja" && RULE_TITLES_JA[r.ruleId as RuleId] && (
                      <Text size="sm">{RULE_TITLES_JA[r.ruleId as RuleId]}</Text>
                    )}
                    <Text size={locale === "ja" ? "xs" : "sm"} c={locale === "ja" ? "dimmed" : undefined}>
                      {r.text}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Code>{r.sourceId}</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Spoiler
          maxHeight={0}
          showLabel={t("ec.result.dataVersions")}
          hideLabel={t("ec.result.dataVersions")}
        >
          <Code block>
            {Object.entries(result.dataVersions)
              .map(([k, v]) => `${k}: ${v}`)
              .join("\n")}
          </Code>
        </Spoiler>
      </Stack>
    </Paper>
  );
}
