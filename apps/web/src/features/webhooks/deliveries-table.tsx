import { Badge, Button, Code, Table, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { webhooksApi } from "./api";

const COLOR = { pending: "yellow", delivered: "green", failed: "red" } as const;

/** The latest deliveries of one subscription: status, attempts, last answer; failed ones can be retried. */
export function DeliveriesTable({ subscriptionId }: { subscriptionId: string }) {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ["webhooks", "deliveries", subscriptionId],
    queryFn: () => webhooksApi.deliveries(subscriptionId),
  });
  const retry = useMutation({
    mutationFn: webhooksApi.retry,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["webhooks"] }),
  });
  if (list.isPending) {
    return <Loading />;
  }
  if (list.isError) {
    return <ErrorAlert error={list.error} />;
  }
  if (list.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("webhooks.noDeliveries")}
      </Text>
    );
  }
  return (
    <Table fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("webhooks.createdAt")}</Table.Th>
          <Table.Th>{t("webhooks.event")}</Table.Th>
          <Table.Th>{t("ec.status")}</Table.Th>
          <Table.Th>{t("webhooks.attempts")}</Table.Th>
          <Table.Th>{t("webhooks.lastAnswer")}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.data.items.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td style={{ whiteSpace: "nowrap" }}>{dateTime(d.createdAt)}</Table.Td>
            <Table.Td>
              <details>
                <summary>
                  <Code>{d.event}</Code>
                </summary>
                <Code block fz="xs">
                  {JSON.stringify(d.payload, null, 1)}
                </Code>
              </details>
            </Table.Td>
            <Table.Td>
              <Badge color={COLOR[d.status]}>{t(`webhooks.status.${d.status}` as MessageKey)}</Badge>
              {d.status === "pending" && d.nextAttemptAt && (
                <Text size="xs" c="dimmed">
                  {t("webhooks.nextAttempt", { date: dateTime(d.nextAttemptAt) })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{d.attempts}</Table.Td>
            <Table.Td>{d.lastError ?? (d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : "—")}</Table.Td>
            <Table.Td>
              {d.status === "failed" && (
                <Button
                  size="xs"
                  variant="light"
                  loading={retry.isPending}
                  onClick={() => retry.mutate(d.id)}
                >
                  {t("webhooks.retry")}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
