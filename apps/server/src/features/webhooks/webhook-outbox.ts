import type { WebhookEvent } from "@renkei/domain";
import { and, arrayContains, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { webhookDeliveries, webhookSubscriptions } from "../../db/schema";

/**
 * Queues `event` for every active subscription of the institution that asked for it, in the caller's
 * transaction (outbox, architecture §8.6): a change that rolls back sends nothing. The
 * `webhooks.deliver` job sends, signs and retries.
 */
export async function enqueueWebhook(
  tx: DbOrTx,
  input: { institutionId: string; event: WebhookEvent; payload: Record<string, unknown> },
  now: Date,
): Promise<number> {
  const subs = await tx
    .select({ id: webhookSubscriptions.id })
    .from(webhookSubscriptions)
    .where(
      and(
        eq(webhookSubscriptions.institutionId, input.institutionId),
        eq(webhookSubscriptions.active, true),
        arrayContains(webhookSubscriptions.events, [input.event]),
      ),
    );
  if (subs.length === 0) {
    return 0;
  }
  await tx.insert(webhookDeliveries).values(
    subs.map((s) => ({
      institutionId: input.institutionId,
      subscriptionId: s.id,
      event: input.event,
      payload: input.payload,
      status: "pending",
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
  return subs.length;
}
