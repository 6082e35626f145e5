import { eq } from "drizzle-orm";
import { createApp } from "../../src/app";
import { users } from "../../src/db/schema";
import type { Deps } from "../../src/deps";
import { createSession, SESSION_COOKIE } from "../../src/features/auth/sessions";
import { fixedClock } from "../../src/lib/clock";

/**
 * The same database seen by an app whose clock is at `iso` (e.g. years later, when the retention period
 * has ended). A session is opened directly for that clock (a browser would refuse a cookie that far ahead).
 */
export function appAt(deps: Deps, iso: string) {
  const later: Deps = { ...deps, clock: fixedClock(iso) };
  const app = createApp(later, { webDir: null });
  async function signIn(email: string) {
    const [user] = await deps.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const session = await createSession(deps.db, later, user!.id);
    return (method: string, path: string, body?: unknown) =>
      app.request(path, {
        method,
        headers: {
          cookie: `${SESSION_COOKIE}=${session.token}`,
          "x-csrf-token": session.csrfToken,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
  }
  return { app, signIn };
}
