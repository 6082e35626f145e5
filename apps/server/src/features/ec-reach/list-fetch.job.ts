// The scheduled list fetch (issue 15 item 6). The job runs hourly; each source says how often it is
// due (`sourceDue`). `renkei jobs run screening.list-fetch` runs it once from the command line.
import type { Job } from "../../jobs/job";
import { fetchDueSources } from "./list-sources.service";

export const listFetchJob: Job = {
  name: "screening.list-fetch",
  description: "Fetch the configured list sources that are due, import what changed, re-screen",
  everyMinutes: 60,
  async run(deps, now) {
    const out = await fetchDueSources(deps, now);
    const count = (s: string) => out.filter((o) => o.status === s).length;
    return `${out.length} source(s) due: ${count("imported")} imported, ${count("unchanged")} unchanged, ${count("failed")} failed`;
  },
};
