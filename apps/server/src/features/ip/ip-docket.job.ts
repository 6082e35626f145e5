import type { Job } from "../../jobs/job";
import { remindDocket } from "./ip-docket.service";

/** Daily docket reminders (90 / 30 / 7 days before each deadline). */
export const ipDocketJob: Job = {
  name: "ip.docket",
  description: "特許出願の期限通知（優先期間・PCT国内移行・審査請求・年金）/ Patent docket reminders",
  everyMinutes: 24 * 60,
  async run(deps, now) {
    const { reminded } = await remindDocket(deps, now);
    return `${reminded} reminded`;
  },
};
