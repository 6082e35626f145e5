import type { Bilingual, CaseMembership } from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { users } from "../../db/schema";
import { notify } from "../notifications/notify";

/**
 * Case notifications: in-app and e-mail through the platform's `notify` (it queues the mail in the
 * outbox inside the caller's transaction, so a rolled-back change sends nothing).
 */
export interface CaseMessage {
  userIds: string[];
  kind: string;
  /** Both languages: each member reads theirs. */
  title: Bilingual;
  body: Bilingual;
  link: string;
}

/** The people on a case (PI, registrant, participants who are users), minus whoever acted. */
export function caseMembers(m: CaseMembership, except: string | null): string[] {
  const ids = new Set([m.piUserId, m.createdBy, ...m.participantUserIds].filter((u): u is string => !!u));
  if (except) {
    ids.delete(except);
  }
  return [...ids];
}

/** Active users of the institution holding `role` (e.g. the coordinators told of overdue items). */
export async function usersWithRole(db: DbOrTx, institutionId: string, role: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.institutionId, institutionId), eq(users.role, role), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}

export function caseLink(caseId: string): string {
  return `/cases/${caseId}`;
}

/** Queues the message for its recipients (none: nothing to do). */
export async function notifyCase(
  tx: DbOrTx,
  institutionId: string,
  message: CaseMessage,
  now: Date,
): Promise<{ recipients: number }> {
  if (message.userIds.length === 0) {
    return { recipients: 0 };
  }
  return notify(
    tx,
    {
      institutionId,
      recipients: { userIds: message.userIds },
      kind: message.kind,
      title: message.title,
      body: message.body,
      link: message.link,
    },
    now,
  );
}
