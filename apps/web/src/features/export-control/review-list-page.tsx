import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { REVIEW_DECISION_LABELS, REVIEW_STATUS_LABELS, REVIEW_STATUSES } from "@renkei/domain";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { OutcomeBadge } from "./determination-view";
import { useReviews } from "./queries";

const PAGE_SIZE = 25;

export const STATUS_COLORS = {
  draft: "gray",
  dept_review: "blue",
  officer_review: "indigo",
  returned: "orange",
  decided: "green",
} as const;

export function ReviewListPage() {
  const { t, label, date } = useI18n();
  const can = useCan();
  const [q, setQ] = useState("");
  const [status, setStatus] = useState("");
  const [todo, setTodo] = useState(false);
  const [page, setPage] = useState(1);
  const list = useReviews({
    q: q || undefined,
    status: status || undefined,
    todo,
    page,
    pageSize: PAGE_SIZE,
  });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <Stack>
      <PageTitle
        title={t("ec.rv.title")}
        description={t("ec.rv.help")}
        actions={
          can("export.review.submit") && (
            <Button component={Link} to="/export-control/reviews/new">
              {t("ec.rv.new")}
            </Button>
          )
        }
      />
      <Group align="flex-end">
        <TextInput
          label={t("common.search")}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
        />
        <NativeSelect
          label={t("ec.rv.status")}
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: "", label: t("ec.cl.filterAll") },
            ...REVIEW_STATUSES.map((s) => ({ value: s, label: label(REVIEW_STATUS_LABELS[s]) })),
          ]}
        />
        <Checkbox
          label={t("ec.rv.todo")}
          checked={todo}
          onChange={(e) => {
            setTodo(e.currentTarget.checked);
            setPage(1);
          }}
          mb={8}
        />
      </Group>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isPending && <Loading />}
      {list.data && (
        <Paper withBorder>
          <Text size="sm" c="dimmed" p="sm" aria-live="polite">
            {t("common.count", { n: list.data.total })}
          </Text>
          {list.data.items.length === 0 ? (
            <Text p="md" c="dimmed">
              {t("ec.rv.empty")}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={860}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("ec.rv.refNo")}</Table.Th>
                    <Table.Th>{t("ec.rv.titleField")}</Table.Th>
                    <Table.Th>{t("ec.rv.applicant")}</Table.Th>
                    <Table.Th>{t("ec.rv.counterparty")}</Table.Th>
                    <Table.Th>{t("ec.rv.status")}</Table.Th>
                    <Table.Th>{t("ec.rv.outcome")}</Table.Th>
                    <Table.Th>{t("ec.rv.updatedAt")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{r.refNo}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/export-control/reviews/${r.id}`} fw={600}>
                          {r.title}
                        </Anchor>
                        {r.enteredBy.id !== r.applicant.id && (
                          <Text size="xs" c="dimmed">
                            {t("ec.rv.proxy")}: {r.enteredBy.displayName}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {r.applicant.displayName}
                        {r.departmentName && (
                          <Text size="xs" c="dimmed">
                            {r.departmentName}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {r.counterpartyName}
                        {r.counterpartyCountry && (
                          <Text span size="xs" c="dimmed">
                            {" "}
                            ({r.counterpartyCountry})
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLORS[r.status]} variant="light">
                          {label(REVIEW_STATUS_LABELS[r.status])}
                        </Badge>
                        {r.decision && (
                          <Text size="xs" c="dimmed">
                            {label(REVIEW_DECISION_LABELS[r.decision])}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <OutcomeBadge outcome={r.outcome} />
                      </Table.Td>
                      <Table.Td>{date(r.updatedAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {pages > 1 && (
            <Group justify="center" p="sm">
              <Pagination total={pages} value={page} onChange={setPage} />
            </Group>
          )}
        </Paper>
      )}
    </Stack>
  );
}
