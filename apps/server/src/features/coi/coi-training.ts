import {
  type Completion,
  coiRefusal,
  type TrainingPurpose,
  type TrainingTopic,
  trainingCheck,
} from "@renkei/domain";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { coiSettings, trainingCompletions, trainingCourses } from "../../db/schema";

/** The institution's setting: which topics must be current before a trip, joining a case or declaring. */
export async function trainingRequirements(
  db: DbOrTx,
  institutionId: string,
): Promise<Partial<Record<TrainingPurpose, TrainingTopic[]>>> {
  const [s] = await db.select().from(coiSettings).where(eq(coiSettings.institutionId, institutionId));
  return (s?.trainingRequirements ?? {}) as Partial<Record<TrainingPurpose, TrainingTopic[]>>;
}

/** A person's completions as the domain reads them. */
export async function completionsOf(db: DbOrTx, userId: string): Promise<Completion[]> {
  const rows = await db
    .select({
      topic: trainingCourses.topic,
      title: trainingCourses.title,
      completedOn: trainingCompletions.completedOn,
      expiresOn: trainingCompletions.expiresOn,
    })
    .from(trainingCompletions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingCompletions.courseId))
    .where(eq(trainingCompletions.userId, userId));
  return rows.map((r) => ({
    topic: r.topic as TrainingTopic,
    courseTitle: r.title,
    completedOn: r.completedOn,
    expiresOn: r.expiresOn,
  }));
}

/**
 * The institution may require current training before a trip, joining a case or declaring (M1–M5):
 * refuses with the reasons when the person's training is missing or expired.
 */
export async function requireTraining(
  db: DbOrTx,
  institutionId: string,
  userId: string,
  purpose: TrainingPurpose,
  today: string,
) {
  const requirements = await trainingRequirements(db, institutionId);
  if ((requirements[purpose] ?? []).length === 0) {
    return;
  }
  const d = trainingCheck(purpose, requirements, await completionsOf(db, userId), today);
  if (d.outcome === "denied") {
    throw coiRefusal(d.reasons);
  }
}
