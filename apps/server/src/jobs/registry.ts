import { caseBlockersJob, caseMonitoringJob } from "../features/cases/case-jobs";
import { mailDeliverJob } from "../features/notifications/mail-delivery";
import type { Job } from "./job";

export type { Job } from "./job";

/** Every periodic job; features append theirs here. */
export const JOBS: Job[] = [mailDeliverJob, caseMonitoringJob, caseBlockersJob];

export function findJob(name: string): Job | undefined {
  return JOBS.find((j) => j.name === name);
}
