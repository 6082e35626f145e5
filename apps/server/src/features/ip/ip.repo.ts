import {
  type BayhDolePolicy,
  canSeeInvention,
  DEFAULT_BAYH_DOLE_POLICY,
  DEFAULT_LICENCE_POLICY,
  DomainError,
  type LicencePolicy,
  type SecrecyReviewStatus,
} from "@renkei/domain";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import {
  cases,
  inventionFunding,
  inventionInventors,
  inventions,
  ipAgreements,
  ipBayhDoleRecords,
  ipFilings,
  ipIncome,
  ipSecrecyChecks,
  ipSettings,
  partners,
  users,
} from "../../db/schema";
import type { Actor } from "../../http/context";

/** Row loading and reference checks for IP; every read goes through `loadVisibleInvention`. */

export type InventionRow = typeof inventions.$inferSelect;

export interface InventionRows {
  row: InventionRow;
  inventors: (typeof inventionInventors.$inferSelect)[];
  funding: (typeof inventionFunding.$inferSelect)[];
  secrecy: (typeof ipSecrecyChecks.$inferSelect)[];
  filings: (typeof ipFilings.$inferSelect)[];
  agreements: (typeof ipAgreements.$inferSelect)[];
  bayhDole: (typeof ipBayhDoleRecords.$inferSelect)[];
  income: (typeof ipIncome.$inferSelect)[];
}

export async function loadInventionRows(db: DbOrTx, row: InventionRow): Promise<InventionRows> {
  const id = row.id;
  // One after the other: `db` may be a transaction, whose one connection runs one query at a time.
  const inventors = await db
    .select()
    .from(inventionInventors)
    .where(eq(inventionInventors.inventionId, id))
    .orderBy(asc(inventionInventors.position));
  const funding = await db.select().from(inventionFunding).where(eq(inventionFunding.inventionId, id));
  const secrecy = await db
    .select()
    .from(ipSecrecyChecks)
    .where(eq(ipSecrecyChecks.inventionId, id))
    .orderBy(desc(ipSecrecyChecks.recordedAt), desc(ipSecrecyChecks.checkedOn));
  const filings = await db
    .select()
    .from(ipFilings)
    .where(eq(ipFilings.inventionId, id))
    .orderBy(asc(ipFilings.filedOn), asc(ipFilings.createdAt));
  const agreements = await db
    .select()
    .from(ipAgreements)
    .where(eq(ipAgreements.inventionId, id))
    .orderBy(asc(ipAgreements.createdAt));
  const bayhDole = await db
    .select()
    .from(ipBayhDoleRecords)
    .where(eq(ipBayhDoleRecords.inventionId, id))
    .orderBy(asc(ipBayhDoleRecords.recordedAt));
  const agreementIds = agreements.map((a) => a.id);
  const income =
    agreementIds.length === 0
      ? []
      : await db
          .select()
          .from(ipIncome)
          .where(inArray(ipIncome.agreementId, agreementIds))
          .orderBy(asc(ipIncome.receivedOn));
  return { row, inventors, funding, secrecy, filings, agreements, bayhDole, income };
}

export function reviewStatusOf(rows: Pick<InventionRows, "secrecy">): SecrecyReviewStatus {
  return (rows.secrecy[0]?.reviewStatus as SecrecyReviewStatus | undefined) ?? "none";
}

/** The invention if the actor may see it (canSeeInvention); otherwise "not found", as for another institution's. */
export async function loadVisibleInvention(db: DbOrTx, actor: Actor, id: string): Promise<InventionRows> {
  const [row] = await db
    .select()
    .from(inventions)
    .where(and(eq(inventions.id, id), eq(inventions.institutionId, actor.institutionId)));
  if (!row) {
    throw new DomainError("NOT_FOUND", "Invention not found");
  }
  const rows = await loadInventionRows(db, row);
  const visible = canSeeInvention(
    { userId: actor.userId, role: actor.role },
    {
      inventorUserIds: rows.inventors.map((i) => i.userId).filter((u): u is string => u !== null),
      createdBy: row.createdBy,
      reviewStatus: reviewStatusOf(rows),
    },
  );
  if (!visible) {
    throw new DomainError("NOT_FOUND", "Invention not found");
  }
  return rows;
}

/** Display names of users, for "recorded by" fields. */
export async function userNames(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => Boolean(i)))];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ id: users.id, n: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** Ids in a body must name the caller's institution's rows: 400 with the field, never another's name. */
export async function assertOwnReferences(
  db: DbOrTx,
  institutionId: string,
  refs: { userIds?: (string | null)[]; caseIds?: (string | null)[]; partnerIds?: (string | null)[] },
  paths: { userIds?: string; caseIds?: string; partnerIds?: string } = {},
): Promise<void> {
  const issues: { path: string; message: string }[] = [];
  const ids = (l: (string | null)[] | undefined) => [
    ...new Set((l ?? []).filter((x): x is string => Boolean(x))),
  ];
  const u = ids(refs.userIds);
  if (u.length > 0) {
    const found = await db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.id, u), eq(users.institutionId, institutionId)));
    if (found.length !== u.length) {
      issues.push({ path: paths.userIds ?? "inventors", message: "validation.unknown_user" });
    }
  }
  const c = ids(refs.caseIds);
  if (c.length > 0) {
    const found = await db
      .select({ id: cases.id })
      .from(cases)
      .where(and(inArray(cases.id, c), eq(cases.institutionId, institutionId)));
    if (found.length !== c.length) {
      issues.push({ path: paths.caseIds ?? "caseId", message: "validation.unknown_case" });
    }
  }
  const p = ids(refs.partnerIds);
  if (p.length > 0) {
    const found = await db
      .select({ id: partners.id })
      .from(partners)
      .where(
        and(
          inArray(partners.id, p),
          eq(partners.institutionId, institutionId),
          isNull(partners.mergedIntoId),
        ),
      );
    if (found.length !== p.length) {
      issues.push({ path: paths.partnerIds ?? "partnerId", message: "validation.unknown_partner" });
    }
  }
  if (issues.length > 0) {
    throw new DomainError("VALIDATION_FAILED", "Unknown references", { issues });
  }
}

/** The institution's licence policy and Bayh-Dole settings, over the defaults. */
export async function loadIpPolicy(
  db: DbOrTx,
  institutionId: string,
): Promise<{ licence: LicencePolicy; bayhDole: BayhDolePolicy }> {
  const [row] = await db.select().from(ipSettings).where(eq(ipSettings.institutionId, institutionId));
  return {
    licence: { ...DEFAULT_LICENCE_POLICY, ...((row?.licencePolicy as Partial<LicencePolicy> | null) ?? {}) },
    bayhDole: {
      ...DEFAULT_BAYH_DOLE_POLICY,
      ...((row?.bayhDolePolicy as Partial<BayhDolePolicy> | null) ?? {}),
    },
  };
}
