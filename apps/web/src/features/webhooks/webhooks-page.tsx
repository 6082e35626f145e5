import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { TWebhook } from "@renkei/contract";
import { WEBHOOK_EVENTS, type WebhookEvent } from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { webhooksApi } from "./api";
import { DeliveriesTable } from "./deliveries-table";

/**
 * Webhook: external systems subscribe to changes (clearance changed, licence expiring …). Deliveries are
 * signed with HMAC-SHA256 (`X-Renkei-Signature: sha256=…` over `<X-Renkei-Timestamp>.<body>`).
 */
export function WebhooksPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ["webhooks", "list"], queryFn: () => webhooksApi.list() });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["webhooks"] });
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<WebhookEvent[]>(["clearance.changed"]);
  const [secret, setSecret] = useState<string | null>(null);
  const create = useMutation({ mutationFn: webhooksApi.create, onSuccess: refresh });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { url, description, events, active: true },
      {
        onSuccess: (r) => {
          setSecret(r.secret);
          setUrl("");
          setDescription("");
        },
      },
    );
  };
  return (
    <Stack>
      <PageTitle title={t("webhooks.title")} description={t("webhooks.help")} />
      {secret && (
        <Alert
          color="green"
          title={t("webhooks.secretTitle")}
          withCloseButton
          onClose={() => setSecret(null)}
        >
          <Text size="sm">{t("webhooks.secretHelp")}</Text>
          <Code fz="sm">{secret}</Code>
        </Alert>
      )}
      <Paper withBorder p="md">
        <form onSubmit={submit}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t("webhooks.create")}
            </Title>
            {create.error ? <ErrorAlert error={create.error} /> : null}
            <TextInput
              label={t("webhooks.url")}
              placeholder="https://"
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
            />
            <TextInput
              label={t("webhooks.description")}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
            />
            <Checkbox.Group
              label={t("webhooks.events")}
              value={events}
              onChange={(v) => setEvents(v as WebhookEvent[])}
            >
              <Stack gap={4} mt={4}>
                {WEBHOOK_EVENTS.map((ev) => (
                  <Checkbox
                    key={ev}
                    value={ev}
                    label={`${ev} — ${t(`webhooks.event.${ev}` as MessageKey)}`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Group>
              <Button type="submit" loading={create.isPending} disabled={!url || events.length === 0}>
                {t("webhooks.createButton")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {list.isPending && <Loading />}
      {list.error && <ErrorAlert error={list.error} />}
      {list.data?.items.length === 0 && <Text c="dimmed">{t("webhooks.none")}</Text>}
      {list.data?.items.map((w) => (
        <SubscriptionCard key={w.id} w={w} onChanged={refresh} />
      ))}
    </Stack>
  );
}

function SubscriptionCard({ w, onChanged }: { w: TWebhook; onChanged: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const update = useMutation({
    mutationFn: (active: boolean) =>
      webhooksApi.update(w.id, { url: w.url, description: w.description, events: w.events, active }),
    onSuccess: onChanged,
  });
  const ping = useMutation({ mutationFn: () => webhooksApi.ping(w.id), onSuccess: onChanged });
  const remove = useMutation({ mutationFn: () => webhooksApi.remove(w.id), onSuccess: onChanged });
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Stack gap={0}>
            <Text fw={600} style={{ overflowWrap: "anywhere" }}>
              {w.url}
            </Text>
            {w.description && (
              <Text size="sm" c="dimmed">
                {w.description}
              </Text>
            )}
          </Stack>
          <Switch
            label={t("webhooks.active")}
            checked={w.active}
            onChange={(e) => update.mutate(e.currentTarget.checked)}
          />
        </Group>
        <Group gap={4}>
          {w.events.map((ev) => (
            <Badge key={ev} variant="outline">
              {ev}
            </Badge>
          ))}
          {w.pending > 0 && <Badge color="yellow">{t("webhooks.pendingCount", { n: w.pending })}</Badge>}
          {w.failed > 0 && <Badge color="red">{t("webhooks.failedCount", { n: w.failed })}</Badge>}
        </Group>
        {(update.error || ping.error || remove.error) && (
          <ErrorAlert error={update.error ?? ping.error ?? remove.error} />
        )}
        <Group>
          <Button size="xs" variant="light" onClick={() => setOpen((o) => !o)}>
            {open ? t("webhooks.hideDeliveries") : t("webhooks.showDeliveries")}
          </Button>
          <Button size="xs" variant="light" loading={ping.isPending} onClick={() => ping.mutate()}>
            {t("webhooks.ping")}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate()}
          >
            {t("webhooks.remove")}
          </Button>
        </Group>
        {open && <DeliveriesTable subscriptionId={w.id} />}
      </Stack>
    </Paper>
  );
}
