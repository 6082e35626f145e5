import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { nextWebhookAttempt } from "@renkei/domain";
import { and, asc, eq, lte } from "drizzle-orm";
import { webhookDeliveries, webhookSubscriptions } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Job } from "../../jobs/job";
import {
  addressAllowed,
  guardedLookup,
  hostOf,
  type OutboundPolicy,
  outboundPolicy,
} from "./outbound-address";
import { signWebhook } from "./webhook-signature";

const BATCH = 50;
const TIMEOUT_MS = 10_000;

/** The HTTP call, injectable so a test can also run the job against a local receiver. */
export type WebhookPoster = (
  url: string,
  init: { headers: Record<string, string>; body: string },
) => Promise<{ status: number }>;

class DeliveryError extends Error {
  constructor(readonly kind: "not_public" | "timeout" | "unreachable") {
    super(kind);
  }
}

/**
 * POSTs with node:http(s) so the connection goes to the address the guard checked (no redirects
 * followed). Failures are reduced to three kinds: what the admin sees must not map the internal network
 * (no "ECONNREFUSED 10.0.0.5:8080", issue 10).
 */
export function httpPoster(policy: OutboundPolicy): WebhookPoster {
  return (raw, init) =>
    new Promise((resolve, reject) => {
      const url = new URL(raw);
      const host = hostOf(url);
      if (isIP(host) && !addressAllowed(policy, host, host)) {
        reject(new DeliveryError("not_public"));
        return;
      }
      const req = (url.protocol === "https:" ? https : http).request(
        url,
        {
          method: "POST",
          headers: { ...init.headers, "content-length": Buffer.byteLength(init.body) },
          lookup: guardedLookup(policy) as never,
          timeout: TIMEOUT_MS,
        },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0 });
        },
      );
      req.on("timeout", () => req.destroy(new DeliveryError("timeout")));
      req.on("error", (err: NodeJS.ErrnoException) =>
        reject(
          err instanceof DeliveryError
            ? err
            : new DeliveryError(err.code === "E_NOT_PUBLIC" ? "not_public" : "unreachable"),
        ),
      );
      req.end(init.body);
    });
}

const DELIVERY_ERRORS: Record<DeliveryError["kind"], string> = {
  not_public: "The receiver's address is not public and not allowed (RENKEI_WEBHOOK_ALLOWED_HOSTS)",
  timeout: `No answer within ${TIMEOUT_MS / 1000} s`,
  unreachable: "Could not connect to the receiver",
};

/**
 * Sends the deliveries that are due, oldest first: a 2xx answer marks one delivered; anything else is
 * retried with backoff (1 min … 12 h) and given up after the last attempt (status `failed`, visible to
 * the admin, who can retry it). Deliveries of an inactive subscription wait until it is active again.
 */
export async function deliverWebhooks(
  deps: Deps,
  now: Date,
  post: WebhookPoster = httpPoster(outboundPolicy(deps.config.webhookAllowedHosts)),
): Promise<{ delivered: number; retrying: number; failed: number }> {
  const due = await deps.db
    .select({ delivery: webhookDeliveries, sub: webhookSubscriptions })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .where(
      and(
        eq(webhookDeliveries.status, "pending"),
        lte(webhookDeliveries.nextAttemptAt, now),
        eq(webhookSubscriptions.active, true),
      ),
    )
    .orderBy(asc(webhookDeliveries.createdAt))
    .limit(BATCH);
  const counts = { delivered: 0, retrying: 0, failed: 0 };
  for (const { delivery, sub } of due) {
    const body = JSON.stringify({
      id: delivery.id,
      event: delivery.event,
      createdAt: delivery.createdAt.toISOString(),
      data: delivery.payload,
    });
    const timestamp = String(Math.floor(now.getTime() / 1000));
    const headers = {
      "content-type": "application/json",
      "user-agent": "Renkei-Webhooks/1",
      "x-renkei-event": delivery.event,
      "x-renkei-delivery": delivery.id,
      "x-renkei-timestamp": timestamp,
      "x-renkei-signature": signWebhook(sub.secret, timestamp, body),
    };
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      statusCode = (await post(sub.url, { headers, body })).status;
      if (statusCode < 200 || statusCode >= 300) {
        error = `HTTP ${statusCode}`;
      }
    } catch (err) {
      error = DELIVERY_ERRORS[err instanceof DeliveryError ? err.kind : "unreachable"];
    }
    const attempts = delivery.attempts + 1;
    if (error === null) {
      await deps.db
        .update(webhookDeliveries)
        .set({
          status: "delivered",
          attempts,
          lastAttemptAt: now,
          lastStatusCode: statusCode,
          lastError: null,
          nextAttemptAt: null,
          deliveredAt: now,
        })
        .where(eq(webhookDeliveries.id, delivery.id));
      counts.delivered++;
      continue;
    }
    const next = nextWebhookAttempt(attempts, now);
    await deps.db
      .update(webhookDeliveries)
      .set({
        status: next ? "pending" : "failed",
        attempts,
        lastAttemptAt: now,
        lastStatusCode: statusCode,
        lastError: error.slice(0, 500),
        nextAttemptAt: next,
      })
      .where(eq(webhookDeliveries.id, delivery.id));
    if (next) {
      counts.retrying++;
    } else {
      counts.failed++;
    }
  }
  return counts;
}

export const webhookDeliverJob: Job = {
  name: "webhooks.deliver",
  description: "Send signed webhook deliveries that are due; retry failures with backoff",
  everyMinutes: 1,
  run: async (deps, now) => {
    const c = await deliverWebhooks(deps, now);
    return `${c.delivered} delivered, ${c.retrying} to retry, ${c.failed} given up`;
  },
};
