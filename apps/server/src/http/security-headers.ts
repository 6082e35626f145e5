import type { Context } from "hono";

/**
 * Browser-side defences on every response (issue 10, item 10). The SPA is built by Vite into plain
 * files: scripts only from this origin; styles also inline, because Mantine writes its CSS variables into
 * a <style> element and components set `style` attributes. Images may be data: URLs (icons). Nothing may
 * frame the app (clickjacking), and forms and <base> cannot point elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** One year; sent only when the app is configured for HTTPS (secure cookies), never over plain HTTP. */
const HSTS = "max-age=31536000; includeSubDomains";

export function securityHeaders(c: Context, options: { secureCookies: boolean }) {
  c.header("content-security-policy", CONTENT_SECURITY_POLICY);
  c.header("x-content-type-options", "nosniff");
  c.header("referrer-policy", "same-origin");
  c.header("x-frame-options", "DENY");
  c.header("cross-origin-opener-policy", "same-origin");
  if (options.secureCookies) {
    c.header("strict-transport-security", HSTS);
  }
}
