import { Anchor, Group, Pagination, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router-dom";
import { DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import type { QueueStatus } from "./api";
import { HitCard } from "./hit-card";
import { useQueue } from "./queries";

const STATUSES: QueueStatus[] = ["open", "pending", "escalated", "true_match", "false_positive", "delisted"];

/** 照合結果の審査: open review items first-come first-served, each with its decision form. */
export function ReviewQueuePage() {
  const { t, dateTime } = useI18n();
  const can = useCan();
  const [view, setView] = useState<"cards" | "table">("cards");
  const [status, setStatus] = useState<QueueStatus>("open");
  const [page, setPage] = useState(1);
  const queue = useQueue(status, page);
  return (
    <Stack maw={1100}>
      <PageTitle title={t("screening.queue.title")} description={t("screening.queue.help")} />
      <Group>
        <Select
          label={t("screening.queue.filter")}
          value={status}
          onChange={(v) => {
            setStatus((v ?? "open") as QueueStatus);
            setPage(1);
          }}
          data={STATUSES.map((s) => ({
            value: s,
            label: s === "open" ? t("screening.queue.open") : t(`screening.hitStatus.${s}`),
          }))}
          allowDeselect={false}
          w={320}
        />
        <SegmentedControl
          value={view}
          onChange={(v) => setView(v as "cards" | "table")}
          data={[
            { value: "cards", label: t("screening.queue.title") },
            { value: "table", label: t("list.viewTable") },
          ]}
        />
      </Group>
      {queue.isPending && <Loading />}
      {queue.isError && <ErrorAlert error={queue.error} />}
      {queue.data && queue.data.items.length === 0 && <Text c="dimmed">{t("screening.queue.empty")}</Text>}
      {view === "cards" &&
        queue.data?.items.map((hit) => (
          <HitCard key={hit.id} hit={hit} canDecide={can("screening.review")} />
        ))}
      {view === "table" && queue.data && queue.data.items.length > 0 && (
        <DataTable
          rows={queue.data.items}
          rowKey={(h) => h.id}
          fileName="screening-hits"
          testId="hit-list"
          columns={[
            {
              key: "subject",
              header: t("screening.queue.subject"),
              value: (h) => h.subjectName,
              render: (h) => (
                <Anchor
                  component={Link}
                  to={`/${h.subjectKind === "partner" ? "partners" : "people"}/${h.subjectId}`}
                >
                  {h.subjectName}
                </Anchor>
              ),
            },
            {
              key: "kind",
              header: t("screening.queue.subject"),
              value: (h) =>
                t(h.subjectKind === "partner" ? "screening.queue.partner" : "screening.queue.person"),
              filter: true,
            },
            { key: "list", header: t("screening.match.list"), value: (h) => h.listName, filter: true },
            { key: "entry", header: t("screening.match.entryName"), value: (h) => h.entryName },
            {
              key: "score",
              header: t("screening.match.score"),
              value: (h) => Math.round(h.score * 100) / 100,
            },
            {
              key: "status",
              header: t("screening.queue.filter"),
              value: (h) => t(`screening.hitStatus.${h.status}`),
              filter: true,
            },
            {
              key: "found",
              header: t("screening.queue.openedAt"),
              value: (h) => dateTime(h.createdAt),
              sortValue: (h) => h.createdAt,
            },
          ]}
        />
      )}
      {queue.data && queue.data.total > queue.data.pageSize && (
        <Pagination
          total={Math.ceil(queue.data.total / queue.data.pageSize)}
          value={page}
          onChange={setPage}
          aria-label={t("common.pagination")}
        />
      )}
    </Stack>
  );
}
