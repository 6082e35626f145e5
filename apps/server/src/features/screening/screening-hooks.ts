// Called by the partner and person services inside their transactions (issue 3: "partners and people
// are screened when created or changed"). An institution without any list has nothing to screen
// against, so its subjects stay "not screened" rather than being reported clear.
import type { DbOrTx } from "../../db/client";
import { institutionIndex } from "./index-cache";
import { type ScreeningTrigger, screenSubject } from "./subject-screening";
import { loadSubjects, type SubjectKind } from "./subjects";

export async function screenAfterChange(
  tx: DbOrTx,
  now: Date,
  actor: { institutionId: string; userId: string | null; displayName: string },
  kind: SubjectKind,
  id: string,
  trigger: Extract<ScreeningTrigger, "created" | "updated">,
): Promise<void> {
  const index = await institutionIndex(tx, actor.institutionId);
  if (Object.keys(index.versions).length === 0) {
    return;
  }
  const [subject] = await loadSubjects(tx, actor.institutionId, kind, [id]);
  if (subject) {
    await screenSubject(
      tx,
      { now },
      actor.institutionId,
      subject,
      trigger,
      { userId: actor.userId, label: actor.displayName },
      { index },
    );
  }
}
