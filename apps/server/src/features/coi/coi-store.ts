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

export async function assertCasesInInstitution(
  db: DbOrTx,
  institutionId: string,
  ids: string[],
  path: string,
) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) {
    return;
  }
  const uuid = /^[0-9a-f-]{36}$/i;
  if (!wanted.every((i) => uuid.test(i))) {
    invalid(path, "validation.unknown_case");
  }
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.institutionId, institutionId), inArray(cases.id, wanted)));
  if (rows.length !== wanted.length) {
    invalid(path, "validation.unknown_case");
  }
}

export async function assertPartnersInInstitution(
  db: DbOrTx,
  institutionId: string,
  ids: string[],
  path: string,
) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) {
    return;
  }
  const uuid = /^[0-9a-f-]{36}$/i;
  if (!wanted.every((i) => uuid.test(i))) {
    invalid(path, "validation.unknown_partner");
  }
  const rows = await db
    .select({ id: partners.id })
    .from(partners)
    .where(
      and(
        eq(partners.institutionId, institutionId),
        inArray(partners.id, wanted),
        isNull(partners.mergedIntoId),
      ),
    );
  if (rows.length !== wanted.length) {
    invalid(path, "validation.unknown_partner");
  }
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
