import { eq, sql } from "drizzle-orm";
import { jobRuns, jobSchedule } from "../db/schema";
import type { Deps } from "../deps";
import { errorFields, redact } from "../lib/logger";
import type { Job } from "./job";

/** A claimed run holds the job this long before another process may take it over (crash recovery). */
const LEASE_MINUTES = 30;
const TICK_MS = 30_000;

const minutes = (n: number) => n * 60_000;

/**
 * Takes the job's turn if it is due, by moving `next_run_at` forward in one UPDATE: of several
 * processes sharing a PostgreSQL database, exactly one wins each turn.
 */
async function claim(deps: Deps, job: Job, now: Date): Promise<boolean> {
  await deps.db.insert(jobSchedule).values({ name: job.name, nextRunAt: now }).onConflictDoNothing();
  const lease = new Date(now.getTime() + minutes(LEASE_MINUTES));
  const won = await deps.db
    .update(jobSchedule)
    .set({ nextRunAt: lease })
    .where(sql`${jobSchedule.name} = ${job.name} and ${jobSchedule.nextRunAt} <= ${now}`)
    .returning({ name: jobSchedule.name });
  return won.length === 1;
}

/** Runs one job now and records the run; errors are recorded, not thrown. */
export async function runJob(deps: Deps, job: Job, now: Date): Promise<{ ok: boolean; summary: string }> {
  const [run] = await deps.db
    .insert(jobRuns)
    .values({ name: job.name, startedAt: now })
    .returning({ id: jobRuns.id });
  let ok = true;
  let summary: string;
  try {
    summary = await job.run(deps, now);
  } catch (err) {
    ok = false;
    summary = redact(String(err));
    deps.logger.error("job failed", { job: job.name, ...errorFields(err) });
  }
  await deps.db
    .update(jobRuns)
    .set({ finishedAt: deps.clock.now(), ok, summary })
    .where(eq(jobRuns.id, (run as { id: string }).id));
  return { ok, summary };
}

/** One pass over the jobs: runs each one that is due and that this process wins. */
export async function runDueJobs(deps: Deps, jobs: readonly Job[]): Promise<string[]> {
  const ran: string[] = [];
  for (const job of jobs) {
    const now = deps.clock.now();
    if (await claim(deps, job, now)) {
      await runJob(deps, job, now);
      await deps.db
        .update(jobSchedule)
        .set({ nextRunAt: new Date(deps.clock.now().getTime() + minutes(job.everyMinutes)) })
        .where(eq(jobSchedule.name, job.name));
      ran.push(job.name);
    }
  }
  return ran;
}

/** Starts the in-process scheduler; returns a stop function. Passes never overlap within a process. */
export function startScheduler(deps: Deps, jobs: readonly Job[]): () => void {
  let busy = false;
  const tick = async () => {
    if (busy) {
      return;
    }
    busy = true;
    try {
      await runDueJobs(deps, jobs);
    } catch (err) {
      deps.logger.error("scheduler pass failed", errorFields(err));
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(tick, TICK_MS);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
