import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { TCreditCheck } from "@renkei/contract";
import { CREDIT_RESULT_LABELS, type CreditResult } from "@renkei/domain";
import { useState } from "react";
import { useI18n } from "../../lib/i18n";
import { CreditCheckForm } from "./credit-check-form";

const RESULT_COLORS: Record<CreditResult, string> = { clear: "green", caution: "yellow", reject: "red" };

/** 与信確認: the history of due-diligence checks, newest first. */
export function CreditChecksSection(props: { partnerId: string; checks: TCreditCheck[]; canWrite: boolean }) {
  const { t, label, date } = useI18n();
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          {t("partner.credit")}
        </Title>
        {props.canWrite && !adding && (
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              setAdding(true);
              setSaved(false);
            }}
          >
            {t("credit.add")}
          </Button>
        )}
      </Group>
      <Stack>
        {saved && (
          <Text c="green" size="sm" role="status">
            {t("credit.saved")}
          </Text>
        )}
        {adding && (
          <Paper withBorder p="md" bg="gray.0">
            <CreditCheckForm
              partnerId={props.partnerId}
              onDone={() => {
                setAdding(false);
                setSaved(true);
              }}
            />
          </Paper>
        )}
        {props.checks.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t("credit.none")}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("credit.checkedOn")}</Table.Th>
                  <Table.Th>{t("credit.result")}</Table.Th>
                  <Table.Th>{t("credit.expiresOn")}</Table.Th>
                  <Table.Th>{t("credit.sources")}</Table.Th>
                  <Table.Th>{t("credit.checkedBy")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.checks.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{date(c.checkedOn)}</Table.Td>
                    <Table.Td>
                      <Badge color={RESULT_COLORS[c.result]} variant="light">
                        {label(CREDIT_RESULT_LABELS[c.result])}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{date(c.expiresOn) || "—"}</Table.Td>
                    <Table.Td>
                      {c.sources}
                      {c.notes && (
                        <Text size="xs" c="dimmed">
                          {c.notes}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{c.checkedBy.displayName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
