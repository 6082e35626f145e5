import type { TLabVisitor, ZPartyMatchDecision } from "@renkei/contract";
import {
  DomainError,
  decideMatch,
  type ExportControlResult,
  labTrainingStatus,
  type PartyScreening,
} from "@renkei/domain";
import { and, asc, eq, gte, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { trainingCompletions, trainingCourses, users, visitors } from "../../db/schema";
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
 * 特定類型, intake status and determination, screening and export-control training. The office sees all; a department head their department's;
 * anyone else those they host or filed (the intake's own visibility).
 */
export async function labView(deps: Deps, actor: Actor): Promise<TLabVisitor[]> {
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
  const training = await trainingByEmail(
    deps.db,
    actor.institutionId,
    rows.map((r) => r.email),
  );
  return rows.map((r) => ({
    ...summary(r, userNames),
    outcome: (r.assessment as ExportControlResult).outcome,
    training: labTrainingStatus(r.email ? (training.get(r.email.toLowerCase()) ?? null) : null, today),
  }));
}

/**
 * Export-control training completions (issue 13's records) of the institution's accounts with these
 * e-mail addresses; a visitor without an account is absent (their training is unknown).
 */
async function trainingByEmail(db: DbOrTx, institutionId: string, emails: (string | null)[]) {
  const wanted = [...new Set(emails.filter((e): e is string => !!e).map((e) => e.toLowerCase()))];
  const out = new Map<string, { topic: string; expiresOn: string | null }[]>();
  if (wanted.length === 0) {
    return out;
  }
  const accounts = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.institutionId, institutionId), inArray(sql`lower(${users.email})`, wanted)));
  for (const a of accounts) {
    out.set(a.email.toLowerCase(), []);
  }
  if (accounts.length === 0) {
    return out;
  }
  const done = await db
    .select({
      userId: trainingCompletions.userId,
      topic: trainingCourses.topic,
      expiresOn: trainingCompletions.expiresOn,
    })
    .from(trainingCompletions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingCompletions.courseId))
    .where(
      inArray(
        trainingCompletions.userId,
        accounts.map((a) => a.id),
      ),
    );
  const byId = new Map(accounts.map((a) => [a.id, a.email.toLowerCase()]));
  for (const d of done) {
    out.get(byId.get(d.userId)!)!.push({ topic: d.topic, expiresOn: d.expiresOn });
  }
  return out;
}
