import { WEBHOOK_EVENTS } from "@renkei/domain";
import { z } from "zod";
import { ZUuid } from "./common";

export const ZWebhookInput = z
  .object({
    url: z
      .string()
      .trim()
      .regex(/^https?:\/\/\S+$/, "validation.url")
      .max(2000, "validation.too_long"),
    description: z.string().trim().max(500, "validation.too_long").default(""),
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, "validation.required").max(WEBHOOK_EVENTS.length),
    active: z.boolean().default(true),
  })
  .meta({ id: "WebhookInput" });

export const ZWebhook = z
  .object({
    id: ZUuid,
    url: z.string(),
    description: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    pending: z.number().int(),
    failed: z.number().int(),
  })
  .meta({ id: "Webhook" });
export type TWebhook = z.infer<typeof ZWebhook>;

/** The signing secret appears in this response only. */
export const ZWebhookCreated = z
  .object({ secret: z.string(), item: ZWebhook })
  .meta({ id: "WebhookCreated" });
export type TWebhookCreated = z.infer<typeof ZWebhookCreated>;

export const ZWebhookDelivery = z
  .object({
    id: ZUuid,
    subscriptionId: ZUuid,
    event: z.string(),
    payload: z.unknown(),
    status: z.enum(["pending", "delivered", "failed"]),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    deliveredAt: z.string().nullable(),
  })
  .meta({ id: "WebhookDelivery" });
export type TWebhookDelivery = z.infer<typeof ZWebhookDelivery>;
