import type { TNotificationList, TOutboxMail } from "@renkei/contract";
import { api } from "../../api/client";

export interface OutboxPage {
  items: TOutboxMail[];
  total: number;
  page: number;
  pageSize: number;
}

export const notificationsApi = {
  list: () => api.get<TNotificationList>("/notifications", { limit: 50 }),
  markRead: (ids: string[]) => api.post<{ marked: number }>("/notifications/read", { ids }),
  markAllRead: () => api.post<{ marked: number }>("/notifications/read", { all: true }),
  outbox: (page: number) => api.get<OutboxPage>("/outbox", { page, pageSize: 25 }),
};
