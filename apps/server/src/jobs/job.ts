import type { Deps } from "../deps";

/** A periodic task. `run` must be safe to repeat: a crash between runs may repeat work, never lose it. */
export interface Job {
  name: string;
  description: string;
  everyMinutes: number;
  /** Returns a one-line summary recorded in job_runs. */
  run(deps: Deps, now: Date): Promise<string>;
}
