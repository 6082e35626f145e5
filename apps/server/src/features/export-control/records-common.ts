import { retentionUntil } from "@renkei/domain";
import { and, desc, eq, inArray, like, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { type ecClassifications, type ecTransactionReviews, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";

export function auditActor(actor: Actor) {
  return { userId: actor.userId, label: actor.displayName };
}

/** Kept RETENTION_YEARS from the last change (spec §6.5): every write moves the date forward. */
export function retentionFromToday(deps: Deps): string {
  return retentionUntil(deps.clock.today(), deps.config.retentionYears);
}

/** `{ id, displayName }` for each user id (unknown ids get "?"). */
export async function userRefs(db: DbOrTx, ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => Boolean(i)))];
  const rows = wanted.length
    ? await db
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(inArray(users.id, wanted))
    : [];
  const names = new Map(rows.map((r) => [r.id, r.displayName]));
  return (id: string | null | undefined) => (id ? { id, displayName: names.get(id) ?? "?" } : null);
}

/**
 * Next reference number of a kind in the institution's year, e.g. 該非-2026-0001. Serialised by a
 * transaction-scoped advisory lock so two concurrent creations cannot take the same number.
 */
export async function nextRefNo(
  tx: DbOrTx,
  institutionId: string,
  prefix: string,
  year: string,
  table: typeof ecClassifications | typeof ecTransactionReviews,
): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`ref:${prefix}:${institutionId}`}))`);
  const stem = `${prefix}-${year}-`;
  // Zero-padded numbers sort as text within one length; a longer one (after 9999) is the larger.
  const [last] = await tx
    .select({ refNo: table.refNo })
    .from(table)
    .where(and(eq(table.institutionId, institutionId), like(table.refNo, `${stem}%`)))
    .orderBy(desc(sql`length(${table.refNo})`), desc(table.refNo))
    .limit(1);
  const next = (last ? Number(last.refNo.slice(stem.length)) || 0 : 0) + 1;
  return `${stem}${String(next).padStart(4, "0")}`;
}

/** Lets the retention trigger use the application's date (a fixed clock in tests) for this transaction. */
export async function setRetentionToday(tx: DbOrTx, today: string): Promise<void> {
  await tx.execute(sql`select set_config('renkei.today', ${today}, true)`);
}

/** Timestamps as ISO strings whatever the driver returned. */
export function iso(value: string | Date | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null;
}
