import { Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import type { TDeskQuestion } from "@renkei/contract";
import type { DeskConversionKind } from "@renkei/domain";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { StatusBadge } from "../ec-shared/outcome-badge";
import { deskApi } from "./api";
import { DESK_STATUS_COLOR, RECORD_PATH } from "./labels";
import { useDeskMutation, useDeskQuestion } from "./queries";

function Thread({ q }: { q: TDeskQuestion }) {
  const { t, dateTime } = useI18n();
  return (
    <Stack gap="xs" aria-label={t("desk.thread")}>
      <Paper withBorder p="sm">
        <Text size="xs" c="dimmed">
          {q.asker?.displayName ?? "—"} · {dateTime(q.createdAt)}
        </Text>
        <Text style={{ whiteSpace: "pre-wrap" }}>{q.body}</Text>
      </Paper>
      {q.messages.map((m) => (
        <Paper
          key={m.id}
          withBorder
          p="sm"
          ml={m.fromOffice ? "xl" : 0}
          bg={m.fromOffice ? "indigo.0" : undefined}
        >
          <Group gap="xs">
            {m.fromOffice && <Badge size="xs">{t("desk.office")}</Badge>}
            <Text size="xs" c="dimmed">
              {m.author?.displayName ?? "—"} · {dateTime(m.createdAt)}
            </Text>
          </Group>
          <Text style={{ whiteSpace: "pre-wrap" }}>{m.body}</Text>
        </Paper>
      ))}
    </Stack>
  );
}

const CONVERTED_PATH: Record<DeskConversionKind, (id: string) => string> = {
  classification: RECORD_PATH.classification,
  review: RECORD_PATH.review,
  case: RECORD_PATH.case,
};

/** One question: the thread, a reply box, close / re-open, and the office's conversions. */
export function DeskQuestionPage() {
  const { t } = useI18n();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const question = useDeskQuestion(id);
  const [reply, setReply] = useState("");
  const send = useDeskMutation((a: { body: string; version: number }) =>
    deskApi.reply(id, a.body, a.version),
  );
  const state = useDeskMutation((a: { to: "closed" | "reopened"; version: number }) =>
    deskApi.state(id, a.to, a.version),
  );
  const convert = useDeskMutation((a: { kind: DeskConversionKind; version: number }) =>
    deskApi.convert(id, a.kind, a.version),
  );
  if (question.isPending) {
    return <Loading />;
  }
  if (question.isError) {
    return <ErrorAlert error={question.error} />;
  }
  const q = question.data;
  const office = q.can.convert.length > 0 || q.messages.some((m) => m.fromOffice);
  return (
    <Stack>
      <Anchor component={Link} to="/desk" size="sm">
        ← {t("desk.title")}
      </Anchor>
      <PageTitle
        title={q.subject}
        description={
          <Group gap="xs" component="span">
            <Text span size="sm" c="dimmed">
              {q.ref} · {t(`desk.topic.${q.topic}` as MessageKey)}
            </Text>
            <StatusBadge prefix="desk.status" status={q.status} color={DESK_STATUS_COLOR[q.status]} />
          </Group>
        }
        actions={
          <Group>
            {q.can.close && (
              <ConfirmButton
                variant="default"
                color="gray"
                title={t("desk.closeConfirm")}
                loading={state.isPending}
                onConfirm={() => state.mutate({ to: "closed", version: q.version })}
              >
                {t("desk.close")}
              </ConfirmButton>
            )}
            {q.can.reopen && (
              <Button variant="default" onClick={() => state.mutate({ to: "reopened", version: q.version })}>
                {t("desk.reopen")}
              </Button>
            )}
          </Group>
        }
      />
      {q.about && (
        <Text size="sm">
          {t("desk.about")}: {t(`desk.about.${q.about.kind}` as MessageKey)}{" "}
          <Anchor component={Link} to={RECORD_PATH[q.about.kind](q.about.id)}>
            {q.about.label}
          </Anchor>
        </Text>
      )}
      {state.error && <ErrorAlert error={state.error} />}
      <Thread q={q} />
      {q.can.reply && (
        <Paper withBorder p="md">
          <Stack>
            <Textarea
              label={office && q.can.convert.length > 0 ? t("desk.replyOffice") : t("desk.reply")}
              autosize
              minRows={3}
              value={reply}
              onChange={(e) => setReply(e.currentTarget.value)}
            />
            {send.error && <ErrorAlert error={send.error} />}
            <Group justify="flex-end">
              <Button
                disabled={reply.trim() === ""}
                loading={send.isPending}
                onClick={() =>
                  send.mutate({ body: reply, version: q.version }, { onSuccess: () => setReply("") })
                }
              >
                {t("desk.send")}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {q.conversions.length > 0 && (
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t("desk.conversions")}
          </Title>
          {q.conversions.map((c) => (
            <Text key={c.recordId} size="sm">
              {t(`desk.conversion.${c.kind}` as MessageKey)}:{" "}
              <Anchor component={Link} to={CONVERTED_PATH[c.kind](c.recordId)}>
                {c.label}
              </Anchor>
            </Text>
          ))}
        </Stack>
      )}
      {q.can.convert.length > 0 && (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t("desk.convertTitle")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("desk.convertHelp")}
            </Text>
            {convert.error && <ErrorAlert error={convert.error} />}
            <Group>
              {q.can.convert.map((kind) => (
                <ConfirmButton
                  key={kind}
                  variant="light"
                  color="indigo"
                  title={t("desk.convertConfirm", { kind: t(`desk.conversion.${kind}` as MessageKey) })}
                  loading={convert.isPending}
                  onConfirm={() =>
                    convert.mutate(
                      { kind, version: q.version },
                      { onSuccess: (r) => navigate(CONVERTED_PATH[r.kind](r.recordId)) },
                    )
                  }
                >
                  {t(`desk.convert.${kind}` as MessageKey)}
                </ConfirmButton>
              ))}
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
