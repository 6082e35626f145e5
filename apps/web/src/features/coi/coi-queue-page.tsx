import { Anchor, Badge, Button, Checkbox, Group, Select, Stack, Table, Text } from "@mantine/core";
import { DECLARATION_STATES } from "@renkei/domain";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { RefusedAlert } from "../cases/section-card";
import { coiApi } from "./api";
import { STATUS_COLOR } from "./coi-home-page";
import { useCoiMutation, useCoiQueue } from "./queries";

/** The committee's queue: institution-wide for reviewers, assigned only for external members. */
export function CoiQueuePage() {
  const { t, dateTime } = useI18n();
  const can = useCan();
  const [status, setStatus] = useState<string | null>("submitted");
  const queue = useCoiQueue(status ?? undefined);
  const [picked, setPicked] = useState<string[]>([]);
  const bulk = useCoiMutation((ids: string[]) => coiApi.bulkApprove(ids));
  return (
    <Stack>
      <PageTitle title={t("coi.queue")} />
      <Group>
        <Select
          aria-label={t("ec.status")}
          clearable
          value={status}
          onChange={setStatus}
          data={DECLARATION_STATES.map((s) => ({ value: s, label: t(`coi.status.${s}` as MessageKey) }))}
        />
        {can("coi.decide") && (
          <Button
            disabled={picked.length === 0}
            loading={bulk.isPending}
            onClick={() => bulk.mutate(picked, { onSuccess: () => setPicked([]) })}
          >
            {t("coi.bulkApprove")}
          </Button>
        )}
      </Group>
      {bulk.isSuccess && <Text c="green">{t("coi.bulkDone", { n: bulk.data.approved })}</Text>}
      <RefusedAlert error={bulk.error} />
      {queue.isPending && <Loading />}
      {queue.error && <ErrorAlert error={queue.error} />}
      {queue.data?.items.length === 0 && <Text c="dimmed">{t("coi.empty")}</Text>}
      {queue.data && queue.data.items.length > 0 && (
        <Table striped>
          <Table.Tbody>
            {queue.data.items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  {can("coi.decide") && d.status === "submitted" && d.noInterests && (
                    <Checkbox
                      aria-label={d.declarantName}
                      checked={picked.includes(d.id)}
                      onChange={(e) =>
                        setPicked(
                          e.currentTarget.checked ? [...picked, d.id] : picked.filter((x) => x !== d.id),
                        )
                      }
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/coi/declarations/${d.id}`}>
                    {d.declarantName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{d.cycleTitle ?? t(`coi.trigger.${d.trigger}` as MessageKey)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[d.status]}>{t(`coi.status.${d.status}` as MessageKey)}</Badge>
                </Table.Td>
                <Table.Td>
                  {d.noInterests ? t("coi.noInterests") : `${t("coi.interests")}: ${d.interestCount}`}
                </Table.Td>
                <Table.Td>{dateTime(d.submittedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
