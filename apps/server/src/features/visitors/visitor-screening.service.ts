import type { TVisitorSummary, ZPartyMatchDecision } from "@renkei/contract";
import { DomainError, decideMatch, type PartyScreening } from "@renkei/domain";
import { and, asc, eq, gte, isNull, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { visitors } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { findVisitor, names, summary, visibleVisitors } from "./visitors.queries";

/**
 * The officer confirms or clears a match of a visitor or their home institution (issue 15, B4). The
 * intake is not accepted while a match is open; a confirmed sanctions hit refuses acceptance.
 */
export async function decideVisitorMatch(
  deps: Deps,
  actor: Actor,
  visitorId: string,
  input: z.output<typeof ZPartyMatchDecision>,
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const before = await findVisitor(tx, actor, visitorId);
    if (before.status === "accepted" || before.status === "refused") {
      throw new DomainError("RULE_VIOLATION", "A decided intake takes no screening decision", {
        reasons: ["visitor.decided"],
      });
    }
    const screening = decideMatch(before.screening as PartyScreening | null, input, {
      decision: input.decision,
      reason: input.reason,
      by: actor.displayName,
      at: now.toISOString(),
    });
    await tx
      .update(visitors)
      .set({ screening, version: before.version + 1, updatedAt: now })
      .where(eq(visitors.id, before.id));
    const party = screening.parties[input.partyIndex]!;
    const match = party.matches[input.matchIndex]!;
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: { userId: actor.userId, label: actor.displayName },
      action: "party_screening.decided",
      entityType: "visitor",
      entityId: before.id,
      after: {
        party: party.name,
        list: match.list,
        entry: match.entryName,
        decision: input.decision,
        reason: input.reason,
      },
      at: now,
    });
  });
}

/**
 * The lab view (issue 15, C17): visitors and foreign students staying now or later, with residency,
 * 特定類型, intake status and screening. The office sees all; a department head their department's;
 * anyone else those they host or filed (the intake's own visibility).
 */
export async function labView(deps: Deps, actor: Actor): Promise<TVisitorSummary[]> {
  const today = deps.clock.today();
  const mine = visibleVisitors(actor);
  const scope =
    actor.role === "department_head" && actor.departmentId
      ? (or(
          mine,
          and(eq(visitors.institutionId, actor.institutionId), eq(visitors.departmentId, actor.departmentId)),
        ) as SQL)
      : mine;
  const rows = await deps.db
    .select()
    .from(visitors)
    .where(and(scope, or(isNull(visitors.stayUntil), gte(visitors.stayUntil, today))))
    .orderBy(asc(visitors.stayFrom), asc(visitors.id))
    .limit(500);
  const userNames = await names(
    deps.db,
    rows.map((r) => r.hostUserId),
  );
  return rows.map((r) => summary(r, userNames));
}
