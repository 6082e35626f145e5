import { z } from "zod";
import { ZPageQuery, ZUuid } from "./common";

export const ZNotification = z
  .object({
    id: ZUuid,
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: "Notification" });
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationList = z.object({ items: z.array(ZNotification), unread: z.number().int() });
export type TNotificationList = z.infer<typeof ZNotificationList>;

export const ZNotificationQuery = z.object({
  unreadOnly: z.enum(["true", "false"]).default("false"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** Either the listed notices, or all of the caller's unread ones. */
export const ZMarkRead = z.union([
  z.object({ ids: z.array(ZUuid).min(1).max(500) }),
  z.object({ all: z.literal(true) }),
]);

export const ZOutboxMail = z
  .object({
    id: ZUuid,
    toAddress: z.string(),
    subject: z.string(),
    body: z.string(),
    kind: z.string(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    transport: z.string().nullable(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
  })
  .meta({ id: "OutboxMail" });
export type TOutboxMail = z.infer<typeof ZOutboxMail>;

export const ZOutboxQuery = ZPageQuery;
