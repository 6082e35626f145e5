import {
  type CompetitorPair,
  competitorsOf,
  DEFAULT_LEAKAGE_POLICY,
  DEFAULT_SECRET_SCHEME,
  decideSecretAccess,
  type LeakagePolicy,
  type SecretAction,
  type SecretDecision,
  type SecretLevel,
  type SecretReadPath,
  type SecretScheme,
  type SecretStatus,
  ZLeakagePolicy,
  ZSecretScheme,
} from "@renkei/domain";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { institutions, secretAccessLog, secretSettings } from "../../db/schema";
import type { Actor } from "../../http/context";

/**
 * The server's seam to the one access decision (`decideSecretAccess`, issue 12 item 3). Every read path
 * loads the caller's context once (one round trip), then asks the domain per item; refusals and reads are
 * written to `secret_access_log`, which the leakage rules read.
 */

/** Raw rows of one query (the cases feature's helper, shared). */
export { queryRows as rows } from "../cases/cases.repo";

export interface SecretSettings {
  scheme: SecretScheme;
  leakagePolicy: LeakagePolicy;
}

export async function loadSecretSettings(db: DbOrTx, institutionId: string): Promise<SecretSettings> {
  const [row] = await db.select().from(secretSettings).where(eq(secretSettings.institutionId, institutionId));
  return {
    scheme: row?.scheme ? ZSecretScheme.parse(row.scheme) : DEFAULT_SECRET_SCHEME,
    leakagePolicy: row?.leakagePolicy ? ZLeakagePolicy.parse(row.leakagePolicy) : DEFAULT_LEAKAGE_POLICY,
  };
}

/** What the rule needs to know about an item (a register row, or a stand-in for a plan item). */
export interface GateItem {
  id: string | null;
  level: SecretLevel;
  status: SecretStatus;
  partnerId: string | null;
  caseId: string | null;
  responsibleUserId: string;
}

export interface SecretContext {
  actor: Actor;
  scheme: SecretScheme;
  grants: Map<string, { canDownload: boolean }>;
  heldPartnerIds: string[];
  wallApprovedPartnerIds: string[];
  permittedCaseIds: Set<string>;
  employedCaseIds: Set<string>;
  competitors: CompetitorPair[];
  namedCompetitors: { partnerId: string; competitorIds: string[] }[];
  /** Whether the actor sees a case under the case scope. */
  seesCase: (caseId: string | null) => boolean;
  /** The register rows asked for with `scope.items` (loaded in the same round trip). */
  items: ItemRow[];
}

/** A register row as the read paths need it (the item facts plus what it stands for). */
export interface ItemRow {
  id: string;
  level: SecretLevel;
  status: SecretStatus;
  partnerId: string | null;
  responsibleUserId: string;
  documentId: string | null;
  disclosureId: string | null;
}

interface ContextRow {
  scheme: unknown;
  grants: { itemId: string; canDownload: boolean }[];
  held: string[];
  approved: string[];
  permitted: string[];
  employed: string[];
  pairs: CompetitorPair[];
  named: { partnerId: string; competitorIds: string[] }[];
  items: ItemRow[];
}

/** The parameters of the prepared context queries. */
const P = {
  user: sql.placeholder("user"),
  inst: sql.placeholder("inst"),
  caseId: sql.placeholder("caseId"),
  documentId: sql.placeholder("documentId"),
};

/**
 * Partners that take part in any competitor relation (marked pairs, or named on a case record). Only they
 * can put a wall in the way (`wallConflicts` reads held ∩ competitors), so the partners the caller holds
 * are looked up among them alone, one partner at a time (the scalar subqueries with `limit 1` keep the
 * planner from hashing the caller's whole access list: that walk cost ~14 ms a read with 2,500 grants in
 * bench:secrets; this costs ~0.1 ms, and nothing when no competitors are marked).
 */
const competingPartners = sql`select c.partner_a from secret_competitors c where c.institution_id = ${P.inst}
    union all select c.partner_b from secret_competitors c where c.institution_id = ${P.inst}
    union all select x.partner_id from case_partners x where x.institution_id = ${P.inst} and cardinality(x.competitor_ids) > 0
    union all select unnest(x.competitor_ids) from case_partners x
      where x.institution_id = ${P.inst} and cardinality(x.competitor_ids) > 0`;

