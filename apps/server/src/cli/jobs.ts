import type { Command } from "commander";
import type { Deps } from "../deps";
import { findJob, JOBS } from "../jobs/registry";
import { runJob } from "../jobs/scheduler";

/** `renkei jobs list` and `renkei jobs run <name>`: the periodic jobs, on demand. */
export function registerJobCommands(program: Command, open: () => Promise<Deps>) {
  const jobs = program.command("jobs").description("Periodic jobs (re-screening, reminders, mail)");
  jobs
    .command("list")
    .description("List the periodic jobs")
    .action(() => {
      for (const job of JOBS) {
        process.stdout.write(
          `${job.name.padEnd(28)} every ${String(job.everyMinutes).padStart(5)} min  ${job.description}\n`,
        );
      }
    });
  jobs
    .command("run <name>")
    .description("Run one job now")
    .action(async (name: string) => {
      const job = findJob(name);
      if (!job) {
        process.stderr.write(`No job named ${name}. Known: ${JOBS.map((j) => j.name).join(", ")}\n`);
        process.exit(2);
      }
      const deps = await open();
      const result = await runJob(deps, job, deps.clock.now());
      await deps.handle.close();
      process.stdout.write(`${job.name}: ${result.ok ? "ok" : "FAILED"} — ${result.summary}\n`);
      process.exitCode = result.ok ? 0 : 1;
    });
}
