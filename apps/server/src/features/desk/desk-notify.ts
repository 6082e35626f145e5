import { DESK_TOPIC_OFFICES, type DeskTopic } from "@renkei/domain";
import { and, eq, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { users } from "../../db/schema";

/** The active users of the office that answers a topic (never the person who acted). */
export async function officeRecipients(tx: DbOrTx, institutionId: string, topic: string, except: string) {
  const roles = [...DESK_TOPIC_OFFICES[topic as DeskTopic]];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.institutionId, institutionId),
        eq(users.disabled, false),
        inArray(users.role, roles),
        ne(users.id, except),
      ),
    );
  return { userIds: rows.map((r) => r.id) };
}
