import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import {
  CLASSIFICATION_RESULTS,
  CLASSIFICATION_STATUS_LABELS,
  CLASSIFICATION_STATUSES,
  ITEM_KIND_LABELS,
  RESULT_LABELS,
} from "@renkei/domain";
import { useState } from "react";
import { Link } from "react-router-dom";
import { DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { useClassifications } from "./queries";

// One page holds what the table sorts, filters and exports (the API allows 200 a page).
const PAGE_SIZE = 200;

export const RESULT_COLORS = { applicable: "red", not_applicable: "green", out_of_scope: "gray" } as const;

export function ClassificationListPage() {
  const { t, label, date } = useI18n();
  const can = useCan();
  const [q, setQ] = useState("");
  const [determination, setDetermination] = useState("");
  const [reviewStatus, setReviewStatus] = useState("");
  const [page, setPage] = useState(1);
  const list = useClassifications({
    q: q || undefined,
    determination: determination || undefined,
    reviewStatus: reviewStatus || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <Stack>
      <PageTitle
        title={t("ec.cl.title")}
        description={t("ec.cl.help")}
        actions={
          can("export.classify") && (
            <Button component={Link} to="/export-control/classifications/new">
              {t("ec.cl.new")}
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
          label={t("ec.cl.determination")}
          value={determination}
          onChange={(e) => {
            setDetermination(e.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: "", label: t("ec.cl.filterAll") },
            ...CLASSIFICATION_RESULTS.map((r) => ({ value: r, label: label(RESULT_LABELS[r]) })),
          ]}
        />
        <NativeSelect
          label={t("ec.cl.reviewStatus")}
          value={reviewStatus}
          onChange={(e) => {
            setReviewStatus(e.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: "", label: t("ec.cl.filterAll") },
            ...CLASSIFICATION_STATUSES.map((s) => ({
              value: s,
              label: label(CLASSIFICATION_STATUS_LABELS[s]),
            })),
          ]}
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
              {t("ec.cl.empty")}
            </Text>
          ) : (
            <DataTable
              rows={list.data.items}
              rowKey={(c) => c.id}
              fileName="classifications"
              testId="classification-list"
              columns={[
                { key: "ref", header: t("ec.cl.refNo"), value: (c) => c.refNo, width: 130 },
                {
                  key: "name",
                  header: t("ec.cl.name"),
                  value: (c) => c.name,
                  render: (c) => (
                    <>
                      <Anchor component={Link} to={`/export-control/classifications/${c.id}`} fw={600}>
                        {c.name}
                      </Anchor>
                      {c.model && (
                        <Text size="xs" c="dimmed">
                          {c.model}
                        </Text>
                      )}
                    </>
                  ),
                },
                {
                  key: "kind",
                  header: t("ec.cl.itemKind"),
                  value: (c) => label(ITEM_KIND_LABELS[c.itemKind]),
                  filter: true,
                },
                {
                  key: "determination",
                  header: t("ec.cl.determination"),
                  value: (c) =>
                    `${label(RESULT_LABELS[c.determination])}${c.listItem ? ` ${c.listItem}` : ""}`,
                  render: (c) => (
                    <Badge color={RESULT_COLORS[c.determination]} variant="light">
                      {label(RESULT_LABELS[c.determination])}
                      {c.listItem ? ` ${c.listItem}` : ""}
                    </Badge>
                  ),
                },
                {
                  key: "status",
                  header: t("ec.cl.reviewStatus"),
                  value: (c) => label(CLASSIFICATION_STATUS_LABELS[c.reviewStatus]),
                  filter: true,
                },
                {
                  key: "preparedBy",
                  header: t("ec.cl.preparedBy"),
                  value: (c) => c.preparedBy.displayName,
                  filter: true,
                },
                {
                  key: "updated",
                  header: t("ec.rv.updatedAt"),
                  value: (c) => date(c.updatedAt),
                  sortValue: (c) => c.updatedAt,
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
