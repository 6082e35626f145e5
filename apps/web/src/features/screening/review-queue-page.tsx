import { Group, Pagination, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
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
  const { t } = useI18n();
  const can = useCan();
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
      </Group>
      {queue.isPending && <Loading />}
      {queue.isError && <ErrorAlert error={queue.error} />}
      {queue.data && queue.data.items.length === 0 && <Text c="dimmed">{t("screening.queue.empty")}</Text>}
      {queue.data?.items.map((hit) => (
        <HitCard key={hit.id} hit={hit} canDecide={can("screening.review")} />
      ))}
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
