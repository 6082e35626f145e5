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
  Text,
  TextInput,
} from "@mantine/core";
import {
  OUTCOME_LABELS,
  REVIEW_DECISION_LABELS,
  REVIEW_STATUS_LABELS,
  REVIEW_STATUSES,
} from "@renkei/domain";
import { useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { OutcomeBadge } from "./determination-view";
import { useReviews } from "./queries";

// One page holds what the table sorts, filters and exports (the API allows 200 a page).
const PAGE_SIZE = 200;

export const STATUS_COLORS = {
  draft: "gray",
  dept_review: "blue",
  officer_review: "indigo",
  returned: "orange",
  decided: "green",
} as const;

export function ReviewListPage() {
  const { t, label, date, country, paren } = useI18n();
  const can = useCan();
  const [params] = useSearchParams();
  const [q, setQ] = useState("");
  const [status, setStatus] = useState("");
  // The home page's "waiting for you" items open this list with ?todo=true.
  const [todo, setTodo] = useState(params.get("todo") === "true");
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
            <DataTable
              rows={list.data.items}
              rowKey={(r) => r.id}
              fileName="transaction-reviews"
              testId="review-list"
              columns={[
                { key: "ref", header: t("ec.rv.refNo"), value: (r) => r.refNo, width: 130 },
                {
                  key: "title",
                  header: t("ec.rv.titleField"),
                  value: (r) => r.title,
                  render: (r) => (
                    <>
                      <Anchor component={Link} to={`/export-control/reviews/${r.id}`} fw={600}>
                        {r.title}
                      </Anchor>
                      {r.enteredBy.id !== r.applicant.id && (
                        <Text size="xs" c="dimmed">
                          {t("ec.rv.proxy")}: {r.enteredBy.displayName}
                        </Text>
                      )}
                    </>
                  ),
                },
                {
                  key: "applicant",
                  header: t("ec.rv.applicant"),
                  value: (r) => r.applicant.displayName,
                  filter: true,
                },
                {
                  key: "department",
                  header: t("cases.filter.department"),
                  value: (r) => r.departmentName,
                  filter: true,
                },
                {
                  key: "counterparty",
                  header: t("ec.rv.counterparty"),
                  value: (r) => r.counterpartyName,
                  render: (r) => (
                    <>
                      {r.counterpartyName}
                      {r.counterpartyCountry && (
                        <Text span size="xs" c="dimmed">
                          {" "}
                          ({country(r.counterpartyCountry)})
                        </Text>
                      )}
                    </>
                  ),
                },
                {
                  key: "status",
                  header: t("ec.rv.status"),
                  value: (r) =>
                    `${label(REVIEW_STATUS_LABELS[r.status])}${r.decision ? `${paren(label(REVIEW_DECISION_LABELS[r.decision]))}` : ""}`,
                  filter: true,
                  render: (r) => (
                    <>
                      <Badge color={STATUS_COLORS[r.status]} variant="light">
                        {label(REVIEW_STATUS_LABELS[r.status])}
                      </Badge>
                      {r.decision && (
                        <Text size="xs" c="dimmed">
                          {label(REVIEW_DECISION_LABELS[r.decision])}
                        </Text>
                      )}
                    </>
                  ),
                },
                {
                  key: "outcome",
                  header: t("ec.rv.outcome"),
                  value: (r) => (r.outcome ? label(OUTCOME_LABELS[r.outcome]) : ""),
                  filter: true,
                  render: (r) => <OutcomeBadge outcome={r.outcome} />,
                },
                {
                  key: "updated",
                  header: t("ec.rv.updatedAt"),
                  value: (r) => date(r.updatedAt),
                  sortValue: (r) => r.updatedAt,
                },
              ]}
            />
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
