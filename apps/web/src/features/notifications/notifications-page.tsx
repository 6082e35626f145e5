import { Anchor, Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { notificationsApi } from "./api";
import { NOTIFICATIONS_KEY } from "./notification-bell";

/** 通知: the caller's notices, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t, dateTime } = useI18n();
  const client = useQueryClient();
  const list = useQuery({ queryKey: NOTIFICATIONS_KEY, queryFn: notificationsApi.list });
  const refresh = () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  const markAll = useMutation({ mutationFn: notificationsApi.markAllRead, onSuccess: refresh });
  const markOne = useMutation({
    mutationFn: (id: string) => notificationsApi.markRead([id]),
    onSuccess: refresh,
  });

  return (
    <Stack>
      <PageTitle
        title={t("notifications.title")}
        description={t("notifications.help")}
        actions={
          <Button
            variant="default"
            onClick={() => markAll.mutate()}
            loading={markAll.isPending}
            disabled={!list.data?.unread}
          >
            {t("notifications.markAllRead")}
          </Button>
        }
      />
      {list.isPending && <Loading />}
      {list.error && <ErrorAlert error={list.error} />}
      {list.data?.items.length === 0 && <Text c="dimmed">{t("notifications.empty")}</Text>}
      {list.data?.items.map((n) => (
        <Card key={n.id} withBorder padding="sm" bg={n.readAt ? undefined : "indigo.0"}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Group gap="xs">
                {!n.readAt && <Badge size="sm">{t("notifications.unread")}</Badge>}
                {n.link ? (
                  <Anchor
                    component={Link}
                    to={n.link}
                    fw={600}
                    onClick={() => !n.readAt && markOne.mutate(n.id)}
                  >
                    {n.title}
                  </Anchor>
                ) : (
                  <Text fw={600}>{n.title}</Text>
                )}
              </Group>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {n.body}
              </Text>
            </Stack>
            <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
              {dateTime(n.createdAt)}
            </Text>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
