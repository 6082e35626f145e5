import { Card, Table, Text, Title } from "@mantine/core";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { useI18n } from "../../lib/i18n";

export interface RecordRow {
  key: string;
  cells: string[];
}

/** A titled list of records (profile entries, what a funder is told) with an optional confirmed removal. */
export function RecordTable({
  title,
  rows,
  onRemove,
}: {
  title: string;
  rows: RecordRow[];
  onRemove?: (key: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Card withBorder>
      <Title order={5}>{title}</Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("coi.none")}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                {r.cells.map((c, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are fixed columns in a fixed order
                  <Table.Td key={j}>{c}</Table.Td>
                ))}
                {onRemove && (
                  <Table.Td>
                    <ConfirmButton
                      size="xs"
                      variant="subtle"
                      color="red"
                      title={t("coi.removeConfirm")}
                      onConfirm={() => onRemove(r.key)}
                    >
                      {t("coi.remove")}
                    </ConfirmButton>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
