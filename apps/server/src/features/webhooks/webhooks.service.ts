import { randomBytes } from "node:crypto";
import type { TWebhook, TWebhookDelivery } from "@renkei/contract";
import { DomainError, type WebhookEvent } from "@renkei/domain";
import { and, desc, eq, sql } from "drizzle-orm";
import { webhookDeliveries, webhookSubscriptions } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { assertWebhookTarget, outboundPolicy } from "./outbound-address";

type SubscriptionRow = typeof webhookSubscriptions.$inferSelect;
type DeliveryRow = typeof webhookDeliveries.$inferSelect;

export interface WebhookValues {
  url: string;
  description: string;
  events: WebhookEvent[];
  active: boolean;
}

const actorOf = (a: Actor) => ({ userId: a.userId, label: a.displayName });
// The audit snapshot never contains the secret.
const snapshot = (r: SubscriptionRow) => ({
  url: r.url,
  description: r.description,
  events: r.events,
  active: r.active,
});

export function deliveryView(r: DeliveryRow): TWebhookDelivery {
  return {
    id: r.id,
    subscriptionId: r.subscriptionId,
    event: r.event,
    payload: r.payload,
    status: r.status as TWebhookDelivery["status"],
    attempts: r.attempts,
    nextAttemptAt: r.nextAttemptAt?.toISOString() ?? null,
    lastAttemptAt: r.lastAttemptAt?.toISOString() ?? null,
    lastStatusCode: r.lastStatusCode,
    lastError: r.lastError,
    createdAt: r.createdAt.toISOString(),
    deliveredAt: r.deliveredAt?.toISOString() ?? null,
  };
}

export function createWebhooksService(deps: Deps) {
  const { db, clock } = deps;

  async function find(actor: Actor, id: string): Promise<SubscriptionRow> {
    const [row] = await db
      .select()
      .from(webhookSubscriptions)
      .where(
        and(eq(webhookSubscriptions.id, id), eq(webhookSubscriptions.institutionId, actor.institutionId)),
      );
    if (!row) {
      throw new DomainError("NOT_FOUND", "Webhook not found");
    }
    return row;
  }

  async function counts(institutionId: string) {
    const rows = await db
      .select({
        id: webhookDeliveries.subscriptionId,
        pending: sql<number>`count(*) filter (where ${webhookDeliveries.status} = 'pending')::int`,
        failed: sql<number>`count(*) filter (where ${webhookDeliveries.status} = 'failed')::int`,
      })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.institutionId, institutionId))
      .groupBy(webhookDeliveries.subscriptionId);
    return new Map(rows.map((r) => [r.id, r]));
  }

  function view(r: SubscriptionRow, c?: { pending: number; failed: number }): TWebhook {
    return {
      id: r.id,
      url: r.url,
      description: r.description,
      events: r.events as WebhookEvent[],
      active: r.active,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      pending: c?.pending ?? 0,
      failed: c?.failed ?? 0,
    };
  }

  return {
    async list(actor: Actor): Promise<TWebhook[]> {
      const rows = await db
        .select()
        .from(webhookSubscriptions)
        .where(eq(webhookSubscriptions.institutionId, actor.institutionId))
        .orderBy(desc(webhookSubscriptions.createdAt));
      const c = await counts(actor.institutionId);
      return rows.map((r) => view(r, c.get(r.id)));
    },

    /** Creates a subscription with a generated signing secret, returned once. */
    async create(actor: Actor, values: WebhookValues): Promise<{ secret: string; item: TWebhook }> {
      await assertWebhookTarget(values.url, outboundPolicy(deps.config.webhookAllowedHosts));
      const secret = `whsec_${randomBytes(24).toString("base64url")}`;
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(webhookSubscriptions)
          .values({
            ...values,
            institutionId: actor.institutionId,
            secret,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: actorOf(actor),
          action: "webhook.created",
          entityType: "webhook",
          entityId: created!.id,
          after: snapshot(created!),
          at: now,
        });
        return created!;
      });
      return { secret, item: view(row) };
    },

    async update(actor: Actor, id: string, values: WebhookValues): Promise<TWebhook> {
      const before = await find(actor, id);
      await assertWebhookTarget(values.url, outboundPolicy(deps.config.webhookAllowedHosts));
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const [updated] = await tx
          .update(webhookSubscriptions)
          .set({ ...values, updatedAt: now })
          .where(eq(webhookSubscriptions.id, id))
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: actorOf(actor),
          action: "webhook.updated",
          entityType: "webhook",
          entityId: id,
          before: snapshot(before),
          after: snapshot(updated!),
          at: now,
        });
        return updated!;
      });
      return view(row, (await counts(actor.institutionId)).get(id));
    },

    async remove(actor: Actor, id: string): Promise<void> {
      const before = await find(actor, id);
      await db.transaction(async (tx) => {
        await tx.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: actorOf(actor),
          action: "webhook.deleted",
          entityType: "webhook",
          entityId: id,
          before: snapshot(before),
          at: clock.now(),
        });
      });
    },

    async deliveries(actor: Actor, id: string): Promise<TWebhookDelivery[]> {
      await find(actor, id);
      const rows = await db
        .select()
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.subscriptionId, id))
        .orderBy(desc(webhookDeliveries.createdAt))
        .limit(100);
      return rows.map(deliveryView);
    },

    /** Queues a `ping` to this subscription only, so an admin can check the receiver and the secret. */
    async ping(actor: Actor, id: string): Promise<TWebhookDelivery> {
      const sub = await find(actor, id);
      const now = clock.now();
      // The ping makes the server call out: on the record like every change (issue 10).
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(webhookDeliveries)
          .values({
            institutionId: actor.institutionId,
            subscriptionId: id,
            event: "ping",
            payload: { message: "Renkei webhook test" },
            status: "pending",
            nextAttemptAt: now,
            createdAt: now,
          })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: actorOf(actor),
          action: "webhook.pinged",
          entityType: "webhook",
          entityId: id,
          after: { deliveryId: created!.id, url: sub.url },
          at: now,
        });
        return created!;
      });
      return deliveryView(row);
    },

    /** Sends a delivery again at the next job run (e.g. after the receiver was fixed). */
    async retry(actor: Actor, deliveryId: string): Promise<TWebhookDelivery> {
      const [row] = await db
        .update(webhookDeliveries)
        .set({ status: "pending", nextAttemptAt: clock.now() })
        .where(
          and(
            eq(webhookDeliveries.id, deliveryId),
            eq(webhookDeliveries.institutionId, actor.institutionId),
            sql`${webhookDeliveries.status} <> 'delivered'`,
          ),
        )
        .returning();
      if (!row) {
        throw new DomainError("NOT_FOUND", "Delivery not found or already delivered");
      }
      return deliveryView(row);
    },
  };
}
