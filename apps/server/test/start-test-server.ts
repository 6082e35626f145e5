import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp, WEB_DIST } from "../src/app";
import { seedDemo } from "../src/db/seed/dev-seed";
import type { Deps } from "../src/deps";
import { systemClock } from "../src/lib/clock";
import { createTestDeps } from "./harness";

/** The real HTTP server on a free loopback port, over a seeded in-memory database (browser journeys). */
export async function startTestServer(): Promise<{ url: string; deps: Deps; close(): Promise<void> }> {
  const { deps, drop } = await createTestDeps(systemClock);
  await seedDemo(deps);
  const app = createApp(deps, { webDir: WEB_DIST });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  // Links in mail and single sign-on addresses name this server (PUBLIC_URL).
  deps.config = { ...deps.config, publicUrl: `http://127.0.0.1:${port}` };
  return {
    url: `http://127.0.0.1:${port}`,
    // Journeys that need a periodic job to run now (e.g. COI monitoring reminders) call it with these.
    deps,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await drop();
    },
  };
}