/**
 * What a read path asks for. `institution`: every grant (lists across cases). `case`: the grants on one
 * case's items and those items (case page). `document`: the grant on one document's item and that item
 * (document read): the fewest rows, and what bench:secrets measures.
 */
type ContextScope = "institution" | "case" | "document";

function contextQuery(db: DbOrTx, scope: ContextScope) {
  const grantScope =
    scope === "case"
      ? sql`and g.item_id in (select id from secret_items where case_id = ${P.caseId})`
      : scope === "document"
        ? sql`and g.item_id in (select id from secret_items where document_id = ${P.documentId})`
        : sql``;
  const itemFilter =
    scope === "document" ? sql`i.document_id = ${P.documentId}` : sql`i.case_id = ${P.caseId}`;
  const items =
    scope === "institution"
      ? sql`'[]'::json`
      : sql`coalesce((select json_agg(json_build_object('id', i.id, 'level', i.level, 'status', i.status,
        'partnerId', i.partner_id, 'responsibleUserId', i.responsible_user_id, 'documentId', i.document_id,
        'disclosureId', i.disclosure_id)) from secret_items i where i.institution_id = ${P.inst} and ${itemFilter}), '[]')`;
  const u = P.user;
  // Selected from the caller's institution row: one row, and a query drizzle can prepare.
  return db
    .select({
      scheme: sql<unknown>`(select scheme from secret_settings where institution_id = ${P.inst})`,
      grants: sql<
        ContextRow["grants"]
      >`coalesce((select json_agg(json_build_object('itemId', g.item_id, 'canDownload', g.can_download))
        from secret_access_grants g where g.user_id = ${u} and g.revoked_at is null
        and g.institution_id = ${P.inst} ${grantScope}), '[]')`,
      held: sql<string[]>`coalesce((select json_agg(distinct cp.p) from (${competingPartners}) cp(p)
        where (select true from secret_items i where i.partner_id = cp.p and i.institution_id = ${P.inst}
          and i.level >= 1 and i.status = 'active'
          and (i.responsible_user_id = ${u} or (select true from secret_access_grants g
            where g.item_id = i.id and g.user_id = ${u} and g.revoked_at is null limit 1))
          limit 1)), '[]')`,
      approved: sql<string[]>`coalesce((select json_agg(a.partner_id) from secret_wall_approvals a
        where a.user_id = ${u} and a.institution_id = ${P.inst} and a.withdrawn_at is null), '[]')`,
      permitted: sql<string[]>`coalesce((select json_agg(p.case_id) from secret_student_permissions p
        where p.student_user_id = ${u} and p.institution_id = ${P.inst}), '[]')`,
      employed: sql<string[]>`coalesce((select json_agg(cp.case_id) from case_participants cp
        where cp.user_id = ${u} and cp.employed_by_institution and cp.institution_id = ${P.inst}), '[]')`,
      pairs: sql<
        CompetitorPair[]
      >`coalesce((select json_agg(json_build_object('partnerA', c.partner_a, 'partnerB', c.partner_b))
        from secret_competitors c where c.institution_id = ${P.inst}), '[]')`,
      named: sql<
        ContextRow["named"]
      >`coalesce((select json_agg(json_build_object('partnerId', x.partner_id, 'competitorIds', x.competitor_ids))
        from case_partners x where x.institution_id = ${P.inst} and cardinality(x.competitor_ids) > 0), '[]')`,
      items: sql<ItemRow[]>`${items}`,
    })
    .from(institutions)
    .where(eq(institutions.id, P.inst))
    .prepare(`secret_context_${scope}`);
}

/**
 * Each read path runs its context query as a prepared statement (issue 12, measure): building the query
 * text and planning it on every read cost ~1.3 ms of the ~1.6 ms the check took in bench:secrets; the
 * prepared query costs ~0.3 ms. Prepared once per database handle (or transaction) and scope.
 */
const prepared = new WeakMap<DbOrTx, Map<ContextScope, ReturnType<typeof contextQuery>>>();

