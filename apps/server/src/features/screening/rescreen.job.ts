// Periodic full re-screen (issue 3; screening-research.md §2 "Delta correctness": the re-screen on
// import is an optimisation, reconciled by a full pass). Every partner and person of every institution
// with lists is screened against its whole current index; new hits are announced once per institution.
import { screeningLists } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Job } from "../../jobs/job";
import { institutionIndex } from "./index-cache";
import { type NewHit, notifyNewHits, screenSubject } from "./subject-screening";
import { loadAllSubjects } from "./subjects";

const SYSTEM = { userId: null, label: "periodic re-screen" };

/** Re-screens every subject of one institution; returns counts for the job summary. */
export async function rescreenInstitution(deps: Deps, institutionId: string, now: Date) {
  return deps.db.transaction(async (tx) => {
    const index = await institutionIndex(tx, institutionId);
    if (Object.keys(index.versions).length === 0) {
      return { subjects: 0, newHits: 0 };
    }
    const subjects = await loadAllSubjects(tx, institutionId);
    const newHits: NewHit[] = [];
    for (const subject of subjects) {
      const r = await screenSubject(tx, { now }, institutionId, subject, "periodic", SYSTEM, {
        index,
        notify: false,
      });
      newHits.push(...(r?.newHits ?? []));
    }
    await notifyNewHits(tx, institutionId, newHits, now);
    return { subjects: subjects.length, newHits: newHits.length };
  });
}

export const screeningRescreenJob: Job = {
  name: "screening.rescreen",
  description: "Full re-screen of all partners and people against the current lists",
  everyMinutes: 7 * 24 * 60,
  async run(deps, now) {
    const institutions = await deps.db
      .selectDistinct({ id: screeningLists.institutionId })
      .from(screeningLists);
    let subjects = 0;
    let newHits = 0;
    for (const { id } of institutions) {
      const r = await rescreenInstitution(deps, id, now);
      subjects += r.subjects;
      newHits += r.newHits;
    }
    return `${institutions.length} institution(s), ${subjects} subject(s) screened, ${newHits} new hit(s)`;
  },
};
