import cluster from "node:cluster";
import { type Config, ConfigError } from "./config";
import { seedDemo } from "./db/seed/dev-seed";
import { openDeps, startServer } from "./server";

/**
 * `renkei serve --workers N` (issue 10, item 12): N app processes share the port (node:cluster) and one
 * PostgreSQL. The app keeps no state of its own — sessions, throttling and the audit chain live in the
 * database — so any process may answer any request. The primary migrates and seeds once, then forks;
 * only the first worker runs the periodic jobs (and each job still claims its turn in the database, so
 * several servers started by hand also run it once). A worker that dies is replaced.
 */
export async function startWorkers(config: Config, options: { seed: boolean; workers: number }) {
  if (cluster.isWorker) {
    const index = Number(process.env.RENKEI_WORKER_INDEX ?? 0);
    await startServer(
      { ...config, runJobs: config.runJobs && index === 0 },
      { seed: false, banner: index === 0 },
    );
    return;
  }
  if (!config.databaseUrl) {
    throw new ConfigError(
      "--workers needs DATABASE_URL: the embedded database is opened by one process only (use PostgreSQL)",
    );
  }
  const deps = await openDeps(config);
  if (options.seed) {
    await seedDemo(deps);
  }
  await deps.handle.close();
  let stopping = false;
  const fork = (index: number) => {
    const worker = cluster.fork({ RENKEI_WORKER_INDEX: String(index) });
    worker.on("exit", (code, signal) => {
      if (!stopping) {
        process.stderr.write(`worker ${index} exited (${signal ?? code}); starting another\n`);
        setTimeout(() => fork(index), 1000);
      }
    });
  };
  for (let i = 0; i < options.workers; i++) {
    fork(i);
  }
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) {
      w?.process.kill("SIGTERM");
    }
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
