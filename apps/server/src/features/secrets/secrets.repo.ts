import { CASE_SCOPE_BY_ROLE, type SecretLevel, type SecretScheme, type SecretStatus } from "@renkei/domain";
import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../http/context";
import { visibleCasesWhere } from "../cases/cases.scope";
import type { GateItem } from "./secret-gate";
import { rows } from "./secret-gate";

/** Register rows with the names the screens show, read in one query. */

export interface ItemRow extends GateItem {
  id: string;
  title: string;
  description: string;
  origin: string;
  direction: string;
  partnerName: string | null;
  caseRef: string | null;
  caseTitle: string | null;
  ndaId: string | null;
  contractNote: string;
  responsibleName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  storageKind: string;
  storageLocation: string;
  documentId: string | null;
  disclosureId: string | null;
  receivedOn: string | null;
  contractEndsOn: string | null;
  survivalYears: number | null;
  secrecyUntil: string | null;
  partnerRequiresPledge: boolean;
  endedOn: string | null;
  endNote: string;
  hasCertificate: boolean;
  version: number;
  level: SecretLevel;
  status: SecretStatus;
}

const SELECT = sql`select i.id, i.title, i.description, i.level, i.origin, i.direction, i.status,
  i.partner_id as "partnerId", p.legal_name as "partnerName", i.case_id as "caseId", c.ref as "caseRef",
  c.title as "caseTitle", i.nda_id as "ndaId", i.contract_note as "contractNote",
  i.responsible_user_id as "responsibleUserId", u.display_name as "responsibleName",
  i.department_id as "departmentId", d.name_ja as "departmentName", i.storage_kind as "storageKind",
  i.storage_location as "storageLocation", i.document_id as "documentId", i.disclosure_id as "disclosureId",
  i.received_on as "receivedOn", i.contract_ends_on as "contractEndsOn", i.survival_years as "survivalYears",
  i.secrecy_until as "secrecyUntil", i.partner_requires_pledge as "partnerRequiresPledge",
  i.ended_on as "endedOn", i.end_note as "endNote", (i.end_certificate is not null) as "hasCertificate",
  i.version
  from secret_items i
  left join partners p on p.id = i.partner_id
  left join cases c on c.id = i.case_id
  left join users u on u.id = i.responsible_user_id
  left join departments d on d.id = i.department_id`;

export async function findItem(db: DbOrTx, institutionId: string, id: string): Promise<ItemRow | null> {
  const [r] = await rows<ItemRow>(
    db,
    sql`${SELECT} where i.id = ${id} and i.institution_id = ${institutionId}`,
  );
  return r ?? null;
}

export interface ItemFilter {
  caseId?: string | undefined;
  partnerId?: string | undefined;
  responsibleUserId?: string | undefined;
  departmentId?: string | undefined;
  level?: number | undefined;
  status?: string | undefined;
  q?: string | undefined;
}

/**
 * Candidates for a listing: the filters, and for everyone but the officer a superset of what the
 * access rule may allow (public items, own items, granted items, items of visible cases). The domain's
 * `decideSecretAccess` then has the final word on each row.
 */
export async function candidateItems(
  db: DbOrTx,
  actor: Actor,
  scheme: SecretScheme,
  f: ItemFilter,
  limit = 20_000,
): Promise<ItemRow[]> {
  const conds: SQL[] = [sql`i.institution_id = ${actor.institutionId}`];
  if (f.caseId) {
    conds.push(sql`i.case_id = ${f.caseId}`);
  }
  if (f.partnerId) {
    conds.push(sql`i.partner_id = ${f.partnerId}`);
  }
  if (f.responsibleUserId) {
    conds.push(sql`i.responsible_user_id = ${f.responsibleUserId}`);
  }
  if (f.departmentId) {
    conds.push(sql`i.department_id = ${f.departmentId}`);
  }
  if (f.level !== undefined) {
    conds.push(sql`i.level = ${f.level}`);
  }
  if (f.status) {
    conds.push(sql`i.status = ${f.status}`);
  }
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    conds.push(
      sql`(i.title ilike ${like} or i.description ilike ${like} or i.storage_location ilike ${like})`,
    );
  }
  if (actor.role !== "confidentiality_officer") {
    const reach = (r: string) => scheme.levels.filter((l) => l.reach === r).map((l) => l.level);
    conds.push(sql`(i.level = any(${sql.param(reach("institution"))}::int[])
      or i.responsible_user_id = ${actor.userId}
      or exists (select 1 from secret_access_grants g where g.item_id = i.id and g.user_id = ${actor.userId}
        and g.revoked_at is null)
      or (i.level = any(${sql.param(reach("case"))}::int[])
        and i.case_id in (select cases.id from cases where ${visibleCasesWhere(actor)})))`);
  }
  return rows<ItemRow>(
    db,
    sql`${SELECT} where ${sql.join(conds, sql` and `)} order by i.created_at desc, i.id desc limit ${limit}`,
  );
}

/** The cases the actor sees, for `seesCase`: all of them for institution-wide roles. */
export async function visibleCaseIds(
  db: DbOrTx,
  actor: Actor,
  caseIds: string[],
): Promise<Set<string> | "all"> {
  if (CASE_SCOPE_BY_ROLE[actor.role] === "institution") {
    return "all";
  }
  const unique = [...new Set(caseIds)];
  if (unique.length === 0) {
    return new Set();
  }
  const found = await rows<{ id: string }>(
    db,
    sql`select cases.id from cases where ${visibleCasesWhere(actor)}
      and cases.id = any(${sql.param(unique)}::uuid[])`,
  );
  return new Set(found.map((r) => r.id));
}
