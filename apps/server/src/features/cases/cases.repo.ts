import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import {
  caseFunding,
  caseMonitoringItems,
  caseNdas,
  caseParticipants,
  casePartners,
  caseRedFlagWaivers,
  caseStageRecords,
  cases,
  partners,
  people,
  users,
} from "../../db/schema";

/** Rows behind a case's facts, loaded for many cases at once (the board's blocker job, the bench). */

export type CaseRow = typeof cases.$inferSelect;
export type StageRecordRow = typeof caseStageRecords.$inferSelect;
export type MonitoringRow = typeof caseMonitoringItems.$inferSelect;
export type FundingRow = typeof caseFunding.$inferSelect;
export type NdaRow = typeof caseNdas.$inferSelect;
export type WaiverRow = typeof caseRedFlagWaivers.$inferSelect;

export interface CasePartnerRow {
  caseId: string;
  partnerId: string;
  legalName: string;
  nameEn: string | null;
  country: string;
  foreignGovControl: boolean;
  stateOwned: boolean;
  sectors: string[];
  competitorIds: string[];
  dueDiligence: unknown;
  creditResult: string | null;
  creditCheckedOn: string | null;
  creditExpiresOn: string | null;
}

export interface ParticipantRow {
  id: string;
  caseId: string;
  kind: string;
  userId: string | null;
  personId: string | null;
  name: string;
  roleOnCase: string;
  informedConsentOn: string | null;
  pledgeOn: string | null;
  employedByInstitution: boolean;
}

export interface CaseRows {
  row: CaseRow;
  records: StageRecordRow[];
  partners: CasePartnerRow[];
  participants: ParticipantRow[];
  funding: FundingRow[];
  ndas: NdaRow[];
  waivers: WaiverRow[];
  monitoring: MonitoringRow[];
}

/** Rows of a raw SQL query, whichever driver runs underneath (both return `{ rows }`). */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

/**
 * Runs independent queries together on a pool, one after the other inside a transaction (one
 * connection: node-postgres deprecates overlapping queries on a client).
 */
export async function all<T extends readonly unknown[]>(
  db: DbOrTx,
  queries: { [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  if (!("rollback" in db)) {
    return (await Promise.all(queries.map((q) => q()))) as unknown as T;
  }
  const out: unknown[] = [];
  for (const q of queries) {
    out.push(await q());
  }
  return out as unknown as T;
}

function group<T extends { caseId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.caseId) ?? [];
    list.push(r);
    out.set(r.caseId, list);
  }
  return out;
}

export async function findCaseRow(db: DbOrTx, institutionId: string, id: string): Promise<CaseRow | null> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.institutionId, institutionId), eq(cases.id, id)));
  return row ?? null;
}

/** Locks the case row for the rest of the transaction, so two transitions cannot interleave. */
export async function lockCaseRow(tx: DbOrTx, institutionId: string, id: string): Promise<CaseRow | null> {
  const [row] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.institutionId, institutionId), eq(cases.id, id)))
    .for("update");
  return row ?? null;
}

