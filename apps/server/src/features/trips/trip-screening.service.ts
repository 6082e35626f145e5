import type { ZPartyMatchDecision } from "@renkei/contract";
import { DomainError, decideMatch, type PartyScreening } from "@renkei/domain";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { trips } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { findTrip } from "./trips.queries";
import { planColumns, planOf } from "./trips.service";

/**
 * The officer confirms or clears a counterpart's screening match (issue 15, B3); the trip is assessed
 * again on the decided screening (a confirmed sanctions hit prohibits it, an End User List hit gives the
 * engine its categories), in one transaction with the audit event.
 */
export async function decideTripMatch(
  deps: Deps,
  actor: Actor,
  tripId: string,
  input: z.output<typeof ZPartyMatchDecision>,
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const before = await findTrip(tx, actor, tripId);
    if (before.status !== "submitted" && before.status !== "more_info_requested") {
      throw new DomainError("RULE_VIOLATION", "Only a trip under review takes screening decisions", {
        reasons: ["trip.not_submitted"],
      });
    }
    const screening = decideMatch(before.counterpartScreening as PartyScreening | null, input, {
      decision: input.decision,
      reason: input.reason,
      by: actor.displayName,
      at: now.toISOString(),
    });
    const cols = planColumns(planOf(before), screening);
    await tx
      .update(trips)
      .set({ ...cols, version: before.version + 1, updatedAt: now })
      .where(eq(trips.id, before.id));
    const match = screening.parties[input.partyIndex]!.matches[input.matchIndex]!;
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: { userId: actor.userId, label: actor.displayName },
      action: "party_screening.decided",
      entityType: "trip",
      entityId: before.id,
      before: { outcome: before.outcome },
      after: {
        party: screening.parties[input.partyIndex]!.name,
        list: match.list,
        entry: match.entryName,
        decision: input.decision,
        reason: input.reason,
        outcome: cols.outcome,
      },
      at: now,
    });
  });
}
