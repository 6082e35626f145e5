import { addMonths, compareDates, japanDate, type RecipientFacts, type ReopenReason } from "@renkei/domain";
import { and, eq, isNotNull, lte } from "drizzle-orm";
import { visitors } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Job } from "../../jobs/job";
import { profileRecordByEmail } from "../coi/coi-profile-facts";
import { assessmentColumns, reopenVisitor } from "./visitors.service";

const SYSTEM = { userId: null, label: "job:visitors.residency-review" };

/**
 * Daily: visitors whose residency changes on or before today (the 6-month mark of spec §2.1 RES-F2, or
 * another boundary found by the engine) are re-assessed as of today and re-opened for the officer, who is
 * notified (spec §2.3 note [R]: "re-evaluate automatically"; §11 maintenance rule 3). A visitor who left
 * before the change date is re-assessed without re-opening. Safe to repeat: each row's next change date
 * moves forward once handled.
 */
export async function reviewResidencyChanges(
  deps: Deps,
  now: Date,
): Promise<{ reopened: number; updated: number }> {
  const today = japanDate(now);
  const due = await deps.db
    .select()
    .from(visitors)
    .where(and(isNotNull(visitors.residencyChangeOn), lte(visitors.residencyChangeOn, today)));
  let reopened = 0;
  let updated = 0;
  for (const before of due) {
    await deps.db.transaction(async (tx) => {
      // Re-read under the transaction so two processes never re-open the same change twice.
      const [current] = await tx
        .select()
        .from(visitors)
        .where(and(eq(visitors.id, before.id), eq(visitors.residencyChangeOn, before.residencyChangeOn!)))
        .for("update");
      if (!current) {
        return;
      }
      const changeOn = current.residencyChangeOn!;
      const fresh = assessmentColumns(
        current.declaration as RecipientFacts,
        today,
        await profileRecordByEmail(tx, current.institutionId, current.email),
      );
      const stillHere = !current.stayUntil || compareDates(current.stayUntil, changeOn) >= 0;
      const residencyChanged = fresh.residency !== current.residency;
      const reopen = stillHere && residencyChanged;
      const [after] = await tx
        .update(visitors)
        .set({
          ...fresh,
          ...(reopen ? { status: "pending_review", reopenReason: reason(current), reopenedAt: now } : {}),
          version: current.version + 1,
          updatedAt: now,
        })
        .where(eq(visitors.id, current.id))
        .returning();
      if (reopen) {
        await reopenVisitor(tx, {
          before: current,
          after: after!,
          reason: reason(current),
          actor: SYSTEM,
          now,
        });
        reopened++;
      } else {
        updated++;
      }
    });
  }
  return { reopened, updated };
}

/**
 * `six_month_mark` when the change falls 6 months after entry or re-entry (RES-F2 / RES-J4); any other
 * boundary (a departure, arrival of an employee, 2 years abroad) is "residency changed".
 */
function reason(row: typeof visitors.$inferSelect): ReopenReason {
  const d = row.declaration as RecipientFacts;
  const marks = [d.entryDate, d.returnedToJapanOn]
    .filter((x): x is string => Boolean(x))
    .map((x) => addMonths(x, 6));
  return row.residencyChangeOn && marks.includes(row.residencyChangeOn)
    ? "six_month_mark"
    : "residency_changed";
}

export const visitorResidencyReviewJob: Job = {
  name: "visitors.residency-review",
  description: "Re-open visitor assessments whose residency changes today (6 months after entry)",
  everyMinutes: 24 * 60,
  run: async (deps, now) => {
    const r = await reviewResidencyChanges(deps, now);
    return `${r.reopened} re-opened, ${r.updated} re-assessed without re-opening`;
  },
};
