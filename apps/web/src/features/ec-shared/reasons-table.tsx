import { Table, Text } from "@mantine/core";
import { useI18n } from "../../lib/i18n";
import { readReason } from "../../lib/reasons";

/**
 * The rules the engine fired, each with the law, order, circular or guideline it applies, so the officer
 * can check the reasoning, not just the answer.
 */
export function ReasonsTable({ reasons }: { reasons: readonly unknown[] }) {
  const { t, locale } = useI18n();
  if (reasons.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("ec.noReasons")}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing={4} fz="sm" data-testid="reasons-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("ec.reason")}</Table.Th>
            <Table.Th>{t("ec.source")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reasons.map(readReason).map((r) => (
            <Table.Tr key={`${r.ruleId}|${r.text.ja}`}>
              <Table.Td>{r.text[locale]}</Table.Td>
              <Table.Td>{r.citation[locale]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