function preparedContext(db: DbOrTx, scope: ContextScope) {
  let byScope = prepared.get(db);
  if (!byScope) {
    byScope = new Map();
    prepared.set(db, byScope);
  }
  let q = byScope.get(scope);
  if (!q) {
    q = contextQuery(db, scope);
    byScope.set(scope, q);
  }
  return q;
}

/**
 * Loads the caller's facts for the rule in one query. `seesCase` comes from the caller (the case scope
 * is decided by the cases feature); a set of visible case ids, or `"all"` for institution-wide roles.
 */
export async function loadSecretContext(
  db: DbOrTx,
  actor: Actor,
  visibleCases: Set<string> | "all",
  /**
   * `caseId`: only the grants on this case's items are needed (case page), with the case's register rows;
   * `documentId`: only the grant on this document's item, with that row (document read). Without either,
   * every grant of the caller (lists across cases). Each read path costs one round trip (bench:secrets).
   */
  scope: { caseId?: string; documentId?: string } = {},
): Promise<SecretContext> {
  const kind: ContextScope = scope.documentId ? "document" : scope.caseId ? "case" : "institution";
  const [c] = (await preparedContext(db, kind).execute({
    user: actor.userId,
    inst: actor.institutionId,
    caseId: scope.caseId ?? null,
    documentId: scope.documentId ?? null,
  })) as ContextRow[];
  if (!c) {
    throw new Error("the caller's institution was not found");
  }
  return {
    actor,
    scheme: c.scheme ? ZSecretScheme.parse(c.scheme) : DEFAULT_SECRET_SCHEME,
    grants: new Map(c.grants.map((g) => [g.itemId, { canDownload: g.canDownload }])),
    heldPartnerIds: c.held,
    wallApprovedPartnerIds: c.approved,
    permittedCaseIds: new Set(c.permitted),
    employedCaseIds: new Set(c.employed),
    competitors: c.pairs,
    namedCompetitors: c.named,
    seesCase: (caseId) => caseId !== null && (visibleCases === "all" || visibleCases.has(caseId)),
    items: c.items,
  };
}

/** The domain's decision for one item, with this caller's facts. */
export function decide(ctx: SecretContext, item: GateItem, action: SecretAction): SecretDecision {
  const caseId = item.caseId;
  return decideSecretAccess(
    {
      userId: ctx.actor.userId,
      role: ctx.actor.role,
      seesCase: ctx.seesCase(caseId),
      grant: item.id ? (ctx.grants.get(item.id) ?? null) : null,
      employed: caseId !== null && ctx.employedCaseIds.has(caseId),
      supervisorPermission: caseId !== null && ctx.permittedCaseIds.has(caseId),
      heldPartnerIds: ctx.heldPartnerIds,
      wallApprovedPartnerIds: ctx.wallApprovedPartnerIds,
    },
    {
      level: item.level,
      status: item.status,
      partnerId: item.partnerId,
      responsibleUserId: item.responsibleUserId,
      competitorPartnerIds: item.partnerId
        ? competitorsOf(item.partnerId, ctx.competitors, ctx.namedCompetitors)
        : [],
    },
    action,
    ctx.scheme,
  );
}

/** The items the caller may list, and how many were left out (their count may be shown, H6). */
export function visibleItems<T extends GateItem>(
  ctx: SecretContext,
  items: T[],
): { items: T[]; hidden: number } {
  const out = items.filter((i) => decide(ctx, i, "list").outcome !== "deny");
  return { items: out, hidden: items.length - out.length };
}

export interface LogEntry {
  itemId: string | null;
  caseId: string | null;
  partnerId: string | null;
  level: number;
  action: "view" | "download" | "refused";
}

/** Records reads and refusals (every view and download logged, H5; the leakage rules read these). */
export async function logSecretAccess(
  db: DbOrTx,
  actor: Actor,
  path: SecretReadPath,
  entries: LogEntry[],
  at: Date,
): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  await db.insert(secretAccessLog).values(
    entries.map((e) => ({
      institutionId: actor.institutionId,
      userId: actor.userId,
      itemId: e.itemId,
      caseId: e.caseId,
      partnerId: e.partnerId,
      level: e.level,
      action: e.action,
      path,
      at: at.toISOString(),
    })),
  );
}
