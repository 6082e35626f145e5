import { auditCheckpointJob } from "../features/audit/audit-checkpoint";
import { caseBlockersJob, caseMonitoringJob } from "../features/cases/case-jobs";
import { coiDailyJob } from "../features/coi/coi-jobs";
import { membershipRenewalJob } from "../features/crm/membership.service";
import { listFetchJob } from "../features/ec-reach/list-fetch.job";
import { ipDocketJob } from "../features/ip/ip-docket.job";
import { licenceExpiryJob } from "../features/licences/licence-reminders.job";
import { mailDeliverJob } from "../features/notifications/mail-delivery";
import { personalDataRetentionJob } from "../features/personal-data/retention.job";
import { screeningRescreenJob } from "../features/screening/rescreen.job";
import { secretHousekeepingJob, secretLeakageJob } from "../features/secrets/secret-jobs";
import { visitorResidencyReviewJob } from "../features/visitors/six-month-review.job";
import { webhookDeliverJob } from "../features/webhooks/webhook-delivery";
import type { Job } from "./job";

export type { Job } from "./job";

/** Every periodic job; features append theirs here. */
export const JOBS: Job[] = [
  mailDeliverJob,
  screeningRescreenJob,
  listFetchJob,
  visitorResidencyReviewJob,
  licenceExpiryJob,
  webhookDeliverJob,
  caseMonitoringJob,
  caseBlockersJob,
  auditCheckpointJob,
  coiDailyJob,
  ipDocketJob,
  secretLeakageJob,
  secretHousekeepingJob,
  personalDataRetentionJob,
  membershipRenewalJob,
];

export function findJob(name: string): Job | undefined {
  return JOBS.find((j) => j.name === name);
}
