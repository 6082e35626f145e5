import { Button, Card, Group, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { sharingApi, type TAdviceSubjectKind } from "./api";

/**
 * The hub's advice on a member's 取引審査 or 該非判定, shown on the record (issue 16 §6). The export-control
 * office asks a hub whose grant includes advice; the hub's officer answers on its own page.
 */
export function HubAdviceCard({
  subjectKind,
  subjectId,
}: {
  subjectKind: TAdviceSubjectKind;
  subjectId: string;
}) {
  const { t, label, dateTime } = useI18n();
  const can = useCan();
  const advice = useQuery({
    queryKey: ["hub", "advice", subjectKind, subjectId],
    queryFn: () => sharingApi.advice(subjectKind, subjectId),
  });
  const mayAsk = can("hub.ask_advice");
  if (!advice.data?.items.length && !mayAsk) {
    return null;
  }
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{t("advice.title")}</Title>
        {advice.isError && <ErrorAlert error={advice.error} />}
        {advice.data?.items.map((a) => (
          <Stack key={a.id} gap={4} data-testid="hub-advice">
            <Text size="sm" c="dimmed">
              {t("advice.askedOf", { hub: label(a.hubName), by: a.requestedBy, at: dateTime(a.requestedAt) })}
            </Text>
            <Text style={{ whiteSpace: "pre-wrap" }}>{a.question}</Text>
            {a.answer === null ? (
              <Text c="orange">{t("advice.waiting")}</Text>
            ) : (
              <Card bg="blue.0" p="sm">
                <Text size="sm" c="dimmed">
                  {t("advice.answeredBy", { by: a.answeredBy ?? "", at: dateTime(a.answeredAt ?? "") })}
                </Text>
                <Text style={{ whiteSpace: "pre-wrap" }}>{a.answer}</Text>
              </Card>
            )}
          </Stack>
        ))}
        {mayAsk && <AskForm subjectKind={subjectKind} subjectId={subjectId} />}
      </Stack>
    </Card>
  );
}

function AskForm({ subjectKind, subjectId }: { subjectKind: TAdviceSubjectKind; subjectId: string }) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const hubs = useQuery({ queryKey: ["hub", "advice-hubs"], queryFn: sharingApi.adviceHubs });
  const [hub, setHub] = useState<string | null>(null);
  const [question, setQuestion] = useState("");
  const ask = useMutation({
    mutationFn: () => sharingApi.ask({ hubInstitutionId: hub ?? "", subjectKind, subjectId, question }),
    onSuccess: () => {
      setQuestion("");
      return queryClient.invalidateQueries({ queryKey: ["hub", "advice", subjectKind, subjectId] });
    },
  });
  if (hubs.data?.items.length === 0) {
    return <Text c="dimmed">{t("advice.noHub")}</Text>;
  }
  const options = hubs.data?.items.map((h) => ({ value: h.id, label: label(h.name) })) ?? [];
  return (
    <Stack gap="xs">
      <Select
        label={t("advice.hub")}
        data={options}
        value={hub ?? (options.length === 1 ? (options[0]?.value ?? null) : null)}
        onChange={setHub}
      />
      <Textarea
        label={t("advice.question")}
        value={question}
        onChange={(e) => setQuestion(e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={4000}
      />
      {ask.isError && <ErrorAlert error={ask.error} />}
      <Group>
        <Button
          onClick={() => {
            if (!hub && options.length === 1) {
              setHub(options[0]?.value ?? null);
            }
            ask.mutate();
          }}
          loading={ask.isPending}
          disabled={!question.trim() || (!hub && options.length !== 1)}
        >
          {t("advice.ask")}
        </Button>
      </Group>
    </Stack>
  );
}
