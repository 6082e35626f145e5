import { japanDate, type ProfileRecord, ZCoiProfile } from "@renkei/domain";
import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { coiProfiles, users } from "../../db/schema";

/**
 * The current profile of a researcher as other features read it (J4: 特定類型② for visitor intake and
 * the assess input). Only the institution's own users; the version and save date go into the reason.
 */

async function latest(db: DbOrTx, userId: string): Promise<ProfileRecord | null> {
  const [row] = await db
    .select({ data: coiProfiles.data, version: coiProfiles.version, savedAt: coiProfiles.savedAt })
    .from(coiProfiles)
    .where(eq(coiProfiles.userId, userId))
    .orderBy(desc(coiProfiles.version))
    .limit(1);
  return row
    ? {
        profile: ZCoiProfile.parse(row.data),
        version: row.version,
        savedOn: japanDate(new Date(row.savedAt)),
      }
    : null;
}

/** The profile of a user of `institutionId`; `undefined` when the user is not of the institution. */
export async function profileRecordOf(
  db: DbOrTx,
  institutionId: string,
  userId: string,
): Promise<ProfileRecord | null | undefined> {
  const [u] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.institutionId, institutionId)));
  return u ? latest(db, u.id) : undefined;
}

/** A visitor whose e-mail is that of a researcher of the institution: their profile, if they keep one. */
export async function profileRecordByEmail(
  db: DbOrTx,
  institutionId: string,
  email: string | null,
): Promise<ProfileRecord | null> {
  if (!email) {
    return null;
  }
  const [u] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.institutionId, institutionId), sql`lower(${users.email}) = ${email.toLowerCase()}`));
  return u ? latest(db, u.id) : null;
}
