import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  Stack,
  Table,
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
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { useClassifications } from "./queries";

const PAGE_SIZE = 25;

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
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("ec.cl.refNo")}</Table.Th>
                    <Table.Th>{t("ec.cl.name")}</Table.Th>
                    <Table.Th>{t("ec.cl.itemKind")}</Table.Th>
                    <Table.Th>{t("ec.cl.determination")}</Table.Th>
                    <Table.Th>{t("ec.cl.reviewStatus")}</Table.Th>
                    <Table.Th>{t("ec.cl.preparedBy")}</Table.Th>
                    <Table.Th>{t("ec.rv.updatedAt")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.refNo}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/export-control/classifications/${c.id}`} fw={600}>
                          {c.name}
                        </Anchor>
                        {c.model && (
                          <Text size="xs" c="dimmed">
                            {c.model}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{label(ITEM_KIND_LABELS[c.itemKind])}</Table.Td>
                      <Table.Td>
                        <Badge color={RESULT_COLORS[c.determination]} variant="light">
                          {label(RESULT_LABELS[c.determination])}
                          {c.listItem ? ` ${c.listItem}` : ""}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{label(CLASSIFICATION_STATUS_LABELS[c.reviewStatus])}</Table.Td>
                      <Table.Td>{c.preparedBy.displayName}</Table.Td>
                      <Table.Td>{date(c.updatedAt)}</Table.Td>
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
