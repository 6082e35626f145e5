import type { TWebhook, TWebhookCreated, TWebhookDelivery } from "@renkei/contract";
import type { WebhookEvent } from "@renkei/domain";
import { api } from "../../api/client";

export interface WebhookValues {
  url: string;
  description: string;
  events: WebhookEvent[];
  active: boolean;
}

export const webhooksApi = {
  list: () => api.get<{ items: TWebhook[] }>("/webhooks"),
  create: (body: WebhookValues) => api.post<TWebhookCreated>("/webhooks", body),
  update: (id: string, body: WebhookValues) => api.put<TWebhook>(`/webhooks/${id}`, body),
  remove: (id: string) => api.del<void>(`/webhooks/${id}`),
  deliveries: (id: string) => api.get<{ items: TWebhookDelivery[] }>(`/webhooks/${id}/deliveries`),
  ping: (id: string) => api.post<TWebhookDelivery>(`/webhooks/${id}/ping`),
  retry: (deliveryId: string) => api.post<TWebhookDelivery>(`/webhook-deliveries/${deliveryId}/retry`),
};
