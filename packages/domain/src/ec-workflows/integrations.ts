import type { Permission } from "../access/permissions";

/**
 * Permissions an institution-scoped API token may carry (one per token). Tokens serve external systems
 * that cannot hold a session, e.g. a travel / expense system checking a trip clearance before payment
 * (issue 4); every other route refuses them even when the permission would match.
 */
export const TOKEN_PERMISSIONS = ["clearance.read"] as const satisfies readonly Permission[];
export type TokenPermission = (typeof TOKEN_PERMISSIONS)[number];

/** Events an external system can subscribe to. Payloads carry references, not personal data. */
export const WEBHOOK_EVENTS = [
  "clearance.changed",
  "trip.submitted",
  "licence.changed",
  "licence.expiring",
  "visitor.reopened",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Seconds to wait after the n-th failed attempt (1-based): 1 min, 5 min, 30 min, 2 h, 12 h. */
export const WEBHOOK_RETRY_DELAYS_SECONDS = [60, 300, 1800, 7200, 43_200] as const;

/** Total attempts before a delivery is given up (the first try plus one per delay). */
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_SECONDS.length + 1;

/** When to try again after `attempts` failed attempts, or null when the delivery is given up. */
export function nextWebhookAttempt(attempts: number, failedAt: Date): Date | null {
  const delay = WEBHOOK_RETRY_DELAYS_SECONDS[attempts - 1];
  return attempts >= WEBHOOK_MAX_ATTEMPTS || delay === undefined
    ? null
    : new Date(failedAt.getTime() + delay * 1000);
}
