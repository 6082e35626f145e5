import { serve } from "@hono/node-server";
import { createApp } from "./app";
import { type Config, describeDatabase } from "./config";
import { createDb } from "./db/client";
import { migrateDb } from "./db/migrate";
import { HUB_OFFICER } from "./db/seed/demo-insight";
import { DEMO_PASSWORD, DEMO_USERS, HUB_USER, seedDemo } from "./db/seed/dev-seed";
import type { Deps } from "./deps";
import { loadOrCreateSigningKey } from "./features/audit/audit-key";
import { JOBS } from "./jobs/registry";
import { startScheduler } from "./jobs/scheduler";
import { systemClock } from "./lib/clock";
import { createLogger, errorFields } from "./lib/logger";

/** Opens the database, migrates it, and builds the dependencies every command shares. */
export async function openDeps(config: Config): Promise<Deps> {
  const logger = createLogger(config.logLevel);
  const handle = await createDb({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    onPoolError: (err) => logger.warn("database connection lost; reconnecting on next use", errorFields(err)),
  });
  await migrateDb(handle);
  return { db: handle.db, handle, clock: systemClock, logger, config };
}

/** `renkei serve`: migrate, seed the demo institution on first run, listen, print the URL and logins. */
export async function startServer(config: Config, options: { seed: boolean; banner?: boolean }) {
  const deps = await openDeps(config);
  // The checkpoint key exists from the first start, so an operator can hand its public half to an auditor.
  loadOrCreateSigningKey(config.auditKeyFile);
  const seeded = options.seed ? await seedDemo(deps) : { created: false };
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  const stopJobs = config.runJobs ? startScheduler(deps, JOBS) : () => undefined;
  const url = `http://localhost:${config.port}`;
  const lines = [
    "",
    `  Renkei 連携 is running at ${url}`,
    `  Database: ${describeDatabase(config)}${seeded.created ? " (demo data seeded)" : ""}`,
    `  API docs: ${url}/api/docs`,
    "",
    `  Demo sign-ins (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map((u) => `    ${u.role.padEnd(24)} ${u.email}`),
    `    ${"hub (consulting access)".padEnd(24)} ${HUB_USER.email}`,
    `    ${"hub export control".padEnd(24)} ${HUB_OFFICER.email}`,
    "",
  ];
  if (options.banner !== false) {
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  const shutdown = async () => {
    stopJobs();
    server.close();
    await deps.handle.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  return server;
}
