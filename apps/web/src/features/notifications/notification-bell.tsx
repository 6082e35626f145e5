import { ActionIcon, Indicator } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { useI18n } from "../../lib/i18n";
import { notificationsApi } from "./api";

export const NOTIFICATIONS_KEY = ["notifications"] as const;

/** The header bell: the unread count, polled once a minute, linking to the notifications page. */
export function NotificationBell() {
  const { t } = useI18n();
  const list = useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: notificationsApi.list,
    refetchInterval: 60_000,
  });
  const unread = list.data?.unread ?? 0;
  return (
    <Indicator label={unread} size={16} disabled={unread === 0} color="red" offset={4}>
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="default"
        size="lg"
        aria-label={t("notifications.bell", { n: unread })}
        data-testid="notification-bell"
      >
        <span aria-hidden="true">🔔</span>
      </ActionIcon>
    </Indicator>
  );
}
