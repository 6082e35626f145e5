import { Code, Table, Text } from "@mantine/core";
import type { Reason } from "@renkei/domain";
import { useI18n } from "../../lib/i18n";

/**
 * The rules the engine fired, each with its source (spec §0 ids such as S12 = the residency criteria),
 * so the officer can check the reasoning, not just the answer.
 */
export function ReasonsTable({ reasons }: { reasons: readonly Reason[] }) {
  const { t } = useI18n();
  if (reasons.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("ec.noReasons")}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("ec.rule")}</Table.Th>
            <Table.Th>{t("ec.source")}</Table.Th>
            <Table.Th>{t("ec.reason")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reasons.map((r) => (
            <Table.Tr key={`${r.ruleId}|${r.text}`}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Code>{r.ruleId}</Code>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{r.sourceId}</Table.Td>
              <Table.Td>{r.text}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
