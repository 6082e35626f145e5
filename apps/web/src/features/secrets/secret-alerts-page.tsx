import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import type { TSecretAlert } from "@renkei/contract";
import { LEAKAGE_RULE_LABELS } from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { reasonText } from "../../lib/reasons";
import { secretsApi } from "./api";
import { LevelBadge } from "./level-badge";

/** The officer's queue of leakage alerts (H8): the events behind each, resolve or escalate with a note. */
export function SecretAlertsPage() {
  const { t } = useI18n();
  const alerts = useQuery({ queryKey: ["secrets", "alerts"], queryFn: () => secretsApi.alerts("open") });
  return (
    <>
      <PageTitle title={t("secrets.alerts.title")} description={t("secrets.alerts.help")} />
      {alerts.isPending ? (
        <Loading />
      ) : alerts.isError ? (
        <ErrorAlert error={alerts.error} />
      ) : alerts.data.items.length === 0 ? (
        <Text c="dimmed">{t("secrets.alerts.empty")}</Text>
      ) : (
        <Stack>
          {alerts.data.items.map((a) => (
            <AlertCard key={a.id} a={a} />
          ))}
        </Stack>
      )}
    </>
  );
}

function AlertCard({ a }: { a: TSecretAlert }) {
  const { t, label, locale, dateTime } = useI18n();
  const qc = useQueryClient();
  const [note, setNote] = useState("");
  const decide = useMutation({
    mutationFn: (status: "resolved" | "escalated") => secretsApi.decideAlert(a.id, status, note),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["secrets", "alerts"] }),
  });
  return (
    <Paper withBorder p="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {label(LEAKAGE_RULE_LABELS[a.rule])}: {a.user?.name}
        </Title>
        <Badge color="red">{dateTime(a.raisedAt)}</Badge>
      </Group>
      {a.reasons.map((r) => (
        <Text key={r.ruleId} size="sm">
          {reasonText(locale, r)}
        </Text>
      ))}
      <Text size="sm" fw={600} mt="sm">
        {t("secrets.alerts.events", { n: a.events.length })}
      </Text>
      <Table>
        <Table.Tbody>
          {a.events.slice(0, 50).map((e) => (
            <Table.Tr key={`${e.at}-${e.action}-${e.itemTitle ?? ""}-${e.path}`}>
              <Table.Td>{dateTime(e.at)}</Table.Td>
              <Table.Td>{t(`secrets.log.${e.action as "view" | "download" | "refused"}`)}</Table.Td>
              <Table.Td>
                <LevelBadge level={e.level} />
              </Table.Td>
              <Table.Td>{e.itemTitle ?? "—"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group align="flex-end" mt="sm">
        <TextInput
          label={t("secrets.alerts.note")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          miw={320}
        />
        <Button disabled={!note.trim()} loading={decide.isPending} onClick={() => decide.mutate("resolved")}>
          {t("secrets.alerts.resolve")}
        </Button>
        <Button
          color="red"
          variant="light"
          disabled={!note.trim()}
          loading={decide.isPending}
          onClick={() => decide.mutate("escalated")}
        >
          {t("secrets.alerts.escalate")}
        </Button>
      </Group>
      {decide.error ? <ErrorAlert error={decide.error} /> : null}
    </Paper>
  );
}
