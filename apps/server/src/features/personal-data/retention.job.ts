import type { Job } from "../../jobs/job";
import { runRetentionForAll } from "./retention.service";

/** Daily: remove or anonymise personal data past its period, keeping what a law requires kept (H15). */
export const personalDataRetentionJob: Job = {
  name: "personal-data.retention",
  description: "Remove or anonymise personal data whose retention period has passed (legal holds kept)",
  everyMinutes: 24 * 60,
  run: async (deps) => {
    const r = await runRetentionForAll(deps);
    return `${r.erased} record(s) removed or anonymised in ${r.institutions} institution(s)`;
  },
};