/** Every row of the given cases (one query per table, not per case). */
export async function loadCaseRows(db: DbOrTx, caseRows: CaseRow[]): Promise<Map<string, CaseRows>> {
  const ids = caseRows.map((c) => c.id);
  if (ids.length === 0) {
    return new Map();
  }
  // The latest credit check per partner: its date is needed for the risk assessment (§IV.2-3).
  const latestCredit = sql`(select cc.checked_on from credit_checks cc where cc.partner_id = ${partners.id}
    order by cc.checked_on desc, cc.created_at desc limit 1)`;
  const [records, partnerRows, participantRows, funding, ndas, waivers, monitoring] = await all(db, [
    () => db.select().from(caseStageRecords).where(inArray(caseStageRecords.caseId, ids)),
    () =>
      db
        .select({
          caseId: casePartners.caseId,
          partnerId: casePartners.partnerId,
          legalName: partners.legalName,
          nameEn: partners.nameEn,
          country: partners.country,
          foreignGovControl: partners.foreignGovControl,
          stateOwned: partners.stateOwned,
          sectors: casePartners.sectors,
          competitorIds: casePartners.competitorIds,
          dueDiligence: casePartners.dueDiligence,
          creditResult: partners.latestCreditResult,
          creditCheckedOn: sql<string | null>`${latestCredit}::text`,
          creditExpiresOn: partners.latestCreditExpiresOn,
        })
        .from(casePartners)
        .innerJoin(partners, eq(partners.id, casePartners.partnerId))
        .where(inArray(casePartners.caseId, ids))
        .orderBy(asc(casePartners.addedAt), asc(casePartners.id)),
    () =>
      db
        .select({
          id: caseParticipants.id,
          caseId: caseParticipants.caseId,
          kind: caseParticipants.kind,
          userId: caseParticipants.userId,
          personId: caseParticipants.personId,
          name: sql<string>`coalesce(${users.displayName}, ${people.name}, '?')`,
          roleOnCase: caseParticipants.roleOnCase,
          informedConsentOn: caseParticipants.informedConsentOn,
          pledgeOn: caseParticipants.pledgeOn,
          employedByInstitution: caseParticipants.employedByInstitution,
        })
        .from(caseParticipants)
        .leftJoin(users, eq(users.id, caseParticipants.userId))
        .leftJoin(people, eq(people.id, caseParticipants.personId))
        .where(inArray(caseParticipants.caseId, ids))
        .orderBy(asc(caseParticipants.addedAt), asc(caseParticipants.id)),
    () => db.select().from(caseFunding).where(inArray(caseFunding.caseId, ids)).orderBy(asc(caseFunding.id)),
    () => db.select().from(caseNdas).where(inArray(caseNdas.caseId, ids)).orderBy(asc(caseNdas.recordedAt)),
    () =>
      db
        .select()
        .from(caseRedFlagWaivers)
        .where(inArray(caseRedFlagWaivers.caseId, ids))
        .orderBy(asc(caseRedFlagWaivers.createdAt)),
    () =>
      db
        .select()
        .from(caseMonitoringItems)
        .where(inArray(caseMonitoringItems.caseId, ids))
        .orderBy(asc(caseMonitoringItems.dueOn), asc(caseMonitoringItems.id)),
  ]);
  const byCase = {
    records: group(records),
    partners: group(partnerRows),
    participants: group(participantRows),
    funding: group(funding),
    ndas: group(ndas),
    waivers: group(waivers),
    monitoring: group(monitoring),
  };
  return new Map(
    caseRows.map((row) => [
      row.id,
      {
        row,
        records: byCase.records.get(row.id) ?? [],
        partners: byCase.partners.get(row.id) ?? [],
        participants: byCase.participants.get(row.id) ?? [],
        funding: byCase.funding.get(row.id) ?? [],
        ndas: byCase.ndas.get(row.id) ?? [],
        waivers: byCase.waivers.get(row.id) ?? [],
        monitoring: byCase.monitoring.get(row.id) ?? [],
      },
    ]),
  );
}

/** Open cases of the institution for the internal check's conflict search (seed 001 case 26). */
export async function openCasesForConflicts(
  db: DbOrTx,
  institutionId: string,
  excludeId: string,
  piUserId: string | null,
  area: string | null,
  emergingTech: string[],
): Promise<CaseRow[]> {
  const conds = [sql`false`];
  if (piUserId) {
    conds.push(
      sql`${cases.piUserId} = ${piUserId}`,
      sql`exists (select 1 from case_participants cp where cp.case_id = ${cases.id} and cp.user_id = ${piUserId})`,
    );
  }
  if (area) {
    conds.push(sql`${cases.fieldArea} = ${area}`);
  }
  if (emergingTech.length > 0) {
    conds.push(sql`${cases.emergingTech} && ${sql.param(emergingTech)}::text[]`);
  }
  return db
    .select()
    .from(cases)
    .where(
      and(
        eq(cases.institutionId, institutionId),
        sql`${cases.id} <> ${excludeId}`,
        sql`${cases.stage} not in ('closed','declined','withdrawn')`,
        sql`(${sql.join(conds, sql` or `)})`,
      ),
    )
    .orderBy(desc(cases.updatedAt))
    .limit(500);
}
