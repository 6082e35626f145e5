import { Badge, Pagination, Stack, Table, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { notificationsApi } from "./api";

/** 送信メール: what the institution's mail outbox holds, so mail can be checked without an SMTP server. */
export function OutboxPage() {
  const { t, dateTime } = useI18n();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ["outbox", page],
    queryFn: () => notificationsApi.outbox(page),
    placeholderData: keepPreviousData,
  });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  return (
    <Stack>
      <PageTitle title={t("outbox.title")} description={t("outbox.help")} />
      {list.isPending && <Loading />}
      {list.error && <ErrorAlert error={list.error} />}
      {list.data?.items.length === 0 && <Text c="dimmed">{t("outbox.empty")}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("outbox.createdAt")}</Table.Th>
              <Table.Th>{t("outbox.to")}</Table.Th>
              <Table.Th>{t("outbox.subject")}</Table.Th>
              <Table.Th>{t("outbox.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{dateTime(m.createdAt)}</Table.Td>
                <Table.Td>{m.toAddress}</Table.Td>
                <Table.Td>
                  <details>
                    <summary>{m.subject}</summary>
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {m.body}
                    </Text>
                  </details>
                </Table.Td>
                <Table.Td>
                  {m.sentAt ? (
                    <Badge color="green">{t("outbox.sent")}</Badge>
                  ) : m.lastError ? (
                    <Badge color="red" title={m.lastError}>
                      {t("outbox.failed", { n: m.attempts })}
                    </Badge>
                  ) : (
                    <Badge color="gray">{t("outbox.pending")}</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} />}
    </Stack>
  );
}
