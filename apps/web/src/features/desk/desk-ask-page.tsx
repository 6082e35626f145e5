import { Button, Group, Paper, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { ZDeskAsk } from "@renkei/contract";
import { DESK_ABOUT_KINDS, DESK_TOPICS, type DeskAboutKind, type DeskTopic } from "@renkei/domain";
import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { PageTitle } from "../../components/ui/page-title";
import { type FieldErrors, fieldError, serverFieldErrors, validateWith } from "../../lib/form-errors";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { deskApi, type TDeskAskInput } from "./api";
import { useDeskMutation } from "./queries";

/** Ask the office; `?about=visitor&id=…` (from a record's page) makes it a question about that record. */
export function DeskAskPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const aboutKind = params.get("about") as DeskAboutKind | null;
  const aboutId = params.get("id");
  const about =
    aboutKind && aboutId && (DESK_ABOUT_KINDS as readonly string[]).includes(aboutKind)
      ? { kind: aboutKind, id: aboutId }
      : null;
  const ask = useDeskMutation((input: TDeskAskInput) => deskApi.ask(input));
  const [topic, setTopic] = useState<DeskTopic>(
    (params.get("topic") as DeskTopic | null) ?? (about ? "export_control" : "other"),
  );
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const input: TDeskAskInput = { topic, subject, body, about };
    const found = validateWith(ZDeskAsk, input);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      ask.mutate(input, {
        onSuccess: (r) => navigate(`/desk/${r.id}`),
        onError: (err) => setErrors(serverFieldErrors(err)),
      });
    }
  };

  return (
    <Stack>
      <PageTitle title={t("desk.askTitle")} description={t("desk.help")} />
      <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {about
              ? `${t(`desk.about.${about.kind}` as MessageKey)} — ${t("desk.aboutFromRecord")}`
              : t("desk.aboutNone")}
          </Text>
          <Select
            label={t("desk.topic")}
            required
            allowDeselect={false}
            value={topic}
            onChange={(v) => v && setTopic(v as DeskTopic)}
            data={DESK_TOPICS.map((k) => ({ value: k, label: t(`desk.topic.${k}` as MessageKey) }))}
          />
          <TextInput
            label={t("desk.subject")}
            required
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
            {...fieldError(errors, "subject", i18n)}
          />
          <Textarea
            label={t("desk.body")}
            required
            autosize
            minRows={5}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            {...fieldError(errors, "body", i18n)}
          />
          {ask.error && <ErrorAlert error={ask.error} />}
          <Group justify="flex-end">
            <Button type="submit" loading={ask.isPending}>
              {t("desk.send")}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
