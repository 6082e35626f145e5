// Seam for other features (cases, export control, dashboards): the screening status of partners and
// people in one query each, without loading their screening history.
import { subjectStatus } from "@renkei/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { screeningHits, screeningRuns } from "../../db/schema";

export type SubjectScreeningStatus = "not_screened" | "clear" | "pending_review" | "escalated" | "true_match";

/**
 * Status of each subject (map key `${kind}:${id}`): true_match > escalated > pending_review > clear;
 * "not_screened" when no screening was ever recorded. Subjects of other institutions read as not screened.
 */
export async function screeningStatusOf(
  db: DbOrTx,
  institutionId: string,
  subjects: { kind: "partner" | "person"; id: string }[],
): Promise<Map<string, SubjectScreeningStatus>> {
  const result = new Map<string, SubjectScreeningStatus>();
  if (subjects.length === 0) {
    return result;
  }
  const ids = [...new Set(subjects.map((s) => s.id))];
  const runs = await db
    .selectDistinct({ kind: screeningRuns.subjectKind, id: screeningRuns.subjectId })
    .from(screeningRuns)
    .where(and(eq(screeningRuns.institutionId, institutionId), inArray(screeningRuns.subjectId, ids)));
  const hits = await db
    .select({ kind: screeningHits.subjectKind, id: screeningHits.subjectId, status: screeningHits.status })
    .from(screeningHits)
    .where(
      and(
        eq(screeningHits.institutionId, institutionId),
        inArray(screeningHits.subjectId, ids),
        inArray(screeningHits.status, ["pending", "escalated", "true_match"]),
      ),
    );
  const screened = new Set(runs.map((r) => `${r.kind}:${r.id}`));
  for (const s of subjects) {
    const key = `${s.kind}:${s.id}`;
    const statuses = hits
      .filter((h) => h.kind === s.kind && h.id === s.id)
      .map((h) => h.status as "pending" | "escalated" | "true_match");
    result.set(key, subjectStatus(screened.has(key), statuses));
  }
  return result;
}
