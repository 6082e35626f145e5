import { Badge, Button, Card, Group, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import type { TAdviceInboxItem } from "@renkei/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { sharingApi } from "./api";

/** The hub's export-control officer: members' requests for advice, each with the record it is about. */
export function HubAdvicePage() {
  const { t } = useI18n();
  const inbox = useQuery({ queryKey: ["hub", "inbox"], queryFn: sharingApi.inbox });
  return (
    <Stack maw={1100}>
      <PageTitle title={t("advice.inbox")} description={t("advice.inboxHelp")} />
      {inbox.isPending && <Loading />}
      {inbox.isError && <ErrorAlert error={inbox.error} />}
      {inbox.data?.items.length === 0 && <Text>{t("advice.inboxEmpty")}</Text>}
      {inbox.data?.items.map((item) => (
        <AdviceRequest key={item.id} item={item} />
      ))}
    </Stack>
  );
}

function AdviceRequest({ item }: { item: TAdviceInboxItem }) {
  const { t, label, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState("");
  const save = useMutation({
    mutationFn: () => sharingApi.answer(item.id, answer),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["hub"] }),
  });
  return (
    <Card withBorder data-testid="advice-request">
      <Stack>
        <Group justify="space-between">
          <Title order={3}>
            {label(item.memberName)}: {item.subject.ref} {item.subject.title}
          </Title>
          <Badge color={item.answer === null ? "orange" : "green"}>
            {t(item.answer === null ? "advice.open" : "advice.answered")}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t(item.subjectKind === "review" ? "advice.kind.review" : "advice.kind.classification")}
        </Text>
        {item.subject.description && (
          <Text style={{ whiteSpace: "pre-wrap" }}>{item.subject.description}</Text>
        )}
        <Table>
          <Table.Tbody>
            {item.subject.facts.map((f) => (
              <Table.Tr key={f.label.en}>
                <Table.Th w={200}>{label(f.label)}</Table.Th>
                <Table.Td>{typeof f.value === "string" ? f.value : label(f.value)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed">
          {t("advice.askedBy", { by: item.requestedBy, at: dateTime(item.requestedAt) })}
        </Text>
        <Text style={{ whiteSpace: "pre-wrap" }}>{item.question}</Text>
        {item.answer !== null ? (
          <Card bg="blue.0" p="sm">
            <Text style={{ whiteSpace: "pre-wrap" }}>{item.answer}</Text>
          </Card>
        ) : (
          <>
            <Textarea
              label={t("advice.answer")}
              value={answer}
              onChange={(e) => setAnswer(e.currentTarget.value)}
              autosize
              minRows={3}
              maxLength={4000}
            />
            {save.isError && <ErrorAlert error={save.error} />}
            <Group>
              <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!answer.trim()}>
                {t("advice.send")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
