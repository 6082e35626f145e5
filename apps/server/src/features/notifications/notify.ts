import { type Bilingual, hasPermission, type Permission, ROLES } from "@renkei/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { mailOutbox, notifications, users } from "../../db/schema";

export interface NotifyInput {
  institutionId: string;
  /** Explicit users, and/or every active user of the institution whose role holds the permission. */
  recipients: { userIds?: string[]; permission?: Permission };
  /** Dotted kind, e.g. `screening.hit`, `case.task.assigned`; lets users and tests tell notices apart. */
  kind: string;
  /** Both languages, always: each recipient reads theirs (users.locale, default ja). A Japanese-only
   * string does not typecheck, so an English reader never gets a Japanese notice or mail. */
  title: Bilingual;
  body: Bilingual;
  /** App path the notice points to, e.g. `/partners/…`. */
  link?: string | null;
}

/** The text in the recipient's language (their per-user setting; Japanese unless they chose English). */
export function inLocale(text: Bilingual, locale: string | null | undefined): string {
  return locale === "en" ? text.en : text.ja;
}

/**
 * The type already asks for both languages; this also stops what a cast or an empty string would let
 * through (a title must exist in each language, a body may be empty but must be given in each).
 */
function assertBilingual(input: NotifyInput): void {
  const ok = (t: unknown, allowEmpty: boolean) =>
    typeof t === "object" &&
    t !== null &&
    (["ja", "en"] as const).every((l) => {
      const v = (t as Record<string, unknown>)[l];
      return typeof v === "string" && (allowEmpty || v.trim() !== "");
    });
  if (!ok(input.title, false) || !ok(input.body, true)) {
    throw new Error(`notify(${input.kind}): the title and body need Japanese and English texts`);
  }
}

/**
 * Notifies users in the caller's transaction: an in-app notice each, and a mail each queued in the
 * outbox, so a change that rolls back notifies nobody. Disabled accounts and other institutions'
 * users are never recipients.
 */
export async function notify(tx: DbOrTx, input: NotifyInput, now: Date): Promise<{ recipients: number }> {
  assertBilingual(input);
  const roles = input.recipients.permission
    ? ROLES.filter((role) => hasPermission(role, input.recipients.permission as Permission))
    : [];
  const ids = input.recipients.userIds ?? [];
  if (roles.length === 0 && ids.length === 0) {
    return { recipients: 0 };
  }
  const base = and(eq(users.institutionId, input.institutionId), eq(users.disabled, false));
  const found = await tx
    .select({ id: users.id, email: users.email, role: users.role, locale: users.locale })
    .from(users)
    .where(base);
  const wanted = new Set(ids);
  const recipients = found.filter(
    (u) => wanted.has(u.id) || roles.includes(u.role as (typeof roles)[number]),
  );
  if (recipients.length === 0) {
    return { recipients: 0 };
  }
  await tx.insert(notifications).values(
    recipients.map((u) => ({
      institutionId: input.institutionId,
      userId: u.id,
      kind: input.kind,
      title: input.title.ja,
      body: input.body.ja,
      titleEn: input.title.en,
      bodyEn: input.body.en,
      link: input.link ?? null,
      createdAt: now,
    })),
  );
  await tx.insert(mailOutbox).values(
    recipients.map((u) => ({
      institutionId: input.institutionId,
      toAddress: u.email,
      subject: `[Renkei] ${inLocale(input.title, u.locale)}`,
      body: input.link
        ? `${inLocale(input.body, u.locale)}\n\n{{PUBLIC_URL}}${input.link}\n`
        : `${inLocale(input.body, u.locale)}\n`,
      kind: input.kind,
      createdAt: now,
    })),
  );
  return { recipients: recipients.length };
}

/** Marks the given notices of this user read (others' ids are ignored). */
export async function markRead(tx: DbOrTx, userId: string, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) {
    return 0;
  }
  const rows = await tx
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), inArray(notifications.id, ids)))
    .returning({ id: notifications.id });
  return rows.length;
}
