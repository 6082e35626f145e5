import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The signature of a delivery: `sha256=` + hex HMAC-SHA256 over `<timestamp>.<raw body>` with the
 * subscription's secret (sent as X-Renkei-Signature with X-Renkei-Timestamp). Signing the timestamp
 * with the body lets a receiver reject replays of old deliveries.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** What a receiver does: recompute and compare in constant time. */
export function verifyWebhookSignature(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
