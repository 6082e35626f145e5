import { type CoiProfile, DomainError, ZCoiProfile } from "@renkei/domain";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { cases, coiProfiles, partners, users } from "../../db/schema";
import type { Actor } from "../../http/context";
import type { AuditActor } from "../audit/audit.writer";

/** Small shared reads of the COI feature: the current profile, and ids checked against the institution. */

export const auditActor = (a: Actor): AuditActor => ({ userId: a.userId, label: a.displayName });

export const EMPTY_PROFILE: CoiProfile = ZCoiProfile.parse({});

export async function currentProfile(db: DbOrTx, userId: string) {
  const [row] = await db
    .select()
    .from(coiProfiles)
    .where(eq(coiProfiles.userId, userId))
    .orderBy(desc(coiProfiles.version))
    .limit(1);
  return row ? { row, profile: ZCoiProfile.parse(row.data) } : { row: null, profile: EMPTY_PROFILE };
}

function invalid(path: string, message: string): never {
  throw new DomainError("VALIDATION_FAILED", message, { issues: [{ path, message }] });
}

/** A user of the caller's institution (400 otherwise, never another institution's name). */
export async function userInInstitution(db: DbOrTx, institutionId: string, userId: string, path = "userId") {
  const [u] = await db
    .select({ id: users.id, role: users.role, name: users.displayName })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.institutionId, institutionId)));
  return u ?? invalid(path, "validation.unknown_user");
}

const UUID = /^[0-9a-f-]{36}$/i;

/** Every id is found by `find` (the caller's institution only): 400 with `message` otherwise, never 500. */
async function assertInInstitution(
  ids: string[],
  path: string,
  message: string,
  find: (wanted: string[]) => Promise<unknown[]>,
) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) {
    return;
  }
  if (!wanted.every((i) => UUID.test(i)) || (await find(wanted)).length !== wanted.length) {
    invalid(path, message);
  }
}

export function assertCasesInInstitution(db: DbOrTx, institutionId: string, ids: string[], path: string) {
  return assertInInstitution(ids, path, "validation.unknown_case", (wanted) =>
    db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.institutionId, institutionId), inArray(cases.id, wanted))),
  );
}

export function assertPartnersInInstitution(db: DbOrTx, institutionId: string, ids: string[], path: string) {
  return assertInInstitution(ids, path, "validation.unknown_partner", (wanted) =>
    db
      .select({ id: partners.id })
      .from(partners)
      .where(
        and(
          eq(partners.institutionId, institutionId),
          inArray(partners.id, wanted),
          isNull(partners.mergedIntoId),
        ),
      ),
  );
}

export async function userNames(db: DbOrTx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => Boolean(i)))];
  if (wanted.length === 0) {
    return new Map<string, string>();
  }
  const rows = await db
    .select({ id: users.id, n: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.n]));
}
