import { Alert, Badge, Group, Paper, Spoiler, Stack, Table, Text, Title } from "@mantine/core";
import type { TAssessResponse } from "@renkei/contract";
import { EXEMPTION_DEFINITIONS, OUTCOME_LABELS, RULES } from "@renkei/domain";
import { DetailList } from "../../components/ui/detail-list";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { dataVersionTexts, readReason } from "../../lib/reasons";

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

function exemptionTitle(id: string | null, locale: "ja" | "en") {
  const ex = EXEMPTION_DEFINITIONS.find((e) => e.id === id);
  if (!id || !ex) {
    return null;
  }
  return locale === "ja" ? ex.titleJa : RULES[ex.id].title.replace(/ (exemption )?applies$/, "");
}

const TOKUTEI_LABELS = {
  T1: { ja: "類型①", en: "Category (i)" },
  T2: { ja: "類型②", en: "Category (ii)" },
  T3: { ja: "類型③", en: "Category (iii)" },
};

/**
 * The engine's determination in plain words: the outcome, what to do next, and every reason with its
 * source. `next` replaces the advice where the review has moved on (a decided review does not still ask
 * for a review to be filed).
 */
export function DeterminationView({ result, next }: { result: TAssessResponse; next?: string | undefined }) {
  const { t, locale, paren } = useI18n();
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
          {next ?? t(`ec.result.next.${result.outcome}` as MessageKey)}
        </Alert>
        <DetailList
          items={[
            { label: t("ec.result.exemption"), value: exemptionTitle(result.exemption, locale) },
            {
              label: t("ec.result.residency"),
              value: result.residency ? t(`ec.result.residency.${result.residency}` as MessageKey) : null,
            },
            {
              label: t("ec.result.tokutei"),
              value: result.tokutei.map((c) => TOKUTEI_LABELS[c][locale]).join(", "),
            },
            { label: t("ec.result.asOf"), value: result.asOf },
            ...(result.endUserScreening
              ? [
                  {
                    label: t("ec.result.screening"),
                    value: result.endUserScreening.matchedName
                      ? `${result.endUserScreening.matchedName}${paren(result.eul.categories.join(", "))}`
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
                <Table.Th>{t("ec.result.reasons")}</Table.Th>
                <Table.Th>{t("ec.result.source")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.reasons.map(readReason).map((r) => (
                <Table.Tr key={`${r.ruleId}|${r.text.ja}`}>
                  <Table.Td>
                    <Text size="sm">{r.text[locale]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.citation[locale]}</Text>
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
          <Stack gap={2}>
            {dataVersionTexts(locale, result.dataVersions).map((v) => (
              <Text key={v} size="sm">
                {v}
              </Text>
            ))}
          </Stack>
        </Spoiler>
      </Stack>
    </Paper>
  );
}
