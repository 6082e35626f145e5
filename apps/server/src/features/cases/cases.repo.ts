import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import {
  type caseFunding,
  type caseMonitoringItems,
  type caseNdas,
  type caseRedFlagWaivers,
  caseSettings,
  type caseStageRecords,
  cases,
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
  /** The partner's profile (issue 17 item 1): type, regions, Japan presence, spin-off origin. */
  type: string;
  japanPresence: string;
  japanEmploys: boolean | null;
  japanPaysTax: boolean | null;
  operatingCountries: string[];
  applicableLaws: string;
  originUniversity: string | null;
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
  /** The linked visitor / student intake (issue 15): its determination and screening. */
  visitorId: string | null;
  receivesControlledTech: boolean;
  residency: string | null;
  tokutei: string[] | null;
  visitorScreening: unknown;
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

export async function findCaseRow(db: DbOrTx, institutionId: string, id: string): Promise<CaseRow | null> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.institutionId, institutionId), eq(cases.id, id)));
  return row ?? null;
}

/**
 * The case row with who is on it (for visibility) and the institution's case settings row, in one
 * round trip: every case request starts here.
 */
export async function findCaseWithContext(db: DbOrTx, institutionId: string, id: string) {
  const [found] = await db
    .select({
      row: cases,
      participantUserIds: sql<string[]>`array(select cp.user_id::text from case_participants cp
        where cp.case_id = ${cases.id} and cp.user_id is not null)`,
      settings: caseSettings,
    })
    .from(cases)
    .leftJoin(caseSettings, eq(caseSettings.institutionId, cases.institutionId))
    .where(and(eq(cases.institutionId, institutionId), eq(cases.id, id)));
  return found ?? null;
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

/**
 * Every row of the given cases in one round trip: one JSON array per child table and case, built by
 * PostgreSQL (the case page and the board's blocker job both need all of them at once).
 */
export async function loadCaseRows(db: DbOrTx, caseRows: CaseRow[]): Promise<Map<string, CaseRows>> {
  const ids = caseRows.map((c) => c.id);
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await queryRows<{ id: string } & Omit<CaseRows, "row">>(
    db,
    sql`select c.id,
      coalesce((select json_agg(json_build_object('caseId', r.case_id, 'section', r.section,
        'institutionId', r.institution_id, 'data', r.data, 'updatedBy', r.updated_by, 'updatedAt', r.updated_at))
        from case_stage_records r where r.case_id = c.id), '[]') as records,
      coalesce((select json_agg(json_build_object('caseId', cp.case_id, 'partnerId', cp.partner_id,
        'legalName', p.legal_name, 'nameEn', p.name_en, 'country', p.country,
        'foreignGovControl', p.foreign_gov_control, 'stateOwned', p.state_owned, 'sectors', cp.sectors,
        'competitorIds', cp.competitor_ids, 'dueDiligence', cp.due_diligence,
        'creditResult', p.latest_credit_result, 'creditExpiresOn', p.latest_credit_expires_on,
        'type', p.type, 'japanPresence', p.japan_presence, 'japanEmploys', p.japan_employs,
        'japanPaysTax', p.japan_pays_tax, 'operatingCountries', p.operating_countries,
        'applicableLaws', p.applicable_laws, 'originUniversity', p.origin_university,
        -- The latest credit check's date: the risk assessment needs it (seed 001 §IV.2-3).
        'creditCheckedOn', (select cc.checked_on from credit_checks cc where cc.partner_id = p.id
          order by cc.checked_on desc, cc.created_at desc limit 1))
        order by cp.added_at, cp.id)
        from case_partners cp join partners p on p.id = cp.partner_id where cp.case_id = c.id), '[]') as partners,
      coalesce((select json_agg(json_build_object('id', x.id, 'caseId', x.case_id, 'kind', x.kind,
        'userId', x.user_id, 'personId', x.person_id, 'name', coalesce(u.display_name, pe.name, '?'),
        -- A student's own pledge in the app counts as consent and pledge (issue 12, X7).
        'roleOnCase', x.role_on_case,
        'informedConsentOn', coalesce(x.informed_consent_on, (select min(sp.signed_at)::date from secret_pledges sp
          where sp.case_id = x.case_id and sp.user_id = x.user_id)),
        'pledgeOn', coalesce(x.pledge_on, (select min(sp.signed_at)::date from secret_pledges sp
          where sp.case_id = x.case_id and sp.user_id = x.user_id)),
        'employedByInstitution', x.employed_by_institution, 'visitorId', v.id,
        'receivesControlledTech', x.receives_controlled_tech, 'residency', v.residency, 'tokutei', v.tokutei,
        'visitorScreening', v.screening) order by x.added_at, x.id)
        from case_participants x left join users u on u.id = x.user_id left join people pe on pe.id = x.person_id
        -- The intake determination (residency, 特定類型) of the same institution only (issue 15, C9).
        left join visitors v on v.id = x.visitor_id and v.institution_id = x.institution_id
        where x.case_id = c.id), '[]') as participants,
      coalesce((select json_agg(json_build_object('id', f.id, 'institutionId', f.institution_id, 'caseId', f.case_id,
        'kind', f.kind, 'funder', f.funder, 'bayhDole', f.bayh_dole,
        'restrictsForeignCollaboration', f.restricts_foreign_collaboration) order by f.id)
        from case_funding f where f.case_id = c.id), '[]') as funding,
      coalesce((select json_agg(json_build_object('id', n.id, 'institutionId', n.institution_id, 'caseId', n.case_id,
        'partnerIds', n.partner_ids, 'signedOn', n.signed_on, 'expiresOn', n.expires_on, 'terminated', n.terminated,
        'documentId', n.document_id, 'note', n.note, 'recordedBy', n.recorded_by, 'recordedAt', n.recorded_at)
        order by n.recorded_at, n.id)
        from case_ndas n where n.case_id = c.id), '[]') as ndas,
      coalesce((select json_agg(json_build_object('id', w.id, 'institutionId', w.institution_id, 'caseId', w.case_id,
        'flag', w.flag, 'approvedBy', w.approved_by, 'approvedByRole', w.approved_by_role,
        'justification', w.justification, 'createdAt', w.created_at) order by w.created_at, w.id)
        from case_red_flag_waivers w where w.case_id = c.id), '[]') as waivers,
      coalesce((select json_agg(json_build_object('id', m.id, 'institutionId', m.institution_id, 'caseId', m.case_id,
        'kind', m.kind, 'title', m.title, 'dueOn', m.due_on, 'completedOn', m.completed_on, 'cancelled', m.cancelled,
        'visitorName', m.visitor_name, 'minutes', m.minutes, 'planMilestoneId', m.plan_milestone_id,
        'reportNo', m.report_no, 'alertLevel', m.alert_level, 'createdBy', m.created_by, 'createdAt', m.created_at) order by m.due_on, m.id)
        from case_monitoring_items m where m.case_id = c.id), '[]') as monitoring
    from unnest(${sql.param(ids)}::uuid[]) as c(id)`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return new Map(
    caseRows.map((row) => {
      const r = byId.get(row.id);
      return [
        row.id,
        {
          row,
          records: r?.records ?? [],
          partners: r?.partners ?? [],
          participants: r?.participants ?? [],
          funding: r?.funding ?? [],
          ndas: r?.ndas ?? [],
          waivers: r?.waivers ?? [],
          monitoring: r?.monitoring ?? [],
        },
      ];
    }),
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

/** What the case page shows besides the facts: work on the case, recent history, names. */
export interface CaseWork {
  tasks: {
    id: string;
    title: string;
    detail: string;
    assigneeId: string | null;
    dueOn: string | null;
    doneAt: string | null;
    createdAt: string;
  }[];
  comments: { id: string; authorId: string; body: string; createdAt: string }[];
  documents: {
    id: string;
    category: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    sha256: string;
    uploadedBy: string | null;
    uploadedAt: string;
  }[];
  disclosures: {
    id: string;
    itemId: string;
    partnerId: string;
    disclosedOn: string;
    note: string;
    recordedBy: string | null;
  }[];
  quotations: { id: string; input: unknown; totalYen: number; createdAt: string }[];
  history: { seq: number; at: string; actorLabel: string; action: string; after: unknown }[];
  departments: { id: string; nameJa: string; nameEn: string }[];
  names: { id: string; n: string }[];
}

/** The case page's work lists, its newest history and every user name it mentions, in one round trip. */
export async function loadCaseWork(
  db: DbOrTx,
  institutionId: string,
  row: CaseRow,
  historyLimit: number,
): Promise<CaseWork> {
  const [work] = await queryRows<CaseWork>(
    db,
    sql`select
      coalesce((select json_agg(json_build_object('id', t.id, 'title', t.title, 'detail', t.detail,
        'assigneeId', t.assignee_id, 'dueOn', t.due_on, 'doneAt', t.done_at, 'createdAt', t.created_at)
        order by t.created_at, t.id) from case_tasks t where t.case_id = ${row.id}), '[]') as tasks,
      coalesce((select json_agg(s.x order by s.created_at desc, s.id desc) from (select m.created_at, m.id,
        json_build_object('id', m.id, 'authorId', m.author_id, 'body', m.body, 'createdAt', m.created_at) as x
        from case_comments m where m.case_id = ${row.id} order by m.created_at desc, m.id desc limit 200) s), '[]')
        as comments,
      coalesce((select json_agg(json_build_object('id', d.id, 'category', d.category, 'fileName', d.file_name,
        'contentType', d.content_type, 'sizeBytes', d.size_bytes, 'sha256', d.sha256,
        'uploadedBy', d.uploaded_by, 'uploadedAt', d.uploaded_at) order by d.uploaded_at desc)
        from case_documents d where d.case_id = ${row.id}), '[]') as documents,
      coalesce((select json_agg(json_build_object('id', d.id, 'itemId', d.item_id, 'partnerId', d.partner_id,
        'disclosedOn', d.disclosed_on, 'note', d.note, 'recordedBy', d.recorded_by) order by d.disclosed_on, d.id)
        from case_disclosures d where d.case_id = ${row.id}), '[]') as disclosures,
      coalesce((select json_agg(json_build_object('id', q.id, 'input', q.input, 'totalYen', q.total_yen,
        'createdAt', q.created_at) order by q.created_at desc)
        from case_quotations q where q.case_id = ${row.id}), '[]') as quotations,
      coalesce((select json_agg(h order by h.seq desc) from (select a.seq, a.at, a.actor_label as "actorLabel",
        a.action, a.after from audit_events a where a.institution_id = ${institutionId}
        and a.entity_type = 'case' and a.entity_id = ${row.id}
        order by a.seq desc limit ${historyLimit}) h), '[]') as history,
      coalesce((select json_agg(json_build_object('id', d.id, 'nameJa', d.name_ja, 'nameEn', d.name_en)
        order by d.name_ja) from departments d
        where d.id = any(${sql.param(row.departmentIds)}::uuid[])), '[]') as departments,
      coalesce((select json_agg(json_build_object('id', u.id, 'n', u.display_name)) from users u
        where u.institution_id = ${institutionId} and u.id in (
          select unnest(array[${row.piUserId}::uuid, ${row.createdBy}::uuid, ${row.highRiskApprovedBy}::uuid])
          union select assignee_id from case_tasks where case_id = ${row.id}
          union select author_id from case_comments where case_id = ${row.id}
          union select uploaded_by from case_documents where case_id = ${row.id}
          union select recorded_by from case_disclosures where case_id = ${row.id}
          union select approved_by from case_red_flag_waivers where case_id = ${row.id}
          union select updated_by from case_stage_records where case_id = ${row.id})), '[]') as names`,
  );
  return work as CaseWork;
}
